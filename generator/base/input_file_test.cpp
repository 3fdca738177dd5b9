#include "base/input_file.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace enindgang;

namespace {

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.Sorted()) messages.push_back(d.Format());
  return messages;
}

}  // namespace

TEST_CASE("a file over its kind's limit is reported with the file, its size and the limit") {
  testing::TempDir dir;
  dir.Write({{"stor.md", ""}});
  std::filesystem::resize_file(dir.path() / "stor.md", 65 * kMiB + kMiB / 2);
  Diagnostics diagnostics;
  CHECK_FALSE(ReadInput(dir.path() / "stor.md", {"content/da/stor.md", 0, 0}, kMarkdownPageLimit, diagnostics));
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{"content/da/stor.md: error: the file has 65.5 MiB, over the limit of 64 MiB for a "
                                 "Markdown page — make it smaller or split it into several files"});
}

TEST_CASE("a pipe and a missing file are reported where they are") {
  testing::TempDir dir;
  REQUIRE(mkfifo((dir.path() / "roer.csv").c_str(), 0644) == 0);
  Diagnostics diagnostics;
  CHECK_FALSE(ReadInput(dir.path() / "roer.csv", {"postcodes.csv", 0, 0}, kCsvLimit, diagnostics));
  CHECK_FALSE(ReadInput(dir.path() / "mangler.csv", {"mangler.csv", 0, 0}, kCsvLimit, diagnostics));
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{
            "mangler.csv: error: cannot read the file — check that it exists and that you may read it",
            "postcodes.csv: error: this is not a regular file (a pipe, socket or device) — replace it with a regular "
            "file or remove it"});
}

TEST_CASE("a file within its limit is read whole") {
  testing::TempDir dir;
  dir.Write({{"site.yaml", "base_url: https://example.test\n"}});
  Diagnostics diagnostics;
  CHECK(ReadInput(dir.path() / "site.yaml", {"site.yaml", 0, 0}, kYamlLimit, diagnostics) ==
        "base_url: https://example.test\n");
  CHECK_FALSE(diagnostics.HasErrors());
}
