#include "links/robots_txt.h"

#include <catch2/catch.hpp>

#include "links/page_text.h"

namespace enindgang::links {

TEST_CASE("robots.txt longest match decides and Allow wins a tie") {
  RobotsRules rules = ParseRobotsTxt(
      "User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\nDisallow: /tie\nAllow: /tie\n",
      "enindgang");
  CHECK(RobotsAllows(rules, "/"));
  CHECK_FALSE(RobotsAllows(rules, "/private/x"));
  CHECK(RobotsAllows(rules, "/private/open/page"));
  CHECK_FALSE(RobotsAllows(rules, "/files/a.pdf"));
  CHECK(RobotsAllows(rules, "/files/a.pdf?x=1"));
  CHECK(RobotsAllows(rules, "/tie"));
  CHECK(RobotsAllows(rules, "/robots.txt"));
}

TEST_CASE("robots.txt patterns with many stars match in bounded time") {
  RobotsRules rules =
      ParseRobotsTxt("User-agent: *\nDisallow: /*a*a*a*a*a*a*a*a*a*a*a*b$\nDisallow: /x*y\n", "enindgang");
  CHECK(RobotsAllows(rules, "/" + std::string(5000, 'a')));
  CHECK_FALSE(RobotsAllows(rules, "/" + std::string(50, 'a') + "b"));
  CHECK_FALSE(RobotsAllows(rules, "/x/anything/y/more"));
  CHECK(RobotsAllows(rules, "/y/x"));
}

TEST_CASE("robots.txt group for enindgang replaces the star group") {
  const char* text =
      "User-agent: *\nDisallow: /\n\n# ours\nUser-agent: Googlebot\nUser-agent: EnIndgang\nDisallow: /intern\n"
      "User-agent: other\nDisallow: /boern\n";
  RobotsRules ours = ParseRobotsTxt(text, "enindgang");
  CHECK(RobotsAllows(ours, "/boern"));
  CHECK_FALSE(RobotsAllows(ours, "/intern/x"));
  RobotsRules anyone = ParseRobotsTxt(text, "somebot");
  CHECK_FALSE(RobotsAllows(anyone, "/boern"));
  CHECK(RobotsAllows(ParseRobotsTxt("User-agent: *\nDisallow:\n", "enindgang"), "/x"));
  CHECK(RobotsAllows(ParseRobotsTxt("", "enindgang"), "/x"));
}

TEST_CASE("RobotsPathOf keeps path and query") {
  CHECK(RobotsPathOf("https://www.kk.dk") == "/");
  CHECK(RobotsPathOf("https://www.kk.dk/a/b?c=d#e") == "/a/b?c=d");
}

TEST_CASE("MentionsChildren reads folded visible text only") {
  CHECK(MentionsChildren("<p>Hjælp til BØRN og unge</p>"));
  CHECK(MentionsChildren("<h1>Boerneliv</h1>"));
  CHECK(MentionsChildren("<p>Er du ung?</p>"));
  CHECK_FALSE(MentionsChildren("<p>Affald og genbrug</p><script>var børn = 1;</script>"));
  CHECK_FALSE(MentionsChildren("<p>Velkommen til Bornholms Regionskommune</p>"));
}

}  // namespace enindgang::links
