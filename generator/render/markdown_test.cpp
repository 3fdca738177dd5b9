#include "render/markdown.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("an output line inside raw HTML maps to its own Markdown line") {
  const std::string markdown = "Afsnit.\n\n<div>\n<p>Tekst\n</div>\n\nSidste.\n";
  // Output: <p data-sourcepos…>Afsnit.</p> / <div> / <p>Tekst / </div> / <p …>Sidste.</p>
  CHECK(MarkdownLineOfHtmlLine(markdown, true, 1) == 1);
  CHECK(MarkdownLineOfHtmlLine(markdown, true, 2) == 3);
  CHECK(MarkdownLineOfHtmlLine(markdown, true, 4) == 5);
  CHECK(MarkdownLineOfHtmlLine(markdown, true, 5) == 7);
}

TEST_CASE("an output line of other blocks maps to the block's first line") {
  const std::string markdown = "# Titel\n\n- et\n- to\n\nSlut.\n";
  // Output lines 2-5 are the list (<ul>, two <li>, </ul>), which starts on line 3.
  CHECK(MarkdownLineOfHtmlLine(markdown, false, 3) == 3);
  CHECK(MarkdownLineOfHtmlLine(markdown, false, 6) == 6);
}

TEST_CASE("a line past the end of the output maps to the last block") {
  CHECK(MarkdownLineOfHtmlLine("Et.\n\nTo.\n", false, 99) == 3);
}

TEST_CASE("raw HTML is left out unless allowed") {
  CHECK_THAT(MarkdownToHtml("<b>fed</b>", false), !Catch::Contains("<b>"));
  CHECK_THAT(MarkdownToHtml("<b>fed</b>", true), Catch::Contains("<b>fed</b>"));
}
