#include "check/static_files.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "base/file_system.h"
#include "check/markup_promises.h"
#include "check/resource_url.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

enum class FileKind { kSafe, kSvg, kHtml, kScript, kOther };

FileKind KindOf(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kSafe[] = {".png",  ".jpg", ".jpeg", ".gif", ".webp",
                                               ".avif", ".ico", ".pdf",  ".txt"};
  if (std::find(std::begin(kSafe), std::end(kSafe), ext) != std::end(kSafe)) return FileKind::kSafe;
  if (ext == ".svg") return FileKind::kSvg;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return FileKind::kHtml;
  if (ext == ".js" || ext == ".mjs") return FileKind::kScript;
  return FileKind::kOther;
}

bool Contains(std::string_view text, std::string_view needle) {
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(), same) != text.end();
}

SourcePosition PositionIn(const std::string& path, std::string_view text, size_t offset) {
  const auto [line, column] = text::LineAndColumnOf(text, offset);
  return {path, line, column};
}

void CheckMarkup(const std::string& path, std::string_view bytes, std::string_view origin, Diagnostics& diagnostics) {
  for (const BrokenPromise& broken : FindBrokenPromises(bytes, origin))
    diagnostics.Error(PositionIn(path, bytes, broken.offset), broken.message, broken.hint);
}

// An SVG is read as XML when opened on its own: entities it declares and
// style sheets it names are not seen by an HTML parser, so they are refused.
void CheckSvg(const std::string& path, std::string_view bytes, bool unsafe_files, std::string_view origin,
              Diagnostics& diagnostics) {
  if (Contains(bytes, "<!ENTITY") || Contains(bytes, "<?xml-stylesheet")) {
    diagnostics.Error({path, 0, 0}, "this SVG declares entities or names a style sheet (<!ENTITY, <?xml-stylesheet)",
                      "save the picture again without them (e.g. as plain SVG from the drawing program)");
    return;
  }
  if (!unsafe_files && Contains(bytes, "<script")) {
    diagnostics.Error({path, 0, 0}, "this SVG holds a script",
                      "save the picture without scripts, or allow scripts in content/ with unsafe_files: true in "
                      "site.yaml");
    return;
  }
  CheckMarkup(path, bytes, origin, diagnostics);
}

}  // namespace

void CheckStaticFiles(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics) {
  const SiteConfig& config = site.config();
  const std::string origin = SiteOrigin(config.base_url);
  std::unordered_map<std::string_view, std::string_view> bytes_of;
  for (const OutputFile& file : rendered.files) bytes_of[file.path] = file.bytes;
  for (const StaticFile& file : site.content().static_files) {
    const std::string path = RelativeName(file.source, config.root);
    const FileKind kind = KindOf(file.source);
    auto bytes = bytes_of.find(file.output_path);
    if (kind == FileKind::kSafe || bytes == bytes_of.end()) continue;  // not published (held back)
    if (kind == FileKind::kOther) {
      diagnostics.Error({path, 0, 0}, "the site does not publish files of this type from content/",
                        "content/ may hold pictures (.png, .jpg, .gif, .webp, .avif, .svg), .pdf and .txt files");
    } else if (kind == FileKind::kSvg) {
      CheckSvg(path, bytes->second, config.unsafe_files, origin, diagnostics);
    } else if (!config.unsafe_files) {
      diagnostics.Error({path, 0, 0},
                        std::string(kind == FileKind::kHtml ? "an HTML" : "a JavaScript") +
                            " file in content/ is published only when the site allows it",
                        "write the page as Markdown, or allow such files with unsafe_files: true in site.yaml");
    } else if (kind == FileKind::kHtml) {
      CheckMarkup(path, bytes->second, origin, diagnostics);
    }
  }
}

}  // namespace enindgang
