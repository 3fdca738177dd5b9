#include "render/link_resolver.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("relative Markdown links resolve to page keys") {
  CHECK(KeyOfLink("index", "ord.md") == "ord");
  CHECK(KeyOfLink("nyheder/_index", "../ord.md") == "ord");
  CHECK(KeyOfLink("nyheder/post", "andet.md") == "nyheder/andet");
  CHECK(KeyOfLink("nyheder/post", "./_index.md") == "nyheder/_index");
  CHECK_FALSE(KeyOfLink("index", "../../etc/passwd.md").has_value());
}

TEST_CASE("an image's name is relative to its page's file, a leading / to the language folder") {
  CHECK(PathOfLink("nyheder/post", "kort.png") == "nyheder/kort.png");
  CHECK(PathOfLink("nyheder/post", "../billeder/kort.png") == "billeder/kort.png");
  CHECK(PathOfLink("nyheder/post", "/billeder/kort.png") == "billeder/kort.png");
  CHECK_FALSE(PathOfLink("nyheder/post", "../../kort.png").has_value());
}
