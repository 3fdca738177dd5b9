#include "base/file_system.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace enindgang;

TEST_CASE("a file is read whole, byte for byte, whatever its size") {
  testing::TempDir dir;
  std::string big(100'000, 'x');
  big[5] = '\0';
  big[99'999] = '\xff';
  dir.Write({{"big.bin", big}, {"empty.md", ""}, {"side.md", "---\ntitle: Side\n---\nTekst.\n"}});
  CHECK(ReadFile(dir.path() / "big.bin") == big);
  CHECK(ReadFile(dir.path() / "empty.md") == std::string());
  CHECK(ReadFile(dir.path() / "side.md") == "---\ntitle: Side\n---\nTekst.\n");
}

TEST_CASE("a missing file or a folder cannot be read") {
  testing::TempDir dir;
  CHECK_FALSE(ReadFile(dir.path() / "mangler.md").has_value());
  CHECK_FALSE(ReadFile(dir.path()).has_value());
}
