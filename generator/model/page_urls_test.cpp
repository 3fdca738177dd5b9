#include "model/page_urls.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("page URLs: index pages stand for their folder, a slug replaces the file name") {
  CHECK(PageUrl("", "index", "") == "/");
  CHECK(PageUrl("/en", "index", "") == "/en/");
  CHECK(PageUrl("", "rettigheder", "") == "/rettigheder/");
  CHECK(PageUrl("/en", "rettigheder", "your-rights") == "/en/your-rights/");
  CHECK(PageUrl("/ar", "nyheder/_index", "") == "/ar/nyheder/");
  CHECK(PageUrl("", "nyheder/ny-post", "") == "/nyheder/ny-post/");
  CHECK(OutputPathOf("/en/rettigheder/") == "en/rettigheder/index.html");
  CHECK(OutputPathOf("/") == "index.html");
  CHECK(SectionOf("nyheder/_index") == "nyheder");
  CHECK(SectionOf("om") == "");
}
