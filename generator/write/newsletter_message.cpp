#include "write/newsletter_message.h"

#include <gmime/gmime.h>

#include <mutex>

#include "base/file_system.h"

namespace enindgang {
namespace {

// GMime's global state is set up once per process, before any message is made.
void InitGMime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

// A GObject that unrefs itself.
template <typename T>
struct Ref {
  explicit Ref(T* object) : object(object) {}
  ~Ref() {
    if (object) g_object_unref(object);
  }
  Ref(const Ref&) = delete;
  T* object;
};

GMimeTextPart* TextPart(const char* subtype, const std::string& text) {
  GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
  g_mime_text_part_set_text(part, text.c_str());  // UTF-8, charset chosen by GMime
  g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  return part;
}

bool WriteReplacing(const std::filesystem::path& path, const std::string& bytes, Diagnostics& diagnostics) {
  const std::filesystem::path temporary = path.string() + ".new";
  std::error_code error;
  bool written = WriteFile(temporary, bytes);
  if (written) std::filesystem::rename(temporary, path, error);
  if (!written || error) {
    std::filesystem::remove(temporary, error);
    diagnostics.Error({path.generic_string(), 0, 0}, "cannot write the newsletter here",
                      "choose a folder you may write to with --out");
    return false;
  }
  return true;
}

}  // namespace

std::string NewsletterMessage(const NewsletterEdition& edition, const MessageEnvelope& envelope) {
  InitGMime();
  Ref<GMimeMessage> message(g_mime_message_new(TRUE));
  if (!envelope.from.empty())
    g_mime_message_add_mailbox(message.object, GMIME_ADDRESS_TYPE_FROM, envelope.from_name.c_str(),
                               envelope.from.c_str());
  g_mime_message_set_subject(message.object, edition.subject.c_str(), "utf-8");
  GDateTime* date = g_date_time_new_from_unix_utc(envelope.date_utc_ms / 1000);
  g_mime_message_set_date(message.object, date);
  g_date_time_unref(date);
  if (!envelope.message_id.empty()) g_mime_message_set_message_id(message.object, envelope.message_id.c_str());

  Ref<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
  // Fixed, so the same edition gives the same bytes; "=-" cannot occur in quoted-printable parts.
  g_mime_multipart_set_boundary(alternative.object, "=-enindgang-newsletter");
  Ref<GMimeTextPart> text(TextPart("plain", edition.text));
  Ref<GMimeTextPart> html(TextPart("html", edition.html));
  // Plain first: a program shows the last part it can (RFC 2046 5.1.4).
  g_mime_multipart_add(alternative.object, GMIME_OBJECT(text.object));
  g_mime_multipart_add(alternative.object, GMIME_OBJECT(html.object));
  g_mime_message_set_mime_part(message.object, GMIME_OBJECT(alternative.object));

  Ref<GMimeStream> stream(g_mime_stream_mem_new());
  g_mime_object_write_to_stream(GMIME_OBJECT(message.object), nullptr, stream.object);
  GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.object));
  return std::string(reinterpret_cast<const char*>(bytes->data), bytes->len);
}

bool WriteNewsletter(const std::filesystem::path& eml, const NewsletterEdition& edition,
                     const MessageEnvelope& envelope, Diagnostics& diagnostics) {
  std::filesystem::path preview = eml;
  preview.replace_extension(".html");
  return WriteReplacing(eml, NewsletterMessage(edition, envelope), diagnostics) &&
         WriteReplacing(preview, edition.html, diagnostics);
}

}  // namespace enindgang
