#include "render/phone_number.h"

namespace enindgang {
namespace {

std::string DigitsOf(const std::string& phone) {
  std::string digits;
  for (char c : phone)
    if (c >= '0' && c <= '9') digits += c;
  return digits;
}

// Only a number made of digits and spaces is regrouped; anything else is shown as written.
bool OnlyDigitsAndSpaces(const std::string& phone) {
  for (char c : phone)
    if (c != ' ' && (c < '0' || c > '9')) return false;
  return true;
}

}  // namespace

std::string TelHref(const std::string& phone) {
  const std::string digits = DigitsOf(phone);
  if (phone.rfind('+', 0) == 0) return "tel:+" + digits;
  return digits.size() == 8 ? "tel:+45" + digits : "tel:" + digits;
}

std::string DanishPhoneText(const std::string& phone) {
  if (!OnlyDigitsAndSpaces(phone)) return phone;
  const std::string digits = DigitsOf(phone);
  if (digits.size() == 8) {  // 72 30 00 00
    std::string text;
    for (size_t i = 0; i < 8; i += 2) {
      if (i > 0) text += ' ';
      text.append(digits, i, 2);
    }
    return text;
  }
  if (digits.size() == 6) return digits.substr(0, 3) + " " + digits.substr(3);  // 116 111
  return digits;
}

}  // namespace enindgang
