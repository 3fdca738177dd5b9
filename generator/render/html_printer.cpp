#include "render/html_printer.h"

#include <cstring>

namespace enindgang {
namespace {

class HtmlPrinter : public tinyxml2::XMLPrinter {
 public:
  HtmlPrinter() : tinyxml2::XMLPrinter(nullptr, true) {}

  bool VisitExit(const tinyxml2::XMLElement& element) override {
    if (!element.FirstChild() && !IsVoidElement(element.Name())) PushText("");
    return tinyxml2::XMLPrinter::VisitExit(element);
  }
};

}  // namespace

bool IsVoidElement(const char* name) {
  for (const char* v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
    if (std::strcmp(name, v) == 0) return true;
  return false;
}

std::string PrintHtml(const tinyxml2::XMLNode& node, bool children_only) {
  HtmlPrinter printer;
  if (children_only) {
    for (auto* child = node.FirstChild(); child; child = child->NextSibling()) child->Accept(&printer);
  } else {
    node.Accept(&printer);
  }
  return std::string(printer.CStr(), printer.CStrSize() - 1);
}

}  // namespace enindgang
