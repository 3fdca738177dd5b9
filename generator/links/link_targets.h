#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "links/link_checker.h"
#include "load/content_tree.h"

namespace enindgang::links {

// Every http(s) value of municipalities.csv (`website`, `enindgang_url` and any
// other column whose value starts with http:// or https://), at its position.
// The file is read again here, not taken from the model, so that a column the
// model does not know is checked too. `only`: these codes alone, when not empty.
std::vector<LinkTarget> MunicipalityTargets(std::string_view csv_bytes, const std::string& path,
                                            const std::set<std::string>& only, Diagnostics& diagnostics);

// Every http(s) link in the content's Markdown (cmark), column "content", at
// the link's line and column in its file.
std::vector<LinkTarget> ContentTargets(const ContentTree& content);

}  // namespace enindgang::links
