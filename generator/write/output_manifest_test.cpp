#include "write/output_manifest.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"
#include "write/folder_handle.h"

using namespace enindgang;

namespace {

std::string ManifestFor(const std::string& path, const std::string& bytes) {
  OutputManifest manifest;
  manifest.Set(path, OutputManifest::Fingerprint(bytes));
  return manifest.Serialize();
}

}  // namespace

TEST_CASE("a manifest is read back as written") {
  enindgang::testing::TempDir dir;
  dir.Write({{"public/.enindgang-manifest", ManifestFor("index.html", "<p>x</p>")}});
  FolderHandle folder(dir.path() / "public");
  auto manifest = OutputManifest::Read(folder, 1000);
  CHECK(manifest.Unchanged("index.html", OutputManifest::Fingerprint("<p>x</p>")));
}

TEST_CASE("a manifest larger than the limit, or a symlink, is not read: nothing counts as unchanged") {
  // A previous output's manifest turned into a link to /dev/zero, or grown to gigabytes,
  // must not make the build read without end.
  enindgang::testing::TempDir dir;
  std::string text = ManifestFor("index.html", "<p>x</p>");
  dir.Write({{"big/.enindgang-manifest", text}, {"elsewhere/manifest", text}});
  std::filesystem::create_directories(dir.path() / "linked");
  std::filesystem::create_symlink(dir.path() / "elsewhere/manifest", dir.path() / "linked/.enindgang-manifest");
  FolderHandle big(dir.path() / "big");
  FolderHandle linked(dir.path() / "linked");
  CHECK_FALSE(
      OutputManifest::Read(big, text.size() - 1).Unchanged("index.html", OutputManifest::Fingerprint("<p>x</p>")));
  CHECK_FALSE(OutputManifest::Read(linked, 1000).Unchanged("index.html", OutputManifest::Fingerprint("<p>x</p>")));
}
