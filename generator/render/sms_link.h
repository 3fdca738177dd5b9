#pragma once
#include <string>

namespace enindgang {

// An sms: address (RFC 5724) for a number and the word to send: "sms:1910?body=BF".
// The number keeps only digits and a leading "+"; the word is percent-encoded.
// Empty when there is no number.
std::string SmsHref(const std::string& number, const std::string& body);

}  // namespace enindgang
