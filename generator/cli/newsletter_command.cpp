#include "cli/newsletter_command.h"

#include <ostream>

#include "cli/exit_status.h"
#include "render/newsletter.h"
#include "write/newsletter_message.h"

namespace enindgang {
namespace {

int Report(const Diagnostics& diagnostics, std::ostream& err) {
  for (const auto& d : diagnostics.Sorted()) err << d.Format() << "\n";
  const int errors = diagnostics.ErrorCount();
  if (errors == 0) return kExitOk;
  err << errors << (errors == 1 ? " error" : " errors") << " found; no newsletter was written.\n";
  return kExitInputError;
}

// The host of base_url: what follows @ in the Message-ID.
std::string HostOf(const std::string& base_url) {
  auto start = base_url.find("://");
  std::string host = base_url.substr(start == std::string::npos ? 0 : start + 3);
  return host.substr(0, host.find_first_of("/:"));
}

}  // namespace

int RunNewsletter(const NewsletterRequest& request, std::ostream& out, std::ostream& err) {
  BuildRequest build = request.build;
  build.write = false;
  auto outcome = BuildInMemory(build);
  if (!outcome->ok()) return Report(outcome->diagnostics, err);
  const Site& site = *outcome->site;
  const Language* language =
      request.lang.empty() ? &site.config().default_language() : site.config().FindLanguage(request.lang);
  if (!language) {
    err << "enindgang newsletter: --lang " << request.lang << " is not a language of the site (site.yaml)\n";
    return kExitUsage;
  }
  const text::Date today = BuildDay(site.options());
  const text::Date since = request.since ? *request.since : text::AddDays(today, -kNewsletterDefaultDays);

  Diagnostics diagnostics;
  NewsletterEdition edition = RenderNewsletter(*outcome->rendered.context, *language, since, diagnostics);
  if (diagnostics.HasErrors()) return Report(diagnostics, err);
  MessageEnvelope envelope;
  envelope.from = site.config().newsletter_from;
  envelope.from_name = site.config().newsletter_subject;
  envelope.date_utc_ms = site.options().now_utc_ms.value_or(0);
  envelope.message_id =
      "newsletter-" + language->code + "-" + text::IsoDate(today) + "@" + HostOf(site.config().base_url);
  if (envelope.from.empty())
    diagnostics.Warning({"site.yaml", 0, 0}, "the newsletter has no sender (From)",
                        "add newsletter_from: to site.yaml, or set the sender in the program that sends it");
  if (!WriteNewsletter(request.out, edition, envelope, diagnostics)) return Report(diagnostics, err);
  Report(diagnostics, err);
  std::filesystem::path preview = request.out;
  preview.replace_extension(".html");
  out << "Wrote " << request.out.generic_string() << " (" << edition.news << " news, " << edition.activities
      << " activities since " << text::IsoDate(since) << ", in " << language->code << ") and its preview "
      << preview.generic_string() << "\nSubject: " << edition.subject << "\n";
  return kExitOk;
}

}  // namespace enindgang
