#pragma once
#include <map>
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
// `village_urls`: each village file's URL by chunk ("t" → "/assets/villages-t.1a2b3c4d.json"),
// written as "v"; lookup.js fetches the query's file only when this index has no exact answer.
std::string LookupIndexJson(const LookupIndex& index, const MunicipalityDirectory& directory,
                            const std::vector<std::string>& municipality_slugs,
                            const std::map<std::string, std::string>& village_urls = {});

// The second index, one JSON file per VillageChunk: [["Tjørring",[40]],["Hundslev",[38,79],"hundslev"],...]
// (label, municipalities, and the choice page's slug for a village in several). Keyed by chunk.
std::map<std::string, std::string> VillageChunkJson(const LookupIndex& index);

}  // namespace enindgang
