#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

#include "base/diagnostics.h"
#include "render/newsletter.h"

namespace enindgang {

// Who the message is from and when: the message's headers beyond the subject.
struct MessageEnvelope {
  std::string from;         // e-mail address; empty: no From header (set it when sending)
  std::string from_name;    // display name, e.g. the site's name
  int64_t date_utc_ms = 0;  // the Date header
  std::string message_id;   // "newsletter-2026-12-01@example.dk", without < >
};

// The edition as a MIME message (RFC 5322), made with GMime:
// multipart/alternative with a text/plain and a text/html part, UTF-8,
// quoted-printable, so a mail program or a newsletter service can send or
// import it.
std::string NewsletterMessage(const NewsletterEdition& edition, const MessageEnvelope& envelope);

// Writes the message to `eml` and the HTML part beside it as a preview
// (x.eml → x.html), each into a temporary file first and renamed into place,
// so an earlier edition is replaced whole or not at all.
bool WriteNewsletter(const std::filesystem::path& eml, const NewsletterEdition& edition,
                     const MessageEnvelope& envelope, Diagnostics& diagnostics);

}  // namespace enindgang
