#include "model/lookup_routes.h"

#include <algorithm>
#include <array>
#include <set>

#include "model/lookup_match.h"
#include "text/fold.h"
#include "text/slug.h"

namespace enindgang {
namespace {

// The letters a child's query may start with, in the order of the Danish alphabet.
constexpr std::array<std::string_view, 29> kAlphabet = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
                                                        "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                                                        "u", "v", "w", "x", "y", "z", "æ", "ø", "å"};

std::string LowerDanish(std::string_view upper) {
  if (upper == "Æ") return "æ";
  if (upper == "Ø") return "ø";
  if (upper == "Å") return "å";
  if (upper.size() == 1 && upper[0] >= 'A' && upper[0] <= 'Z')
    return std::string(1, static_cast<char>(upper[0] - 'A' + 'a'));
  return std::string(upper);
}

// The postcode choice page for a name in several municipalities: a postcode of that
// name whose municipalities are exactly the name's. "" if there is none.
std::string ChoicePostcode(const LookupIndex& index, const LookupEntry& entry) {
  for (const auto& other : index.entries) {
    if (other.kind != LookupKind::kPostcode || other.municipalities != entry.municipalities) continue;
    const std::string town = other.label.substr(other.key.size() + 1);  // "2640 Hedehusene" → "Hedehusene"
    if (text::FoldForSearch(town) == entry.key) return other.key;
  }
  return "";
}

}  // namespace

std::string SpecialPlaceRoute(const SpecialPlace& place) { return "steder/" + place.slug + "/"; }

NoScriptLookup BuildNoScriptLookup(const LookupIndex& index, const MunicipalityDirectory& directory) {
  NoScriptLookup lookup;
  lookup.special_places = directory.special_places;
  for (const auto& entry : index.entries) {
    if (entry.kind == LookupKind::kPostcode) {
      lookup.by_postcode[entry.key] = "postnummer/" + entry.key + "/";
      continue;
    }
    lookup.names.push_back(entry.label);
    if (lookup.by_key.count(entry.key)) continue;
    // The page the script would open for this very name: its best match.
    const auto best = MatchLookup(index, entry.key, 1);
    if (best.empty()) continue;
    const auto& found = index.entries[best.front().entry];
    if (found.municipalities.size() == 1) {
      lookup.by_key[entry.key] =
          "kommune/" + text::Slugify(directory.municipalities[found.municipalities[0]].name) + "/";
    } else if (auto postcode = ChoicePostcode(index, found); !postcode.empty()) {
      lookup.by_key[entry.key] = "postnummer/" + postcode + "/";
    }
  }
  // Villages after every other name, as AnswerLookup orders them: a special place
  // of the same name wins, and a village in several municipalities has its choice page.
  std::set<std::string, std::less<>> special_names;  // folded once, not once per village
  for (const auto& place : directory.special_places)
    for (const auto& name : place.names) special_names.insert(LookupKey(name));
  for (const auto& village : index.villages) {
    if (lookup.by_key.count(village.key) || special_names.contains(village.key)) continue;
    // A code range ("FO 100") needs digits; only then the full rule.
    const bool digits = village.key.find_first_of("0123456789") != std::string::npos;
    if (digits && SpecialPlaceOf(directory.special_places, village.key) >= 0) continue;
    lookup.names.push_back(village.label);
    lookup.by_key[village.key] =
        village.municipalities.size() == 1
            ? "kommune/" + text::Slugify(directory.municipalities[village.municipalities[0]].name) + "/"
            : VillageChoiceRoute(village);
  }
  return lookup;
}

std::string VillageChoiceRoute(const LookupEntry& village) { return "by/" + village.slug + "/"; }

FirstLetters FirstLettersFor(const std::vector<std::string>& list_letters) {
  std::vector<bool> present(kAlphabet.size());
  std::map<std::string_view, std::string> label_of;
  for (const auto& label : list_letters) {
    const std::string lower = LowerDanish(label);
    for (size_t i = 0; i < kAlphabet.size(); ++i) {
      if (kAlphabet[i] == lower) {
        present[i] = true;
        label_of[kAlphabet[i]] = label;
      }
    }
  }
  FirstLetters letters;
  for (size_t i = 0; i < kAlphabet.size(); ++i) {
    // The letter itself, else the next one the list has, else the last one before it.
    size_t j = i;
    while (j < kAlphabet.size() && !present[j]) ++j;
    if (j == kAlphabet.size()) {
      j = i;
      while (j > 0 && !present[j]) --j;
      if (!present[j]) continue;
    }
    letters[std::string(kAlphabet[i])] = label_of[kAlphabet[j]];
  }
  return letters;
}

std::string LetterSlug(std::string_view list_letter) {
  const std::string lower = LowerDanish(list_letter);
  if (lower == "æ") return "ae";
  if (lower == "ø") return "oe";
  if (lower == "å") return "aa";
  if (lower.size() == 1 && lower[0] >= 'a' && lower[0] <= 'z') return lower;
  return "";
}

std::string FirstLetterOf(std::string_view query) {
  const size_t start = query.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "";
  query.remove_prefix(start);
  for (auto [lower, upper] : {std::pair{"æ", "Æ"}, {"ø", "Ø"}, {"å", "Å"}}) {
    if (query.starts_with(lower) || query.starts_with(upper)) return lower;
  }
  const char c = query[0];
  if (c >= 'a' && c <= 'z') return std::string(1, c);
  if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c - 'A' + 'a'));
  return "";
}

std::string RouteOf(const NoScriptLookup& lookup, const FirstLetters& letters, std::string_view query) {
  const std::string key = LookupKey(query);
  // Four digits at the start, optionally after "dk": as the nginx map reads a postcode.
  std::string_view digits = key;
  if (digits.starts_with("dk")) digits.remove_prefix(digits.size() > 2 && digits[2] == ' ' ? 3 : 2);
  if (digits.size() >= 4 &&
      std::all_of(digits.begin(), digits.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
      (digits.size() == 4 || !(digits[4] >= '0' && digits[4] <= '9'))) {
    if (auto found = lookup.by_postcode.find(digits.substr(0, 4)); found != lookup.by_postcode.end())
      return found->second;
  } else if (auto found = lookup.by_key.find(key); found != lookup.by_key.end()) {
    return found->second;
  }
  if (const int place = SpecialPlaceOf(lookup.special_places, query); place >= 0)
    return SpecialPlaceRoute(lookup.special_places[place]);
  auto letter = letters.find(FirstLetterOf(query));
  if (letter == letters.end() || LetterSlug(letter->second).empty()) return "kommune/ikke-fundet/";
  return "kommune/ikke-fundet/" + LetterSlug(letter->second) + "/";
}

}  // namespace enindgang
