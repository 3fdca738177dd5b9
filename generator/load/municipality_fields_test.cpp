#include "load/municipality_fields.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("fields: municipality codes are 1 to 999 without leading zeros") {
  CHECK(IsMunicipalityCode("101"));
  CHECK(IsMunicipalityCode("1"));
  CHECK_FALSE(IsMunicipalityCode("0101"));
  CHECK_FALSE(IsMunicipalityCode("0"));
  CHECK_FALSE(IsMunicipalityCode("1000"));
  CHECK_FALSE(IsMunicipalityCode(""));
  CHECK_FALSE(IsMunicipalityCode("10a"));
}

TEST_CASE("fields: ISO dates must exist in the calendar") {
  CHECK(IsIsoDate("2024-10-22"));
  CHECK(IsIsoDate("2024-02-29"));
  CHECK_FALSE(IsIsoDate("2023-02-29"));
  CHECK_FALSE(IsIsoDate("2024-13-01"));
  CHECK_FALSE(IsIsoDate("22-10-2024"));
  CHECK_FALSE(IsIsoDate("2024-1-22"));
}

TEST_CASE("fields: postcodes are four digits") {
  CHECK(IsPostcode("8000"));
  CHECK(IsPostcode("0800"));
  CHECK_FALSE(IsPostcode("800"));
  CHECK_FALSE(IsPostcode("80000"));
  CHECK_FALSE(IsPostcode("80a0"));
}

TEST_CASE("fields: lists are split at semicolons, trimmed, empty parts dropped") {
  CHECK(SplitList("Copenhagen;Kbh") == std::vector<std::string>{"Copenhagen", "Kbh"});
  CHECK(SplitList(" 169 ; 183;;") == std::vector<std::string>{"169", "183"});
  CHECK(SplitList("").empty());
}
