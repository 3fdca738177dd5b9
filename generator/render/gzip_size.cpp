#include "render/gzip_size.h"

#include <zlib.h>

#include <vector>

namespace enindgang {

size_t GzipSize(std::string_view bytes) {
  z_stream stream{};
  // windowBits 15 + 16: a gzip header, as served with Content-Encoding: gzip.
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
  std::vector<unsigned char> out(deflateBound(&stream, bytes.size()));
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = out.data();
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  size_t size = stream.total_out;
  deflateEnd(&stream);
  return size;
}

}  // namespace enindgang
