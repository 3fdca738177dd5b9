#include "check/street_register_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace enindgang {
namespace {

// The register's postcode → municipality code → its row, to look pairs up both ways.
using RegisterPairs = std::map<std::string, std::map<std::string, const RegisterPostcode*>>;

RegisterPairs PairsOf(const StreetRegister& reg) {
  RegisterPairs pairs;
  for (const auto& row : reg.postcodes) pairs[row.postcode].emplace(row.municipality_code, &row);
  return pairs;
}

// "253 (Greve)"; a code municipalities.csv lacks stays bare.
std::string Named(const MunicipalityDirectory& directory, const std::string& code) {
  const Municipality* m = directory.Find(code);
  return m ? code + " (" + m->name + ")" : code;
}

struct Findings {
  const MunicipalityDirectory& directory;
  std::vector<RegisterFinding> list;

  void Add(RegisterDisagreement kind, SourcePosition where, std::string message, std::string hint) {
    list.push_back({kind, {Severity::kWarning, std::move(where), std::move(message), std::move(hint)}});
  }
};

void PostcodesOnlyInRegister(const std::map<std::string, const Postcode*>& table, Findings& out) {
  std::set<std::string> reported;  // a postcode in several municipalities has several rows; the first speaks
  for (const auto& row : out.directory.street_register.postcodes) {
    if (table.count(row.postcode) || !reported.insert(row.postcode).second) continue;
    out.Add(RegisterDisagreement::kPostcodeOnlyInRegister, row.where,
            "postcode " + row.postcode + " of municipality " + Named(out.directory, row.municipality_code) +
                " is in the street register but not in postcodes.csv: a child who types it is not led to a "
                "municipality",
            "add it to postcodes.csv with its town and municipality_codes if PostNord still uses it");
  }
}

void PostcodesOnlyInDirectory(const RegisterPairs& pairs, Findings& out) {
  for (const auto& row : out.directory.postcodes) {
    if (pairs.count(row.code)) continue;
    out.Add(RegisterDisagreement::kPostcodeOnlyInDirectory, row.where,
            "postcode " + row.code + " (" + row.town +
                ") is in postcodes.csv but not in the street register"
                ": if it has several municipalities, its choice page lists no streets",
            "nothing to fix if PostNord lists it (it may be newer than the register); otherwise remove the row");
  }
}

void PairsOnlyInRegister(const std::map<std::string, const Postcode*>& table, Findings& out) {
  for (const auto& row : out.directory.street_register.postcodes) {
    auto postcode = table.find(row.postcode);
    if (postcode == table.end() || !out.directory.Find(row.municipality_code)) continue;
    const auto& codes = postcode->second->municipality_codes;
    if (std::find(codes.begin(), codes.end(), row.municipality_code) != codes.end()) continue;
    const std::string& name = out.directory.Find(row.municipality_code)->name;
    out.Add(RegisterDisagreement::kPairOnlyInRegister, row.where,
            "postcode " + row.postcode + " has municipality " + Named(out.directory, row.municipality_code) +
                " in the street register (" + std::to_string(row.streets) +
                (row.streets == 1 ? " street" : " streets") +
                ") but not in postcodes.csv: the choice page will "
                "not offer " +
                name,
            "add " + row.municipality_code + " to its municipality_codes if the register is right");
  }
}

void PairsOnlyInDirectory(const RegisterPairs& pairs, Findings& out) {
  for (const auto& row : out.directory.postcodes) {
    auto in_register = pairs.find(row.code);
    if (in_register == pairs.end()) continue;  // the whole postcode is missing: reported once, above
    for (const auto& code : row.municipality_codes) {
      if (in_register->second.count(code)) continue;
      out.Add(RegisterDisagreement::kPairOnlyInDirectory, row.where,
              "postcode " + row.code + " has municipality " + Named(out.directory, code) +
                  " in postcodes.csv but not in the street register: the choice page lists it last, "
                  "with no streets",
              "remove " + code + " from its municipality_codes if the register is right (check a current map)");
    }
  }
}

void UnknownMunicipalities(Findings& out) {
  std::set<std::string> reported;
  auto judge = [&](const std::string& code, const SourcePosition& where) {
    if (out.directory.Find(code) || !reported.insert(code).second) return;
    out.Add(RegisterDisagreement::kUnknownMunicipality, where,
            "municipality " + code +
                " is in the street register but not in municipalities.csv: its streets, "
                "villages and postcodes are left out of the site",
            "add it to municipalities.csv if children there need a page (411 Christiansø is run by the state)");
  };
  const StreetRegister& reg = out.directory.street_register;
  for (const auto& row : reg.villages) judge(row.municipality_code, row.where);
  for (const auto& row : reg.postcodes) judge(row.municipality_code, row.where);
  for (const auto& row : reg.split_streets) judge(row.municipality_code, row.where);
}

}  // namespace

std::vector<RegisterFinding> CompareStreetRegister(const MunicipalityDirectory& directory) {
  Findings findings{directory, {}};
  if (!directory.street_register.present) return {};
  std::map<std::string, const Postcode*> table;
  for (const auto& row : directory.postcodes) table.emplace(row.code, &row);
  const RegisterPairs pairs = PairsOf(directory.street_register);
  PostcodesOnlyInRegister(table, findings);
  PostcodesOnlyInDirectory(pairs, findings);
  PairsOnlyInRegister(table, findings);
  PairsOnlyInDirectory(pairs, findings);
  UnknownMunicipalities(findings);
  return std::move(findings.list);
}

const char* DisagreementSummary(RegisterDisagreement kind) {
  switch (kind) {
    case RegisterDisagreement::kPostcodeOnlyInRegister:
      return "postcodes only in the street register";
    case RegisterDisagreement::kPostcodeOnlyInDirectory:
      return "postcodes only in postcodes.csv";
    case RegisterDisagreement::kPairOnlyInRegister:
      return "municipalities of a postcode only in the street register";
    case RegisterDisagreement::kPairOnlyInDirectory:
      return "municipalities of a postcode only in postcodes.csv";
    case RegisterDisagreement::kUnknownMunicipality:
      return "municipality codes not in municipalities.csv";
  }
  return "";
}

const char* DisagreementName(RegisterDisagreement kind) {
  switch (kind) {
    case RegisterDisagreement::kPostcodeOnlyInRegister:
      return "postcode_only_in_register";
    case RegisterDisagreement::kPostcodeOnlyInDirectory:
      return "postcode_only_in_postcodes_csv";
    case RegisterDisagreement::kPairOnlyInRegister:
      return "municipality_only_in_register";
    case RegisterDisagreement::kPairOnlyInDirectory:
      return "municipality_only_in_postcodes_csv";
    case RegisterDisagreement::kUnknownMunicipality:
      return "unknown_municipality";
  }
  return "";
}

}  // namespace enindgang
