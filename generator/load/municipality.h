#pragma once
#include <string>
#include <vector>

#include "base/source_position.h"

namespace enindgang {

// One row of municipalities.csv. Every contact field may be empty: the data
// holds only what a municipality's own pages were seen to state.
struct Municipality {
  std::string code;                                    // DAWA code without the leading zero: "101"
  std::string name;                                    // DAGI short name: "København", "Nordfyns"
  std::string region;                                  // Hovedstaden, Sjælland, Syddanmark, Midtjylland or Nordjylland
  std::string website;                                 // main site, https://
  std::string enindgang_url;                           // the child-facing entrance, https://, where known
  std::string phone, email, opening_hours;             // everyday contact for children or the public
  std::string acute_service, acute_phone, acute_when;  // who answers when the municipality is closed
  std::vector<std::string> aliases;                    // other names a child might type: "Copenhagen", "Århus"
  std::string source;                                  // where the row's facts come from
  std::string verified;                                // YYYY-MM-DD of the last check, or empty
  SourcePosition where;                                // the row in municipalities.csv
};

// One row of postcodes.csv. A postcode can overlap several municipalities.
struct Postcode {
  std::string code;  // four digits: "8000"
  std::string town;  // PostNord's name: "Aarhus C"
  std::vector<std::string> municipality_codes;
  SourcePosition where;
};

}  // namespace enindgang
