#pragma once
#include <string>

namespace enindgang {

// A phone number from municipalities.csv ("72 30 00 00", "7232 5586", "116111")
// as a tel: address and as the text a Danish child reads. Eight-digit Danish
// numbers get the country code in the address (E.164, so a phone abroad or
// with another home network still dials Denmark) and pairs of digits in the
// text; short numbers (112, 114, 116 111) are dialled as they are.
std::string TelHref(const std::string& phone);
std::string DanishPhoneText(const std::string& phone);

}  // namespace enindgang
