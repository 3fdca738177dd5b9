// BoundedServer with short limits, on a free port of 127.0.0.1, driven by raw sockets.
#include "cli/bounded_server.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <thread>

using namespace enindgang;
using Clock = std::chrono::steady_clock;

namespace {

// A server whose "/big" answer is 16 MB, more than the sockets' buffers hold.
struct Running {
  explicit Running(BoundedServer::Limits limits) : server(std::move(limits)) {
    server.set_write_timeout(1, 0);  // each send; the answer's deadline bounds them all
    server.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(16 << 20, 'x'), "application/octet-stream");
    });
    port = server.Bind("127.0.0.1", 0);
    REQUIRE(port > 0);
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~Running() {
    server.stop();
    thread.join();
  }
  BoundedServer server;
  int port = 0;
  std::thread thread;
};

// Connects with a small receive buffer, so that a slow reader is slow at once.
int Connect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  int small = 4096;
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  timeval five_seconds{5, 0};  // a server that does not close must not hang the test
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &five_seconds, sizeof five_seconds);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  return fd;
}

// Reads a kilobyte every 20 ms for `slowly`, then everything until the server closes; the bytes.
size_t ReadSlowlyThenAll(int fd, Clock::duration slowly) {
  auto started = Clock::now();
  size_t total = 0;
  char buffer[64 * 1024];
  for (;;) {
    bool slow = Clock::now() - started < slowly;
    auto n = recv(fd, buffer, slow ? 1024 : sizeof buffer, 0);
    if (n <= 0) return total;  // closed (or 5 s without a byte)
    total += static_cast<size_t>(n);
    if (slow) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace

TEST_CASE("an answer read too slowly is cut off at its deadline") {
  Running running({.answer_time = std::chrono::milliseconds(300), .long_lived_path = ""});
  int fd = Connect(running.port);
  std::string request = "GET /big HTTP/1.1\r\nHost: x\r\n\r\n";
  REQUIRE(send(fd, request.data(), request.size(), 0) == ssize_t(request.size()));
  // The server gave up after 300 ms (and at most one send's timeout): what it had sent by then is
  // all there is.
  CHECK(ReadSlowlyThenAll(fd, std::chrono::seconds(2)) < (16u << 20));
  close(fd);
}

TEST_CASE("a request head that comes too slowly is answered 408 and an unused connection is closed") {
  Running running({.head_time = std::chrono::milliseconds(200), .long_lived_path = ""});
  int slow = Connect(running.port);
  std::string part = "GET /big HTTP/1.1\r\n";
  REQUIRE(send(slow, part.data(), part.size(), 0) == ssize_t(part.size()));
  int idle = Connect(running.port);
  char buffer[256] = {};
  auto started = Clock::now();
  auto n = recv(slow, buffer, sizeof buffer - 1, 0);
  CHECK(std::string(buffer, n > 0 ? n : 0).starts_with("HTTP/1.1 408 "));
  CHECK(recv(idle, buffer, sizeof buffer, 0) == 0);
  CHECK(Clock::now() - started < std::chrono::seconds(3));
  close(slow);
  close(idle);
}
