#include "check/readability.h"

#include <algorithm>
#include <cstdio>

#include "base/thread_pool.h"

namespace enindgang {
namespace {

constexpr int kMinimumWords = 20;

std::string OneDecimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

}  // namespace

std::vector<PageReadability> CheckReadability(const SiteConfig& config, const std::vector<RenderedPage>& pages,
                                              Diagnostics& diagnostics) {
  const Language& language = config.default_language();
  std::vector<const RenderedPage*> judged;
  for (const auto& page : pages)
    if (page.is_content_original && page.lang == language.code && page.audience == Audience::kChild)
      judged.push_back(&page);
  std::vector<text::Lix> scores(judged.size());
  ParallelFor(judged.size(),
              [&](size_t i, size_t) { scores[i] = text::ComputeLix(judged[i]->plain_text, language.locale); });
  std::vector<PageReadability> report;
  for (size_t i = 0; i < judged.size(); ++i) {
    const RenderedPage& page = *judged[i];
    const text::Lix& lix = scores[i];
    report.push_back({page.source_path, lix});
    // LIX says little about a handful of words (a title and a link), so very short pages are listed, not judged.
    if (lix.value <= config.lix_limit || lix.words < kMinimumWords) continue;
    double per_sentence = lix.sentences ? static_cast<double>(lix.words) / lix.sentences : 0;
    double long_share = lix.words ? 100.0 * lix.long_words / lix.words : 0;
    diagnostics.Error({page.source_path, 1, 1},
                      "LIX " + OneDecimal(lix.value) + " is above the limit of " + std::to_string(config.lix_limit) +
                          " for pages for children (" + OneDecimal(per_sentence) + " words per sentence, " +
                          OneDecimal(long_share) + "% long words)",
                      "write shorter sentences and shorter words; split sentences with many commas");
  }
  std::sort(report.begin(), report.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return report;
}

}  // namespace enindgang
