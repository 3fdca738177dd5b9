#include "cli/loopback.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("only loopback addresses may be listened on") {
  for (const char* address : {"127.0.0.1", "127.1.2.3", "::1", "localhost", "LOCALHOST"}) {
    INFO(address);
    CHECK(IsLoopbackAddress(address));
  }
  for (const char* address : {"0.0.0.0", "::", "192.168.1.10", "128.0.0.1", "::ffff:192.168.1.10",
                              "localhost.evil.example", "", "127.0.0.1 "}) {
    INFO(address);
    CHECK(!IsLoopbackAddress(address));
  }
}

TEST_CASE("a Host header names this computer with its port or none") {
  for (const char* host : {"127.0.0.1:1313", "localhost:1313", "LocalHost:1313", "[::1]:1313", "127.0.0.1", "localhost",
                           "[::1]", "127.0.0.2:1313"}) {
    INFO(host);
    CHECK(NamesThisComputer(host, "127.0.0.2", 1313));
  }
  for (const char* host : {"evil.example", "evil.example:1313", "127.0.0.1:1314", "127.0.0.1:", "127.0.0.1:1313:1313",
                           "localhost.evil.example:1313", "127.0.0.1.evil.example", "[::1", "[::1]1313", "[::2]:1313",
                           "127.0.0.3:1313", "", ":1313", "localhost:01313", "localhost@evil.example:1313"}) {
    INFO(host);
    CHECK(!NamesThisComputer(host, "127.0.0.2", 1313));
  }
  CHECK(NamesThisComputer("[::1]:8080", "::1", 8080));
}

TEST_CASE("an address as a URL names it") {
  CHECK(UrlHost("::1") == "[::1]");
  CHECK(UrlHost("127.0.0.1") == "127.0.0.1");
  CHECK(UrlHost("LocalHost") == "localhost");
}
