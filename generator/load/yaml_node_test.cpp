#include "load/yaml_node.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

YamlNode Load(const std::string& text) {
  auto [yaml, error] = LoadYaml(text);
  INFO(error.message);
  REQUIRE(yaml);
  return std::move(*yaml);
}

}  // namespace

TEST_CASE("a mapping keeps its keys in order, with positions in characters") {
  YamlNode yaml = Load("title: \"Dine rettigheder\"\nære: ø\norder: 3\n");
  REQUIRE(yaml.IsMap());
  CHECK(yaml.size() == 3);
  CHECK(yaml["title"].Scalar() == "Dine rettigheder");
  CHECK(yaml["title"].Mark().line == 0);
  CHECK(yaml["title"].Mark().column == 7);
  CHECK(yaml["ære"].Mark().column == 5);  // after "ære: ", five characters (seven bytes)
  CHECK(yaml.entries()[1].first.Scalar() == "ære");
  CHECK_FALSE(yaml["mangler"]);
  CHECK_FALSE(yaml["title"]["x"]);
}

TEST_CASE("a plain ~, null or nothing is null; in quotes it is text") {
  YamlNode yaml = Load("a:\nb: ~\nc: null\nd: \"null\"\ne: ''\n");
  CHECK(yaml["a"].IsNull());
  CHECK(yaml["b"].IsNull());
  CHECK(yaml["c"].IsNull());
  CHECK(yaml["d"].IsScalar());
  CHECK(yaml["d"].Scalar() == "null");
  CHECK(yaml["e"].IsScalar());
  CHECK_FALSE(yaml["a"].AsString());
  CHECK(Load("").IsNull());
}

TEST_CASE("integers are decimal, 0x or 0o, with a sign; anything else is not an integer") {
  CHECK(Load("3").AsInteger() == 3);
  CHECK(Load("-12").AsInteger() == -12);
  CHECK(Load("+7").AsInteger() == 7);
  CHECK(Load("010").AsInteger() == 10);
  CHECK(Load("0x1F").AsInteger() == 31);
  CHECK(Load("0o17").AsInteger() == 15);
  CHECK(Load("\"4\"").AsInteger() == 4);
  for (const char* text :
       {"3a", "1.5", "tre", "", "\"-\"", "0x", "99999999999999999999999", "\"--5\"", "\"+-5\"", "0x-1"})
    CHECK_FALSE(Load(std::string("x: ") + text)["x"].AsInteger());
}

TEST_CASE("numbers may have decimals") {
  CHECK(Load("4.5").AsNumber() == Approx(4.5));
  CHECK(Load("3").AsNumber() == Approx(3.0));
  CHECK_FALSE(Load("fire").AsNumber());
}

TEST_CASE("booleans read as yaml-cpp read them: true/false, yes/no, on/off, y/n in three cases") {
  for (const char* yes : {"true", "True", "TRUE", "yes", "Yes", "on", "y", "Y"}) CHECK(Load(yes).AsBoolean() == true);
  for (const char* no : {"false", "FALSE", "no", "No", "off", "n"}) CHECK(Load(no).AsBoolean() == false);
  for (const char* neither : {"tRUE", "ja", "1", "sand"}) CHECK_FALSE(Load(neither).AsBoolean());
}

TEST_CASE("sequences and nested mappings are read whole") {
  YamlNode yaml = Load(
      "languages:\n  - code: da\n    locale: da\n  - {code: en, locale: en}\ncontrast: [[text, background, 4.5]]\n");
  REQUIRE(yaml["languages"].IsSequence());
  CHECK(yaml["languages"].size() == 2);
  CHECK(yaml["languages"][1]["code"].Scalar() == "en");
  CHECK(yaml["languages"][0].Mark().line == 1);
  CHECK(yaml["contrast"][0][2].AsNumber() == Approx(4.5));
  CHECK_FALSE(yaml["languages"][2]);
}

TEST_CASE("syntax errors, aliases and deep nesting are refused with a position") {
  auto [broken, error] = LoadYaml("title: \"Ord\"\norder: [1\n");
  CHECK_FALSE(broken);
  CHECK(error.mark.line == 2);
  CHECK_THAT(error.message, Catch::Contains("flow sequence"));

  auto [aliased, alias_error] = LoadYaml("a: &x [1, 2]\nb: *x\n");
  CHECK_FALSE(aliased);
  CHECK(alias_error.mark.line == 1);
  CHECK_THAT(alias_error.message, Catch::Contains("aliases"));

  auto [deep, deep_error] = LoadYaml(std::string(100, '[') + std::string(100, ']'));
  CHECK_FALSE(deep);
  CHECK_THAT(deep_error.message, Catch::Contains("nested too deeply"));
  CHECK(LoadYaml(std::string(60, '[') + std::string(60, ']')).first);
}

TEST_CASE("an escape that writes a character XML forbids is refused at its value; a tab is text") {
  auto [escaped, error] = LoadYaml("title: Ord\ndescription: \"a\\x01b\"\n");
  CHECK_FALSE(escaped);
  CHECK(error.mark.line == 1);
  CHECK(error.mark.column == 13);
  CHECK(error.message == "the value holds the character U+0001, which XML and HTML forbid in pages and feeds");
  CHECK_FALSE(LoadYaml("\"\\0\"").first);
  CHECK_FALSE(LoadYaml("\"\\uFFFF\"").first);
  CHECK_FALSE(LoadYaml("\"\\x85\"").first);  // NEL, a C1 control
  CHECK(Load("\"a\\tb\\nc\"").Scalar() == "a\tb\nc");
}

TEST_CASE("a key given twice in one mapping is an error at the second, in nested mappings too") {
  auto [yaml, error] = LoadYaml("title: a\nmenu:\n  x: 1\ntitle: b\n");
  CHECK_FALSE(yaml);
  CHECK(error.mark.line == 3);
  CHECK_THAT(error.message, Catch::Contains("'title' is given twice"));
  auto [nested, nested_error] = LoadYaml("menu:\n  x: 1\n  x: 2\n");
  CHECK_FALSE(nested);
  CHECK(nested_error.mark.line == 2);
  // The same key in two different mappings is fine.
  auto [apart, apart_error] = LoadYaml("a:\n  x: 1\nb:\n  x: 2\n");
  CHECK(apart);
}
