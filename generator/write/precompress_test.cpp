#include "write/precompress.h"

#include <zlib.h>

#include <catch2/catch.hpp>

#include "render/gzip.h"

using namespace enindgang;

namespace {

// Decodes with zlib, as nginx and browsers would: an independent reader of the gzip format.
std::string Gunzip(const std::string& gz) {
  z_stream stream{};
  REQUIRE(inflateInit2(&stream, 15 + 16) == Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  stream.avail_in = static_cast<uInt>(gz.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int status = inflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  REQUIRE(status == Z_STREAM_END);
  return out;
}

}  // namespace

TEST_CASE("a .gz twin decodes to the same bytes and is smaller") {
  std::string page;
  for (int i = 0; i < 200; ++i) page += "<p>Du kan altid få hjælp. Ring til Børnetelefonen på 116 111.</p>\n";
  std::string gz = Gzip(page);
  CHECK(gz.size() < page.size() / 10);
  CHECK(static_cast<unsigned char>(gz[0]) == 0x1f);
  CHECK(static_cast<unsigned char>(gz[1]) == 0x8b);
  CHECK(Gunzip(gz) == page);
}

TEST_CASE("an empty file still gets a valid .gz") {
  CHECK(Gunzip(Gzip("")).empty());
}

TEST_CASE("text files are precompressed, images are not") {
  CHECK(ShouldPrecompress("da/index.html"));
  CHECK(ShouldPrecompress("assets/style.1a2b3c4d.css"));
  CHECK_FALSE(ShouldPrecompress("billeder/kort.png"));
}
