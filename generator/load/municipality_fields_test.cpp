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

TEST_CASE("fields: only https URLs with a host, nothing that breaks out of an attribute") {
  CHECK(IsHttpsUrl("https://www.kk.dk"));
  CHECK(IsHttpsUrl("https://www.fredensborg.dk/politik/social--og-seniorudvalget-(18-21)/2018?x=1#a"));
  CHECK(IsHttpsUrl("https://www.kk.dk:8443/"));
  CHECK_FALSE(IsHttpsUrl("http://www.kk.dk"));
  CHECK_FALSE(IsHttpsUrl("HTTPS://www.kk.dk"));
  CHECK_FALSE(IsHttpsUrl("javascript:alert(1)"));
  CHECK_FALSE(IsHttpsUrl("https://"));
  CHECK_FALSE(IsHttpsUrl("https://localhost/"));
  CHECK_FALSE(IsHttpsUrl("https://www.kk.dk/\"onmouseover=x"));
  CHECK_FALSE(IsHttpsUrl("https://www.kk.dk/a b"));
  CHECK_FALSE(IsHttpsUrl("https://www.kk.dk:x/"));
}

TEST_CASE("fields: e-mail addresses") {
  CHECK(IsEmailAddress("post@kk.dk"));
  CHECK(IsEmailAddress("boern.unge@hillerod.dk"));
  CHECK_FALSE(IsEmailAddress("mailto:post@kk.dk"));
  CHECK_FALSE(IsEmailAddress("post@kk"));
  CHECK_FALSE(IsEmailAddress("@kk.dk"));
  CHECK_FALSE(IsEmailAddress("post kk@kk.dk"));
  CHECK_FALSE(IsEmailAddress("Post <post@kk.dk>"));
  CHECK_FALSE(IsEmailAddress("post@@kk.dk"));
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
