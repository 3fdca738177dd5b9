#include "render/tree_html.h"

#include <catch2/catch.hpp>

#include "render/html_postprocess.h"
#include "render/markdown.h"
#include "reference_body.h"

using namespace enindgang;

namespace {

struct Body {
  ProcessedHtml result;
  std::string errors;
};

Body FromTree(const std::string& markdown, bool right_to_left) {
  Diagnostics diagnostics;
  Body body{RenderTreeHtml(MarkdownTree(markdown, false), testing::BodyContext(markdown, right_to_left), diagnostics),
            ""};
  body.errors = testing::Messages(diagnostics);
  return body;
}

Body FromHtml(const std::string& markdown, bool right_to_left) {
  Diagnostics diagnostics;
  Body body{testing::ReferenceBody(markdown, testing::BodyContext(markdown, right_to_left), diagnostics), ""};
  body.errors = testing::Messages(diagnostics);
  return body;
}

void CheckSame(const std::string& markdown) {
  for (bool right_to_left : {false, true}) {
    INFO("Markdown: " << markdown << "\nright-to-left: " << right_to_left);
    const Body tree = FromTree(markdown, right_to_left), html = FromHtml(markdown, right_to_left);
    CHECK(tree.result.html == html.result.html);
    CHECK(tree.result.plain_text == html.result.plain_text);
    CHECK(tree.errors == html.errors);
    REQUIRE(tree.result.headings.size() == html.result.headings.size());
    for (size_t i = 0; i < tree.result.headings.size(); ++i) {
      CHECK(tree.result.headings[i].id == html.result.headings[i].id);
      CHECK(tree.result.headings[i].text == html.result.headings[i].text);
      CHECK(tree.result.headings[i].level == html.result.headings[i].level);
    }
  }
}

}  // namespace

TEST_CASE("a body written from the tree is the body the HTML post-processor makes") {
  const char* samples[] = {
      "Et afsnit med *kursiv*, **fed**, `kode` og ~~streget~~.\n\nEt til.\n",
      "## Hvad sker der?\n\n### Ærø & \"Åbenrå\" <3\n\n## Hvad sker der?\n",
      "Setext\nover to linjer\n---\n\n## `kode` i [overskrift](ord.md) ![billede](b.png)\n",
      "# For højt\n\n#### Springer over\n",
      "- et\n- to 116 111\n  - tre\n\n1. a\n2. b\n\n3. c\n\n7) syv\n",
      "- løs\n\n  liste\n- med afsnit\n\n> citat\n> > dybere\n>\n> - punkt\n",
      "Ring [116 111](tel:116111) eller [BørneTelefonen](https://bornetelefonen.dk \"Titel 'x' & \\\"y\\\"\").\n",
      "[Klik her](ord.md). [her](https://x.test). [ ](ord.md) [mere.](mailto:a@b.dk)\n",
      "[Side](ord.md#afsnit) [mangler](mangler.md) [fil](bilag.pdf) [rod](/om/) [æ](ord-æ.md) [#](#top)\n",
      "[js](javascript:alert(1)) [ftp](ftp://x) [tomt]() <https://auto.link/?a=1&b='2'> www.example.com a@b.dk\n",
      "![](uden-alt.png) ![  ](tom.png) ![Et *billede* med `kode`\nog linje](b.png \"titel\")\n",
      "![ekstern](https://x.test/b.png) ![js](javascript:x) ![data](data:image/png;base64,AA) ![rod](//x.test/b.png)\n",
      "<b>rå</b> og ![js](javascript:x) og [js](javascript:y)\n",
      "[![logo](logo.png) Forsiden](ord.md)\n",
      "```\nkode <b> & \"x\"\n```\n\n```js  ekstra\nlet a = 1;\n```\n\n```py\ftab\vx y\nz\n```\n\n    "
      "indrykket\n\n```\n   \n```\n",
      "Linje med hårdt  \nskift og\\\nbackslash.\n\n***\n\nSlut.\n",
      "| a | b | c |\n|:-|:-:|-:|\n| 1 | [x](ord.md) | `|` |\n| kun én |\n",
      "Et.\n\nLæs [her](ord.md).\n| a | b |\n|---|---|\n| 1 | 2 |\n",
      "| a |\n|---|\n\nTabel uden krop.\n",
      "Entiteter: &amp; &lt; &copy; &#35; &#x27; &nbsp;1&nbsp;000 og 2 000 000 og 12\u00a034.\n",
      "<div>rå HTML</div>\n\nog <span>inline</span>.\n",
      "- <b>x</b>\n- y\n\n<!-- kommentar -->\n\nz\n",
      "tekst\n\n<div>\n\n*md*\n\n</div>\n",
      "\\*ikke kursiv\\* og \\<ikke tag\\>\n\n\t\n  \n",
      "1. a\n\n   ```\n   k\n   ```\n2. b\n   # Overskrift i punkt\n",
      "Tom overskrift:\n\n##\n\n## #\n\n## 123\n",
      "> ## Citat-overskrift\n>\n> | x |\n> |---|\n> | y |\n",
      "- [ ] opgave\n- [x] færdig\n",
      "foo\u00a0[bar](https://x.test/æ ø?q=å#frag) <mailto:x@y.dk>\n",
      "![findes](kort.png) ![mangler](mangler.png) ![æ](billeder/kort-æ.png?v=1#x) ![tom]() <img src=\"kort.png\" "
      "alt=\"x\"/>\n",
      "[ekstern](//x.test/a) [også](//x.test/a.md) [skrå](/\\x.test/) [post](mailto:a@b.dk?bcc=c@d.dk)\n",
  };
  for (const char* markdown : samples) CheckSame(markdown);
}

TEST_CASE("nesting deeper than the HTML check allows is refused from the tree too") {
  for (int depth : {10, 90, 95, 96, 97, 98, 99, 100, 120}) {
    std::string quotes;
    for (int i = 0; i < depth; ++i) quotes += "> ";
    CheckSame("Første.\n\n" + quotes + "Dybt.\n");
    // The label span and the spans around numbers are added after parsing: they do not count.
    CheckSame(quotes + "[Dybt *link* 1 2](https://x.test) 116 111\n");
    std::string list;
    for (int i = 0; i < depth / 2; ++i) list += std::string(i * 2, ' ') + "- punkt\n";
    CheckSame(list);
  }
}

TEST_CASE("an image from another address is an error: the site's security policy would not show it") {
  const Body body = FromTree("Et kort: ![Kort over kommunen](https://maps.example/kort.png)\n", false);
  CHECK(body.errors ==
        "content/da/side.md:5:32: error: image https://maps.example/kort.png is not a file of this site — the site "
        "shows only its own images: put the file beside the page and write ![what it shows](file.png)\n");
  CHECK(FromTree("![Kort over kommunen](billeder/kort.png)\n", false).errors.empty());
}

TEST_CASE("a heading's id is the first of its slug, slug-2, slug-3, … that no heading before it has") {
  const Body body = FromTree("## Samme\n\n## Samme\n\n## Samme 2\n\n## Samme\n\n## Samme-3\n\n## Samme\n", false);
  std::vector<std::string> ids;
  for (const auto& heading : body.result.headings) ids.push_back(heading.id);
  CHECK(ids == std::vector<std::string>{"samme", "samme-2", "samme-2-2", "samme-3", "samme-3-2", "samme-4"});
  CheckSame("## Samme\n\n## Samme\n\n## Samme 2\n\n## Samme\n\n## Samme-3\n\n## Samme\n");
}
