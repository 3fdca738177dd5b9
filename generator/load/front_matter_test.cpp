#include "load/front_matter.h"

#include <catch2/catch.hpp>

#include "load/page_source.h"

using namespace enindgang;

TEST_CASE("front matter is split from the body, with the body's first line") {
  Diagnostics d;
  auto split = SplitFrontMatter("---\ntitle: X\norder: 2\n---\nBody\n", "a.md", d);
  REQUIRE(split);
  CHECK(split->yaml == "title: X\norder: 2\n");
  CHECK(split->body == "Body\n");
  CHECK(split->body_first_line == 5);
}

TEST_CASE("a byte order mark and CRLF line ends are accepted") {
  Diagnostics d;
  auto split = SplitFrontMatter("\xEF\xBB\xBF---\r\ntitle: X\r\n---\r\nBody", "a.md", d);
  REQUIRE(split);
  CHECK(split->body == "Body");
}

TEST_CASE("a missing closing --- is reported with a suggestion") {
  Diagnostics d;
  CHECK_FALSE(SplitFrontMatter("---\ntitle: X\n\nBody\n", "a.md", d));
  CHECK(d.Sorted().at(0).Format() ==
        "a.md:1:1: error: the front matter is never closed — did you forget the closing --- line after the last front "
        "matter key?");
}

TEST_CASE("front matter values are typed and positioned") {
  Diagnostics d;
  auto page = ParsePageSource(
      "---\ntitle: Nyhed\ndate: 2024-04-01\norder: 3\naudience: adult\nterms:\n  - id: a\n    term: A\n    text: Et "
      "a.\n---\nx\n",
      "da", "nyheder/nyhed", "content/da/nyheder/nyhed.md", d);
  REQUIRE(page);
  CHECK(page->title == "Nyhed");
  CHECK(page->date->year == 2024);
  CHECK(page->order == 3);
  CHECK(page->audience == Audience::kAdult);
  REQUIRE(page->terms.size() == 1);
  CHECK(page->terms[0].where.line == 7);
  CHECK(page->body_first_line == 11);
}

TEST_CASE("a glossary term without text is reported") {
  Diagnostics d;
  auto page = ParsePageSource("---\ntitle: Ord\nterms:\n  - id: a\n    term: A\n---\n", "da", "ord", "ord.md", d);
  CHECK_FALSE(page);
  CHECK(d.Sorted().at(0).Format() ==
        "ord.md:4:5: error: the glossary term 'A' has no text — a term needs id, term and text; add text:");
}

TEST_CASE("a glossary term without a name says which fields are missing") {
  Diagnostics d;
  auto page = ParsePageSource("---\ntitle: Ord\nterms:\n  - text: Noget\n---\n", "da", "ord", "ord.md", d);
  CHECK_FALSE(page);
  CHECK(d.Sorted().at(0).Format() ==
        "ord.md:4:5: error: a glossary term has no id and term — a term needs id, term and text; add id and term:");
}

TEST_CASE("a slug longer than a folder name may be is an error, without quoting it") {
  Diagnostics d;
  const std::string slug(300, 'a');
  CHECK_FALSE(ParsePageSource("---\ntitle: Ord\nslug: " + slug + "\n---\n", "da", "ord", "ord.md", d));
  CHECK(d.Sorted().at(0).Format() ==
        "ord.md:3:7: error: the slug is 300 characters long — shorten it to at most 200 characters");
  Diagnostics fine;
  CHECK(ParsePageSource("---\ntitle: Ord\nslug: " + std::string(200, 'a') + "\n---\n", "da", "ord", "ord.md", fine));
}
