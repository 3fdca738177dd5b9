#include "render/atom_feed.h"

#include <tinyxml2.h>

#include "text/dates.h"

namespace enindgang {
namespace {

// Dates in front matter are calendar days in Denmark; midnight UTC is close enough for feed readers
// and keeps the feed independent of the build machine's time zone.
std::string AtomTime(const text::Date& date) { return text::IsoDate(date) + "T00:00:00Z"; }

void Element(tinyxml2::XMLPrinter& out, const char* name, const std::string& value) {
  out.OpenElement(name);
  out.PushText(value.c_str());
  out.CloseElement();
}

void Link(tinyxml2::XMLPrinter& out, const std::string& href, const char* rel) {
  out.OpenElement("link");
  if (rel) out.PushAttribute("rel", rel);
  out.PushAttribute("href", href.c_str());
  out.CloseElement();
}

}  // namespace

std::string AtomFeedUrl(const Page& list_page) { return list_page.url + "atom.xml"; }

std::string RenderAtomFeed(const Site& site, const Page& list_page) {
  const std::string& base = site.config().base_url;
  std::string updated = "1970-01-01T00:00:00Z";
  for (const Page* child : list_page.children)
    if (child->source->date) updated = std::max(updated, AtomTime(*child->source->date));

  tinyxml2::XMLPrinter out;
  out.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
  out.OpenElement("feed");
  out.PushAttribute("xmlns", "http://www.w3.org/2005/Atom");
  out.PushAttribute("xml:lang", list_page.language->code.c_str());
  Element(out, "id", base + AtomFeedUrl(list_page));
  Element(out, "title", list_page.source->title);
  Element(out, "updated", updated);
  Link(out, base + AtomFeedUrl(list_page), "self");
  Link(out, base + list_page.url, "alternate");
  for (const Page* child : list_page.children) {
    if (!child->source->date) continue;
    out.OpenElement("entry");
    if (child->is_fallback) out.PushAttribute("xml:lang", child->source->lang.c_str());
    Element(out, "id", base + child->url);
    Element(out, "title", child->source->title);
    Element(out, "updated", AtomTime(*child->source->date));
    Element(out, "published", AtomTime(*child->source->date));
    Link(out, base + child->url, "alternate");
    if (!child->source->description.empty()) Element(out, "summary", child->source->description);
    out.OpenElement("author");
    Element(out, "name", list_page.source->title);
    out.CloseElement();
    out.CloseElement();
  }
  out.CloseElement();
  return out.CStr();
}

}  // namespace enindgang
