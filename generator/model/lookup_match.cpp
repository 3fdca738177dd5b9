#include "model/lookup_match.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <tuple>

#include "text/fold.h"

namespace enindgang {
namespace {

std::u32string CodePoints(std::string_view utf8) {
  std::u32string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// "8000" from "8000", "8000 aarhus c", "dk 8000", "dk8000"; "" otherwise.
std::string_view PostcodeOf(std::string_view key) {
  if (key.starts_with("dk")) key.remove_prefix(key.size() > 2 && key[2] == ' ' ? 3 : 2);
  if (key.size() < 4 || !std::all_of(key.begin(), key.begin() + 4, IsAsciiDigit)) return {};
  if (key.size() > 4 && IsAsciiDigit(key[4])) return {};
  return key.substr(0, 4);
}

// A folded query, in the forms RankOf compares.
struct Query {
  std::string key;
  std::string word;  // " " + key: the key starts a word inside an entry's key
  std::u32string points;
};

// Rank 5: a query of 4 or more code points one edit from the whole key.
bool IsOneTypo(const LookupEntry& entry, const Query& query) {
  if (query.points.size() < 4) return false;
  const size_t length = CodePoints(entry.key).size();
  const size_t longer = std::max(length, query.points.size());
  const size_t shorter = std::min(length, query.points.size());
  // The length check first keeps a pasted essay from costing a full table per key.
  return longer - shorter <= 1 && LookupDistance(entry.key, query.key) == 1;
}

// 0 if none of the rules fits.
int RankOf(const LookupEntry& entry, const Query& query) {
  if (entry.key == query.key) {
    switch (entry.kind) {
      case LookupKind::kMunicipality:
        return 1;
      case LookupKind::kTown:
        return 2;
      case LookupKind::kAlias:
        return 3;
      case LookupKind::kPostcode:
      case LookupKind::kVillage:
        break;  // postcodes: only through PostcodeOf; villages: MatchVillages
    }
  }
  if (entry.key.starts_with(query.key) || entry.key.find(query.word) != std::string::npos) return 4;
  return IsOneTypo(entry, query) ? 5 : 0;
}

// Sorted by rank, key, kind, label, entry; a match whose municipalities equal an
// earlier one's is dropped; at most `limit` remain (MatchLookup's and MatchVillages's order).
std::vector<LookupMatch> BestDistinct(std::vector<LookupMatch> matches, const std::vector<LookupEntry>& entries,
                                      size_t limit) {
  std::sort(matches.begin(), matches.end(), [&](const LookupMatch& a, const LookupMatch& b) {
    const auto& x = entries[a.entry];
    const auto& y = entries[b.entry];
    return std::tie(a.rank, x.key, x.kind, x.label, a.entry) < std::tie(b.rank, y.key, y.kind, y.label, b.entry);
  });
  std::vector<LookupMatch> kept;
  std::set<std::vector<int>> seen;
  for (const auto& match : matches) {
    if (kept.size() >= limit) break;
    if (seen.insert(entries[match.entry].municipalities).second) kept.push_back(match);
  }
  return kept;
}

}  // namespace

std::string LookupKey(std::string_view query) {
  std::string key = text::FoldForSearch(query);
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    const auto lead = static_cast<unsigned char>(key[i]);
    const auto next = i + 1 < key.size() ? static_cast<unsigned char>(key[i + 1]) : 0;
    if (lead == 0xD9 && next >= 0xA0 && next <= 0xA9) {  // U+0660..U+0669 ARABIC-INDIC DIGIT
      out += static_cast<char>('0' + (next - 0xA0));
      ++i;
    } else if (lead == 0xDB && next >= 0xB0 && next <= 0xB9) {  // U+06F0..U+06F9 EXTENDED ARABIC-INDIC DIGIT
      out += static_cast<char>('0' + (next - 0xB0));
      ++i;
    } else {
      out += key[i];
    }
  }
  return out;
}

std::vector<LookupMatch> MatchLookup(const LookupIndex& index, std::string_view query, size_t limit) {
  const std::string key = LookupKey(query);
  std::vector<LookupMatch> matches;
  if (key.empty()) return matches;
  const int count = static_cast<int>(index.entries.size());
  if (const auto postcode = PostcodeOf(key); !postcode.empty()) {
    for (int i = 0; i < count; ++i) {
      const auto& entry = index.entries[i];
      if (entry.kind == LookupKind::kPostcode && entry.key == postcode) matches.push_back({i, 0});
    }
  } else {
    const Query parts{key, " " + key, CodePoints(key)};
    for (int i = 0; i < count; ++i) {
      if (const int rank = RankOf(index.entries[i], parts)) matches.push_back({i, rank});
    }
  }
  return BestDistinct(std::move(matches), index.entries, limit);
}

std::vector<LookupMatch> MatchVillages(const LookupIndex& index, std::string_view query, size_t limit) {
  const std::string key = LookupKey(query);
  std::vector<LookupMatch> matches;
  const std::string chunk = VillageChunk(key);
  if (chunk.empty() || !PostcodeOf(key).empty()) return matches;
  const Query parts{key, " " + key, CodePoints(key)};
  for (int i = 0; i < static_cast<int>(index.villages.size()); ++i) {
    const auto& entry = index.villages[i];
    if (VillageChunk(entry.key) != chunk) continue;
    const int rank = entry.key == key ? 1 : entry.key.starts_with(key) ? 4 : IsOneTypo(entry, parts) ? 5 : 0;
    if (rank) matches.push_back({i, rank});
  }
  return BestDistinct(std::move(matches), index.villages, limit);
}

size_t SuggestionEdits(size_t length) { return length / 5; }

std::vector<int> SuggestLookup(const LookupIndex& index, std::string_view query, size_t count) {
  std::u32string points = CodePoints(LookupKey(query));
  if (points.size() > 64) points.resize(64);
  std::string key;
  for (char32_t c : points) {
    char bytes[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(bytes), length, static_cast<UChar32>(c));
    key.append(bytes, length);
  }
  const size_t edits = SuggestionEdits(points.size());
  std::vector<LookupMatch> scored;
  if (edits == 0) return {};
  for (int i = 0; i < static_cast<int>(index.entries.size()); ++i) {
    const auto& entry = index.entries[i];
    if (entry.municipalities.size() != 1) continue;
    const size_t length = CodePoints(entry.key).size();
    if (std::max(length, points.size()) - std::min(length, points.size()) > edits) continue;
    if (const size_t d = LookupDistance(entry.key, key); d <= edits) scored.push_back({i, static_cast<int>(d)});
  }
  std::sort(scored.begin(), scored.end(), [&](const LookupMatch& a, const LookupMatch& b) {
    const auto& x = index.entries[a.entry];
    const auto& y = index.entries[b.entry];
    return std::tie(a.rank, x.key, x.kind, x.label, a.entry) < std::tie(b.rank, y.key, y.kind, y.label, b.entry);
  });
  std::vector<int> out;
  std::set<int> seen;
  for (const auto& s : scored) {
    if (out.size() >= count) break;
    if (seen.insert(index.entries[s.entry].municipalities[0]).second) out.push_back(s.entry);
  }
  return out;
}

int SpecialPlaceOf(const std::vector<SpecialPlace>& places, std::string_view query) {
  const std::string key = LookupKey(query);
  if (key.empty()) return -1;
  std::string compact;
  for (char c : key)
    if (c != ' ') compact += c;
  for (size_t i = 0; i < places.size(); ++i) {
    for (const auto& name : places[i].names)
      if (LookupKey(name) == key) return static_cast<int>(i);
    for (const auto& range : places[i].codes) {
      const std::string prefix = LookupKey(range.prefix);
      if (!compact.starts_with(prefix)) continue;
      size_t end = prefix.size();
      while (end < compact.size() && IsAsciiDigit(compact[end])) ++end;
      const std::string digits = compact.substr(prefix.size(), end - prefix.size());
      if (digits.size() == range.low.size() && digits >= range.low && digits <= range.high) return static_cast<int>(i);
    }
  }
  return -1;
}

LookupAnswer AnswerLookup(const LookupIndex& index, const std::vector<SpecialPlace>& places, std::string_view query) {
  const auto best = MatchLookup(index, query, 1);
  if (!best.empty() && best.front().rank <= 3) return {best.front().entry, -1, -1};
  if (const int special = SpecialPlaceOf(places, query); special >= 0) return {-1, special, -1};
  // A name the first index starts ("Lyngby" → Kongens Lyngby) wins over a village of that name.
  if (!best.empty() && best.front().rank == 4) return {best.front().entry, -1, -1};
  const auto village = MatchVillages(index, query, 1);
  if (!village.empty() && village.front().rank == 1) return {-1, -1, village.front().entry};
  if (!best.empty()) return {best.front().entry, -1, -1};
  if (!village.empty()) return {-1, -1, village.front().entry};
  return {};
}

std::vector<int> MunicipalitiesOf(const LookupIndex& index, const LookupMatch& match) {
  return index.entries.at(match.entry).municipalities;
}

size_t LookupDistance(std::string_view a_utf8, std::string_view b_utf8) {
  const auto a = CodePoints(a_utf8);
  const auto b = CodePoints(b_utf8);
  // Three rows of the (|a|+1) × (|b|+1) table: the swap looks two rows back.
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace enindgang
