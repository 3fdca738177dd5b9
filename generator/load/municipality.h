#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/source_position.h"
#include "text/opening_hours.h"

namespace enindgang {

// When the after-hours route answers, as `acute_when` says it: a fixed word so
// that every language can say it in its own words.
enum class AcuteWhen {
  kUnstated,  // empty
  kClosed,    // "closed": when the municipality is closed
  kAcute,     // "acute": whenever it is acute; the source names no hours
};

// One row of municipalities.csv. Every contact field may be empty: the data
// holds only what a municipality's own pages were seen to state.
struct Municipality {
  std::string code;                         // DAWA code without the leading zero: "101"
  std::string name;                         // DAGI short name: "København", "Nordfyns"
  std::string region;                       // Hovedstaden, Sjælland, Syddanmark, Midtjylland or Nordjylland
  std::string website;                      // main site, https://
  std::string enindgang_url;                // the child-facing entrance, https://, where known
  std::string phone, email;                 // everyday contact for children or the public
  std::string sms, sms_text;                // an SMS number and the word to send, "1910" and "BF"
  std::string opening_hours;                // OSM opening_hours value, as written: "Mo-We 10:00-15:00; PH off"
  std::optional<text::OpeningHours> hours;  // the same, parsed; empty when unknown
  std::string acute_service, acute_phone;   // who answers when the municipality is closed
  AcuteWhen acute_when = AcuteWhen::kUnstated;
  std::vector<std::string> aliases;  // other names a child might type: "Copenhagen", "Århus"
  std::string source;                // where the row's facts come from
  std::string verified;              // YYYY-MM-DD of the last check, or empty
  SourcePosition where;              // the row in municipalities.csv
  SourcePosition verified_where;     // its verified field, for "check this row again"
};

// One row of postcodes.csv. A postcode can overlap several municipalities.
struct Postcode {
  std::string code;  // four digits: "8000"
  std::string town;  // PostNord's name: "Aarhus C"
  std::vector<std::string> municipality_codes;
  SourcePosition where;
};

}  // namespace enindgang
