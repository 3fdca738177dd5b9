#pragma once
#include <string>

namespace enindgang::links {

// The text a reader sees on an HTML page (gumbo): no <script>, <style> or
// <template>, each element's text separated by a space.
std::string VisibleText(const std::string& html);

// Whether the page still speaks to children or young people: its folded text
// (text/fold.h, so "BØRN" and "boern" count) has a word starting with
// "born", "barn" or "ung".
bool MentionsChildren(const std::string& html);

}  // namespace enindgang::links
