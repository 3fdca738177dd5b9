#include "render/lookup_strings.h"

#include <catch2/catch.hpp>

#include "load/theme_files.h"

using namespace enindgang;

TEST_CASE("lookup strings are pluralised per count and safe inside a script block") {
  SiteConfig config;
  config.languages.push_back({"da", "da", "Dansk", Direction::kLtr, {}});
  ThemeFiles theme;
  theme.strings["da"]["lookup_count"] = {"{count, plural, =0 {Ingen forslag} one {# forslag} other {# forslag}}", {}};
  theme.strings["da"]["lookup_none"] = {"Vi fandt ikke „{q}“ </script> & co", {}};
  Diagnostics d;
  UiStrings strings(config, theme, d);
  std::string json = LookupStringsJson(strings, config.languages[0], {{"a", "A"}});
  CHECK_THAT(json, Catch::Contains("\"Ingen forslag\",\"1 forslag\",\"2 forslag\""));
  CHECK_THAT(json, Catch::Contains("Vi fandt ikke „{q}“ \\u003c/script\\u003e \\u0026 co"));
  CHECK_THAT(json, !Catch::Contains("</"));
}
