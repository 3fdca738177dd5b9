#pragma once
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/site_config.h"
#include "render/rendered_page.h"
#include "text/lix.h"

namespace enindgang {

struct PageReadability {
  std::string path;  // the Markdown file
  text::Lix lix;
};

// LIX (words per sentence + percentage of words longer than six letters) of
// every child-facing page in the default language (Danish), counted with ICU
// word and sentence boundaries. A page of 20 words or more above
// `config.lix_limit` is an error.
std::vector<PageReadability> CheckReadability(const SiteConfig& config, const std::vector<RenderedPage>& pages,
                                              Diagnostics& diagnostics);

}  // namespace enindgang
