#include "text/message.h"

#include <catch2/catch.hpp>

using namespace enindgang::text;

namespace {

// Formats a one-argument plural pattern, failing the test on error.
std::string Count(const char* pattern, const std::string& locale, int64_t count) {
  std::string error;
  auto out = FormatMessage(pattern, locale, {{"count", count}}, &error);
  INFO(error);
  REQUIRE(out);
  return *out;
}

}  // namespace

TEST_CASE("Danish plurals: one and other") {
  const char* pattern = "{count, plural, one {# side} other {# sider}}";
  CHECK(Count(pattern, "da", 0) == "0 sider");
  CHECK(Count(pattern, "da", 1) == "1 side");
  CHECK(Count(pattern, "da", 2) == "2 sider");
  CHECK(Count(pattern, "da", 1000) == "1.000 sider");
}

TEST_CASE("English plurals and named string arguments") {
  std::string error;
  auto out = FormatMessage("{name} has {count, plural, one {# page} other {# pages}}", "en",
                           {{"name", std::string("Ærø")}, {"count", int64_t{1}}}, &error);
  REQUIRE(out);
  CHECK(*out == "Ærø has 1 page");
  CHECK(Count("{count, plural, one {# page} other {# pages}}", "en", 1000) == "1,000 pages");
}

TEST_CASE("Ukrainian plurals: one, few, many") {
  const char* pattern = "{count, plural, one {# сторінка} few {# сторінки} many {# сторінок} other {# сторінки}}";
  CHECK(Count(pattern, "uk", 1) == "1 сторінка");
  CHECK(Count(pattern, "uk", 21) == "21 сторінка");
  CHECK(Count(pattern, "uk", 3) == "3 сторінки");
  CHECK(Count(pattern, "uk", 5) == "5 сторінок");
  CHECK(Count(pattern, "uk", 11) == "11 сторінок");
}

TEST_CASE("Arabic plurals: zero, one, two, few, many, other") {
  const char* pattern = "{count, plural, zero {zero} one {one} two {two} few {few #} many {many #} other {other #}}";
  CHECK(Count(pattern, "ar@numbers=latn", 0) == "zero");
  CHECK(Count(pattern, "ar@numbers=latn", 1) == "one");
  CHECK(Count(pattern, "ar@numbers=latn", 2) == "two");
  CHECK(Count(pattern, "ar@numbers=latn", 3) == "few 3");
  CHECK(Count(pattern, "ar@numbers=latn", 11) == "many 11");
  CHECK(Count(pattern, "ar@numbers=latn", 100) == "other 100");
  CHECK(Count(pattern, "ar", 3) == "few ٣");
}

TEST_CASE("doubles format with the locale's decimal sign") {
  std::string error;
  CHECK(FormatMessage("{x, number}", "da", {{"x", 2.5}}, &error) == "2,5");
  CHECK(FormatMessage("{x, number}", "en", {{"x", 2.5}}, &error) == "2.5");
}

TEST_CASE("a broken pattern is reported with where it broke") {
  std::string error;
  CHECK_FALSE(FormatMessage("{count, plural, one {# side} other {# sider}", "da", {{"count", int64_t{1}}}, &error));
  CHECK(error.find("U_") == 0);
  CHECK_THAT(error, Catch::Contains("offset"));
  error.clear();
  CHECK_FALSE(ValidateMessage("{count, plurl, one {x}}", "da", &error));
  CHECK_FALSE(error.empty());
  CHECK(ValidateMessage("{count, plural, one {# side} other {# sider}}", "da", &error));
}

TEST_CASE("a missing argument is an error, not literal braces") {
  std::string error;
  CHECK_FALSE(FormatMessage("Hej {name}", "da", {{"count", int64_t{1}}}, &error));
  CHECK(error == "missing argument 'name'");
}

namespace {

std::string Nested(int depth) {
  std::string pattern;
  for (int i = 0; i < depth; ++i) pattern += "{count, plural, other {";
  pattern += "#";
  for (int i = 0; i < depth; ++i) pattern += "}}";
  return pattern;
}

}  // namespace

TEST_CASE("braces nested more than 10 deep are refused before ICU, which would recurse into them") {
  CHECK_FALSE(MessageTooComplex(Nested(5)));  // 10 deep
  CHECK(Count(Nested(5).c_str(), "da", 3) == "3");
  CHECK(MessageTooComplex(Nested(6)) == "has braces nested 12 deep, more than 10");
  CHECK(MessageTooComplex("'{{{{{{{{{{{'") == "has braces nested 11 deep, more than 10");  // quoted, but counted
  std::string error;
  CHECK_FALSE(FormatMessage(Nested(5000), "da", {{"count", int64_t{3}}}, &error));
  CHECK(error == "it has braces nested 10000 deep, more than 10");
  CHECK_FALSE(ValidateMessage(Nested(5000), "da", &error));
}

TEST_CASE("more than 1000 '{' are refused, however they are quoted") {
  std::string side_by_side;
  for (int i = 0; i < 1000; ++i) side_by_side += "{a}";
  CHECK_FALSE(MessageTooComplex(side_by_side));
  // Quoted closing braces hide the nesting from the count, not from ICU.
  std::string hidden;
  for (int i = 0; i < 1001; ++i) hidden += "{n, select, other {'}}'";
  CHECK(MessageTooComplex(hidden) == "has 2002 '{', more than 1000");
}
