#include "render/lookup_strings.h"

#include <nlohmann/json.hpp>

#include "render/script_block.h"

namespace enindgang {
namespace {

// Max suggestions the lookup shows (WAI-ARIA combobox list).
constexpr int kMaxSuggestions = 8;

}  // namespace

std::string LookupStringsJson(const UiStrings& strings, const Language& language, const FirstLetters& letters) {
  nlohmann::json json;
  json["count"] = nlohmann::json::array();
  for (int64_t n = 0; n <= kMaxSuggestions; ++n)
    json["count"].push_back(strings.Format(language, "lookup_count", {{"count", n}}));
  // {q} and {label} are filled in by the script, as text.
  for (const char* key : {"none", "suggest", "choice", "unsure", "helpline", "loading", "call", "list"}) {
    json[key] = strings.Format(language, std::string("lookup_") + key,
                               {{"q", std::string("{q}")}, {"label", std::string("{label}")}});
  }
  json["list_at"] = strings.Format(language, "lookup_list_at", {{"letter", std::string("{letter}")}});
  // The A–Å list's letter for a query's first letter: the same table nginx-http.conf and `serve` use.
  json["letters"] = nlohmann::json::object();
  for (const auto& [first, list_letter] : letters) json["letters"][first] = list_letter;
  return JsonForScriptBlock(json);
}

}  // namespace enindgang
