#include "render/phone_number.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("eight-digit Danish numbers dial with +45 and read in pairs") {
  CHECK(TelHref("64 74 75 17") == "tel:+4564747517");
  CHECK(TelHref("7232 5586") == "tel:+4572325586");
  CHECK(DanishPhoneText("7232 5586") == "72 32 55 86");
  CHECK(DanishPhoneText("64747517") == "64 74 75 17");
}

TEST_CASE("short numbers dial as they are: 112, 114 and 116 111") {
  CHECK(TelHref("114") == "tel:114");
  CHECK(TelHref("116111") == "tel:116111");
  CHECK(DanishPhoneText("116111") == "116 111");
  CHECK(DanishPhoneText("114") == "114");
}

TEST_CASE("a number already written with a country code keeps it; text that is not a number is left as written") {
  CHECK(TelHref("+45 33 12 12 12") == "tel:+4533121212");
  CHECK(DanishPhoneText("+45 33 12 12 12") == "+45 33 12 12 12");
}
