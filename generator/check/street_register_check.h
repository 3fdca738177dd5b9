#pragma once
#include <vector>

#include "base/diagnostics.h"
#include "load/municipality_directory.h"

namespace enindgang {

// Where CPR's road register (street_register/, extract of 2015-02-02) and the
// directory's own tables (postcodes.csv, municipalities.csv) disagree. Neither
// is simply right: the register is ten years old, and postcodes.csv was made
// from other sources. So each finding is a warning for a person to judge, and
// the site still builds.
enum class RegisterDisagreement {
  kPostcodeOnlyInRegister,   // at the register's postcodes.csv row
  kPostcodeOnlyInDirectory,  // at the directory's postcodes.csv row
  kPairOnlyInRegister,       // (postcode, municipality), at the register's row
  kPairOnlyInDirectory,      // (postcode, municipality), at the directory's postcodes.csv row
  kUnknownMunicipality,      // a register code municipalities.csv lacks, once, at its first row
};
constexpr int kRegisterDisagreementKinds = 5;

struct RegisterFinding {
  RegisterDisagreement kind;
  Diagnostic warning;  // always Severity::kWarning
};

// Every disagreement, grouped by kind in the order above, each kind in file
// order. None when the site has no street register (`present` is false).
// A pair whose municipality municipalities.csv lacks is reported only as
// kUnknownMunicipality: postcodes.csv cannot name that code.
std::vector<RegisterFinding> CompareStreetRegister(const MunicipalityDirectory& directory);

// "postcodes only in the street register", for the report's summary lines.
const char* DisagreementSummary(RegisterDisagreement kind);
// "postcode_only_in_register", for `check --json`.
const char* DisagreementName(RegisterDisagreement kind);

}  // namespace enindgang
