// The watcher reports an editor's save once it has finished, whatever steps it takes.
#include "cli/file_watcher.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <thread>

#include "temp_dir.h"

using namespace enindgang;
using enindgang::testing::TempDir;
using namespace std::chrono_literals;

TEST_CASE("the watcher reports a save by rename once, without the editor's scratch files") {
  TempDir dir;
  dir.Write({{"content/da/ord.md", "gammel"}});
  FileWatcher watcher(dir.path());
  REQUIRE(watcher.ok());
  watcher.Watch({{}, {dir.path() / "content"}});
  dir.Write({{"content/da/.ord.md.swp", "x"}, {"content/da/ord.md.tmp", "ny"}});
  std::filesystem::rename(dir.path() / "content/da/ord.md.tmp", dir.path() / "content/da/ord.md");
  CHECK(watcher.WaitForChanges(5ms, 1000ms) == std::vector<std::string>{"content/da/ord.md", "content/da/ord.md.tmp"});
}

TEST_CASE("the watcher waits for a created file to be closed before it reports it") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "content/da");
  FileWatcher watcher(dir.path());
  REQUIRE(watcher.ok());
  watcher.Watch({{}, {dir.path() / "content"}});
  auto started = std::chrono::steady_clock::now();
  std::FILE* file = std::fopen((dir.path() / "content/da/ord.md").c_str(), "w");
  REQUIRE(file);
  std::thread writer([&] {
    std::this_thread::sleep_for(100ms);  // an editor that flushes to a slow disk
    std::fputs("ny", file);
    std::fclose(file);
  });
  auto changed = watcher.WaitForChanges(5ms, 1000ms);
  auto waited = std::chrono::steady_clock::now() - started;
  writer.join();
  CHECK(changed == std::vector<std::string>{"content/da/ord.md"});
  CHECK(waited >= 100ms);  // not after the first 5 ms of quiet
}
