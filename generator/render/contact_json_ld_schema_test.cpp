// Holds every local page's JSON-LD, made from the real municipalities.csv, to
// the schema.org vocabulary (tests/schema_org_subset.json, derived by
// scripts/derive-schema-org-subset.py): each property allowed for its @type,
// each value of the property's range, telephones in E.164, and the same
// numbers as the tel: links the page shows (tests/e2e/json_ld.test.js reads
// the built pages themselves).
#include <fstream>
#include <regex>
#include <set>

#include <catch2/catch.hpp>

#include "real_directory.h"
#include "render/contact_json_ld.h"
#include "render/phone_number.h"
#include "render/script_block.h"

using namespace enindgang;
using nlohmann::json;

namespace {

const json& Vocabulary() {
  static const json vocabulary = [] {
    std::ifstream in(ENINDGANG_SOURCE_DIR "/tests/schema_org_subset.json");
    REQUIRE(in);
    return json::parse(in);
  }();
  return vocabulary;
}

// Each way the JSON-LD breaks the vocabulary, as "path: what".
class SchemaCheck {
 public:
  std::vector<std::string> problems;

  void Node(const json& node, const std::vector<std::string>& range, const std::string& path) {
    if (!node.is_object() || !node.contains("@type") || !node["@type"].is_string())
      return Problem(path, "a node without a single @type");
    const std::string type = node["@type"];
    const json& types = Vocabulary()["types"];
    if (!types.contains(type)) return Problem(path, "@type " + type + " is not in tests/schema_org_subset.json");
    if (!IsA(type, range)) return Problem(path, type + " is not of the property's range");
    for (const auto& [name, value] : node.items()) {
      if (name == "@type" || (name == "@context" && path == "$")) continue;
      if (!types[type]["properties"].contains(name)) {
        Problem(path + "." + name, "not a property of " + type);
        continue;
      }
      const auto ranges = types[type]["properties"][name].get<std::vector<std::string>>();
      if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
          Value(value[i], ranges, path + "." + name + "[" + std::to_string(i) + "]");
      } else {
        Value(value, ranges, path + "." + name);
      }
    }
  }

 private:
  static bool IsA(const std::string& type, const std::vector<std::string>& range) {
    std::vector<std::string> lineage = {type};
    const json& types = Vocabulary()["types"];
    const json& datatypes = Vocabulary()["datatypes"];
    const json& parents = types.contains(type) ? types[type]["superclasses"] : datatypes.value(type, json::array());
    for (const auto& parent : parents) lineage.push_back(parent);
    for (const auto& t : lineage)
      if (std::find(range.begin(), range.end(), t) != range.end()) return true;
    return false;
  }

  void Value(const json& value, const std::vector<std::string>& range, const std::string& path) {
    if (value.is_object()) return Node(value, range, path);
    if (!value.is_string()) return Problem(path, "neither a node nor text");
    const std::string text = value;
    for (const std::string& type : range) {
      if (type == "Text" && !text.empty()) return;
      if (type == "URL" && text.starts_with("https://")) return;
      if (type == "Time" && std::regex_match(text, std::regex("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?"))) return;
      const json& types = Vocabulary()["types"];
      if (types.contains(type) && types[type].contains("members")) {
        for (const auto& member : types[type]["members"])
          if (text == "https://schema.org/" + member.get<std::string>()) return;
      }
    }
    Problem(path, "\"" + text + "\" is none of the property's range");
  }

  void Problem(const std::string& path, const std::string& what) { problems.push_back(path + ": " + what); }
};

std::vector<std::string> Telephones(const json& ld) {
  std::vector<std::string> out;
  for (const json& contact : ld["contactPoint"])
    if (contact.contains("telephone")) out.push_back(contact["telephone"]);
  return out;
}

// E.164: "+", a country code and at most 15 digits in all. The short numbers
// dialled as they are in Denmark (112, the police's 114, BørneTelefonen's
// 116 111) have no E.164 form: a phone abroad would not reach them with +45.
bool Dialable(const std::string& telephone) {
  return std::regex_match(telephone, std::regex("\\+[1-9][0-9]{7,14}")) || telephone == "112" || telephone == "114" ||
         telephone == "116111";
}

// The tel: links municipality.mustache shows for a municipality: its own
// number, the acute route's, 112 and 116 111 (the help boxes of every local page).
std::set<std::string> TelLinksOnPage(const Municipality& m) {
  std::set<std::string> links = {"tel:112", "tel:116111"};
  if (!m.phone.empty()) links.insert(TelHref(m.phone));
  if (!m.acute_phone.empty()) links.insert(TelHref(m.acute_phone));
  return links;
}

RegularWeek AWeek() {
  RegularWeek week;
  week[0] = week[1] = week[2] = {{600, 900}};
  week[3] = {{600, 1020}, {1080, 1140}};
  week[4] = {{600, 720}};
  return week;
}

}  // namespace

TEST_CASE("every real local page's JSON-LD keeps to the schema.org vocabulary") {
  const auto& municipalities = testing::RealDirectory().municipalities;
  REQUIRE(municipalities.size() == 98);
  for (const Municipality& m : municipalities) {
    INFO(m.name);
    // As the page writes it, read back as a browser's JSON.parse would; with a
    // week too, as the pages will have once opening_hours is parsed.
    for (const RegularWeek& week : {RegularWeek{}, AWeek()}) {
      const json ld = json::parse(JsonForScriptBlock(ContactJsonLd(m, week)));
      SchemaCheck check;
      CHECK(ld["@context"] == "https://schema.org");
      check.Node(ld, {"Thing"}, "$");
      CHECK(check.problems == std::vector<std::string>{});
    }
  }
}

TEST_CASE("every real local page's JSON-LD telephones are E.164 and the page's tel: links") {
  for (const Municipality& m : testing::RealDirectory().municipalities) {
    INFO(m.name);
    std::set<std::string> links;
    for (const std::string& telephone : Telephones(ContactJsonLd(m, {}))) {
      CHECK(Dialable(telephone));
      links.insert("tel:" + telephone);
    }
    CHECK(links == TelLinksOnPage(m));
  }
}

TEST_CASE("the schema check itself refuses what schema.org does not allow") {
  const auto problems = [](const json& node) {
    SchemaCheck check;
    check.Node(node, {"Thing"}, "$");
    return check.problems;
  };
  json ld = ContactJsonLd(testing::RealDirectory().municipalities.front(), AWeek());
  CHECK(problems(ld).empty());
  json wrong = ld;
  wrong["contactPoint"][0]["openingHoursSpecification"] = wrong["contactPoint"][0]["hoursAvailable"];  // a Place's
  CHECK(problems(wrong) ==
        std::vector<std::string>{"$.contactPoint[0].openingHoursSpecification: not a property of ContactPoint"});
  wrong = ld;
  wrong["contactPoint"][0]["hoursAvailable"][0]["dayOfWeek"] = "Mo";
  CHECK(problems(wrong).size() == 1);
  wrong = ld;
  wrong["contactPoint"][0]["hoursAvailable"][0]["opens"] = "10";
  CHECK(problems(wrong).size() == 1);
  wrong = ld;
  wrong["url"] = "www.kk.dk";
  CHECK(problems(wrong).size() == 1);
  wrong = ld;
  wrong["contactPoint"][0]["@type"] = "OpeningHoursSpecification";
  CHECK(problems(wrong).size() == 1);
  CHECK_FALSE(Dialable("72 30 00 00"));
  CHECK_FALSE(Dialable("4572300000"));
}
