#include "render/street_choice_data.h"

#include "text/fold.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

bool ToTheEnd(const std::string& to) { return to.empty() || to == "998" || to == "999"; }

std::string RunText(const RenderShared& shared, const Language& language, const HouseNumbers& run) {
  if (!run.from.empty() && run.from == run.to) return run.from;  // one house: its side goes without saying
  std::string text;
  if (run.from == run.to) text = run.from;
  else if (ToTheEnd(run.to) && run.from.empty()) text = "";
  else if (ToTheEnd(run.to)) text = shared.strings.Format(language, "street_from", {{"from", run.from}});
  else if (run.from.empty()) text = shared.strings.Format(language, "street_to", {{"to", run.to}});
  else text = run.from + "–" + run.to;
  if (run.side == ' ') return text;
  const std::string side = shared.strings.Format(language, run.side == 'L' ? "street_even" : "street_odd");
  return text.empty() ? side : text + " (" + side + ")";
}

const Municipality& MunicipalityAt(const RenderShared& shared, int index) {
  return shared.site.directory().municipalities[static_cast<size_t>(index)];
}

data GroupData(const RenderShared& shared, const Language& language, const StreetGroup& group, bool first) {
  const Municipality& municipality = MunicipalityAt(shared, group.municipality);
  data item;
  item.set("name", municipality.name);
  if (const LocalPage* local = shared.site.FindLocal(language.code, municipality.code)) item.set("url", local->url);
  data list{data::type::list};
  std::string only_street;
  for (const auto& street : group.streets) {
    const std::string numbers = HouseNumbersText(shared, language, street.numbers);
    data line;
    line.set("key", text::FoldForSearch(street.name));
    line.set("text", numbers.empty() ? street.name : street.name + " " + numbers);
    only_street = numbers.empty() ? street.name : street.name + " " + numbers;
    list.push_back(line);
  }
  item.set("streets", list);
  std::map<std::string, text::MessageArg> args = {{"municipality", municipality.name}};
  if (first) {
    item.set("intro", shared.strings.Format(language, "street_rest", args));
  } else if (group.streets.size() == 1) {
    // One street: the question names it, and is itself what the street field filters.
    args["street"] = LeftToRight(only_street);
    item.set("intro", shared.strings.Format(language, "street_group_one", args));
    item.set("single", true);
    item.set("key", text::FoldForSearch(group.streets.front().name));
  } else {
    item.set("intro", shared.strings.Format(language, "street_group", args));
  }
  return item;
}

}  // namespace

std::string LeftToRight(const std::string& danish) { return "\u2066" + danish + "\u2069"; }

std::string HouseNumbersText(const RenderShared& shared, const Language& language,
                             const std::vector<HouseNumbers>& numbers) {
  std::string text;
  for (const auto& run : numbers) text += (text.empty() ? "" : ", ") + RunText(shared, language, run);
  return text;
}

TemplateData StreetChoiceData(const RenderShared& shared, const Postcode& postcode, const PostcodeStreets& streets,
                              const Language& language) {
  if (streets.groups.empty() || streets.order.empty()) return data(false);
  const Municipality& most = MunicipalityAt(shared, streets.order.front());
  data section;
  section.set("most",
              shared.strings.Format(
                  language, "street_most",
                  {{"code", postcode.code}, {"town", LeftToRight(postcode.town)}, {"municipality", most.name}}));
  section.set("most_name", most.name);
  section.set("filter_none", shared.strings.Format(language, "street_filter_none", {{"municipality", most.name}}));
  if (const LocalPage* local = shared.site.FindLocal(language.code, most.code)) section.set("most_url", local->url);
  data groups{data::type::list};
  for (const auto& group : streets.groups)
    groups.push_back(GroupData(shared, language, group, group.municipality == streets.order.front()));
  section.set("groups", groups);
  return section;
}

}  // namespace enindgang
