#include "load/source_walk.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace enindgang;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.Sorted()) messages.push_back(d.Format());
  return messages;
}

std::vector<std::string> Names(const std::vector<SourceFile>& files) {
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.name);
  return names;
}

SiteConfig ConfigAt(const fs::path& root, const std::string& themes_dir = "themes") {
  SiteConfig config;
  config.root = root;
  config.themes_dir = themes_dir;
  return config;
}

}  // namespace

TEST_CASE("a link to a file inside the site is listed under its own name, never its target's") {
  testing::TempDir site;
  site.Write({{"delt/kort.png", "png"}, {"content/da/side.md", "side"}});
  fs::create_symlink("../../delt/kort.png", site.path() / "content/da/kort.png");
  Diagnostics diagnostics;
  auto files =
      ListSourceFiles(site.path() / "content/da", "content/da", SiteBoundary(ConfigAt(site.path())), diagnostics);
  CHECK(Messages(diagnostics).empty());
  CHECK(Names(files) == std::vector<std::string>{"kort.png", "side.md"});
  CHECK(files[0].path == site.path() / "content/da/kort.png");
}

TEST_CASE("links outside the site, to folders and to nothing, pipes and names that are not UTF-8 are reported") {
  testing::TempDir site;
  site.Write({{"content/da/side.md", "side"}, {"content/da/caf\xe9/inde.md", "skjult"}});
  fs::create_symlink("/etc/passwd", site.path() / "content/da/passwd.txt");
  fs::create_symlink("/findes/ikke", site.path() / "content/da/spoegelse.md");
  fs::create_directory_symlink("..", site.path() / "content/da/loop");
  REQUIRE(mkfifo((site.path() / "content/da/roer.md").c_str(), 0644) == 0);
  Diagnostics diagnostics;
  auto files =
      ListSourceFiles(site.path() / "content/da", "content/da", SiteBoundary(ConfigAt(site.path())), diagnostics);
  CHECK(Names(files) == std::vector<std::string>{"side.md"});
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{
            "content/da/caf\\xE9: error: the name is not valid UTF-8 — rename it, saving the name as UTF-8",
            "content/da/loop: error: this is a link to a folder; links to folders are not followed (one pointing "
            "back up would never end) — move or copy the folder here instead of linking to it",
            "content/da/passwd.txt: error: this is a link to '/etc/passwd', outside the site folder — copy it into "
            "the site instead of linking to it",
            "content/da/roer.md: error: this is not a regular file (a pipe, socket or device) — remove it",
            "content/da/spoegelse.md: error: this is a link to a file that does not exist — remove the link or point "
            "it at the file",
        });
}

TEST_CASE("a walked folder that is a link outside the site lists nothing; one into the themes folder is inside") {
  testing::TempDir site, elsewhere, shared_themes;
  elsewhere.Write({{"hemmelig.md", "privat"}});
  shared_themes.Write({{"default/assets/style.css", "body {}"}});
  fs::create_directories(site.path() / "content");
  fs::create_directory_symlink(elsewhere.path(), site.path() / "content/en");
  fs::create_directory_symlink(shared_themes.path() / "default/assets", site.path() / "assets");
  const SiteBoundary boundary(ConfigAt(site.path(), shared_themes.path().string()));
  Diagnostics diagnostics;
  CHECK(ListSourceFiles(site.path() / "content/en", "content/en", boundary, diagnostics).empty());
  CHECK(Names(ListSourceFiles(site.path() / "assets", "assets", boundary, diagnostics)) ==
        std::vector<std::string>{"style.css"});
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{"content/en: error: this folder leads outside the site folder (through a link) — "
                                 "move or copy the folder into the site instead of linking to it"});
}

TEST_CASE("bytes that are not UTF-8 are shown as hex escapes and the rest as it is") {
  CHECK(PrintableName("caf\xe9.md") == "caf\\xE9.md");
  CHECK(PrintableName("café.md") == "café.md");
  CHECK(PrintableName("\xff\xfe") == "\\xFF\\xFE");
}
