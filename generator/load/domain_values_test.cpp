#include "load/domain_values.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("domain values read and print the words of the files") {
  CHECK(ToString(Audience::kAdult) == "adult");
  CHECK(ToString(Layout::kGlossary) == "glossary");
  CHECK(ToString(TranslationStatus::kNeedsReview) == "needs-review");
  CHECK(ToString(Direction::kRtl) == "rtl");
  CHECK(ToString(Role::kCaseSteps) == "case-steps");
  CHECK(ParseEnum<Layout>("steps") == Layout::kSteps);
  CHECK(ParseEnum<Role>("rights") == Role::kRights);
  CHECK_FALSE(ParseEnum<Audience>("kids"));
  CHECK_FALSE(ParseEnum<Direction>(""));
}

TEST_CASE("every enumerator of a domain value has a word") {
  CHECK(EnumNames<Audience>().size() == 2);
  CHECK(EnumNames<Layout>().size() == 6);
  CHECK(EnumNames<TranslationStatus>().size() == 3);
  CHECK(EnumNames<Direction>().size() == 2);
  CHECK(EnumNames<Role>().size() == 2);
}
