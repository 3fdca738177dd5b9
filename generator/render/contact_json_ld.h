#pragma once
#include <array>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/municipality.h"
#include "text/opening_hours.h"

namespace enindgang {

// The ordinary week of a phone line, Monday first (text::RegularWeek); every
// day empty when the hours are not known.
using RegularWeek = std::array<std::vector<text::TimeRange>, 7>;

// A municipality's ways in for a child as schema.org JSON-LD
// (https://schema.org/GovernmentOrganization), so that a search shows the
// number and the hours: the children's contact (with its week as
// hoursAvailable, when known), the acute route when it has a phone,
// BørneTelefonen and 112. Only what municipalities.csv holds is said; a
// telephone is its tel: address on the page without "tel:" (render/phone_number).
// `acute_when` is the page's own words for when the acute route answers
// ("Når kommunen har lukket"), left out when empty.
nlohmann::json ContactJsonLd(const Municipality& municipality, const RegularWeek& week,
                             const std::string& acute_when = "");

// The week as OpeningHoursSpecifications: one per time range, for all the
// days that have the same ranges ("Mo-Th 10:00-15:00" is one, not four).
nlohmann::json HoursAvailable(const RegularWeek& week);

}  // namespace enindgang
