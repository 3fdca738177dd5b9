#include "load/municipality_directory.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

#include "temp_dir.h"

using namespace enindgang;

namespace {

const std::vector<std::string> kColumns = {
    "code",     "name",          "region",        "website",     "enindgang_url", "phone",   "email",  "sms",
    "sms_text", "opening_hours", "acute_service", "acute_phone", "acute_when",    "aliases", "source", "verified"};

std::string Header() {
  std::string line;
  for (const auto& column : kColumns) line += (line.empty() ? "" : ",") + column;
  return line + "\n";
}

// A municipalities.csv line: København's (or Aarhus') values with some replaced.
// København's default line is
// 101,København,Hovedstaden,https://www.kk.dk,,,,,,,,,,Copenhagen;Kbh,DAWA,
// so its fields start at columns 1, 5, 15, 27, 45, 46, ... 54 (aliases), 69, 74.
std::string Row(std::map<std::string, std::string> changes = {}) {
  std::map<std::string, std::string> values = {{"code", "101"},
                                               {"name", "København"},
                                               {"region", "Hovedstaden"},
                                               {"website", "https://www.kk.dk"},
                                               {"aliases", "Copenhagen;Kbh"},
                                               {"source", "DAWA"}};
  for (const auto& [column, value] : changes) values[column] = value;
  std::string line;
  for (size_t i = 0; i < kColumns.size(); ++i) line += (i ? "," : "") + values[kColumns[i]];
  return line + "\n";
}

std::string Aarhus(std::map<std::string, std::string> changes = {}) {
  changes.merge(std::map<std::string, std::string>{{"code", "751"},
                                                   {"name", "Aarhus"},
                                                   {"region", "Midtjylland"},
                                                   {"website", "https://www.aarhus.dk"},
                                                   {"aliases", "Århus"}});
  return Row(changes);
}

const std::string kPostcodes = "postcode,name,municipality_codes\n1050,København K,101\n8000,Aarhus C,751\n";

struct Loaded {
  std::optional<MunicipalityDirectory> directory;
  std::vector<std::string> messages;
};

// Writes the files that are given (a missing one stays missing) and loads them.
Loaded Load(std::optional<std::string> municipalities, std::optional<std::string> postcodes = kPostcodes) {
  testing::TempDir dir;
  std::map<std::string, std::string> files;
  if (municipalities) files["municipalities.csv"] = *municipalities;
  if (postcodes) files["postcodes.csv"] = *postcodes;
  dir.Write(files);
  Diagnostics diagnostics;
  Loaded loaded;
  loaded.directory = LoadMunicipalityDirectory(dir.path() / "municipalities.csv", dir.path() / "postcodes.csv",
                                               dir.path().string(), diagnostics);
  for (const auto& d : diagnostics.Sorted()) loaded.messages.push_back(d.Format());
  return loaded;
}

// The messages of loading København and Aarhus with one line changed.
std::vector<std::string> Errors(const std::string& municipalities, const std::string& postcodes = kPostcodes) {
  auto loaded = Load(municipalities, postcodes);
  CHECK_FALSE(loaded.directory);
  return loaded.messages;
}

using Messages = std::vector<std::string>;

}  // namespace

TEST_CASE("directory: a good pair of files loads with every column") {
  auto loaded = Load(Header() + Row({{"email", "post@kk.dk"}, {"verified", "2024-10-22"}}) + Aarhus());
  REQUIRE(loaded.messages.empty());
  REQUIRE(loaded.directory);
  const Municipality* kbh = loaded.directory->Find("101");
  REQUIRE(kbh);
  CHECK(kbh->name == "København");
  CHECK(kbh->aliases == std::vector<std::string>{"Copenhagen", "Kbh"});
  CHECK(kbh->email == "post@kk.dk");
  CHECK(kbh->verified == "2024-10-22");
  CHECK(kbh->where.path == "municipalities.csv");
  CHECK(kbh->where.line == 2);
  CHECK(loaded.directory->Find("0101") == nullptr);
  REQUIRE(loaded.directory->postcodes.size() == 2);
  CHECK(loaded.directory->postcodes[1].town == "Aarhus C");
  CHECK(loaded.directory->postcodes[1].municipality_codes == std::vector<std::string>{"751"});
  CHECK(loaded.directory->postcodes[1].where.path == "postcodes.csv");
}

TEST_CASE("directory: a missing file is named") {
  CHECK(Load(std::nullopt).messages ==
        Messages{"municipalities.csv: error: cannot read the file — check that it exists and that you may read it"});
}

TEST_CASE("directory: an empty file") {
  CHECK(
      Errors("") ==
      Messages{"municipalities.csv:1:1: error: the file is empty — the first line must name the "
               "columns; expected columns, in this order: code,name,region,website,enindgang_url,"
               "phone,email,sms,sms_text,opening_hours,acute_service,acute_phone,acute_when,aliases,source,verified"});
}

TEST_CASE("directory: a missing header column") {
  CHECK(Errors(Header() + Row() + Aarhus(), "postcode,town,municipality_codes\n1050,København K,101\n") ==
        Messages{"postcodes.csv:1:1: error: missing column 'name' — expected columns, in this order: "
                 "postcode,name,municipality_codes",
                 "postcodes.csv:1:10: error: unknown column 'town' — expected columns, in this order: "
                 "postcode,name,municipality_codes"});
}

TEST_CASE("directory: an unknown header column suggests the closest one") {
  std::string header = Header();
  header.replace(header.find("website"), 7, "webside");
  auto messages = Errors(header + Row() + Aarhus());
  REQUIRE(messages.size() == 2);
  CHECK(messages[1] ==
        "municipalities.csv:1:18: error: unknown column 'webside' — did you mean 'website'? expected columns, in this "
        "order: "
        "code,name,region,website,enindgang_url,phone,email,sms,sms_text,opening_hours,acute_service,acute_phone,acute_"
        "when,"
        "aliases,source,verified");
}

TEST_CASE("directory: a repeated header column") {
  CHECK(
      Errors(Header() + Row() + Aarhus(),
             "postcode,name,name,municipality_codes\n1050,København K,København K,101\n8000,Aarhus C,Aarhus C,751\n") ==
      Messages{"postcodes.csv:1:15: error: column 'name' appears twice — it is already field 2 of the header; "
               "remove one"});
}

TEST_CASE("directory: misordered header columns") {
  CHECK(Errors(Header() + Row() + Aarhus(),
               "name,postcode,municipality_codes\nKøbenhavn K,1050,101\nAarhus C,8000,751\n") ==
        Messages{"postcodes.csv:1:1: error: columns out of order: 'name' stands where 'postcode' belongs — expected "
                 "columns, in this order: postcode,name,municipality_codes"});
}

TEST_CASE("directory: a row with too few fields") {
  CHECK(Errors(Header() + "101,København,Hovedstaden\n" + Aarhus()) ==
        Messages{"municipalities.csv:2:15: error: row has 3 fields, but the header has 16 — check for a missing or "
                 "extra comma; a value that contains a comma must be in quotes"});
}

TEST_CASE("directory: a row with too many fields") {
  CHECK(Errors(Header() + Row() + Aarhus(),
               "postcode,name,municipality_codes\n1050,København K,101\n8000,Aarhus C,751,extra\n") ==
        Messages{"postcodes.csv:3:19: error: row has 4 fields, but the header has 3 — check for a missing or extra "
                 "comma; a value that contains a comma must be in quotes"});
}

TEST_CASE("directory: an empty municipality code") {
  CHECK(Errors(Header() + Row({{"code", ""}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:1: error: empty municipality code — write the municipality's code without a "
                 "leading zero, e.g. 101 for København"});
}

TEST_CASE("directory: a municipality code that is not a number") {
  CHECK(Errors(Header() + Row({{"code", "1O1"}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:1: error: municipality code '1O1' is not a number — write the municipality's "
                 "code without a leading zero, e.g. 101 for København"});
}

TEST_CASE("directory: a municipality code out of range") {
  CHECK(Errors(Header() + Row({{"code", "1000"}}) + Aarhus({{"code", "0"}})) ==
        Messages{"municipalities.csv:2:1: error: municipality code '1000' is out of range — municipality codes run "
                 "from 1 to 999",
                 "municipalities.csv:3:1: error: municipality code '0' is out of range — municipality codes run from 1 "
                 "to 999"});
}

TEST_CASE("directory: a municipality code with a leading zero") {
  CHECK(Errors(Header() + Row({{"code", "0101"}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:1: error: municipality code '0101' has a leading zero — write it as 101"});
}

TEST_CASE("directory: a duplicate municipality code names the first line") {
  CHECK(Errors(Header() + Row() + Aarhus() + Row({{"name", "Kbh"}})) ==
        Messages{"municipalities.csv:4:1: error: duplicate municipality code '101' — line 2 already has it; each "
                 "municipality appears once"});
}

TEST_CASE("directory: an empty name") {
  CHECK(Errors(Header() + Row({{"name", ""}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:5: error: empty municipality name — write the name as DAWA spells it, e.g. "
                 "Høje-Taastrup"});
}

TEST_CASE("directory: an unknown region lists the five") {
  CHECK(Errors(Header() + Row({{"region", "Nordjyland"}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:15: error: unknown region 'Nordjyland' — did you mean 'Nordjylland'? use one "
                 "of: Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland"});
}

TEST_CASE("directory: a website that is not https") {
  CHECK(Errors(Header() + Row({{"website", "http://www.kk.dk"}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:27: error: website 'http://www.kk.dk' is not an https:// address — write the "
                 "full address, starting with https://, e.g. https://www.kk.dk"});
}

TEST_CASE("directory: a javascript: entrance URL") {
  CHECK(Errors(Header() + Row({{"enindgang_url", "javascript:alert(1)"}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:45: error: enindgang_url 'javascript:alert(1)' is not an https:// address — "
                 "write the full address, starting with https://, e.g. https://www.kk.dk"});
}

TEST_CASE("directory: a malformed e-mail address") {
  CHECK(Errors(Header() + Row({{"email", "mailto:post@kk.dk"}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:47: error: malformed e-mail address 'mailto:post@kk.dk' — write it as "
                 "name@kommune.dk, without mailto:"});
}

TEST_CASE("directory: a verified date that is not ISO") {
  CHECK(Errors(Header() + Row({{"verified", "22-10-2024"}}) + Aarhus()) ==
        Messages{"municipalities.csv:2:74: error: verified date '22-10-2024' is not an ISO date — write the date the "
                 "row was checked as YYYY-MM-DD, e.g. 2024-10-22, or leave it empty"});
}

TEST_CASE("directory: invalid UTF-8 in a name") {
  CHECK(Errors(Header() +
               Row({{"name",
                     "K\xF8"
                     "benhavn"}}) +
               Aarhus()) ==
        Messages{"municipalities.csv:2:6: error: invalid UTF-8 (byte 0xF8) — save the file as UTF-8; this byte "
                 "suggests Latin-1 or Windows-1252"});
}

TEST_CASE("directory: an unterminated quote") {
  CHECK(Errors(Header() + Row() + Aarhus(),
               "postcode,name,municipality_codes\n1050,København K,101\n8000,\"Aarhus C,751\n") ==
        Messages{"postcodes.csv:3:6: error: unterminated quoted field — close the field with a quote; a quote inside "
                 "it is written twice (\"\")"});
}

TEST_CASE("directory: a postcode that is not four digits") {
  CHECK(Errors(Header() + Row() + Aarhus(),
               "postcode,name,municipality_codes\n1050,København K,101\n800,Aarhus C,751\n") ==
        Messages{"postcodes.csv:3:1: error: postcode '800' is not four digits — Danish postcodes have four digits, "
                 "e.g. 8000"});
}

TEST_CASE("directory: a duplicate postcode names the first line") {
  CHECK(Errors(Header() + Row() + Aarhus(), kPostcodes + "1050,København K,101\n") ==
        Messages{"postcodes.csv:4:1: error: duplicate postcode '1050' — line 2 already has it; list each postcode "
                 "once, with all its municipality codes"});
}

TEST_CASE("directory: a postcode without municipality codes") {
  CHECK(
      Errors(Header() + Row() + Aarhus(), "postcode,name,municipality_codes\n1050,København K,101\n8000,Aarhus C,\n") ==
      Messages{"postcodes.csv:3:15: error: postcode '8000' has no municipality codes — list the codes of the "
               "municipalities it covers, separated by ;, e.g. 169;183"});
}

TEST_CASE("directory: a malformed municipality code in a postcode") {
  CHECK(Errors(Header() + Row() + Aarhus(),
               "postcode,name,municipality_codes\n1050,København K,101\n8000,Aarhus C,0751\n") ==
        Messages{"postcodes.csv:3:15: error: '0751' is not a municipality code — list codes from 1 to 999 without "
                 "leading zeros, separated by ;, e.g. 169;183"});
}

TEST_CASE("directory: a postcode pointing to an unknown municipality") {
  CHECK(Errors(Header() + Row() + Aarhus(),
               "postcode,name,municipality_codes\n1050,København K,101\n8000,Aarhus C,751; 752\n") ==
        Messages{"postcodes.csv:3:15: error: postcode '8000' points to unknown municipality code '752' — use a code "
                 "from the code column of municipalities.csv"});
}

TEST_CASE("directory: a municipality without a postcode") {
  CHECK(Errors(Header() + Row() + Aarhus(), "postcode,name,municipality_codes\n1050,København K,101\n") ==
        Messages{"municipalities.csv:3:1: error: municipality '751' (Aarhus) has no postcode — add 751 to the "
                 "municipality_codes of its postcodes in postcodes.csv"});
}

TEST_CASE("directory: every problem in both files is reported") {
  auto messages =
      Errors(Header() + Row({{"region", "Fyn"}, {"verified", "2024-13-01"}}) + Aarhus({{"website", "https://"}}),
             "postcode,name,municipality_codes\n1050,København K,101\n80000,Aarhus C,751\n");
  REQUIRE(messages.size() == 4);
  CHECK(messages[0].starts_with("municipalities.csv:2:15: error: unknown region 'Fyn'"));
  CHECK(messages[1].starts_with("municipalities.csv:2:"));
  CHECK_THAT(messages[1], Catch::Contains("verified date '2024-13-01'"));
  CHECK(messages[2].starts_with("municipalities.csv:3:24: error: website 'https://'"));
  CHECK(messages[3].starts_with("postcodes.csv:3:1: error: postcode '80000'"));
}

TEST_CASE("directory: the project's own data loads cleanly") {
  Diagnostics diagnostics;
  auto directory = LoadMunicipalityDirectory(ENINDGANG_SOURCE_DIR "/municipalities.csv",
                                             ENINDGANG_SOURCE_DIR "/postcodes.csv", ENINDGANG_SOURCE_DIR, diagnostics);
  std::string messages;
  for (const auto& d : diagnostics.Sorted()) messages += d.Format() + "\n";
  INFO(messages);
  CHECK(messages.empty());
  REQUIRE(directory);
  CHECK(directory->municipalities.size() == 98);
  CHECK(directory->postcodes.size() == 1089);
  CHECK(std::count_if(directory->postcodes.begin(), directory->postcodes.end(),
                      [](const Postcode& p) { return p.municipality_codes.size() > 1; }) == 245);
  auto aarhus_c = std::find_if(directory->postcodes.begin(), directory->postcodes.end(),
                               [](const Postcode& p) { return p.code == "8000"; });
  REQUIRE(aarhus_c != directory->postcodes.end());
  CHECK(aarhus_c->municipality_codes == std::vector<std::string>{"751"});
  REQUIRE(directory->Find("751"));
  CHECK(directory->Find("751")->name == "Aarhus");
  CHECK(directory->Find("101")->where.path == "municipalities.csv");
}

TEST_CASE("directory: typed opening hours and acute_when and SMS are read") {
  auto loaded = Load(Header() +
                     Row({{"phone", "64 74 75 17"},
                          {"sms", "1910"},
                          {"sms_text", "BF"},
                          {"opening_hours", "\"Mo-We 10:00-15:00; Th 10:00-17:00,18:00-19:00; PH off\""},
                          {"acute_phone", "114"},
                          {"acute_when", "closed"}}) +
                     Aarhus({{"acute_when", "acute"}}));
  REQUIRE(loaded.messages.empty());
  const Municipality& m = loaded.directory->municipalities[0];
  CHECK(m.sms == "1910");
  CHECK(m.sms_text == "BF");
  REQUIRE(m.hours);
  CHECK(m.hours->rules.size() == 3);
  CHECK(m.opening_hours == "Mo-We 10:00-15:00; Th 10:00-17:00,18:00-19:00; PH off");
  CHECK(m.acute_when == AcuteWhen::kClosed);
  CHECK(loaded.directory->municipalities[1].acute_when == AcuteWhen::kAcute);
  CHECK_FALSE(loaded.directory->municipalities[1].hours);
}

TEST_CASE("directory: opening hours outside the subset are errors at the token in the file columns") {
  // København's opening_hours field starts at column 50, so its "10" is at 56; Aarhus' field
  // (quoted) starts at 51, its value at 52, and its "Xy" at 68.
  auto messages = Errors(Header() + Row({{"opening_hours", "Mo-We 10-15"}}) +
                             Aarhus({{"opening_hours", "\"Mo 08:00-12:00; Xy 10:00-12:00\""}}) +
                             Row({{"code", "147"}, {"name", "Frederiksberg"}, {"opening_hours", "Mo 25:00-26:00"}}),
                         kPostcodes + "2000,Frederiksberg,147\n");
  for (const auto& m : messages) UNSCOPED_INFO(m);
  REQUIRE(messages.size() == 3);
  CHECK(messages[0].starts_with("municipalities.csv:2:56: error: opening_hours: time '10' needs minutes"));
  CHECK_THAT(messages[0], Catch::Contains("10"));
  CHECK_THAT(messages[0], Catch::Contains("Mo-We 10:00-15:00"));
  CHECK(messages[1].starts_with("municipalities.csv:3:68: error: opening_hours: unknown weekday 'Xy'"));
  CHECK_THAT(messages[1], Catch::Contains("'Xy'"));
  CHECK(messages[2].starts_with("municipalities.csv:4:57: error: opening_hours: "));
  CHECK_THAT(messages[2], Catch::Contains("25:00"));
}

TEST_CASE("directory: an unknown acute_when and a bad SMS are errors") {
  auto messages =
      Errors(Header() + Row({{"acute_when", "uden for åbningstid"}, {"sms_text", "BF&x"}, {"sms", "19a"}}) + Aarhus());
  for (const auto& m : messages) UNSCOPED_INFO(m);
  REQUIRE(messages.size() == 3);
  CHECK(messages[0].starts_with("municipalities.csv:2:48: error: sms '19a' is not a phone number"));
  CHECK(messages[1].starts_with("municipalities.csv:2:52: error: sms_text 'BF&x'"));
  CHECK(messages[2].starts_with("municipalities.csv:2:60: error: unknown acute_when 'uden for åbningstid'"));
}
