#include "write/precompress.h"

#include <catch2/catch.hpp>

#include "gunzip.h"
#include "render/gzip.h"

using namespace enindgang;

using testing::Gunzip;

TEST_CASE("a .gz twin decodes to the same bytes and is smaller") {
  std::string page;
  for (int i = 0; i < 200; ++i) page += "<p>Du kan altid få hjælp. Ring til Børnetelefonen på 116 111.</p>\n";
  std::string gz = Gzip(page);
  CHECK(gz.size() < page.size() / 10);
  CHECK(static_cast<unsigned char>(gz[0]) == 0x1f);
  CHECK(static_cast<unsigned char>(gz[1]) == 0x8b);
  CHECK(Gunzip(gz) == page);
}

TEST_CASE("an empty file still gets a valid .gz") { CHECK(Gunzip(Gzip("")).empty()); }

TEST_CASE("text files are precompressed, images are not") {
  CHECK(ShouldPrecompress("da/index.html"));
  CHECK(ShouldPrecompress("assets/style.1a2b3c4d.css"));
  CHECK_FALSE(ShouldPrecompress("billeder/kort.png"));
}
