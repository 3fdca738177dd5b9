#pragma once
#include <deque>
#include <map>
#include <string>

#include "model/page.h"

namespace enindgang {

// "/en" + "nyheder/alle-kommuner" → "/en/nyheder/alle-kommuner/"; index and
// _index stand for their folder; a slug replaces the file name.
std::string PageUrl(const std::string& prefix, const std::string& key, const std::string& slug);

// "/en/rettigheder/" → "en/rettigheder/index.html".
std::string OutputPathOf(const std::string& url);

// "nyheder/_index" → "nyheder"; "rettigheder" → "".
std::string SectionOf(const std::string& key);

// Fills each page's list of real translations (fallbacks are not translations).
void LinkTranslations(std::deque<Page>& pages);

// Gives each section index page its pages: dated ones newest first, then by order and title.
void LinkSectionChildren(std::deque<Page>& pages);

}  // namespace enindgang
