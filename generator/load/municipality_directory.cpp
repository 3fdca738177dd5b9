#include "load/municipality_directory.h"

#include <set>

#include "base/file_system.h"
#include "base/input_file.h"
#include "load/municipality_table.h"
#include "load/postcode_table.h"

namespace enindgang {
namespace {

std::optional<std::string> ReadOrReport(const std::filesystem::path& path, const std::string& name,
                                        Diagnostics& diagnostics) {
  return ReadInput(path, {name, 0, 0}, kCsvLimit, diagnostics);
}

void ReportMunicipalitiesWithoutPostcode(const MunicipalityDirectory& directory, const std::string& postcodes_name,
                                         Diagnostics& diagnostics) {
  std::set<std::string_view> covered;
  for (const auto& postcode : directory.postcodes)
    covered.insert(postcode.municipality_codes.begin(), postcode.municipality_codes.end());
  for (const auto& m : directory.municipalities)
    if (!covered.contains(m.code))
      diagnostics.Error(m.where, "municipality '" + m.code + "' (" + m.name + ") has no postcode",
                        "add " + m.code + " to the municipality_codes of its postcodes in " + postcodes_name);
}

}  // namespace

const Municipality* MunicipalityDirectory::Find(std::string_view code) const {
  for (const auto& municipality : municipalities)
    if (municipality.code == code) return &municipality;
  return nullptr;
}

std::optional<MunicipalityDirectory> LoadMunicipalityDirectory(const std::filesystem::path& municipalities_csv,
                                                               const std::filesystem::path& postcodes_csv,
                                                               const std::string& display_root, Diagnostics& reported) {
  ScopedDiagnostics diagnostics(reported);
  std::string municipalities_name = RelativeName(municipalities_csv, display_root);
  std::string postcodes_name = RelativeName(postcodes_csv, display_root);

  std::optional<std::vector<Municipality>> municipalities;
  if (auto bytes = ReadOrReport(municipalities_csv, municipalities_name, diagnostics))
    municipalities = ReadMunicipalityTable(*bytes, municipalities_name, diagnostics);

  // Cross-file checks need both tables whole; otherwise they would echo errors already reported.
  std::optional<KnownMunicipalities> known;
  if (municipalities) {
    known.emplace(KnownMunicipalities{{}, municipalities_name});
    for (const auto& m : *municipalities) known->codes.insert(m.code);
  }
  std::optional<std::vector<Postcode>> postcodes;
  if (auto bytes = ReadOrReport(postcodes_csv, postcodes_name, diagnostics))
    postcodes = ReadPostcodeTable(*bytes, postcodes_name, known ? &*known : nullptr, diagnostics);

  if (!municipalities || !postcodes) return std::nullopt;
  MunicipalityDirectory directory{std::move(*municipalities), std::move(*postcodes), {}, {}};
  ReportMunicipalitiesWithoutPostcode(directory, postcodes_name, diagnostics);
  if (diagnostics.HasErrors()) return std::nullopt;
  return directory;
}

}  // namespace enindgang
