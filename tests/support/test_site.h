#pragma once
// Whole-site tests from inline files, as Hugo's hugolib.Test: a map of
// path → content becomes a site in a temp folder (with the real default theme
// and a two-municipality directory unless the test provides its own), the
// test builds it and asserts on the output.
#include <map>
#include <sstream>
#include <string>

#include "cli/build_command.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>

namespace enindgang::testing {

// Real rows of municipalities.csv and postcodes.csv (Middelfart, Assens, Aarhus).
inline const char* kSmallMunicipalities =
    "code,name,region,website,enindgang_url,phone,email,sms,sms_text,opening_hours,acute_service,acute_phone,acute_"
    "when,aliases,source,verified\n"
    "410,Middelfart,Syddanmark,https://www.middelfart.dk,,,,,,,,,,,DAWA /kommuner; website: public list,\n"
    "420,Assens,Syddanmark,https://www.assens.dk,https://www.assens.dk/borger/boern-og-unge/"
    "du-har-ret-til-hjaelp-hvis-du-har-brug-for-det,64 74 75 17,,,,Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-13:00; "
    "PH off,\"Børnetelefonen (landsdækkende, ikke kommunens)\",116111,closed,,DAWA /kommuner; "
    "website+enindgang+contact: "
    "https://www.assens.dk/borger/boern-og-unge/du-har-ret-til-hjaelp-hvis-du-har-brug-for-det,\n"
    "751,Aarhus,Midtjylland,https://www.aarhus.dk,,,,,,,,,,Århus,DAWA /kommuner; website: "
    "https://www.aarhus.dk/nyt/sundhed-og-omsorg/2023/februar-2023/"
    "ambitioest-partnerskab-skal-loefte-boern-og-unges-trivsel/,\n";
inline const char* kSmallPostcodes =
    "postcode,name,municipality_codes\n"
    "5610,Assens,410;420\n"
    "8000,Aarhus C,751\n";

inline const char* kTwoLanguageConfig =
    "base_url: https://example.test\n"
    "quick_exit_url: https://www.dmi.dk/\n"
    "languages:\n"
    "  - {code: da, locale: da, endonym: Dansk, direction: ltr}\n"
    "  - {code: en, locale: en_GB, endonym: English, direction: ltr}\n"
    "  - {code: ar, locale: ar@numbers=latn, endonym: العربية, direction: rtl}\n";

class TestSite {
 public:
  explicit TestSite(std::map<std::string, std::string> files) {
    if (!files.count("site.yaml")) files["site.yaml"] = kTwoLanguageConfig;
    if (!files.count("municipalities.csv")) files["municipalities.csv"] = kSmallMunicipalities;
    if (!files.count("postcodes.csv")) files["postcodes.csv"] = kSmallPostcodes;
    dir_.Write(files);
    if (!files.count("themes/default/theme.yaml")) {
      std::filesystem::create_directories(dir_.path() / "themes");
      std::filesystem::copy(std::filesystem::path(ENINDGANG_SOURCE_DIR) / "themes/default",
                            dir_.path() / "themes/default", std::filesystem::copy_options::recursive);
    }
  }

  // Builds into `out_dir` (default <site>/public); returns the exit status. Output in out(), errors in errors().
  int Build(BuildOptions options = {}, std::filesystem::path out_dir = {}) {
    BuildRequest request;
    request.source = dir_.path();
    request.options = options;
    request.out = std::move(out_dir);
    std::ostringstream out, err;
    int status = RunBuild(request, out, err);
    out_ = out.str();
    err_ = err.str();
    UNSCOPED_INFO("build output:\n" << out_ << err_);
    return status;
  }

  void Write(const std::map<std::string, std::string>& files) { dir_.Write(files); }
  std::string Read(const std::string& output_path) const { return dir_.Read("public/" + output_path); }
  bool Exists(const std::string& output_path) const { return dir_.Exists("public/" + output_path); }
  const std::string& out() const { return out_; }
  const std::string& errors() const { return err_; }
  const std::filesystem::path& path() const { return dir_.path(); }

 private:
  TempDir dir_;
  std::string out_, err_;
};

inline std::string PageFile(const std::string& front_matter, const std::string& body) {
  return "---\n" + front_matter + "\n---\n" + body;
}

}  // namespace enindgang::testing
