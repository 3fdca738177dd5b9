#pragma once
#include <zlib.h>

#include <string>
#include <string_view>

namespace enindgang::testing {

// Decodes a gzip file with zlib, as nginx and browsers would: a reader of the
// format independent of the libdeflate that wrote it. "(not gzip)" when it is not
// one whole gzip stream.
inline std::string Gunzip(std::string_view gz) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) return "(not gzip)";
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  stream.avail_in = static_cast<uInt>(gz.size());
  std::string out;
  int status = Z_OK;
  while (status == Z_OK) {
    out.resize(out.size() + (1 << 16));
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + stream.total_out);
    stream.avail_out = 1 << 16;
    status = inflate(&stream, Z_NO_FLUSH);
  }
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return status == Z_STREAM_END ? out : "(not gzip)";
}

}  // namespace enindgang::testing
