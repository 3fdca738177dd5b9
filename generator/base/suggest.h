#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace enindgang {

// The candidate closest to `word` by edit distance, if it is close enough to
// be what the user meant ("did you mean …?"); empty otherwise.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or a list of the allowed values when nothing is close.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace enindgang
