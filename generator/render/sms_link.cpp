#include "render/sms_link.h"

#include <cstdio>

namespace enindgang {
namespace {

bool Unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

std::string PercentEncode(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (Unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

}  // namespace

std::string SmsHref(const std::string& number, const std::string& body) {
  std::string digits;
  for (char c : number) {
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits += c;
  }
  if (digits.empty()) return "";
  return "sms:" + digits + (body.empty() ? "" : "?body=" + PercentEncode(body));
}

}  // namespace enindgang
