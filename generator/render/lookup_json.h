#pragma once
#include <string>
#include <vector>

#include "load/municipality_directory.h"
#include "model/lookup_index.h"

namespace enindgang {

// The lookup index as themes/default/assets/lookup.js loads it, compact JSON:
//   {"m":[["751","Aarhus","aarhus"],...],          code, name, URL slug
//    "e":[["8000 Aarhus C",0,[76]],...]}           label, kind, municipalities
// Keys are left out (a third of the gzipped size): lookup.js derives them as
// BuildLookupIndex made them, a postcode's as the first four characters of its
// label and every other as fold(label), fold.js being FoldForSearch's mirror.
// `municipality_slugs` runs parallel to directory.municipalities.
std::string LookupIndexJson(const LookupIndex& index, const MunicipalityDirectory& directory,
                            const std::vector<std::string>& municipality_slugs);

}  // namespace enindgang
