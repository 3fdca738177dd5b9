#include "render/server_policy.h"

#include <catch2/catch.hpp>

#include "render/content_policy.h"

using namespace enindgang;

TEST_CASE("the security headers carry the content policy") {
  auto headers = SecurityHeaders();
  REQUIRE(headers.size() == 4);
  CHECK(headers.front().name == "Content-Security-Policy");
  CHECK(headers.front().value == ContentSecurityPolicy());
}

TEST_CASE("each ending has the type nginx sends") {
  CHECK(ContentTypeOf("en/index.html") == "text/html; charset=utf-8");
  CHECK(ContentTypeOf("assets/style.963077c7.css") == "text/css; charset=utf-8");
  CHECK(ContentTypeOf("nyheder/atom.xml") == "application/atom+xml; charset=utf-8");
  CHECK(ContentTypeOf("sitemap.xml") == "text/xml");
  CHECK(ContentTypeOf("favicon.svg") == "image/svg+xml");
  CHECK(ContentTypeOf("aktiviteter/aktiviteter.ics") == "text/calendar; charset=utf-8");
  CHECK(ContentTypeOf("data.bin") == "application/octet-stream");
}

TEST_CASE("the configuration files and names starting with a dot are hidden") {
  CHECK(IsHiddenPath("nginx.conf"));
  CHECK(IsHiddenPath("nginx-http.conf"));
  CHECK(IsHiddenPath(".enindgang-manifest"));
  CHECK(IsHiddenPath("en/.x"));
  CHECK_FALSE(IsHiddenPath("en/nginx.conf"));  // nginx.conf refuses only the two at the top
  CHECK_FALSE(IsHiddenPath("assets/style.963077c7.css"));
}

TEST_CASE("each language prefix has its 404 page") {
  CHECK(NotFoundPageOf("") == "404.html");
  CHECK(NotFoundPageOf("/en") == "en/404.html");
}
