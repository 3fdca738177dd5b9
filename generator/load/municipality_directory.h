#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/municipality.h"
#include "load/special_places.h"
#include "load/street_register.h"

namespace enindgang {

// Every municipality and postcode, as read from the two CSV files.
struct MunicipalityDirectory {
  std::vector<Municipality> municipalities;  // in file order
  std::vector<Postcode> postcodes;           // in file order
  std::vector<SpecialPlace> special_places;  // special_places.csv, in file order (none without the file)
  StreetRegister street_register;            // street_register/ (empty without the folder)

  // nullptr if no municipality has this code ("101", no leading zero).
  const Municipality* Find(std::string_view code) const;
};

// Reads and checks both files, and that they agree with each other: every
// postcode names known municipalities and every municipality has a postcode.
// Positions name the files relative to `display_root`. Reports every problem
// and returns nullopt if there was any error.
std::optional<MunicipalityDirectory> LoadMunicipalityDirectory(const std::filesystem::path& municipalities_csv,
                                                               const std::filesystem::path& postcodes_csv,
                                                               const std::string& display_root,
                                                               Diagnostics& diagnostics);

}  // namespace enindgang
