#pragma once
#include <optional>
#include <regex>
#include <string>

namespace enindgang {

// What `check --release` calls a template placeholder when site.yaml sets no
// `release_placeholder`: a bracketed phrase that starts with one of the words
// the site's templates use for "fill this in", in each of its languages
// (Danish, English, Ukrainian, Arabic), plus the template notice that names
// the brackets themselves ("[FIRKANTEDE PARENTESER]"), which must go too.
// A list of words and not "any bracketed capitals": std::regex matches bytes,
// so it cannot tell Cyrillic capitals, and Arabic has no case; a literal
// word is the same bytes in the pattern and in the text. Case-sensitive, so
// ordinary prose in brackets ("[se nedenfor]") is not a placeholder.
extern const char* const kDefaultReleasePlaceholder;

// The pattern compiled as ECMAScript; nullopt and `*error` (std::regex's
// words) when it is not a valid regular expression.
std::optional<std::regex> CompileReleasePlaceholder(const std::string& pattern, std::string* error);

}  // namespace enindgang
