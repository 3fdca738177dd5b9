// Where a build may write, and what under content/ it refuses to guess about.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "test_site.h"

using namespace enindgang;
using namespace enindgang::testing;
namespace fs = std::filesystem;

namespace {

TestSite OnePageSite() { return TestSite({{"content/da/index.md", PageFile("title: Forside", "Tekst.\n")}}); }

}  // namespace

TEST_CASE("a build never replaces the site's own folder") {
  TestSite site = OnePageSite();
  CHECK(site.Build({}, site.path()) == 1);
  CHECK_THAT(site.errors(), Catch::Contains("holds files that enindgang did not write"));
  CHECK(fs::exists(site.path() / "content/da/index.md"));
  CHECK(fs::exists(site.path() / "site.yaml"));
}

TEST_CASE("a folder with someone else's files is not replaced") {
  TestSite site = OnePageSite();
  site.Write({{"andet/behold.txt", "vigtigt"}});
  CHECK(site.Build({}, site.path() / "andet") == 1);
  CHECK(fs::exists(site.path() / "andet/behold.txt"));
}

TEST_CASE("an earlier build's output and an empty folder may be replaced") {
  TestSite site = OnePageSite();
  fs::create_directories(site.path() / "tom");
  CHECK(site.Build({}, site.path() / "tom") == 0);
  CHECK(site.Build({}, site.path() / "tom") == 0);
  CHECK(fs::exists(site.path() / "tom/index.html"));
}

TEST_CASE("an output folder inside content/ or a theme is refused") {
  TestSite site = OnePageSite();
  CHECK(site.Build({}, site.path() / "content/da/public") == 1);
  CHECK_THAT(site.errors(), Catch::Contains("is inside content/, which the build reads"));
  CHECK_FALSE(fs::exists(site.path() / "content/da/public"));
  CHECK(site.Build({}, site.path() / "themes/default/public") == 1);
  CHECK_THAT(site.errors(), Catch::Contains("is inside themes/"));
}

TEST_CASE("links to folders, dangling links and special files under content/ are reported") {
  TestSite site = OnePageSite();
  fs::create_directory_symlink("..", site.path() / "content/da/loop");
  fs::create_symlink("/findes/ikke.md", site.path() / "content/da/spoegelse.md");
  REQUIRE(mkfifo((site.path() / "content/da/roer.md").c_str(), 0644) == 0);
  CHECK(site.Build() == 1);
  CHECK_THAT(site.errors(), Catch::Contains("content/da/loop: error: this is a link to a folder"));
  CHECK_THAT(site.errors(),
             Catch::Contains("content/da/spoegelse.md: error: this is a link to a file that does not exist"));
  CHECK_THAT(site.errors(), Catch::Contains("content/da/roer.md: error: this is not a regular file"));
}

TEST_CASE("a link to a Markdown file is read like the file") {
  TestSite site = OnePageSite();
  site.Write({{"delt/ord.md", PageFile("title: Ord", "Delte ord.\n")}});
  fs::create_symlink(site.path() / "delt/ord.md", site.path() / "content/da/ord.md");
  CHECK(site.Build() == 0);
  CHECK_THAT(site.Read("ord/index.html"), Catch::Contains("Delte ord."));
}
