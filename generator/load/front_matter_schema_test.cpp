#include "load/front_matter_schema.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace enindgang;

namespace {

std::optional<PageSource> Parse(const std::string& front_matter, Diagnostics& diagnostics) {
  return ParsePageSource("---\n" + front_matter + "\n---\nText.\n", "da", "side", "content/da/side.md", diagnostics);
}

PageSource ParseGood(const std::string& front_matter) {
  Diagnostics diagnostics;
  auto page = Parse(front_matter, diagnostics);
  for (const auto& d : diagnostics.Sorted()) UNSCOPED_INFO(d.Format());
  REQUIRE(page);
  return *page;
}

}  // namespace

TEST_CASE("the README's front matter table is the schema's") {
  std::ifstream file(std::string(ENINDGANG_SOURCE_DIR) + "/README.md");
  std::stringstream readme;
  readme << file.rdbuf();
  const std::string table = FrontMatterTable();
  INFO("paste this table into README.md under ### Front matter:\n" << table);
  CHECK_THAT(readme.str(), Catch::Contains(table));
}

TEST_CASE("every schema key is read and has its words") {
  std::set<std::string_view> names;
  for (const auto& key : FrontMatterSchema()) {
    CHECK(names.insert(key.name).second);
    CHECK(key.read);
    CHECK(key.scaffold);
    CHECK_FALSE(key.description.empty());
    CHECK(key.structure.empty() == (key.same == nullptr));
  }
}

TEST_CASE("role reads as an enum and an unknown role lists the valid ones") {
  CHECK(ParseGood("title: Rettigheder\nrole: rights").role == Role::kRights);
  CHECK(ParseGood("title: Trin\nrole: case-steps").role == Role::kCaseSteps);
  CHECK_FALSE(ParseGood("title: Om").role);
  Diagnostics diagnostics;
  CHECK_FALSE(Parse("title: Om\nrole: rigths", diagnostics));
  REQUIRE(diagnostics.Sorted().size() == 1);
  const std::string message = diagnostics.Sorted()[0].Format();
  INFO(message);
  CHECK_THAT(message, Catch::Contains("content/da/side.md:3:7: error: 'role' cannot be 'rigths'"));
  CHECK_THAT(message, Catch::Contains("rights"));
}

TEST_CASE("an unknown front matter key suggests the schema's closest key") {
  Diagnostics diagnostics;
  CHECK_FALSE(Parse("title: Om\nrol: rights", diagnostics));
  REQUIRE(diagnostics.Sorted().size() == 1);
  CHECK_THAT(diagnostics.Sorted()[0].Format(), Catch::Contains("did you mean 'role'?"));
}

TEST_CASE("a changed structure key is named and a body-only change is not") {
  const PageSource before = ParseGood("title: Om\norder: 1");
  CHECK_FALSE(ChangedStructure(before, ParseGood("title: Om\norder: 1\ntranslation: reviewed")));
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 2")) == "order");
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 1\nrole: rights")) == "role");
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 1\npublish: 2026-01-01")) == "publish time");
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 1\nlayout: steps")) == "layout");
}
