// `serve` takes in body edits by rendering again only the pages made from the
// edited files. Every test here compares with a full build of the same files:
// the served bytes and the reported problems must be the same.
#include "build/incremental_build.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <regex>

#include "temp_dir.h"

using namespace enindgang;
using enindgang::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// A copy of tests/sites/basic (Danish, English, Arabic without content; a glossary, a news
// section with a draft, a local text for Aarhus) that the test may edit.
class FixtureSite {
 public:
  FixtureSite() {
    fs::path basic = fs::path(ENINDGANG_SOURCE_DIR) / "tests/sites/basic";
    fs::copy(basic / "content", dir_.path() / "content", fs::copy_options::recursive);
    fs::copy(basic / "municipalities.csv", dir_.path());
    fs::copy(basic / "postcodes.csv", dir_.path());
    std::string themes = "themes_dir: " + (fs::path(ENINDGANG_SOURCE_DIR) / "themes").generic_string();
    std::string config = std::regex_replace(Original("site.yaml"), std::regex("themes_dir: .*"), themes);
    dir_.Write({{"site.yaml", config}});
    request_.source = dir_.path();
    request_.write = false;
    request_.options.today = text::Date{2026, 6, 24};
  }

  // The file as tests/sites/basic has it.
  static std::string Original(const std::string& path) {
    std::ifstream in(fs::path(ENINDGANG_SOURCE_DIR) / "tests/sites/basic" / path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  const BuildRequest& request() const { return request_; }
  std::string Read(const std::string& path) const { return dir_.Read(path); }
  void Write(const std::string& path, const std::string& text) const { dir_.Write({{path, text}}); }
  // Replaces `from` in the file with `to`.
  void Edit(const std::string& path, const std::string& from, const std::string& to) const {
    std::string text = Read(path);
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    Write(path, text.replace(at, from.size(), to));
  }
  void Append(const std::string& path, const std::string& text) const { Write(path, Read(path) + text); }
  void Remove(const std::string& path) const { fs::remove_all(dir_.path() / path); }

  std::unique_ptr<IncrementalBuild> Serve() const {
    auto outcome = BuildInMemory(request_);
    REQUIRE(outcome->ok());
    return std::make_unique<IncrementalBuild>(request_, std::move(outcome));
  }

 private:
  TempDir dir_;
  BuildRequest request_;
};

std::vector<std::string> Formatted(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.Sorted()) lines.push_back(d.Format());
  return lines;
}

std::string Lines(const std::vector<std::string>& lines) {
  std::string all;
  for (const auto& line : lines) all += line + "\n";
  return all;
}

// Every file the way a full build of the same files serves it.
void RequireSameAsFullBuild(const FixtureSite& site, const ServedSite& served) {
  auto outcome = BuildInMemory(site.request());
  INFO(Lines(Formatted(outcome->diagnostics)));
  REQUIRE(outcome->ok());
  ServedSite full(std::move(outcome->rendered));
  REQUIRE(served.Paths() == full.Paths());
  std::vector<std::string> different;
  for (const auto& path : full.Paths())
    if (*served.Find(path) != *full.Find(path)) different.push_back(path);
  CHECK(different.empty());
  CHECK(full.Paths().size() > 20);
}

// What a full build of the files as they are now reports.
std::vector<std::string> FullBuildReports(const FixtureSite& site) {
  return Formatted(BuildInMemory(site.request())->diagnostics);
}

bool Contains(const std::string* text, const std::string& part) {
  return text && text->find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a body edit serves exactly what a full build serves") {
  FixtureSite site;
  auto build = site.Serve();
  Diagnostics diagnostics;

  // A Danish page: itself and its Arabic fallback copy.
  site.Edit("content/da/rettigheder.md", "Du har ret til at sige din mening.", "Du må altid sige din mening.");
  auto update = build->Apply({"content/da/rettigheder.md"}, diagnostics);
  REQUIRE(update.applied);
  CHECK(update.pages == 2);  // the English page is a translation of its own
  CHECK(Formatted(diagnostics) == FullBuildReports(site));
  CHECK(Contains(build->served()->Find("rettigheder/index.html"), "Du må altid sige din mening."));
  CHECK(Contains(build->served()->Find("ar/rettigheder/index.html"), "Du må altid sige din mening."));
  RequireSameAsFullBuild(site, *build->served());

  // A page and its translation at once, the translation now marked for review, the glossary's terms.
  site.Append("content/da/index.md", "\nOg en linje mere.\n");
  site.Edit("content/en/rettigheder.md", "You have the right", "You always have the right");
  site.Edit("content/en/rettigheder.md", "translation: needs-review", "translation: reviewed");
  site.Edit("content/da/ord.md", "som kan være med til møder.", "som går med dig til møder.");
  site.Edit("content/da/ord.md", "Her er nogle ord.", "Her er nogle gode ord.");
  update = build->Apply({"content/da/ord.md", "content/en/rettigheder.md", "content/da/index.md"}, diagnostics);
  REQUIRE(update.applied);
  CHECK(Contains(build->served()->Find("en/your-rights/index.html"), "You always have the right"));
  CHECK(Contains(build->served()->Find("ar/ord/index.html"), "som går med dig til møder."));
  RequireSameAsFullBuild(site, *build->served());

  // The local text of a municipality, shown on its local page in every language; a section's
  // list page and a dated news page in it.
  site.Edit("content/da/kommuner/751.md", "Lokal tekst fra Aarhus.", "Ny lokal tekst fra Aarhus.");
  site.Append("content/da/nyheder/_index.md", "Nyt om [dine rettigheder](../rettigheder.md).\n");
  site.Append("content/da/nyheder/ny.md", "\n## Mere\n\nEt afsnit mere.\n");
  update = build->Apply({"content/da/kommuner/751.md", "content/da/nyheder/_index.md", "content/da/nyheder/ny.md"},
                        diagnostics);
  REQUIRE(update.applied);
  INFO(Lines(Formatted(diagnostics)));
  CHECK(!diagnostics.HasErrors());
  CHECK(Contains(build->served()->Find("en/kommune/aarhus/index.html"), "Ny lokal tekst fra Aarhus."));
  RequireSameAsFullBuild(site, *build->served());

  // A draft's body: nothing is served from it.
  site.Edit("content/da/nyheder/kladde.md", "Ikke udgivet.", "Stadig ikke udgivet.");
  update = build->Apply({"content/da/nyheder/kladde.md"}, diagnostics);
  REQUIRE(update.applied);
  CHECK(update.pages == 0);
  RequireSameAsFullBuild(site, *build->served());
}

TEST_CASE("an editor's temporary files that are gone again change nothing") {
  FixtureSite site;
  auto build = site.Serve();
  site.Edit("content/da/rettigheder.md", "Du har ret", "Du har altid ret");
  Diagnostics diagnostics;
  auto update = build->Apply({"content/da/.rettigheder.md.swp", "content/da/rettigheder.md", "content/da/sedX1b2c3",
                              "content/da/rettigheder.md~"},
                             diagnostics);
  CHECK(update.applied);
  RequireSameAsFullBuild(site, *build->served());
}

TEST_CASE("edits that other pages show or that move pages need a full build") {
  FixtureSite site;
  auto build = site.Serve();
  const std::string page = "content/da/rettigheder.md";
  struct Case {
    std::string what;
    std::function<void()> edit;
    std::vector<std::string> changed;
    std::string reason;
  };
  std::vector<Case> cases = {
      {"title", [&] { site.Edit(page, "Dine rettigheder", "Mine rettigheder"); }, {page}, "the title of " + page},
      {"description", [&] { site.Edit(page, "order: 1", "order: 1\ndescription: Kort"); }, {page}, "the description"},
      {"slug", [&] { site.Edit(page, "order: 1", "order: 1\nslug: ret"); }, {page}, "the slug"},
      {"order", [&] { site.Edit(page, "order: 1", "order: 3"); }, {page}, "the order"},
      {"draft", [&] { site.Edit(page, "order: 1", "order: 1\ndraft: true"); }, {page}, "the draft"},
      {"date", [&] { site.Edit(page, "order: 1", "order: 1\ndate: 2024-01-01"); }, {page}, "the date"},
      {"layout", [&] { site.Edit(page, "order: 1", "order: 1\nlayout: steps"); }, {page}, "the layout"},
      {"audience", [&] { site.Edit(page, "order: 1", "order: 1\naudience: adult"); }, {page}, "the audience"},
      {"publish", [&] { site.Edit(page, "order: 1", "order: 1\npublish: 2020-01-01 08:00"); }, {page}, "the publish"},
      {"expires", [&] { site.Edit(page, "order: 1", "order: 1\nexpires: 2030-01-01"); }, {page}, "the expires"},
      {"a news page's date",
       [&] { site.Edit("content/da/nyheder/ny.md", "2024-04-01", "2024-04-02"); },
       {"content/da/nyheder/ny.md"},
       "the date"},
      {"a new page",
       [&] { site.Write("content/da/ny.md", "---\ntitle: Ny\n---\nNy.\n"); },
       {"content/da/ny.md"},
       "content/da/ny.md is new"},
      {"a deleted page", [&] { site.Remove(page); }, {page}, page + " was deleted"},
      {"a folder moved away", [&] { site.Remove("content/da/nyheder"); }, {"content/da/nyheder"}, "was deleted"},
      {"site.yaml", [&] { site.Edit("site.yaml", "dmi.dk", "dr.dk"); }, {"site.yaml"}, "site.yaml changed"},
      {"municipalities.csv", [] {}, {"municipalities.csv"}, "municipalities.csv changed"},
      {"a static file", [&] { site.Write("content/da/kort.png", "png"); }, {"content/da/kort.png"}, "is new"},
      {"too many changes", [] {}, {"(too many changes to list)"}, "lost count"},
      {"a structural and a body edit",
       [&] {
         site.Edit(page, "Du har ret", "Du har altid ret");
         site.Edit("content/da/ord.md", "Ord der er gode", "Ord som er gode");
       },
       {page, "content/da/ord.md"},
       "the title of content/da/ord.md"},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.what) {
      c.edit();
      Diagnostics diagnostics;
      auto update = build->Apply(c.changed, diagnostics);
      CHECK(!update.applied);
      CHECK_THAT(update.reason, Catch::Contains(c.reason));
    }
  }
}

TEST_CASE("problems in an edited file are reported as a full build reports them") {
  FixtureSite site;
  auto build = site.Serve();
  auto before = build->served();
  const std::string page = "content/da/rettigheder.md";
  Diagnostics diagnostics;

  SECTION("in the front matter, found while loading") { site.Edit(page, "order: 1", "order: 1\ncolour: blue"); }
  SECTION("in the body, found while rendering") { site.Edit(page, "Du har ret", "![](kort.png) Du har ret"); }
  SECTION("a skipped heading level") { site.Edit(page, "To overskrifter", "#### For dybt\n\nTo overskrifter"); }
  SECTION("in the finished page, found by the checks") {
    std::string words;
    for (int i = 0; i < 30; ++i) words += " kommunalbestyrelsesmedlemmerne";
    site.Edit(page, "Du har ret", words + " har ret");
  }
  SECTION("in a local text") {
    site.Edit("content/da/kommuner/751.md", "Lokal tekst", "[Lokal](mangler.md) tekst");
    auto update = build->Apply({"content/da/kommuner/751.md"}, diagnostics);
    REQUIRE(update.applied);
    CHECK(diagnostics.HasErrors());
    CHECK(Formatted(diagnostics) == FullBuildReports(site));
    return;
  }
  auto update = build->Apply({page}, diagnostics);
  REQUIRE(update.applied);
  REQUIRE(diagnostics.HasErrors());
  CHECK(Formatted(diagnostics) == FullBuildReports(site));
  CHECK(build->served() == before);

  // Still broken while another file is edited; served again once fixed.
  site.Edit("content/da/ord.md", "Her er nogle ord.", "Her er nogle andre ord.");
  Diagnostics still;
  REQUIRE(build->Apply({"content/da/ord.md"}, still).applied);
  CHECK(still.HasErrors());
  CHECK(Formatted(still) == FullBuildReports(site));

  site.Write(page, FixtureSite::Original(page));
  Diagnostics fixed;
  REQUIRE(build->Apply({page}, fixed).applied);
  CHECK(!fixed.HasErrors());
  RequireSameAsFullBuild(site, *build->served());
  CHECK(Contains(build->served()->Find("ord/index.html"), "Her er nogle andre ord."));
}
