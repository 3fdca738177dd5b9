#pragma once
#include <httplib.h>

#include <chrono>
#include <string>

namespace enindgang {

// An httplib server that no handful of slow, idle or oversized requests can take over: each
// connection carries one request, whose head must arrive whole within `head_time` and
// `max_head_bytes`, and whose answer must be written within `answer_time` (except on
// `long_lived_path`, the event streams, which the caller bounds). Range headers are dropped: whole
// files only. What httplib 0.11.4 offers for this (read timeouts per byte, keep-alive
// counts, a payload limit) bounds none of it.
class BoundedServer : public httplib::Server {
 public:
  struct Limits {
    size_t max_head_bytes = 32 * 1024;
    // A browser sends its request at once; this only ends connections that never finish one.
    std::chrono::milliseconds head_time = std::chrono::seconds(2);
    std::chrono::milliseconds answer_time = std::chrono::seconds(10);
    std::string long_lived_path;
  };

  explicit BoundedServer(Limits limits) : limits_(std::move(limits)) {}

  // Binds to `port` (0: any free port) and returns it, or -1. httplib listens with a backlog of 5
  // connections: more at once (a page and its assets, or a burst) had their SYNs dropped and waited
  // a second or more to connect; the kernel's maximum is asked for instead.
  int Bind(const std::string& host, int port);

 private:
  bool process_and_close_socket(socket_t sock) override;

  Limits limits_;
};

}  // namespace enindgang
