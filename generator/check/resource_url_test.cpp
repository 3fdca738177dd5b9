#include "check/resource_url.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {
const std::string kOrigin = "https://example.test";
}

TEST_CASE("addresses are classified as a browser reads them") {
  CHECK(ClassifyUrl("kort.png", kOrigin) == UrlKind::kSameOrigin);
  CHECK(ClassifyUrl("/assets/style.css", kOrigin) == UrlKind::kSameOrigin);
  CHECK(ClassifyUrl("https://example.test/en/", kOrigin) == UrlKind::kSameOrigin);
  CHECK(ClassifyUrl("HTTPS://EXAMPLE.TEST/en/", kOrigin) == UrlKind::kSameOrigin);
  CHECK(ClassifyUrl("https://evil.example/x.png", kOrigin) == UrlKind::kOtherOrigin);
  CHECK(ClassifyUrl("https://example.test@evil.example/", kOrigin) == UrlKind::kOtherOrigin);
  CHECK(ClassifyUrl("https://example.test.evil.example/", kOrigin) == UrlKind::kOtherOrigin);
  CHECK(ClassifyUrl("//evil.example/x.css", kOrigin) == UrlKind::kOtherOrigin);
  CHECK(ClassifyUrl("/\\evil.example/x.css", kOrigin) == UrlKind::kOtherOrigin);
  CHECK(ClassifyUrl(" \t//evil.example", kOrigin) == UrlKind::kOtherOrigin);
  CHECK(ClassifyUrl("ftp://example.test/", kOrigin) == UrlKind::kOtherOrigin);
  CHECK(ClassifyUrl("javascript:alert(1)", kOrigin) == UrlKind::kScript);
  CHECK(ClassifyUrl(" JaVa\tScRiPt:alert(1)", kOrigin) == UrlKind::kScript);
  CHECK(ClassifyUrl("\x01javascript:alert(1)", kOrigin) == UrlKind::kScript);
  CHECK(ClassifyUrl("vbscript:x", kOrigin) == UrlKind::kScript);
  CHECK(ClassifyUrl("data:text/html,<script>", kOrigin) == UrlKind::kData);
  CHECK(ClassifyUrl("1javascript:x", kOrigin) == UrlKind::kSameOrigin);  // no scheme: a relative path
}

TEST_CASE("the site's origin is base_url's scheme and host") {
  CHECK(SiteOrigin("https://Example.test") == "https://example.test");
  CHECK(SiteOrigin("https://example.test/sti/") == "https://example.test");
  CHECK(SiteOrigin("http://localhost:1313") == "http://localhost:1313");
}

TEST_CASE("srcset lists every candidate's address") {
  using V = std::vector<std::string_view>;
  CHECK(SrcsetUrls("a.png 1x, b.png 2x") == V{"a.png", "b.png"});
  CHECK(SrcsetUrls("a.png,https://evil.example/b.png") == V{"a.png,https://evil.example/b.png"});
  CHECK(SrcsetUrls("a.png 1x,https://evil.example/b.png 2x") == V{"a.png", "https://evil.example/b.png"});
  CHECK(SrcsetUrls("a.png, ,b.png") == V{"a.png", "b.png"});
  CHECK(SrcsetUrls("a.png (x, y), b.png") == V{"a.png", "b.png"});
}

TEST_CASE("a refresh's address is read as the HTML standard says") {
  CHECK(RefreshUrl("0; url=https://evil.example") == "https://evil.example");
  CHECK(RefreshUrl("0;URL = 'https://evil.example'") == "https://evil.example");
  CHECK(RefreshUrl("5, https://evil.example") == "https://evil.example");
  CHECK(RefreshUrl("0 https://evil.example") == "https://evil.example");
  CHECK(RefreshUrl("0; url=/kommune/aarhus/") == "/kommune/aarhus/");
  CHECK_FALSE(RefreshUrl("30").has_value());
}
