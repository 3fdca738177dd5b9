#include "load/site_config.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace enindgang;

namespace {

const char* kLanguages = "languages:\n  - {code: da, locale: da, endonym: Dansk, direction: ltr}\n";

struct Loaded {
  std::optional<SiteConfig> config;
  std::vector<std::string> errors;
};

Loaded Load(const std::string& site_yaml) {
  testing::TempDir dir;
  dir.Write({{"site.yaml", site_yaml}});
  Diagnostics diagnostics;
  Loaded loaded{LoadSiteConfig(dir.path(), diagnostics), {}};
  for (const auto& d : diagnostics.Sorted()) loaded.errors.push_back(d.Format());
  return loaded;
}

}  // namespace

TEST_CASE("contact_max_age_days is 180 unless site.yaml says otherwise") {
  auto loaded = Load(kLanguages);
  REQUIRE(loaded.config);
  CHECK(loaded.config->contact_max_age_days == 180);
  loaded = Load(std::string(kLanguages) + "contact_max_age_days: 90\n");
  REQUIRE(loaded.config);
  CHECK(loaded.config->contact_max_age_days == 90);
  CHECK(loaded.errors.empty());
}

TEST_CASE("contact_max_age_days is a whole number of days from 1 to 3650, or an error at its value") {
  CHECK(Load(std::string(kLanguages) + "contact_max_age_days: 3650\n").config);
  auto loaded = Load(std::string(kLanguages) + "contact_max_age_days: 0\n");
  CHECK_FALSE(loaded.config);
  CHECK(loaded.errors == std::vector<std::string>{
                             "site.yaml:3:23: error: 'contact_max_age_days' is 0, outside 1 to 3650 — write a whole "
                             "number from 1 to 3650"});
  // 2^32 + 180: cut to an int it would read as 180.
  loaded = Load(std::string(kLanguages) + "contact_max_age_days: 4294967476\n");
  CHECK_FALSE(loaded.config);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].starts_with("site.yaml:3:23: error: 'contact_max_age_days' is 4294967476, outside 1 to 3650"));
  loaded = Load(std::string(kLanguages) + "contact_max_age_days: six months\n");
  CHECK_FALSE(loaded.config);
  CHECK(loaded.errors ==
        std::vector<std::string>{"site.yaml:3:23: error: 'contact_max_age_days' must be a number — write it like "
                                 "contact_max_age_days: 3"});
}

TEST_CASE("a misspelt contact_max_age_days is an unknown key with a suggestion") {
  auto loaded = Load(std::string(kLanguages) + "contact_max_age: 90\n");
  CHECK_FALSE(loaded.config);
  CHECK(loaded.errors ==
        std::vector<std::string>{"site.yaml:3:1: error: unknown site.yaml key 'contact_max_age' — did you mean "
                                 "'contact_max_age_days'?"});
}

TEST_CASE("release_placeholder has a default and a site can set its own pattern") {
  auto loaded = Load(kLanguages);
  REQUIRE(loaded.config);
  CHECK_THAT(loaded.config->release_placeholder, Catch::Contains("UDFYLDES"));
  loaded = Load(std::string(kLanguages) + "release_placeholder: '\\[UDFYLD[^\\]]*\\]'\n");
  REQUIRE(loaded.config);
  CHECK(loaded.config->release_placeholder == "\\[UDFYLD[^\\]]*\\]");
  CHECK(loaded.config->release_placeholder_where.line == 3);
}

TEST_CASE("a release_placeholder that is not a regular expression is an error at its value") {
  auto loaded = Load(std::string(kLanguages) + "release_placeholder: '[UDFYLDES'\n");
  CHECK_FALSE(loaded.config);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].starts_with(
      "site.yaml:3:22: error: release_placeholder '[UDFYLDES' is not a regular expression ("));
  CHECK(loaded.errors[0].ends_with("— write an ECMAScript pattern in single quotes, e.g. '\\[UDFYLDES[^\\]]*\\]'"));
}

TEST_CASE("an empty release_placeholder is an error: it would match every line") {
  auto loaded = Load(std::string(kLanguages) + "release_placeholder: ''\n");
  CHECK_FALSE(loaded.config);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].starts_with("site.yaml:3:22: error: release_placeholder is empty"));
}

TEST_CASE("base_url's position is the value in site.yaml") {
  auto loaded = Load(std::string(kLanguages) + "base_url: \"http://localhost:8080\"\n");
  REQUIRE(loaded.config);
  CHECK(loaded.config->base_url_where.path == "site.yaml");
  CHECK(loaded.config->base_url_where.line == 3);
  CHECK(loaded.config->base_url_where.column == 11);
}
