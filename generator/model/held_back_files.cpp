#include "model/held_back_files.h"

#include "base/file_system.h"

namespace enindgang {
namespace {

bool Names(const PageSource& page, const std::string& file) {
  const std::string from_page =
      std::filesystem::path(file).lexically_relative(std::filesystem::path(page.path).parent_path()).generic_string();
  return page.body.find(from_page) != std::string::npos;
}

bool AnyNames(const std::vector<const PageSource*>& pages, const std::string& file) {
  for (const PageSource* page : pages)
    if (Names(*page, file)) return true;
  return false;
}

}  // namespace

std::set<std::string> FilesOnlyHeldBackPagesUse(const std::vector<StaticFile>& files,
                                                const std::vector<const PageSource*>& held_back,
                                                const std::vector<const PageSource*>& published,
                                                const std::filesystem::path& root) {
  std::set<std::string> held;
  if (held_back.empty()) return held;
  for (const StaticFile& file : files) {
    const std::string name = RelativeName(file.source, root);  // "content/da/nyheder/kort.png", as page paths
    if (AnyNames(held_back, name) && !AnyNames(published, name)) held.insert(file.output_path);
  }
  return held;
}

}  // namespace enindgang
