#include "render/contact_json_ld.h"

#include <algorithm>
#include <cstdio>

#include "render/phone_number.h"

namespace enindgang {
namespace {

using nlohmann::json;

constexpr const char* kDays[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// BørneTelefonen (Børns Vilkår), open day and night every day of the year:
// VERIFIED in /work/shared/facts/barnets-lov.md. Its number as the page dials it.
constexpr const char* kHelplineName = "BørneTelefonen";
constexpr const char* kHelplinePhone = "116111";

// schema.org's Time is a time of day; a range that runs to midnight (24:00)
// closes at 23:59 by the vocabulary's convention for all-day hours.
std::string Clock(int minute) {
  // The lower bound (a time of day is never negative) lets GCC see that "%02d:%02d" fits.
  minute = std::clamp(minute, 0, 24 * 60 - 1);
  char text[6];
  std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
  return text;
}

std::string Telephone(const std::string& phone) { return TelHref(phone).substr(4); }

json Contact(const std::string& contact_type, const std::string& telephone) {
  json contact = {{"@type", "ContactPoint"}, {"contactType", contact_type}, {"availableLanguage", "da"}};
  if (!telephone.empty()) contact["telephone"] = telephone;
  return contact;
}

json ChildrensContact(const Municipality& m, const RegularWeek& week) {
  json contact = Contact("children and young people", m.phone.empty() ? "" : Telephone(m.phone));
  if (!m.email.empty()) contact["email"] = m.email;
  json hours = HoursAvailable(week);
  if (!hours.empty()) contact["hoursAvailable"] = std::move(hours);
  return contact;
}

// No hoursAvailable: the acute route answers "when the municipality is
// closed" (acute_when says how), which is not a schedule.
json AcuteContact(const Municipality& m, const std::string& acute_when) {
  json contact = Contact("out of hours", Telephone(m.acute_phone));
  if (!m.acute_service.empty()) contact["name"] = m.acute_service;
  if (!acute_when.empty()) contact["description"] = acute_when;
  return contact;
}

json HelplineContact() {
  json contact = Contact("children's helpline", kHelplinePhone);
  contact["name"] = kHelplineName;
  RegularWeek always;
  always.fill({text::TimeRange{0, 24 * 60}});
  contact["hoursAvailable"] = HoursAvailable(always);
  return contact;
}

// The official name. The CSV holds DAGI's short names; where a
// municipality's long form is not "<name> Kommune" (Bornholms
// Regionskommune), the CSV has it among the aliases.
std::string OfficialName(const Municipality& m) {
  for (const std::string& alias : m.aliases)
    if (alias.ends_with("kommune") || alias.ends_with("Kommune")) return alias;
  return m.name + " Kommune";
}

}  // namespace

json HoursAvailable(const RegularWeek& week) {
  json specifications = json::array();
  std::array<bool, 7> done{};
  for (int day = 0; day < 7; ++day) {
    if (done[day] || week[day].empty()) continue;
    json days = json::array();
    for (int other = day; other < 7; ++other) {
      if (week[other] != week[day]) continue;
      days.push_back(std::string("https://schema.org/") + kDays[other]);
      done[other] = true;
    }
    for (const text::TimeRange& range : week[day]) {
      specifications.push_back({{"@type", "OpeningHoursSpecification"},
                                {"dayOfWeek", days},
                                {"opens", Clock(range.from)},
                                {"closes", Clock(range.to)}});
    }
  }
  return specifications;
}

json ContactJsonLd(const Municipality& m, const RegularWeek& week, const std::string& acute_when) {
  json organization = {{"@context", "https://schema.org"},
                       {"@type", "GovernmentOrganization"},
                       {"name", OfficialName(m)},
                       {"areaServed", {{"@type", "AdministrativeArea"}, {"name", OfficialName(m)}}}};
  if (!m.website.empty()) organization["url"] = m.website;
  json contacts = json::array();
  if (!m.phone.empty() || !m.email.empty()) contacts.push_back(ChildrensContact(m, week));
  if (!m.acute_phone.empty()) contacts.push_back(AcuteContact(m, acute_when));
  contacts.push_back(HelplineContact());
  contacts.push_back(Contact("emergency", "112"));
  organization["contactPoint"] = std::move(contacts);
  return organization;
}

}  // namespace enindgang
