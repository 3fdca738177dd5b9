#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace enindgang {

// The values a site's files may give a setting that the generator acts on.
// Each enum's spelling lives once, in EnumNames (domain_values.cpp): the files,
// the templates and the messages all see these words.

// Who a page is written for: `child` pages are in the menu and held to the LIX limit.
enum class Audience { kChild, kAdult };
// The template a content page is shown with.
enum class Layout { kPage, kLanding, kSteps, kGlossary, kList, kActivities };
// `translation:` — whether a translator still has to look at the text.
enum class TranslationStatus { kOriginal, kNeedsReview, kReviewed };
// The writing direction of a language.
enum class Direction { kLtr, kRtl };
// What a page is for, where other pages link to it by purpose (the municipality
// pages link to the rights page and the case steps page of their language).
enum class Role { kRights, kCaseSteps };

// The words for an enum's values, in the order of its enumerators.
template <typename E>
const std::vector<std::string>& EnumNames();

template <typename E>
const std::string& ToString(E value) {
  return EnumNames<E>()[static_cast<size_t>(value)];
}

template <typename E>
std::optional<E> ParseEnum(std::string_view text) {
  const auto& names = EnumNames<E>();
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace enindgang
