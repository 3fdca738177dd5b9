#include "check/public_address.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("an https address on a public name can be published") {
  CHECK_FALSE(WhyNotPublishable("https://www.enindgang.dk"));
  CHECK_FALSE(WhyNotPublishable("https://example.dk/sti"));
  CHECK_FALSE(WhyNotPublishable("https://localhost.dk"));
  CHECK_FALSE(WhyNotPublishable("https://128.0.0.1"));
}

TEST_CASE("localhost and names under localhost are this computer") {
  CHECK(WhyNotPublishable("https://localhost:8080") == "it is on this computer (localhost)");
  CHECK(WhyNotPublishable("https://LOCALHOST.") == "it is on this computer (localhost)");
  CHECK(WhyNotPublishable("https://site.localhost") == "it is on this computer (site.localhost)");
}

TEST_CASE("loopback and unspecified addresses are this computer") {
  for (const char* url : {"https://127.0.0.1", "https://127.12.0.9:1313", "https://127.1", "https://2130706433",
                          "https://0.0.0.0", "https://[::1]:8080", "https://[::]", "https://[::ffff:127.0.0.1]"}) {
    INFO(url);
    auto why = WhyNotPublishable(url);
    REQUIRE(why);
    CHECK(why->starts_with("it is an address of this computer"));
  }
}

TEST_CASE("plain http is refused and both reasons are given together") {
  CHECK(WhyNotPublishable("http://www.enindgang.dk") == "it uses http://, not https://");
  CHECK(WhyNotPublishable("http://localhost:8080") ==
        "it is on this computer (localhost) and it uses http://, not https://");
}
