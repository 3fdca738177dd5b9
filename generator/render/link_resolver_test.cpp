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
