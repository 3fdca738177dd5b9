#include "cli/bounded_server.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "cli/request_head.h"

namespace enindgang {
namespace {

using Clock = std::chrono::steady_clock;

// httplib's view of one request: reads come from the head already read, writes go to the socket
// until the deadline.
class HeadStream final : public httplib::Stream {
 public:
  HeadStream(int socket, std::string head) : socket_(socket), head_(std::move(head)) {}

  void set_deadline(Clock::time_point deadline) { deadline_ = deadline; }

  bool is_readable() const override { return read_ < head_.size(); }
  bool is_writable() const override {
    pollfd writable{socket_, POLLOUT, 0};
    return !Late() && poll(&writable, 1, 5000) > 0;
  }
  ssize_t read(char* ptr, size_t size) override {
    size = std::min(size, head_.size() - read_);  // then the end: no body is read
    head_.copy(ptr, size, read_);
    read_ += size;
    return static_cast<ssize_t>(size);
  }
  ssize_t write(const char* ptr, size_t size) override {
    // The socket's send timeout (httplib's write timeout) bounds each send; the deadline bounds them all.
    return Late() ? -1 : send(socket_, ptr, size, MSG_NOSIGNAL);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override { Describe(getpeername, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { Describe(getsockname, ip, port); }
  socket_t socket() const override { return socket_; }

 private:
  bool Late() const { return deadline_ != Clock::time_point() && Clock::now() > deadline_; }

  void Describe(int (*name_of)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    char host[NI_MAXHOST] = "", service[NI_MAXSERV] = "0";
    if (name_of(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
      getnameinfo(reinterpret_cast<sockaddr*>(&address), length, host, sizeof host, service, sizeof service,
                  NI_NUMERICHOST | NI_NUMERICSERV);
    ip = host;
    port = std::atoi(service);
  }

  int socket_;
  std::string head_;
  size_t read_ = 0;
  Clock::time_point deadline_;
};

// An answer without a body, for a head that could not be read (httplib never saw the request).
void Refuse(int socket, const char* status_line) {
  std::string answer = std::string("HTTP/1.1 ") + status_line + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
  send(socket, answer.data(), answer.size(), MSG_NOSIGNAL);
}

}  // namespace

int BoundedServer::Bind(const std::string& host, int port) {
  int bound = port == 0 ? bind_to_any_port(host) : (bind_to_port(host, port) ? port : -1);
  if (bound >= 0) ::listen(svr_sock_, SOMAXCONN);  // on a listening socket, changes only the backlog
  return bound;
}

bool BoundedServer::process_and_close_socket(socket_t sock) {
  std::string head;
  HeadLimits limits{limits_.max_head_bytes, Clock::now() + limits_.head_time,
                    [this] { return svr_sock_ == INVALID_SOCKET; }};  // stop() closes the listening socket
  switch (ReadRequestHead(sock, limits, head)) {
    case HeadRead::kComplete: {
      HeadStream stream(sock, WithoutRange(std::move(head)));
      bool connection_closed = true;
      process_request(stream, /*close_connection=*/true, connection_closed, [&](httplib::Request& req) {
        if (req.path != limits_.long_lived_path) stream.set_deadline(Clock::now() + limits_.answer_time);
      });
      break;
    }
    case HeadRead::kTooLarge:
      Refuse(sock, "431 Request Header Fields Too Large");
      break;
    case HeadRead::kTooSlow:
      if (!head.empty()) Refuse(sock, "408 Request Timeout");  // an unused connection is just closed
      break;
    case HeadRead::kClosed:
      break;
  }
  shutdown(sock, SHUT_RDWR);
  close(sock);
  return true;
}

}  // namespace enindgang
