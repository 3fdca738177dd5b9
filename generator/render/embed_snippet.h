#pragma once
#include "load/municipality.h"
#include "render/output_file.h"
#include "render/render_shared.h"
#include "render/template_set.h"

namespace enindgang {

// The template of the copy-paste instructions (LAES-MIG.txt): plain text, the
// one template that is not HTML.
inline constexpr std::string_view kEmbedInstructionsTemplate = "embed_instructions";

// The files a municipality's web team pastes into its own site: a "Få hjælp"
// box (whom to contact, 112, BørneTelefonen, and the lookup for children from
// other municipalities), its stylesheet and script, the lookup index, and
// copy-paste instructions. No external requests, no inline script or handlers.
// Written under embed/ in the output.
OutputFiles RenderEmbedSnippet(const RenderShared& shared, const Municipality& municipality,
                               const std::string& lookup_index_json, const TemplateSet& templates,
                               Diagnostics& diagnostics);

}  // namespace enindgang
