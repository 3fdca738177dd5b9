#include "load/domain_values.h"

namespace enindgang {

// A new value is one more word here and one more enumerator in domain_values.h, in the same place.

template <>
const std::vector<std::string>& EnumNames<Audience>() {
  static const std::vector<std::string> names = {"child", "adult"};
  return names;
}

template <>
const std::vector<std::string>& EnumNames<Layout>() {
  static const std::vector<std::string> names = {"page", "landing", "steps", "glossary", "list", "activities"};
  return names;
}

template <>
const std::vector<std::string>& EnumNames<TranslationStatus>() {
  static const std::vector<std::string> names = {"original", "needs-review", "reviewed"};
  return names;
}

template <>
const std::vector<std::string>& EnumNames<Direction>() {
  static const std::vector<std::string> names = {"ltr", "rtl"};
  return names;
}

template <>
const std::vector<std::string>& EnumNames<Role>() {
  static const std::vector<std::string> names = {"rights", "case-steps"};
  return names;
}

}  // namespace enindgang
