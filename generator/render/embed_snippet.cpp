#include "render/embed_snippet.h"

#include "render/layout_data.h"
#include "render/directory_pages.h"
#include "render/lookup_strings.h"
#include "text/dates.h"

namespace enindgang {
namespace {

// Where the instructions ask the web team to put the files on their own server.
constexpr const char* kEmbedPath = "/enindgang";

std::string ThemeAsset(const RenderShared& shared, const std::string& name) {
  auto it = shared.site.theme().assets.find(name);
  return it == shared.site.theme().assets.end() ? "" : it->second.text;
}

}  // namespace

OutputFiles RenderEmbedSnippet(const RenderShared& shared, const Municipality& municipality,
                               const std::string& lookup_index_json, const TemplateSet& templates,
                               Diagnostics& diagnostics) {
  const Site& site = shared.site;
  const Language& language = site.config().default_language();
  const LocalPage* local = site.FindLocal(language.code, municipality.code);
  bool known_entrance = !municipality.enindgang_url.empty();
  std::string cta_url = known_entrance ? municipality.enindgang_url : site.config().base_url + local->url;

  PageMeta meta;
  meta.language = &language;
  meta.url = local->url;
  TemplateScope data = LayoutData(shared, meta);
  data.set("name", municipality.name);
  data.set("base_url", site.config().base_url);
  data.set("embed_path", std::string(kEmbedPath));
  data.set("cta_url", cta_url);
  data.set("cta_is_website", !known_entrance);
  data.set("cta_text", shared.strings.Format(language, known_entrance ? "embed_cta_enindgang" : "local_title",
                                             {{"name", municipality.name}}));
  data.set("embed_intro", shared.strings.Format(language, "embed_intro", {{"name", municipality.name}}));
  data.set("lookup_strings",
           LookupStringsJson(shared.strings, language, FirstLettersFor(DirectoryLetters(shared.site, language))));
  if (site.options().today) data.set("date", text::IsoDate(*site.options().today));

  OutputFiles files;
  files.push_back({"embed/faa-hjaelp.html", templates.Render("embed", data, diagnostics)});
  files.push_back({"embed/faa-hjaelp.css", ThemeAsset(shared, "embed.css")});
  files.push_back({"embed/faa-hjaelp.js", ThemeAsset(shared, "fold.js") + "\n;\n" + ThemeAsset(shared, "lookup.js")});
  files.push_back({"embed/lookup-index.json", lookup_index_json});
  files.push_back({"embed/LAES-MIG.txt", templates.Render(std::string(kEmbedInstructionsTemplate), data, diagnostics)});
  return files;
}

}  // namespace enindgang
