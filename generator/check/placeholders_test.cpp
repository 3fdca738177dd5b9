#include "check/placeholders.h"

#include <catch2/catch.hpp>

#include "load/release_placeholder.h"

using namespace enindgang;

namespace {

const std::regex& DefaultPattern() {
  static const std::regex pattern = *CompileReleasePlaceholder(kDefaultReleasePlaceholder, nullptr);
  return pattern;
}

std::vector<std::string> Found(std::string_view text, int first_line = 1,
                               const std::regex& pattern = DefaultPattern()) {
  std::vector<std::string> found;
  for (const auto& p : FindPlaceholders(text, first_line, pattern))
    found.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.text);
  return found;
}

}  // namespace

TEST_CASE("the default pattern finds the templates' placeholders at their line and column in characters") {
  const std::string text =
      "Status: **[UDFYLDES: fuldt – efter test]**\n"
      "\n"
      "Kontakt til det nationale team: **[INDSÆTTES FØR UDGIVELSE]**\n"
      "Får du ikke svar? Klag. **[TJEK FØR UDGIVELSE: klageadresse og link]**\n"
      "Alt i [FIRKANTEDE PARENTESER] skal udfyldes.\n";
  CHECK(Found(text, 9) ==
        std::vector<std::string>{"9:11 [UDFYLDES: fuldt – efter test]", "11:35 [INDSÆTTES FØR UDGIVELSE]",
                                 "12:27 [TJEK FØR UDGIVELSE: klageadresse og link]", "13:7 [FIRKANTEDE PARENTESER]"});
}

TEST_CASE("the default pattern knows the English Ukrainian and Arabic templates and TODO and FIXME") {
  CHECK(Found("**[TO BE FILLED IN: date]**").size() == 1);
  CHECK(Found("**[CHECK BEFORE PUBLISHING: link]**").size() == 1);
  CHECK(Found("Час відповіді: **[ЗАПОВНИТИ]**") == std::vector<std::string>{"1:18 [ЗАПОВНИТИ]"});
  CHECK(Found("مدة الرد: **[يُملأ]**") == std::vector<std::string>{"1:13 [يُملأ]"});
  CHECK(Found("[TODO] and [FIXME: later]").size() == 2);
}

TEST_CASE("two placeholders on one line are two findings") {
  CHECK(Found("lavet: **[UDFYLDES: dato]**. opdateret: **[UDFYLDES: dato]**.") ==
        std::vector<std::string>{"1:10 [UDFYLDES: dato]", "1:43 [UDFYLDES: dato]"});
}

TEST_CASE("links footnotes task boxes and lower-case brackets are not placeholders") {
  CHECK(Found("Se [Børnetelefonen](https://bornetelefonen.dk) og [DAWA][1].\n"
              "- [ ] en opgave\n- [x] færdig\nSe fodnote[^1] og [udfyldes senere].\n")
            .empty());
}

TEST_CASE("a placeholder does not run across lines and CRLF line ends do not move columns") {
  CHECK(Found("[UDFYLDES: dato\n]").empty());
  CHECK(Found("a\r\nb **[UDFYLDES]**\r\n") == std::vector<std::string>{"2:5 [UDFYLDES]"});
}

TEST_CASE("a site's own pattern is used and empty matches are ignored") {
  const std::regex own("XXX|y*");
  CHECK(Found("abc XXX", 1, own) == std::vector<std::string>{"1:5 XXX"});
}

TEST_CASE("a 1 MB line is scanned in windows: a placeholder at its end is found once") {
  std::string line(1 << 20, 'a');
  line += " [UDFYLDES: dato]";
  CHECK(Found(line) == std::vector<std::string>{"1:" + std::to_string((1 << 20) + 2) + " [UDFYLDES: dato]"});
}

TEST_CASE("an unclosed placeholder over a 1 MB line finishes without deep recursion") {
  std::string line = "[UDFYLDES " + std::string(1 << 20, 'a');
  CHECK(Found(line).empty());
}

TEST_CASE("a placeholder that straddles two windows is found once and whole") {
  std::string line(kPlaceholderWindow / 2 - 5, 'a');
  line += "[UDFYLDES: dato]";
  line += std::string(kPlaceholderWindow, 'b');
  CHECK(Found(line) ==
        std::vector<std::string>{"1:" + std::to_string(kPlaceholderWindow / 2 - 4) + " [UDFYLDES: dato]"});
}

TEST_CASE("windows do not make ^ match in the middle of a long line") {
  const std::regex start("^b");
  std::string line = "a";
  line.append(kPlaceholderWindow * 2, 'b');
  CHECK(Found(line, 1, start).empty());
}
