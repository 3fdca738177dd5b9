#pragma once
#include <string>

#include "model/site.h"

namespace enindgang {

// An Atom feed for a list page's dated pages, newest first, e.g.
// /nyheder/atom.xml and /en/nyheder/atom.xml. Entries that fall back to
// Danish carry xml:lang="da".
std::string RenderAtomFeed(const Site& site, const Page& list_page);

// Where the feed of a list page is published: "/en/nyheder/atom.xml".
std::string AtomFeedUrl(const Page& list_page);

}  // namespace enindgang
