#include "write/site_writer.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

#include <sys/stat.h>
#include <zlib.h>

using namespace enindgang;

TEST_CASE("a new site replaces the old one as a whole; no staging folder is left behind") {
  // (The previous site is deleted in the background, as .public.old-<pid>: not counted here.)
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
  std::string gz = dir.Read("public/index.html.gz");
  std::string out(6000, '\0');
  z_stream stream{};
  inflateInit2(&stream, 15 + 16);
  stream.next_in = reinterpret_cast<Bytef*>(gz.data());
  stream.avail_in = static_cast<uInt>(gz.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  CHECK(inflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  CHECK(out == std::string(5000, 'a'));
}
