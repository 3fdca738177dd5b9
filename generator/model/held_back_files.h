#pragma once
#include <set>
#include <string>
#include <vector>

#include "load/content_tree.h"
#include "load/page_source.h"

namespace enindgang {

// The static files (by output path) that only held-back pages use: a picture
// for tomorrow's news waits with the news. A page uses a file when its
// Markdown names the file by its path from the page's folder ("kort.png",
// "../billeder/kort.png"); a file no page names is published as before.
std::set<std::string> FilesOnlyHeldBackPagesUse(const std::vector<StaticFile>& files,
                                                const std::vector<const PageSource*>& held_back,
                                                const std::vector<const PageSource*>& published,
                                                const std::filesystem::path& root);

}  // namespace enindgang
