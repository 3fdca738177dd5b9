#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace enindgang::links {

// A text as folded words (text::FoldForSearch, so "BØRN", "børn" and "boern"
// are one word) that still knows how the page wrote each of them, so that
// evidence can quote the page.
class FoldedWords {
 public:
  explicit FoldedWords(std::string_view text);

  // Where the folded phrase ("fa hjalp") first occurs, as the text wrote it
  // ("Få hjælp"); empty when it does not occur.
  std::string Find(std::string_view folded_phrase) const;
  // How often the folded word occurs.
  int Count(std::string_view folded_word) const;

 private:
  std::vector<std::string> written_;  // the text's words, split at spaces
  std::vector<std::string> folded_;   // one folded token each ...
  std::vector<size_t> origin_;        // ... and the written word it came from
};

}  // namespace enindgang::links
