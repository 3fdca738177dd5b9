#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/page_source.h"
#include "load/yaml_fields.h"

namespace enindgang {

// What `enindgang new` needs to fill in a key.
struct ScaffoldContext {
  bool news = false;      // a news post
  bool activity = false;  // an activity; neither: a page
  std::string title;
  std::string slug;
  std::string today;  // YYYY-MM-DD
  int next_year = 0;
  bool is_default_language = true;
};

// One line that `new` writes: "key: value" (or "# key: value") and its comment.
struct ScaffoldLine {
  std::string setting;
  std::string comment;
};

// One front-matter key: everything the loader, `new`, the incremental rebuild
// and the README know about it.
//
// To add a key: add one row to the table in front_matter_schema.cpp (and its
// field to PageSource), then a test in front_matter_schema_test.cpp, and run
// the README test: it prints the table row to paste into README.md.
struct FrontMatterKey {
  std::string_view name;
  std::string_view type;         // for the README: "text", "YYYY-MM-DD", …
  std::string_view when_absent;  // for the README: the value without the key, or "(required)"
  std::string_view description;  // for the README
  void (*read)(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int line_offset);
  // Set when another page shows the key (menus, section lists, feeds, links
  // by role) or it decides whether and where the page exists: a change then
  // needs a full rebuild. The words name the change in the rebuild's message.
  std::string_view structure;
  bool (*same)(const PageSource& a, const PageSource& b);  // only for structure keys
  // The line `new` writes for this key, nullopt for none.
  std::optional<ScaffoldLine> (*scaffold)(const ScaffoldContext& context);
};

// Every key, in the order `new` writes them and the README lists them.
const std::vector<FrontMatterKey>& FrontMatterSchema();

// Reads every key of the schema into `page`; reports unknown keys.
void ReadFrontMatter(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int line_offset);

// The first key whose change another page shows (see FrontMatterKey::structure),
// by its words; nullopt when only the page itself changed.
std::optional<std::string> ChangedStructure(const PageSource& before, const PageSource& after);

// The README's table of the keys (Markdown), made from the schema.
std::string FrontMatterTable();

}  // namespace enindgang
