#include "load/municipality_table.h"

#include <algorithm>
#include <map>

#include "base/suggest.h"
#include "load/addresses.h"
#include "load/csv_columns.h"
#include "load/csv_reader.h"
#include "load/municipality_fields.h"

namespace enindgang {
namespace {

const std::vector<std::string> kColumns = {
    "code",     "name",          "region",        "website",     "enindgang_url", "phone",   "email",  "sms",
    "sms_text", "opening_hours", "acute_service", "acute_phone", "acute_when",    "aliases", "source", "verified"};
const std::vector<std::string> kRegions = {"Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"};

// Reads one well-formed row, reporting each bad value at its field.
class RowReader {
 public:
  RowReader(const CsvColumns& columns, const CsvRow& row, const std::string& path, Diagnostics& diagnostics)
      : columns_(columns), row_(row), path_(path), diagnostics_(diagnostics) {}

  const std::string& Value(std::string_view column) const { return columns_.Field(row_, column).value; }

  void Fail(std::string_view column, std::string message, std::string hint) const {
    const CsvField& field = columns_.Field(row_, column);
    diagnostics_.Error({path_, field.line, field.column}, std::move(message), std::move(hint));
  }

  std::string Region() const {
    const std::string& region = Value("region");
    if (std::find(kRegions.begin(), kRegions.end(), region) == kRegions.end()) {
      std::string close = ClosestMatch(region, kRegions);
      Fail("region", "unknown region '" + region + "'",
           (close.empty() ? "" : "did you mean '" + close + "'? ") +
               "use one of: Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland");
    }
    return region;
  }

  // Empty means unknown, which is allowed.
  std::string Url(std::string_view column) const {
    const std::string& url = Value(column);
    if (!url.empty() && !IsHttpsUrl(url))
      Fail(column, std::string(column) + " '" + url + "' is not an https:// address",
           "write the full address, starting with https://, e.g. https://www.kk.dk");
    return url;
  }

  std::string Email() const {
    const std::string& email = Value("email");
    if (!email.empty() && !IsEmailAddress(email))
      Fail("email", "malformed e-mail address '" + email + "'", "write it as name@kommune.dk, without mailto:");
    return email;
  }

  // Typed hours; a value outside the subset is reported at the token where it leaves it.
  std::optional<text::OpeningHours> Hours() const {
    const CsvField& field = columns_.Field(row_, "opening_hours");
    if (field.value.empty()) return std::nullopt;
    text::OpeningHoursError error;
    auto hours = text::ParseOpeningHours(field.value, error);
    if (!hours) {
      auto [line, column] = PositionInField(field, error.offset);
      diagnostics_.Error(
          {path_, line, column}, "opening_hours: " + error.message,
          error.hint + "; a whole value looks like: Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-13:00; PH off");
    }
    return hours;
  }

  AcuteWhen When() const {
    const std::string& when = Value("acute_when");
    if (when.empty()) return AcuteWhen::kUnstated;
    if (when == "closed") return AcuteWhen::kClosed;
    if (when == "acute") return AcuteWhen::kAcute;
    Fail("acute_when", "unknown acute_when '" + when + "'",
         "write closed (the route answers when the municipality is closed) or acute (whenever it is acute), "
         "or leave it empty");
    return AcuteWhen::kUnstated;
  }

  // SMS: a short number of digits, and the word to send in plain letters and digits.
  std::string Sms() const {
    const std::string& sms = Value("sms");
    if (!sms.empty() && (sms.size() > 15 || sms.find_first_not_of("0123456789 +") != std::string::npos))
      Fail("sms", "sms '" + sms + "' is not a phone number", "write the number to text, e.g. 1910");
    return sms;
  }

  std::string SmsText() const {
    const std::string& text = Value("sms_text");
    if (!text.empty() && Value("sms").empty())
      Fail("sms_text", "sms_text without an sms number", "fill in sms, the number to send it to, or leave both empty");
    if (text.size() > 20 ||
        text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ") != std::string::npos)
      Fail("sms_text", "sms_text '" + text + "' is not a short word of letters and digits",
           "write the word to send, e.g. BF (at most 20 letters, digits or spaces)");
    return text;
  }

  std::string Verified() const {
    const std::string& date = Value("verified");
    if (!date.empty() && !IsIsoDate(date))
      Fail("verified", "verified date '" + date + "' is not an ISO date",
           "write the date the row was checked as YYYY-MM-DD, e.g. 2024-10-22, or leave it empty");
    return date;
  }

 private:
  const CsvColumns& columns_;
  const CsvRow& row_;
  const std::string& path_;
  Diagnostics& diagnostics_;
};

Municipality ReadRow(const RowReader& row) {
  Municipality m;
  m.code = row.Value("code");
  m.name = row.Value("name");
  if (m.name.empty())
    row.Fail("name", "empty municipality name", "write the name as DAWA spells it, e.g. Høje-Taastrup");
  m.region = row.Region();
  m.website = row.Url("website");
  m.enindgang_url = row.Url("enindgang_url");
  m.phone = row.Value("phone");
  m.email = row.Email();
  m.sms = row.Sms();
  m.sms_text = row.SmsText();
  m.opening_hours = row.Value("opening_hours");
  m.hours = row.Hours();
  m.acute_service = row.Value("acute_service");
  m.acute_phone = row.Value("acute_phone");
  m.acute_when = row.When();
  m.aliases = SplitList(row.Value("aliases"));
  m.source = row.Value("source");
  m.verified = row.Verified();
  return m;
}

}  // namespace

std::optional<std::vector<Municipality>> ReadMunicipalityTable(std::string_view bytes, const std::string& path,
                                                               Diagnostics& diagnostics) {
  auto table = ReadCsv(bytes, path, diagnostics);
  if (!table) return std::nullopt;
  auto columns = CsvColumns::Check(*table, kColumns, path, diagnostics);
  if (!columns) return std::nullopt;
  bool codes_whole = true;
  std::map<std::string, int> first_line;  // code → line where it first appears
  std::vector<Municipality> municipalities;
  for (const auto& row : table->rows) {
    if (!columns->CheckWidth(row, path, diagnostics)) {
      codes_whole = false;
      continue;
    }
    const CsvField& code = columns->Field(row, "code");
    if (!CheckMunicipalityCode(code, path, diagnostics)) codes_whole = false;
    else if (auto [it, added] = first_line.emplace(code.value, row.line); !added)
      diagnostics.Error({path, code.line, code.column}, "duplicate municipality code '" + code.value + "'",
                        "line " + std::to_string(it->second) + " already has it; each municipality appears once");
    Municipality m = ReadRow(RowReader(*columns, row, path, diagnostics));
    m.where = {path, code.line, code.column};
    const CsvField& verified = columns->Field(row, "verified");
    m.verified_where = {path, verified.line, verified.column};
    municipalities.push_back(std::move(m));
  }
  if (!codes_whole) return std::nullopt;
  return municipalities;
}

}  // namespace enindgang
