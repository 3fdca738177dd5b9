#include "links/phone_numbers.h"

#include <algorithm>

#include "render/phone_number.h"

namespace enindgang::links {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void AddOnce(std::vector<std::string>& phones, std::string phone) {
  if (std::find(phones.begin(), phones.end(), phone) == phones.end()) phones.push_back(std::move(phone));
}

}  // namespace

std::vector<std::string> PhoneNumbersIn(std::string_view text) {
  std::vector<std::string> phones;
  size_t at = 0;
  while (at < text.size()) {
    if (!IsDigit(text[at]) || (at > 0 && IsDigit(text[at - 1]))) {
      ++at;
      continue;
    }
    // Digits with single spaces between them, as far as they go.
    std::string digits;
    size_t end = at;
    while (end < text.size() &&
           (IsDigit(text[end]) || (text[end] == ' ' && end + 1 < text.size() && IsDigit(text[end + 1])))) {
      if (IsDigit(text[end])) digits += text[end];
      ++end;
    }
    const bool country_code = at > 0 && text[at - 1] == '+' && digits.starts_with("45");
    if (country_code) digits.erase(0, 2);
    if (digits.size() == 8) AddOnce(phones, DanishPhoneText(digits));
    at = end;
  }
  return phones;
}

std::string PhoneOfTelLink(std::string_view href) {
  std::string_view number = href.substr(std::min<size_t>(href.size(), 4));  // after "tel:"
  std::string digits;
  for (char c : number)
    if (IsDigit(c)) digits += c;
  if (digits.size() == 10 && digits.starts_with("45")) digits.erase(0, 2);
  if (digits.size() == 12 && digits.starts_with("0045")) digits.erase(0, 4);
  return digits.size() == 8 ? DanishPhoneText(digits) : std::string(number);
}

}  // namespace enindgang::links
