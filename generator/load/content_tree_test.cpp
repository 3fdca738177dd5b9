#include "load/content_tree.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace enindgang;

TEST_CASE("content: a file name that would put a control character into a URL is an error at the file") {
  testing::TempDir dir;
  dir.Write({{"content/da/ord.md", "---\ntitle: Ord\n---\n"},
             {"content/da/nyheder/a\x04"
              "b.md",
              "---\ntitle: Nyhed\n---\n"},
             {"content/da/kort\tny.png", "png"},
             {"content/da/latin\xE6.md", "---\ntitle: Latin-1\n---\n"}});
  SiteConfig config;
  config.root = dir.path();
  config.languages = {{"da", "da", "Dansk", Direction::kLtr, {}}};
  Diagnostics diagnostics;
  ContentTree tree = LoadContentTree(config, diagnostics);
  std::string messages;
  for (const auto& d : diagnostics.Sorted()) messages += d.Format() + "\n";
  CHECK(messages ==
        "content/da/kort\\x09ny.png: error: the name holds a control character (shown as \\xHH) — rename it with "
        "letters, digits and hyphens, e.g. dine-rettigheder.md\n"
        "content/da/latin\\xE6.md: error: the name is not valid UTF-8 — rename it, saving the name as UTF-8\n"
        "content/da/nyheder/a\\x04b.md: error: the name holds a control character (shown as \\xHH) — rename it with "
        "letters, digits and hyphens, e.g. dine-rettigheder.md\n");
  REQUIRE(tree.pages.size() == 1);
  CHECK(tree.pages[0].key == "ord");
  CHECK(tree.static_files.empty());
}
