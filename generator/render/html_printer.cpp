#include "render/html_printer.h"

#include <cstring>

namespace enindgang {
namespace {

class HtmlPrinter : public tinyxml2::XMLPrinter {
 public:
  explicit HtmlPrinter(std::vector<ElementLine>* lines) : tinyxml2::XMLPrinter(nullptr, true), lines_(lines) {}

  bool VisitEnter(const tinyxml2::XMLElement& element, const tinyxml2::XMLAttribute* attribute) override {
    if (lines_) lines_->push_back({static_cast<size_t>(CStrSize() - 1), element.GetLineNum()});
    return tinyxml2::XMLPrinter::VisitEnter(element, attribute);
  }

  bool VisitExit(const tinyxml2::XMLElement& element) override {
    if (!element.FirstChild() && !IsVoidElement(element.Name())) PushText("");
    return tinyxml2::XMLPrinter::VisitExit(element);
  }

 private:
  std::vector<ElementLine>* lines_;
};

}  // namespace

bool IsVoidElement(const char* name) {
  for (const char* v :
       {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
    if (std::strcmp(name, v) == 0) return true;
  return false;
}

std::string PrintHtml(const tinyxml2::XMLNode& node, bool children_only, std::vector<ElementLine>* lines) {
  HtmlPrinter printer(lines);
  if (children_only) {
    for (auto* child = node.FirstChild(); child; child = child->NextSibling()) child->Accept(&printer);
  } else {
    node.Accept(&printer);
  }
  return std::string(printer.CStr(), printer.CStrSize() - 1);
}

}  // namespace enindgang
