#include "text/utf8.h"

#include <catch2/catch.hpp>
#include <string>

using namespace enindgang::text;

TEST_CASE("well-formed UTF-8 including Danish, Arabic and emoji is valid") {
  size_t bad = 99;
  CHECK_FALSE(FindInvalidUtf8("", &bad));
  CHECK_FALSE(FindInvalidUtf8("Ærø og Åbenrå", &bad));
  CHECK_FALSE(FindInvalidUtf8("كوبنهاغن 😀", &bad));
  CHECK(bad == 99);  // untouched when valid
}

TEST_CASE("the offset names the first byte of the first bad sequence") {
  size_t bad = 0;
  CHECK(
      FindInvalidUtf8("ab\xFF"
                      "cd",
                      &bad));
  CHECK(bad == 2);
  CHECK(FindInvalidUtf8("æ\xE2\x82", &bad));  // truncated euro sign at the end
  CHECK(bad == 2);
  CHECK(FindInvalidUtf8("ok\x80\xFF", &bad));  // stray continuation byte
  CHECK(bad == 2);
}

TEST_CASE("overlong forms, surrogates and values above U+10FFFF are invalid") {
  size_t bad = 0;
  CHECK(FindInvalidUtf8("x\xC0\xAF", &bad));
  CHECK(bad == 1);
  CHECK(FindInvalidUtf8("\xED\xA0\x80", &bad));
  CHECK(bad == 0);
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80", &bad));
  CHECK(bad == 0);
  CHECK(FindInvalidUtf8("\xC3", nullptr));
}

TEST_CASE("sequences that straddle two windows are read whole") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "aø€😀";  // 1, 2, 3 and 4 bytes
  size_t bad = 0;
  for (size_t window : {8, 9, 10, 11, 13}) {
    CHECK_FALSE(detail::FindInvalidUtf8InWindows(text, &bad, window));
  }
  std::string broken = text + "\xE2\x82";
  CHECK(detail::FindInvalidUtf8InWindows(broken, &bad, 9));
  CHECK(bad == text.size());
}

TEST_CASE("columns count code points from 1") {
  const std::string line = "Ærø: x";  // Æ and ø take two bytes each
  CHECK(ColumnOf(line, 0) == 1);
  CHECK(ColumnOf(line, 2) == 2);    // r
  CHECK(ColumnOf(line, 3) == 3);    // ø
  CHECK(ColumnOf(line, 5) == 4);    // :
  CHECK(ColumnOf(line, 7) == 6);    // x
  CHECK(ColumnOf(line, 4) == 3);    // inside ø: still ø's column
  CHECK(ColumnOf(line, 100) == 7);  // past the end
  CHECK(ColumnOf("😀x", 4) == 2);
}

TEST_CASE("controls that XML or HTML forbid are found; tab, line feed, carriage return and ordinary text are not") {
  CHECK(FindForbiddenControl("Ord\tog\nlinjer\r\n æøå ي 😀 \u00a0 \uFFFD") == std::string_view::npos);
  CHECK(FindForbiddenControl("a\x01") == 1);
  CHECK(FindForbiddenControl(std::string_view("ab\0c", 4)) == 2);
  CHECK(FindForbiddenControl("\x1b[31m") == 0);
  CHECK(FindForbiddenControl("x\x7f") == 1);
  CHECK(FindForbiddenControl("æ\u0085") == 2);  // C1: NEL
  CHECK(FindForbiddenControl("ab\uFFFE") == 2);
  CHECK(FindForbiddenControl("\uFFFF") == 0);
}

TEST_CASE("a byte offset is placed at its line and its column in characters") {
  const std::string page = "første\nlinje æøå x\n";
  CHECK(LineAndColumnOf(page, 0).line == 1);
  CHECK(LineAndColumnOf(page, 0).column == 1);
  const size_t x = page.find('x');
  CHECK(LineAndColumnOf(page, x).line == 2);
  CHECK(LineAndColumnOf(page, x).column == 11);
  CHECK(LineAndColumnOf(page, page.size() + 5).line == 3);  // past the end: after the last line end
}
