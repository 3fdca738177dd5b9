#include "load/street_register.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("street register: runs of house numbers as split_streets.csv writes them") {
  auto odd = ParseHouseNumbers("U85-85");
  REQUIRE(odd);
  CHECK(odd->side == 'U');
  CHECK(odd->from == "85");
  CHECK(odd->to == "85");
  auto open_start = ParseHouseNumbers("-999");
  REQUIRE(open_start);
  CHECK(open_start->side == ' ');
  CHECK(open_start->from.empty());
  // Both ends blank in the register: the whole even side (41 rows of the real data).
  auto whole_side = ParseHouseNumbers("L-");
  REQUIRE(whole_side);
  CHECK(whole_side->side == 'L');
  CHECK(whole_side->from.empty());
  CHECK(whole_side->to.empty());
  CHECK_FALSE(ParseHouseNumbers("L"));
  CHECK_FALSE(ParseHouseNumbers("X1-2"));
  CHECK_FALSE(ParseHouseNumbers("U1-two"));
}

TEST_CASE("street register: the repository's street_register/ loads without errors") {
  Diagnostics diagnostics;
  auto loaded = LoadStreetRegister(ENINDGANG_SOURCE_DIR "/street_register", "street_register", true, diagnostics);
  for (const auto& d : diagnostics.Sorted()) UNSCOPED_INFO(d.Format());
  REQUIRE(loaded);
  CHECK(loaded->present);
  CHECK(loaded->postcodes.size() == 1414);
  CHECK(loaded->split_streets.size() == 3721);
  CHECK(loaded->villages.size() == 8161);
}
