#pragma once
#include <chrono>
#include <functional>
#include <string>

namespace enindgang {

// What `serve` reads of a request: the request line and the headers, up to the blank line. Read
// here rather than by httplib, whose reader (0.11.4, Debian 12) keeps any line however long and any
// number of headers, and waits for each byte anew however slowly they come.
enum class HeadRead { kComplete, kTooLarge, kTooSlow, kClosed };

struct HeadLimits {
  size_t max_bytes;
  std::chrono::steady_clock::time_point deadline;  // for the whole head, not for each byte
  std::function<bool()> stopping;                  // checked every 100 ms while waiting
};

// Fills `head` with the bytes up to and with the blank line ("\r\n\r\n"); the bytes after it are
// read from the socket and dropped (serve reads no request bodies).
HeadRead ReadRequestHead(int socket, const HeadLimits& limits, std::string& head);

// `head` without its Range headers: the preview sends whole files, as RFC 9110 allows. httplib
// would answer thousands of overlapping ranges in a 3 KB header with a copy of the file for each,
// and a single range with status 200 when the handler has set it (0.11.4).
std::string WithoutRange(std::string head);

}  // namespace enindgang
