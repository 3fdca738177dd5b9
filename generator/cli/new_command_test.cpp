#include "cli/new_command.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "base/diagnostics.h"
#include "load/page_source.h"
#include "temp_dir.h"
#include "test_site.h"

using namespace enindgang;
using enindgang::testing::TempDir;

namespace {

struct Run {
  int status;
  std::string out, err;
};

class NewSite {
 public:
  NewSite() { dir_.Write({{"site.yaml", enindgang::testing::kTwoLanguageConfig}}); }

  Run New(const std::string& kind, const std::string& title, const std::string& lang = "") {
    NewRequest request;
    request.source = dir_.path();
    request.kind = kind;
    request.title = title;
    request.lang = lang;
    request.today = text::Date{2026, 6, 24};
    std::ostringstream out, err;
    int status = RunNew(request, out, err);
    return {status, out.str(), err.str()};
  }

  std::string Read(const std::string& path) const { return dir_.Read(path); }
  const std::filesystem::path& path() const { return dir_.path(); }
  bool Exists(const std::string& path) const { return dir_.Exists(path); }

 private:
  TempDir dir_;
};

// The file must load as a page with no problem at all.
PageSource Parse(const std::string& text, const std::string& lang, const std::string& key) {
  Diagnostics diagnostics;
  auto page = ParsePageSource(text, lang, key, "content/" + lang + "/" + key + ".md", diagnostics);
  for (const auto& d : diagnostics.Sorted()) UNSCOPED_INFO(d.Format());
  REQUIRE(page);
  CHECK(diagnostics.Sorted().empty());
  return *page;
}

}  // namespace

TEST_CASE("new news writes a dated draft post in the default language's news folder") {
  NewSite site;
  auto run = site.New("news", "Ny hjælp: åben rådgivning");
  REQUIRE(run.status == 0);
  std::string path = "content/da/nyheder/2026-06-24-ny-hjaelp-aaben-raadgivning.md";
  REQUIRE(site.Exists(path));
  CHECK_THAT(run.out, Catch::Contains(path));
  CHECK_THAT(run.out, Catch::Contains("draft: true"));
  CHECK_THAT(run.out, Catch::Contains("set draft: false when it is ready; preview with enindgang serve"));

  std::string text = site.Read(path);
  CHECK_THAT(text, Catch::Contains("# publish: 2026-06-24 08:00"));
  CHECK_THAT(text, Catch::Contains("# expires: 2027-01-01"));
  auto page = Parse(text, "da", "nyheder/2026-06-24-ny-hjaelp-aaben-raadgivning");
  CHECK(page.title == "Ny hjælp: åben rådgivning");
  CHECK(page.description.empty());
  CHECK(page.date == text::Date{2026, 6, 24});
  CHECK(page.draft);
  CHECK(page.audience == Audience::kChild);
  CHECK(page.translation == TranslationStatus::kOriginal);
  CHECK_FALSE(page.publish);
  CHECK_FALSE(page.expires);
}

TEST_CASE("new page writes a draft page with menu order and layout") {
  NewSite site;
  auto run = site.New("page", "Dine rettigheder");
  REQUIRE(run.status == 0);
  auto page = Parse(site.Read("content/da/dine-rettigheder.md"), "da", "dine-rettigheder");
  CHECK(page.title == "Dine rettigheder");
  CHECK(page.layout == Layout::kPage);
  CHECK(page.order == 0);
  CHECK(page.draft);
  CHECK_FALSE(page.date);
}

TEST_CASE("new activity writes a draft activity in the activities folder, with its times") {
  NewSite site;
  auto run = site.New("activity", "Netværksmøde om barnets lov");
  REQUIRE(run.status == 0);
  PageSource page = Parse(site.Read("content/da/aktiviteter/netvaerksmoede-om-barnets-lov.md"), "da",
                          "aktiviteter/netvaerksmoede-om-barnets-lov");
  REQUIRE(page.activity);
  CHECK(page.activity->starts.local == text::LocalDateTime{{2026, 6, 24}, 10, 0, true});
  CHECK(page.activity->ends);
  CHECK(page.draft);
}
TEST_CASE("new in another language marks the text as needing review") {
  NewSite site;
  REQUIRE(site.New("news", "New help \"today\"", "en").status == 0);
  auto page =
      Parse(site.Read("content/en/nyheder/2026-06-24-new-help-today.md"), "en", "nyheder/2026-06-24-new-help-today");
  CHECK(page.title == "New help \"today\"");
  CHECK(page.translation == TranslationStatus::kNeedsReview);
}

TEST_CASE("new never overwrites a file and says which one exists") {
  NewSite site;
  REQUIRE(site.New("page", "Kontakt").status == 0);
  std::string before = site.Read("content/da/kontakt.md");
  auto run = site.New("page", "Kontakt");
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("content/da/kontakt.md: error: the file exists already"));
  CHECK(site.Read("content/da/kontakt.md") == before);
}

TEST_CASE("new with an unknown language or kind is a usage error with a suggestion") {
  NewSite site;
  auto lang = site.New("page", "Kontakt", "dk");
  CHECK(lang.status == 2);
  CHECK_THAT(lang.err, Catch::Contains("--lang dk is not a language of the site — did you mean 'da'?"));
  auto kind = site.New("nyhed", "Kontakt");
  CHECK(kind.status == 2);
  CHECK_THAT(kind.err, Catch::Contains("use one of: news, activity, page"));
  CHECK_THAT(site.New("newz", "Kontakt").err, Catch::Contains("did you mean 'news'?"));
  CHECK(site.New("page", "🙂").status == 2);
  CHECK_FALSE(site.Exists("content"));
}

TEST_CASE("new without a site.yaml says where it looked") {
  TempDir empty;
  NewRequest request;
  request.source = empty.path();
  request.kind = "page";
  request.title = "Kontakt";
  std::ostringstream out, err;
  CHECK(RunNew(request, out, err) == 1);
  CHECK_THAT(err.str(), Catch::Contains("cannot read the site configuration"));
}

TEST_CASE("new never writes through a link where the file would be, even a dangling one") {
  NewSite site;
  TempDir elsewhere;
  std::filesystem::create_directories(site.path() / "content/da");
  std::filesystem::create_symlink(elsewhere.path() / "stjaalet.md", site.path() / "content/da/kontakt.md");
  auto run = site.New("page", "Kontakt");
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("content/da/kontakt.md: error: the file exists already"));
  CHECK_FALSE(elsewhere.Exists("stjaalet.md"));
}

TEST_CASE("new refuses a folder on the way that is a link outside the site, and follows one inside") {
  NewSite site;
  TempDir elsewhere;
  std::filesystem::create_directories(site.path() / "content");
  std::filesystem::create_directory_symlink(elsewhere.path(), site.path() / "content/da");
  auto run = site.New("news", "Ny hjælp");
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("content/da: error: this folder is a link outside the site folder"));
  CHECK_FALSE(std::filesystem::exists(elsewhere.path() / "nyheder"));

  std::filesystem::create_directories(site.path() / "delt/en");
  std::filesystem::create_directory_symlink(site.path() / "delt/en", site.path() / "content/en");
  REQUIRE(site.New("page", "Help", "en").status == 0);
  CHECK(site.Exists("delt/en/help.md"));
}
