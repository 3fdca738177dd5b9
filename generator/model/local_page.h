#pragma once
#include <string>
#include <vector>

#include "load/municipality.h"
#include "load/page_source.h"
#include "load/site_config.h"

namespace enindgang {

// A municipality's local help page in one language.
struct LocalPage {
  const Municipality* municipality = nullptr;
  const Language* language = nullptr;
  std::string slug;         // "hoeje-taastrup"
  std::string url;          // "/en/kommune/hoeje-taastrup/"
  std::string output_path;  // "en/kommune/hoeje-taastrup/index.html"
  // Optional local text from content/<lang>/kommuner/<code>.md (falls back to Danish).
  const PageSource* local_text = nullptr;
};

}  // namespace enindgang
