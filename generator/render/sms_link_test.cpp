#include "render/sms_link.h"

#include <catch2/catch.hpp>

using enindgang::SmsHref;

TEST_CASE("sms link: number and word as RFC 5724 says, the word encoded") {
  CHECK(SmsHref("1910", "BF") == "sms:1910?body=BF");
  CHECK(SmsHref("19 10", "") == "sms:1910");
  CHECK(SmsHref("+45 1910", "B F") == "sms:+451910?body=B%20F");
  CHECK(SmsHref("", "BF").empty());
  CHECK_THAT(SmsHref("1910", "a&b=c"), !Catch::Contains("&"));
}
