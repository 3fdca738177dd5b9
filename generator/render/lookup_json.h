#pragma once
#include <string>
#include <vector>

#include "load/municipality_directory.h"
#include "model/lookup_index.h"

namespace enindgang {

// The lookup index as themes/default/assets/lookup.js loads it, compact JSON:
//   {"m":[["751","Aarhus","aarhus"],...],            code, name, URL slug
//    "e":[["8000 Aarhus C",0,[76]],["Aarhus",1],...]} label, kind, municipalities
// Two things are left out because lookup.js derives them (see its prepare()):
//   - the key: a postcode's is the first four characters of its label, every
//     other key is fold(label), the same FoldForSearch rule in fold.js;
//   - the municipality list of a municipality name, which is [its own index];
//     the name entries come in directory order, so the i-th is municipality i.
// `municipality_slugs` runs parallel to directory.municipalities.
std::string LookupIndexJson(const LookupIndex& index, const MunicipalityDirectory& directory,
                            const std::vector<std::string>& municipality_slugs);

}  // namespace enindgang
