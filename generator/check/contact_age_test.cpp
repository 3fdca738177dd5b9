#include "check/contact_age.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

const text::Date kToday{2026, 6, 24};
constexpr int kLimit = 180;

Municipality Row(std::string code, std::string name, std::string verified, int line) {
  Municipality m;
  m.code = std::move(code);
  m.name = std::move(name);
  m.website = "https://www." + m.name + ".dk";
  m.phone = "11 22 33 44";
  m.verified = std::move(verified);
  m.where = {"municipalities.csv", line, 1};
  m.verified_where = {"municipalities.csv", line, 90};
  return m;
}

// 2026-06-24 minus 180 days is 2025-12-26; minus 181 days, 2025-12-25.
std::vector<Municipality> FixtureRows() {
  return {Row("101", "Never", "", 2),
          Row("147", "Fresh", "2026-06-01", 3),
          Row("151", "Stale", "2025-12-25", 4),
          Row("153", "AtLimit", "2025-12-26", 5),
          Row("155", "Future", "2026-07-01", 6),
          Row("157", "Today", "2026-06-24", 7)};
}

}  // namespace

TEST_CASE("stale contacts: never verified, one day past the limit and future dates; the limit itself is fresh") {
  const auto rows = FixtureRows();
  const auto stale = FindStaleContacts(rows, kToday, kLimit);
  REQUIRE(stale.size() == 3);
  CHECK(stale[0].row->name == "Never");
  CHECK(stale[0].why == ContactStaleness::kNeverVerified);
  CHECK_FALSE(stale[0].age_days.has_value());
  CHECK(stale[1].row->name == "Stale");
  CHECK(stale[1].why == ContactStaleness::kTooOld);
  CHECK(stale[1].age_days == 181);
  CHECK(stale[2].row->name == "Future");
  CHECK(stale[2].why == ContactStaleness::kInTheFuture);
  CHECK(stale[2].age_days == -7);
}

TEST_CASE("stale contacts: the limit is the site's, not a constant") {
  const auto rows = FixtureRows();
  CHECK(FindStaleContacts(rows, kToday, 181).size() == 2);  // Stale is now exactly at the limit
  CHECK(FindStaleContacts(rows, kToday, 1).size() == 5);    // everything but today's row
}

TEST_CASE("stale contacts: ages count leap days and year ends") {
  std::vector<Municipality> rows = {Row("101", "LeapYear", "2024-02-28", 2)};
  auto stale = FindStaleContacts(rows, {2024, 3, 1}, 1);
  REQUIRE(stale.size() == 1);
  CHECK(stale[0].age_days == 2);  // 2024-02-29 lies between
  stale = FindStaleContacts(rows, {2025, 2, 28}, 365);
  REQUIRE(stale.size() == 1);
  CHECK(stale[0].age_days == 366);
}

TEST_CASE("stale contacts: a row without contact details has nothing to verify") {
  Municipality bare = Row("101", "Bare", "", 2);
  bare.website.clear();
  bare.phone.clear();
  CHECK_FALSE(HasContactDetails(bare));
  CHECK(FindStaleContacts({bare}, kToday, kLimit).empty());
  for (auto field :
       {&Municipality::website, &Municipality::enindgang_url, &Municipality::phone, &Municipality::email,
        &Municipality::sms, &Municipality::opening_hours, &Municipality::acute_service, &Municipality::acute_phone}) {
    Municipality one = bare;
    (one.*field).assign(1, 'x');
    CHECK(HasContactDetails(one));
  }
}

TEST_CASE("stale contact warnings point at the verified field and say what to do") {
  const auto rows = FixtureRows();
  const auto stale = FindStaleContacts(rows, kToday, kLimit);
  REQUIRE(stale.size() == 3);
  CHECK(StaleContactWarning(stale[0], kToday, kLimit).Format() ==
        "municipalities.csv:2:90: warning: Never (101): contact details never verified — check them against the "
        "municipality's own pages and write that day in verified as YYYY-MM-DD");
  CHECK(StaleContactWarning(stale[1], kToday, kLimit).Format() ==
        "municipalities.csv:4:90: warning: Stale (151): contact details verified 2025-12-25, 181 days before "
        "2026-06-24 (limit 180) — check them again against the municipality's own pages and update verified "
        "(contact_max_age_days in site.yaml sets the limit)");
  CHECK(StaleContactWarning(stale[2], kToday, kLimit).Format() ==
        "municipalities.csv:6:90: warning: Future (155): verified date 2026-07-01 is 7 days after 2026-06-24 — "
        "write the day the row was checked, not a later one");
  for (const auto& s : stale) CHECK(StaleContactWarning(s, kToday, kLimit).severity == Severity::kWarning);
}
