#pragma once
#include <string>
#include <string_view>

namespace enindgang::text {

// Readability index (Björnsson's LIX): words per sentence plus the percentage
// of long words. Below 25 is easy for children; above 55 is hard.
struct Lix {
  int words = 0;
  int sentences = 0;
  int long_words = 0;  // more than 6 letters
  double value = 0;    // words / sentences + 100 * long_words / words; 0 if no words
};

// Words are ICU word-break segments that contain letters or numbers
// (rule status UBRK_WORD_NUMBER up to UBRK_WORD_IDEO_LIMIT); punctuation
// and spaces are not words. A word's length counts letters (\p{L}) as code
// points, so "Ærøskøbing" has 10 and digits never make a word long.
// Sentences are ICU sentence-break segments that hold at least one word.
Lix ComputeLix(std::string_view plain_text, const std::string& icu_locale);

}  // namespace enindgang::text
