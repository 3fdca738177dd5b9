#include <catch2/catch.hpp>

#include "cli/build_command.h"
#include "test_site.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

TEST_CASE("the municipality pages link to the pages with role rights and case-steps whatever their file names") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "Tekst.\n")},
                 {"content/da/dine-rettigheder.md", PageFile("title: Rettigheder\nrole: rights", "Tekst.\n")},
                 {"content/da/trin.md", PageFile("title: Trin\nrole: case-steps", "Tekst.\n")}});
  REQUIRE(site.Build() == 0);
  const std::string local = site.Read("kommune/middelfart/index.html");
  CHECK_THAT(local, Catch::Contains("href=\"/dine-rettigheder/\""));
  CHECK_THAT(local, Catch::Contains("href=\"/trin/\""));
  // English has no translations: the Danish pages stand in for them, as a missing page does elsewhere.
  CHECK_THAT(site.Read("en/kommune/middelfart/index.html"), Catch::Contains("href=\"/en/dine-rettigheder/\""));
}

TEST_CASE("a page named rettigheder without a role is not linked from the municipality pages") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "Tekst.\n")},
                 {"content/da/rettigheder.md", PageFile("title: Rettigheder", "Tekst.\n")}});
  REQUIRE(site.Build() == 0);
  CHECK_THAT(site.Read("kommune/middelfart/index.html"), !Catch::Contains("href=\"/rettigheder/\""));
}

TEST_CASE("two pages of one language with the same role is an error at the second role") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "Tekst.\n")},
                 {"content/da/a.md", PageFile("title: A\nrole: rights", "Tekst.\n")},
                 {"content/da/b.md", PageFile("title: B\nrole: rights", "Tekst.\n")}});
  CHECK(site.Build() == 1);
  INFO(site.errors());
  CHECK_THAT(site.errors(),
             Catch::Contains("content/da/b.md:3:1: error: role 'rights' is given to content/da/a.md already"));
}
