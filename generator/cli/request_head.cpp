#include "cli/request_head.h"

#include <poll.h>
#include <strings.h>
#include <sys/socket.h>

#include <algorithm>

namespace enindgang {
namespace {

constexpr std::string_view kEnd = "\r\n\r\n";
constexpr auto kStopCheck = std::chrono::milliseconds(100);

// Waits until `socket` can be read; false at the deadline or when stopping.
bool WaitReadable(int socket, const HeadLimits& limits) {
  for (;;) {
    if (limits.stopping && limits.stopping()) return false;
    auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(limits.deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd readable{socket, POLLIN, 0};
    int ready = poll(&readable, 1, static_cast<int>(std::min(left, kStopCheck).count()));
    if (ready != 0) return ready > 0;
  }
}

}  // namespace

HeadRead ReadRequestHead(int socket, const HeadLimits& limits, std::string& head) {
  head.clear();
  char buffer[4096];
  while (head.size() < limits.max_bytes) {
    if (!WaitReadable(socket, limits))
      return limits.stopping && limits.stopping() ? HeadRead::kClosed : HeadRead::kTooSlow;
    auto n = recv(socket, buffer, std::min(sizeof buffer, limits.max_bytes - head.size()), 0);
    if (n <= 0) return HeadRead::kClosed;
    size_t searched = head.size() < kEnd.size() ? 0 : head.size() - (kEnd.size() - 1);
    head.append(buffer, static_cast<size_t>(n));
    if (auto end = head.find(kEnd, searched); end != std::string::npos) {
      head.resize(end + kEnd.size());
      return HeadRead::kComplete;
    }
  }
  return HeadRead::kTooLarge;
}

std::string WithoutRange(std::string head) {
  for (size_t line = head.find("\r\n"); line != std::string::npos && line + 2 < head.size();) {
    size_t start = line + 2;
    size_t end = head.find("\r\n", start);
    if (end == std::string::npos) break;
    if (end - start >= 6 && strncasecmp(head.c_str() + start, "range:", 6) == 0) {
      head.erase(start, end + 2 - start);
      line = start - 2;
    } else {
      line = end;
    }
  }
  return head;
}

}  // namespace enindgang
