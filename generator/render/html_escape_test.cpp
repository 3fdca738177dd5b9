#include "render/html_escape.h"

#include <catch2/catch.hpp>

#include <vector>

#include "render/markdown.h"

using namespace enindgang;

TEST_CASE("text escapes & < > and leaves quotes; attributes escape quotes too") {
  std::string text, attribute;
  AppendEscapedText(text, "Ærø & \"Åbenrå\" <3 'x'");
  AppendEscapedAttribute(attribute, "Ærø & \"Åbenrå\" <3 'x'");
  CHECK(text == "Ærø &amp; \"Åbenrå\" &lt;3 'x'");
  CHECK(attribute == "Ærø &amp; &quot;Åbenrå&quot; &lt;3 &apos;x&apos;");
}

TEST_CASE("an address is percent-encoded byte for byte as cmark-gfm encodes it") {
  std::vector<std::string> urls;
  for (int byte = 1; byte < 128; ++byte) {
    if (byte == '\n' || byte == '\r' || byte == ' ' || byte == '<' || byte == '>' || byte == '\\')
      continue;  // not in a <…> destination as is
    urls.push_back(std::string("a").append(1, static_cast<char>(byte)).append("b"));
  }
  for (const char* text : {"ord-æøå.md", "€", "😀", "/kommune/ærø/?q=å#frag"})
    urls.push_back(text);  // every byte of UTF-8 above 127
  for (const std::string& url : urls) {
    // cmark writes the address into href, escaping & and ' as entities for HTML.
    std::string html = MarkdownToHtml("[x](<" + url + ">)", true);
    auto start = html.find("href=\"") + 6;
    std::string href = html.substr(start, html.find('"', start) - start);
    for (auto [entity, raw] : {std::pair{"&amp;", "&"}, {"&#x27;", "'"}})
      for (size_t at; (at = href.find(entity)) != std::string::npos;) href.replace(at, std::string(entity).size(), raw);
    INFO("address " << url);
    CHECK(PercentEncodeAddress(url) == href);
  }
}
