#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace enindgang {

// What the site takes from CPR's road register (street_register/, derived by
// scripts/make-street-data.py; street_register/README.md says from what and when).
// The loader checks only the form of the rows; where the register and
// postcodes.csv disagree, `check` says so (check/street_register_check.h) and
// the model leaves out what the directory does not know.

// One run of house numbers on one side of a street: "U85-85", "L2-998", "-999", "L-" (the whole even side).
struct HouseNumbers {
  char side = ' ';   // 'L' even, 'U' odd, ' ' both
  std::string from;  // "85", "8A"; "" from the first number
  std::string to;    // "85", "20Z"; "", 998 or 999 mean "to the end"
};

// A supplementary town name ("supplerende bynavn") in one municipality.
struct Village {
  std::string name;                    // "Tjørring"
  std::string municipality_code;       // "657"
  std::vector<std::string> postcodes;  // of its house numbers there: "7400"
  SourcePosition where;
};

// A postcode and municipality the register pairs, with its number of street names.
struct RegisterPostcode {
  std::string postcode;
  std::string municipality_code;
  int streets = 0;
  SourcePosition where;
};

// A street of a postcode that several municipalities share, as split_streets.csv lists it.
struct SplitStreet {
  std::string postcode;
  std::string municipality_code;
  std::string street;                 // the register's 20-character addressing name
  std::vector<HouseNumbers> numbers;  // empty: the whole street lies here
  SourcePosition where;
};

struct StreetRegister {
  std::vector<Village> villages;            // in file order
  std::vector<RegisterPostcode> postcodes;  // in file order
  std::vector<SplitStreet> split_streets;   // in file order
  std::string folder;                       // as site.yaml names it, for messages
  bool present = false;                     // false: the site has no street register
};

// "U85-85" → {'U', "85", "85"}; "L-" → {'L', "", ""}, the whole even side; nullopt when malformed.
std::optional<HouseNumbers> ParseHouseNumbers(std::string_view text);

// Reads villages.csv, postcodes.csv and split_streets.csv from `folder`.
// A missing folder is no street register, unless `required` (site.yaml names it).
// Reports every problem; nullopt if there was any error.
std::optional<StreetRegister> LoadStreetRegister(const std::filesystem::path& folder, const std::string& display_folder,
                                                 bool required, Diagnostics& diagnostics);

}  // namespace enindgang
