#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace enindgang::links {

// Danish phone numbers written in a text: eight digits, in groups separated
// by single spaces ("70 20 30 40", "7020 3040", "70203040"), with or without
// "+45" before them; each as "70 20 30 40", once, in the order seen.
std::vector<std::string> PhoneNumbersIn(std::string_view text);

// The number of a tel: link ("tel:+4570203040") as "70 20 30 40" when it is
// a Danish eight-digit number, else as written after "tel:".
std::string PhoneOfTelLink(std::string_view href);

}  // namespace enindgang::links
