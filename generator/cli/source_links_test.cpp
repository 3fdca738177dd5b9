// Links among the sources: a link inside the site is read like its file and
// published under its own name; nothing reaches outside the site or `--out`.
#include <catch2/catch.hpp>

#include "base/file_system.h"
#include "test_site.h"

using namespace enindgang;
using namespace enindgang::testing;
namespace fs = std::filesystem;

namespace {

TestSite OnePageSite() { return TestSite({{"content/da/index.md", PageFile("title: Forside", "Tekst.\n")}}); }

// Every file of the output folder, relative to it.
std::vector<std::string> PublishedFiles(const fs::path& out) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(out))
    if (entry.is_regular_file()) files.push_back(entry.path().lexically_relative(out).generic_string());
  return files;
}

}  // namespace

TEST_CASE("a theme asset that is a link inside the site is published under its own name in assets/") {
  TestSite site = OnePageSite();
  site.Write({{"delt/ekstra.css", "p { margin: 0 }\n"}});
  fs::create_directories(site.path() / "assets");
  fs::create_symlink("../delt/ekstra.css", site.path() / "assets/ekstra.css");
  REQUIRE(site.Build() == 0);
  std::vector<std::string> assets;
  for (const auto& file : PublishedFiles(site.path() / "public")) {
    CHECK(IsCleanRelativePath(file));
    CHECK_THAT(file, !Catch::Contains(site.path().filename().string()));  // no build-machine path
    if (file.starts_with("assets/ekstra.") && file.ends_with(".css")) assets.push_back(file);
  }
  REQUIRE(assets.size() == 1);
  CHECK(site.Read(assets[0]) == "p { margin: 0 }\n");
}

TEST_CASE("a theme folder that is a link outside the site is refused") {
  TestSite site = OnePageSite();
  TempDir elsewhere;
  fs::copy(site.path() / "themes/default", elsewhere.path() / "privat", fs::copy_options::recursive);
  fs::create_directory_symlink(elsewhere.path() / "privat", site.path() / "themes/privat");
  site.Write({{"site.yaml", std::string(kTwoLanguageConfig) + "theme: privat\n"}});
  CHECK(site.Build() == 1);
  CHECK_THAT(site.errors(),
             Catch::Contains("themes/privat: error: this theme folder is a link outside the site folder"));
  CHECK_FALSE(fs::exists(site.path() / "public"));
}
