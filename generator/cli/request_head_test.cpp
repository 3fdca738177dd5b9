#include "cli/request_head.h"

#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

// Both ends of a local stream socket; the test writes to `client`, the reader reads `server`.
struct SocketPair {
  SocketPair() { REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, ends) == 0); }
  ~SocketPair() {
    close(ends[0]);
    if (ends[1] >= 0) close(ends[1]);
  }
  void Write(const std::string& bytes) { REQUIRE(write(ends[1], bytes.data(), bytes.size()) == ssize_t(bytes.size())); }
  void CloseClient() {
    close(ends[1]);
    ends[1] = -1;
  }
  int server() const { return ends[0]; }
  int ends[2] = {-1, -1};
};

HeadLimits Limits(size_t max_bytes, std::chrono::milliseconds time = std::chrono::seconds(5)) {
  return {max_bytes, std::chrono::steady_clock::now() + time, nullptr};
}

}  // namespace

TEST_CASE("a request head is read up to the blank line, without the body") {
  SocketPair pair;
  pair.Write("POST / HTTP/1.1\r\nHost: x\r\n\r\nthe body");
  std::string head;
  CHECK(ReadRequestHead(pair.server(), Limits(1024), head) == HeadRead::kComplete);
  CHECK(head == "POST / HTTP/1.1\r\nHost: x\r\n\r\n");
}

TEST_CASE("a request head beyond its limits is refused") {
  std::string head;
  SECTION("too long") {
    SocketPair pair;
    pair.Write("GET / HTTP/1.1\r\nX: " + std::string(2000, 'a'));
    CHECK(ReadRequestHead(pair.server(), Limits(1024), head) == HeadRead::kTooLarge);
    CHECK(head.size() == 1024);
  }
  SECTION("too slow: the deadline is for the whole head") {
    SocketPair pair;
    pair.Write("GET / HTTP/1.1\r\n");
    CHECK(ReadRequestHead(pair.server(), Limits(1024, std::chrono::milliseconds(50)), head) == HeadRead::kTooSlow);
    CHECK(head == "GET / HTTP/1.1\r\n");
  }
  SECTION("closed before the end") {
    SocketPair pair;
    pair.Write("GET / HTTP/1.1\r\n");
    pair.CloseClient();
    CHECK(ReadRequestHead(pair.server(), Limits(1024), head) == HeadRead::kClosed);
  }
  SECTION("stopping") {
    SocketPair pair;
    HeadLimits limits = Limits(1024);
    limits.stopping = [] { return true; };
    CHECK(ReadRequestHead(pair.server(), limits, head) == HeadRead::kClosed);
  }
}

TEST_CASE("Range headers are dropped from a request head") {
  CHECK(WithoutRange("GET / HTTP/1.1\r\nHost: x\r\nRange: bytes=0-,0-,0-\r\nrange: bytes=1-2\r\nX-Range: a\r\n"
                     "Ranges: b\r\n\r\n") == "GET / HTTP/1.1\r\nHost: x\r\nX-Range: a\r\nRanges: b\r\n\r\n");
  CHECK(WithoutRange("GET / HTTP/1.1\r\nRANGE: bytes=0-9\r\n\r\n") == "GET / HTTP/1.1\r\n\r\n");
  CHECK(WithoutRange("GET / HTTP/1.1\r\nHost: x\r\n\r\n") == "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
}
