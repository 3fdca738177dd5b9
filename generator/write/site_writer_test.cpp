#include "write/site_writer.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace enindgang;

TEST_CASE("a new site replaces the old one as a whole; no staging folder is left behind") {
  enindgang::testing::TempDir dir;
  dir.Write({{"public/old.html", "old"}});
  RenderedSite site;
  site.files.push_back({"index.html", "new"});
  site.files.push_back({"en/index.html", "new en"});
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(dir.Read("public/index.html") == "new");
  CHECK(dir.Read("public/en/index.html") == "new en");
  CHECK_FALSE(dir.Exists("public/old.html"));
  int entries = 0;
  for (auto& e : std::filesystem::directory_iterator(dir.path())) entries += e.path().filename() != "public";
  CHECK(entries == 0);
}

TEST_CASE("the output folder is created when it does not exist") {
  enindgang::testing::TempDir dir;
  RenderedSite site;
  site.files.push_back({"robots.txt", "x"});
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(dir.Read("public/robots.txt") == "x");
}
