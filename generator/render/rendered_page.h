#pragma once
#include <string>
#include <vector>

#include "render/html_postprocess.h"

namespace enindgang {

// A finished HTML page and what the check stage needs to know about it.
struct RenderedPage {
  std::string output_path;
  std::string html;
  std::string source_path;  // the Markdown file, or the data file for generated pages
  std::string lang;         // the language of the words (a fallback page's words are Danish)
  std::string audience;     // child | adult
  std::string plain_text;   // title, description and body text, for readability
  bool is_content_original = false;  // a content page in its own language (not a fallback copy)
};

}  // namespace enindgang
