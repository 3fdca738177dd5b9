#pragma once
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace enindgang::links {

// How every request of one run is made. A person testing a staging copy, and
// every test, needs connect_to and ca_file; nothing else reaches the network.
struct ClientOptions {
  std::string user_agent;                    // "enindgang-links/0.1 (+https://…)"
  std::vector<std::string> connect_to;       // curl's HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT
  std::string ca_file;                       // PEM bundle to trust instead of the system's
  std::chrono::milliseconds timeout{15000};  // per request, connect to last byte
  std::chrono::milliseconds connect_timeout{5000};
  int max_connections = 16;                 // in all
  int max_per_host = 4;                     // at once, to one host name
  size_t max_body_bytes = 2 * 1024 * 1024;  // a body is read this far, then cut off
};

enum class Method { kHead, kGet };

struct Request {
  std::string url;
  Method method = Method::kGet;
  bool keep_body = false;  // GET only: keep up to max_body_bytes of the body
};

struct Response {
  std::string url;         // as requested
  long status = 0;         // 0 when no response arrived
  int curl_code = 0;       // CURLcode; 0 = CURLE_OK
  std::string curl_error;  // curl's error buffer, when curl_code != 0
  std::string location;    // the redirect target, absolute (CURLINFO_REDIRECT_URL)
  std::string content_type;
  std::string body;       // at most max_body_bytes; only when keep_body
  bool body_cut = false;  // the body was longer than max_body_bytes
  std::string primary_ip;
  double seconds = 0;  // CURLINFO_TOTAL_TIME
};

// Runs requests concurrently with libcurl's multi interface: at most
// max_connections at once and max_per_host to one host name; never follows
// redirects itself (the caller records each step). `on_done` runs on the
// calling thread as each response arrives and may Add() more requests.
class Client {
 public:
  explicit Client(ClientOptions options);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  using Callback = std::function<void(const Response&)>;
  void Add(Request request, Callback on_done);
  // Until every request, including those added by callbacks, is done.
  void Run();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// An absolute URL for `reference` read on the page at `base` (curl's URL API,
// RFC 3986); empty when it is not an http(s) URL.
std::string ResolveUrl(const std::string& base, const std::string& reference);
// The host name of an absolute URL, lower-case; empty when there is none.
std::string HostOf(const std::string& url);

}  // namespace enindgang::links
