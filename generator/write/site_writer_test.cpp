#include "write/site_writer.h"

#include <catch2/catch.hpp>

#include "gunzip.h"
#include "temp_dir.h"
#include "write/build_folders.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace enindgang;

TEST_CASE("a new site replaces the old one as a whole; no staging folder is left behind") {
  // (The previous site is deleted in the background, as .public.old-<pid>: not counted here.)
  enindgang::testing::TempDir dir;
  dir.Write({{"public/old.html", "old"}, {"public/.enindgang-manifest", ""}});  // an earlier build's
  RenderedSite site;
  site.files.push_back({"index.html", "new"});
  site.files.push_back({"en/index.html", "new en"});
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(dir.Read("public/index.html") == "new");
  CHECK(dir.Read("public/en/index.html") == "new en");
  CHECK_FALSE(dir.Exists("public/old.html"));
  int entries = 0;
  for (auto& e : std::filesystem::directory_iterator(dir.path()))
    entries += e.path().filename().string().find(".new-") != std::string::npos;
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

TEST_CASE("files whose bytes did not change keep their inode and time; changed ones are replaced") {
  enindgang::testing::TempDir dir;
  RenderedSite site;
  site.files.push_back({"same.html", "<p>same</p>"});
  site.files.push_back({"changed.html", "<p>old</p>"});
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  auto inode_of = [&](const std::string& name) {
    struct stat s {};
    stat((dir.path() / "public" / name).c_str(), &s);
    return s.st_ino;
  };
  auto same_before = inode_of("same.html");
  auto changed_before = inode_of("changed.html");
  site.files[1].bytes = "<p>new</p>";
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(inode_of("same.html") == same_before);
  CHECK(inode_of("changed.html") != changed_before);
  CHECK(dir.Read("public/changed.html") == "<p>new</p>");
}

TEST_CASE("text files get a .gz twin that decompresses to the same bytes") {
  enindgang::testing::TempDir dir;
  RenderedSite site;
  site.files.push_back({"index.html", std::string(5000, 'a')});
  site.files.push_back({"logo.png", "PNG"});
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK_FALSE(dir.Exists("public/logo.png.gz"));
  CHECK(testing::Gunzip(dir.Read("public/index.html.gz")) == std::string(5000, 'a'));
}

namespace {

namespace fs = std::filesystem;

ino_t InodeOf(const fs::path& path) {
  struct stat s {};
  lstat(path.c_str(), &s);
  return s.st_ino;
}

using testing::Gunzip;

RenderedSite TwoPages() {
  RenderedSite site;
  site.files.push_back({"index.html", "<p>forside</p>"});
  site.files.push_back({"da/side/index.html", "<p>side</p>"});
  return site;
}

}  // namespace

TEST_CASE("a file defaced in the previous output after the build is written again, not carried over") {
  enindgang::testing::TempDir dir;
  RenderedSite site = TwoPages();
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  // Same length, same inode, manifest untouched: only the bytes tell.
  dir.Write({{"public/index.html", "<p>FORSIDE</p>"}, {"public/da/side/index.html.gz", "not gzip at all"}});
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(dir.Read("public/index.html") == "<p>forside</p>");
  CHECK(Gunzip(dir.Read("public/index.html.gz")) == "<p>forside</p>");
  CHECK(dir.Read("public/da/side/index.html") == "<p>side</p>");
  CHECK(Gunzip(dir.Read("public/da/side/index.html.gz")) == "<p>side</p>");
}

TEST_CASE("a .gz twin holding another text, or more after the right one, is written again") {
  enindgang::testing::TempDir dir;
  RenderedSite site = TwoPages();
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  std::string good = dir.Read("public/index.html.gz");
  dir.Write({{"public/index.html.gz", good + "trailing bytes"}});
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(dir.Read("public/index.html.gz") == good);
}

TEST_CASE("a file of the previous output turned into a symlink is never linked into the new one") {
  enindgang::testing::TempDir dir;
  RenderedSite site = TwoPages();
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  // The link's target holds exactly the right bytes: still not reused, it may change later.
  dir.Write({{"elsewhere/index.html", "<p>forside</p>"}, {"elsewhere/side/index.html", "<p>side</p>"}});
  fs::remove(dir.path() / "public/index.html");
  fs::create_symlink(dir.path() / "elsewhere/index.html", dir.path() / "public/index.html");
  fs::remove_all(dir.path() / "public/da/side");
  fs::create_directory_symlink(dir.path() / "elsewhere/side", dir.path() / "public/da/side");
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(fs::is_regular_file(fs::symlink_status(dir.path() / "public/index.html")));
  CHECK(InodeOf(dir.path() / "public/index.html") != InodeOf(dir.path() / "elsewhere/index.html"));
  CHECK(fs::is_directory(fs::symlink_status(dir.path() / "public/da/side")));
  CHECK(InodeOf(dir.path() / "public/da/side/index.html") != InodeOf(dir.path() / "elsewhere/side/index.html"));
  CHECK(dir.Read("public/index.html") == "<p>forside</p>");
  CHECK(dir.Read("elsewhere/index.html") == "<p>forside</p>");
}

TEST_CASE("files and folders beside the output that a build did not make survive the leftover sweep") {
  enindgang::testing::TempDir dir;
  dir.Write({{".public.notes", "mine"},
             {".public.backup-2023/index.html", "last year's site"},
             {".public.new-12x/keep.txt", "not a build's name"},
             {".public.old-99999999/keep.txt", "a build's name, but no manifest"}});
  RenderedSite site = TwoPages();
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(dir.Read(".public.notes") == "mine");
  CHECK(dir.Read(".public.backup-2023/index.html") == "last year's site");
  CHECK(dir.Exists(".public.new-12x/keep.txt"));
  CHECK(dir.Exists(".public.old-99999999/keep.txt"));
}

TEST_CASE("a killed build's staging folder is swept by the next build") {
  // 99999999 is above any pid_max: no process has it.
  enindgang::testing::TempDir dir;
  dir.Write({{".public.new-99999999/.enindgang-manifest", ""}, {".public.new-99999999/index.html", "half"}});
  fs::create_directory(dir.path() / ".public.old-99999998");
  RenderedSite site = TwoPages();
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK_FALSE(dir.Exists(".public.new-99999999"));
  CHECK_FALSE(dir.Exists(".public.old-99999998"));
}

TEST_CASE("an output that is a symlink to an earlier build's folder is followed; the link stays") {
  enindgang::testing::TempDir dir;
  RenderedSite site = TwoPages();
  Diagnostics d;
  REQUIRE(WriteSiteAtomically(dir.path() / "site-v1", site, d));
  fs::create_directory_symlink("site-v1", dir.path() / "public");
  site.files[0].bytes = "<p>ny forside</p>";
  REQUIRE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK(fs::is_symlink(dir.path() / "public"));
  CHECK(dir.Read("site-v1/index.html") == "<p>ny forside</p>");
  CHECK(d.ErrorCount() == 0);
}

TEST_CASE("an output that is a symlink to nothing, or to a folder of someone else's files, is refused") {
  enindgang::testing::TempDir dir;
  dir.Write({{"mine/letter.txt", "dear"}});
  fs::create_directory_symlink("mine", dir.path() / "public");
  fs::create_symlink("nowhere", dir.path() / "dangling");
  RenderedSite site = TwoPages();
  Diagnostics d;
  CHECK_FALSE(WriteSiteAtomically(dir.path() / "public", site, d));
  CHECK_FALSE(WriteSiteAtomically(dir.path() / "dangling", site, d));
  CHECK(fs::is_symlink(dir.path() / "public"));
  CHECK(fs::is_symlink(dir.path() / "dangling"));
  CHECK(dir.Read("mine/letter.txt") == "dear");
  CHECK_FALSE(dir.Exists("nowhere"));
  REQUIRE(d.Sorted().size() == 2);
  CHECK_THAT(d.Sorted()[0].Format(), Catch::Contains("a link to something that does not exist"));
}

TEST_CASE("deleting a build folder that became a symlink deletes the link, not what it leads to") {
  enindgang::testing::TempDir dir;
  dir.Write({{"mine/letter.txt", "dear"}});
  fs::create_directory_symlink(dir.path() / "mine", dir.path() / ".public.old-99999999");
  RemoveInBackground(dir.path() / ".public.old-99999999");
  for (int i = 0; i < 200 && fs::is_symlink(dir.path() / ".public.old-99999999"); ++i) usleep(10000);
  usleep(50000);  // the detached process may still be at work after the link is gone
  CHECK_FALSE(fs::is_symlink(dir.path() / ".public.old-99999999"));
  CHECK(dir.Read("mine/letter.txt") == "dear");
}
