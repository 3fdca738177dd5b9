#include "cli/preview_pages.h"

namespace enindgang {
namespace {

const char* kReloadTag = "<script src=\"/__enindgang/reload.js\" defer></script>";

std::string HtmlEscape(const std::string& text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

}  // namespace

// A file, not an inline script, so that the site's CSP (script-src 'self') holds in preview too.
const char* const kReloadScript = R"(// enindgang serve: reloads the page when the site has been rebuilt.
"use strict";
(function () {
  var seen = null;
  var events = new EventSource("/__enindgang/events");
  events.onmessage = function (event) {
    if (seen !== null && event.data !== seen) location.reload();
    seen = event.data;
  };
})();
)";

const char* const kErrorCss =
    R"(body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { color: #a00000; }
li { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; margin-bottom: 1rem; }
)";

std::string WithReloadScript(std::string html) {
  auto body_end = html.rfind("</body>");
  html.insert(body_end == std::string::npos ? html.size() : body_end, kReloadTag);
  return html;
}

std::string ErrorPage(const Diagnostics& diagnostics) {
  std::string items;
  for (const auto& diagnostic : diagnostics.Sorted()) items += "<li>" + HtmlEscape(diagnostic.Format()) + "</li>\n";
  return WithReloadScript(
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>The site could not be built</title>\n"
      "<link rel=\"stylesheet\" href=\"/__enindgang/error.css\">\n</head>\n<body>\n<main>\n"
      "<h1>The site could not be built</h1>\n"
      "<p>Fix these problems and save: this page reloads by itself when the site builds again.</p>\n"
      "<ul>\n" +
      items + "</ul>\n</main>\n</body>\n</html>\n");
}

}  // namespace enindgang
