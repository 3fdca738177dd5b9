#include "load/addresses.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("addresses: only https URLs with a host, nothing that breaks out of an attribute") {
  CHECK(IsHttpsUrl("https://www.kk.dk"));
  CHECK(IsHttpsUrl("https://www.fredensborg.dk/politik/social--og-seniorudvalget-(18-21)/2018?x=1#a"));
  CHECK(IsHttpsUrl("https://www.kk.dk:8443/"));
  CHECK_FALSE(IsHttpsUrl("http://www.kk.dk"));
  CHECK_FALSE(IsHttpsUrl("HTTPS://www.kk.dk"));
  CHECK_FALSE(IsHttpsUrl("javascript:alert(1)"));
  CHECK_FALSE(IsHttpsUrl("https://"));
  CHECK_FALSE(IsHttpsUrl("https://localhost/"));
  CHECK_FALSE(IsHttpsUrl("https://www.kk.dk/\"onmouseover=x"));
  CHECK_FALSE(IsHttpsUrl("https://www.kk.dk/a b"));
  CHECK_FALSE(IsHttpsUrl("https://www.kk.dk:x/"));
}

TEST_CASE("addresses: e-mail addresses") {
  CHECK(IsEmailAddress("post@kk.dk"));
  CHECK(IsEmailAddress("boern.unge@hillerod.dk"));
  CHECK_FALSE(IsEmailAddress("mailto:post@kk.dk"));
  CHECK_FALSE(IsEmailAddress("post@kk"));
  CHECK_FALSE(IsEmailAddress("@kk.dk"));
  CHECK_FALSE(IsEmailAddress("post kk@kk.dk"));
  CHECK_FALSE(IsEmailAddress("Post <post@kk.dk>"));
  CHECK_FALSE(IsEmailAddress("post@@kk.dk"));
  CHECK(IsEmailAddress("ung+raad@kk.dk"));
  // Characters that mean something in a mailto: address: a hidden copy, another recipient.
  CHECK_FALSE(IsEmailAddress("post?bcc=evil%40x.dk@kk.dk"));
  CHECK_FALSE(IsEmailAddress("post&to=evil@kk.dk"));
  CHECK_FALSE(IsEmailAddress("post#x@kk.dk"));
  CHECK_FALSE(IsEmailAddress("post@kk.dk?bcc=evil@x.dk"));
}

TEST_CASE("addresses: where the site is published may be http:// and localhost") {
  CHECK(IsSiteAddress("http://localhost:8080"));
  CHECK(IsSiteAddress("https://example.test"));
  CHECK(IsSiteAddress("https://www.kk.dk/boern"));
  CHECK_FALSE(IsSiteAddress("https://example.test/a b"));
  CHECK_FALSE(IsSiteAddress("https://example.test/\x01"));
  CHECK_FALSE(IsSiteAddress("ftp://example.test"));
  CHECK_FALSE(IsSiteAddress("http://intranet"));
  CHECK_FALSE(IsHttpsUrl("https://localhost:8080"));
}
