#include "base/suggest.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("a misspelt key is matched to the closest known one") {
  CHECK(ClosestMatch("tilte", {"title", "description", "slug"}) == "title");
  CHECK(DidYouMean("audiense", {"audience", "order"}) == "did you mean 'audience'?");
}

TEST_CASE("nothing close gives the list of allowed values") {
  CHECK(ClosestMatch("zzz", {"title", "slug"}).empty());
  CHECK(DidYouMean("zzz", {"child", "adult"}) == "use one of: child, adult");
}
