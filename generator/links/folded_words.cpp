#include "links/folded_words.h"

#include <algorithm>
#include <unordered_map>

#include "text/fold.h"

namespace enindgang::links {
namespace {

std::vector<std::string> SplitAtSpaces(std::string_view text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// ASCII punctuation around a word ("hjælp!", "(DinSide)") is not quoted.
std::string Trimmed(const std::string& word) {
  constexpr std::string_view kPunctuation = ".,:;!?()[]\"'«»";
  const size_t first = word.find_first_not_of(kPunctuation);
  if (first == std::string::npos) return word;
  return word.substr(first, word.find_last_not_of(kPunctuation) - first + 1);
}

}  // namespace

FoldedWords::FoldedWords(std::string_view text) : written_(SplitAtSpaces(text)) {
  // ICU is slow per call and pages repeat their words: fold each distinct word once.
  std::unordered_map<std::string, std::vector<std::string>> cache;
  for (size_t i = 0; i < written_.size(); ++i) {
    auto [entry, fresh] = cache.try_emplace(written_[i]);
    if (fresh) entry->second = SplitAtSpaces(text::FoldForSearch(written_[i]));
    for (const std::string& token : entry->second) {
      folded_.push_back(token);
      origin_.push_back(i);
    }
  }
}

std::string FoldedWords::Find(std::string_view folded_phrase) const {
  const std::vector<std::string> phrase = SplitAtSpaces(folded_phrase);
  if (phrase.empty() || phrase.size() > folded_.size()) return "";
  for (size_t at = 0; at + phrase.size() <= folded_.size(); ++at) {
    if (!std::equal(phrase.begin(), phrase.end(), folded_.begin() + static_cast<std::ptrdiff_t>(at))) continue;
    std::string quoted;
    for (size_t word = origin_[at]; word <= origin_[at + phrase.size() - 1]; ++word)
      quoted += (quoted.empty() ? "" : " ") + written_[word];
    return Trimmed(quoted);
  }
  return "";
}

int FoldedWords::Count(std::string_view folded_word) const {
  return static_cast<int>(std::count(folded_.begin(), folded_.end(), folded_word));
}

}  // namespace enindgang::links
