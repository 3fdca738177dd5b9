#pragma once
// The real municipalities.csv, postcodes.csv and special_places.csv of the
// repository, loaded once for the tests that hold the lookup to real data.
#include <catch2/catch.hpp>

#include "load/municipality_directory.h"
#include "load/special_places.h"
#include "load/street_register.h"

namespace enindgang::testing {

inline const MunicipalityDirectory& RealDirectory() {
  static const MunicipalityDirectory directory = [] {
    Diagnostics diagnostics;
    auto loaded = LoadMunicipalityDirectory(ENINDGANG_SOURCE_DIR "/municipalities.csv",
                                            ENINDGANG_SOURCE_DIR "/postcodes.csv", ENINDGANG_SOURCE_DIR, diagnostics);
    REQUIRE(loaded);
    auto places =
        LoadSpecialPlaces(ENINDGANG_SOURCE_DIR "/special_places.csv", "special_places.csv", true, diagnostics);
    REQUIRE(places);
    loaded->special_places = *places;
    auto streets = LoadStreetRegister(ENINDGANG_SOURCE_DIR "/street_register", "street_register", true, diagnostics);
    REQUIRE(streets);
    loaded->street_register = *streets;
    return *loaded;
  }();
  return directory;
}

}  // namespace enindgang::testing
