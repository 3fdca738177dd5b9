#pragma once
#include <string>
#include <vector>

#include "load/page_source.h"
#include "load/site_config.h"

namespace enindgang {

// A link to the same page in another language that really exists there.
struct Translation {
  const Language* language;
  std::string url;
};

// One page of the site in one language. When the page has no translation in
// that language, `source` is the default language's page and `is_fallback` is
// set: the template marks the content lang="da" and shows a notice.
struct Page {
  const PageSource* source = nullptr;
  const Language* language = nullptr;  // the reader's language
  std::string key;                     // shared by all translations: "nyheder/_index"
  std::string url;                     // "/en/rettigheder/"
  std::string output_path;             // "en/rettigheder/index.html"
  bool is_fallback = false;
  std::vector<Translation> translations;  // real translations, this page's included
  std::string section;                    // folder of the key: "nyheder", "" at the top
  bool is_section_index = false;          // an _index.md: lists the pages of its section
  std::vector<const Page*> children;      // for section index pages, newest/first first
};

}  // namespace enindgang
