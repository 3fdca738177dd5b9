#include "base/file_system.h"

#include <sys/stat.h>

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

TEST_CASE("a pipe or a device is refused before a byte is read, without waiting for a writer") {
  testing::TempDir dir;
  const auto pipe = dir.path() / "roer.md";
  REQUIRE(mkfifo(pipe.c_str(), 0644) == 0);
  CHECK(ReadBounded(pipe).failure == ReadFailure::kNotRegular);  // would block forever if opened blocking
  CHECK(ReadBounded("/dev/zero").failure == ReadFailure::kNotRegular);
  CHECK_FALSE(ReadFile(pipe).has_value());
}

TEST_CASE("a file over its limit is refused unread, with its size; one at the limit is read") {
  testing::TempDir dir;
  dir.Write({{"side.md", std::string(1000, 'x')}});
  auto over = ReadBounded(dir.path() / "side.md", 999);
  CHECK(over.failure == ReadFailure::kTooLarge);
  CHECK(over.size == 1000);
  CHECK_FALSE(over.bytes.has_value());
  auto at = ReadBounded(dir.path() / "side.md", 1000);
  CHECK(at.failure == ReadFailure::kNone);
  CHECK(at.bytes == std::string(1000, 'x'));
  CHECK(ReadBounded(dir.path() / "mangler.md").failure == ReadFailure::kMissing);
}

TEST_CASE("only a relative path without empty, '.' or '..' segments may name an output file") {
  CHECK(IsCleanRelativePath("assets/style.1a2b3c4d.css"));
  CHECK(IsCleanRelativePath("en/billeder/kort.png"));
  CHECK_FALSE(IsCleanRelativePath(""));
  CHECK_FALSE(IsCleanRelativePath("/etc/passwd"));
  CHECK_FALSE(IsCleanRelativePath("assets/../../themes/x.css"));
  CHECK_FALSE(IsCleanRelativePath("assets//tmp/x.css"));
  CHECK_FALSE(IsCleanRelativePath("./assets/x.css"));
  CHECK_FALSE(IsCleanRelativePath("assets/"));
  CHECK_FALSE(IsCleanRelativePath("assets\\..\\x.css"));
}

TEST_CASE("a relative name never resolves a link, so its target never names it") {
  testing::TempDir dir, elsewhere;
  elsewhere.Write({{"style.css", "p {}"}});
  std::filesystem::create_directories(dir.path() / "assets");
  std::filesystem::create_symlink(elsewhere.path() / "style.css", dir.path() / "assets/style.css");
  CHECK(RelativeName(dir.path() / "assets/style.css", dir.path() / "assets") == "style.css");
  CHECK(RelativeName(dir.path() / "assets/style.css", dir.path()) == "assets/style.css");
}
