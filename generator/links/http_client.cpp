#include "links/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <mutex>

namespace enindgang::links {
namespace {

// curl_global_init is not thread-safe before 7.84 and must run once.
void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// One request in flight: what was asked, where the answer goes, and the
// buffers curl writes into while it runs.
struct Transfer {
  Request request;
  Client::Callback on_done;
  Response response;
  std::string host;
  size_t max_body = 0;
  size_t received = 0;  // body bytes so far, kept or not
  char error[CURL_ERROR_SIZE] = {};
};

// Reads at most max_body bytes, kept or not (a 10 MB page costs no more than
// 2 MB); past that, returning less than given makes curl stop with
// CURLE_WRITE_ERROR, which Finish() turns back into success.
size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  size_t bytes = size * count;
  size_t room = transfer->max_body - std::min(transfer->max_body, transfer->received);
  size_t taken = std::min(bytes, room);
  if (transfer->request.keep_body) transfer->response.body.append(data, taken);
  transfer->received += taken;
  if (bytes > room) {
    transfer->response.body_cut = true;
    return 0;
  }
  return bytes;
}

std::string InfoString(CURL* easy, CURLINFO info) {
  char* value = nullptr;
  curl_easy_getinfo(easy, info, &value);
  return value ? value : "";
}

}  // namespace

struct Client::Impl {
  ClientOptions options;
  CURLM* multi = nullptr;
  curl_slist* connect_to = nullptr;
  // Waiting for a slot: held here, not in curl's own queue, so that a
  // request's timeout starts when it is really sent.
  std::deque<std::unique_ptr<Transfer>> waiting;
  std::map<CURL*, std::unique_ptr<Transfer>> running;
  std::map<std::string, int> running_per_host;

  bool HasRoomFor(const std::string& host) const {
    if (static_cast<int>(running.size()) >= options.max_connections) return false;
    auto found = running_per_host.find(host);
    return found == running_per_host.end() || found->second < options.max_per_host;
  }

  void StartWaiting() {
    for (auto it = waiting.begin(); it != waiting.end();) {
      if (static_cast<int>(running.size()) >= options.max_connections) return;
      if (!HasRoomFor((*it)->host)) {
        ++it;
        continue;
      }
      Start(std::move(*it));
      it = waiting.erase(it);
    }
  }

  void Start(std::unique_ptr<Transfer> transfer) {
    CURL* easy = curl_easy_init();
    Configure(easy, *transfer);
    running_per_host[transfer->host]++;
    running.emplace(easy, std::move(transfer));
    curl_multi_add_handle(multi, easy);
  }

  void Configure(CURL* easy, Transfer& transfer) {
    curl_easy_setopt(easy, CURLOPT_URL, transfer.request.url.c_str());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout.count()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout.count()));
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");  // any encoding curl can decode
    if (connect_to) curl_easy_setopt(easy, CURLOPT_CONNECT_TO, connect_to);
    if (!options.ca_file.empty()) curl_easy_setopt(easy, CURLOPT_CAINFO, options.ca_file.c_str());
    if (transfer.request.method == Method::kHead) curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer.error);
  }

  std::unique_ptr<Transfer> Finish(CURL* easy, CURLcode code) {
    auto node = running.extract(easy);
    std::unique_ptr<Transfer> transfer = std::move(node.mapped());
    Response& response = transfer->response;
    if (code == CURLE_WRITE_ERROR && response.body_cut) code = CURLE_OK;  // cut on purpose
    response.curl_code = code;
    if (code != CURLE_OK) response.curl_error = transfer->error[0] ? transfer->error : curl_easy_strerror(code);
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response.status);
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME, &response.seconds);
    response.location = InfoString(easy, CURLINFO_REDIRECT_URL);
    response.content_type = InfoString(easy, CURLINFO_CONTENT_TYPE);
    response.primary_ip = InfoString(easy, CURLINFO_PRIMARY_IP);
    curl_multi_remove_handle(multi, easy);
    curl_easy_cleanup(easy);
    if (--running_per_host[transfer->host] == 0) running_per_host.erase(transfer->host);
    return transfer;
  }

  // Callbacks run after the transfer left the maps, so they may Add() freely.
  void CollectDone() {
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
      if (message->msg != CURLMSG_DONE) continue;
      auto transfer = Finish(message->easy_handle, message->data.result);
      if (transfer->on_done) transfer->on_done(transfer->response);
    }
  }
};

Client::Client(ClientOptions options) : impl_(std::make_unique<Impl>()) {
  InitCurlOnce();
  impl_->options = std::move(options);
  impl_->options.max_connections = std::max(1, impl_->options.max_connections);
  impl_->options.max_per_host = std::max(1, impl_->options.max_per_host);
  impl_->multi = curl_multi_init();
  // The limits are kept by our own queue (HasRoomFor), not by curl's
  // CURLMOPT_MAX_HOST_CONNECTIONS: with CURLOPT_CONNECT_TO, libcurl 7.88 counts
  // that limit per address connected to and, for a transfer it had parked,
  // later failed with "Failed to resolve host '(nil)'".
  for (const std::string& entry : impl_->options.connect_to) {
    impl_->connect_to = curl_slist_append(impl_->connect_to, entry.c_str());
  }
}

Client::~Client() {
  for (auto& [easy, transfer] : impl_->running) {
    curl_multi_remove_handle(impl_->multi, easy);
    curl_easy_cleanup(easy);
  }
  curl_multi_cleanup(impl_->multi);
  curl_slist_free_all(impl_->connect_to);
}

void Client::Add(Request request, Callback on_done) {
  auto transfer = std::make_unique<Transfer>();
  transfer->host = HostOf(request.url);
  transfer->response.url = request.url;
  transfer->request = std::move(request);
  transfer->on_done = std::move(on_done);
  transfer->max_body = impl_->options.max_body_bytes;
  impl_->waiting.push_back(std::move(transfer));
}

void Client::Run() {
  while (!impl_->waiting.empty() || !impl_->running.empty()) {
    impl_->StartWaiting();
    int still_running = 0;
    curl_multi_perform(impl_->multi, &still_running);
    impl_->CollectDone();
    if (still_running > 0) curl_multi_poll(impl_->multi, nullptr, 0, 1000, nullptr);
  }
}

std::string ResolveUrl(const std::string& base, const std::string& reference) {
  CURLU* url = curl_url();
  bool ok = true;
  if (!base.empty()) ok = curl_url_set(url, CURLUPART_URL, base.c_str(), 0) == CURLUE_OK;
  ok = ok && curl_url_set(url, CURLUPART_URL, reference.c_str(), 0) == CURLUE_OK;
  std::string result;
  char* scheme = nullptr;
  char* full = nullptr;
  if (ok && curl_url_get(url, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK) {
    std::string name = Lower(scheme);
    if ((name == "http" || name == "https") && curl_url_get(url, CURLUPART_URL, &full, 0) == CURLUE_OK) result = full;
  }
  curl_free(scheme);
  curl_free(full);
  curl_url_cleanup(url);
  return result;
}

std::string HostOf(const std::string& url) {
  CURLU* parsed = curl_url();
  std::string host;
  char* part = nullptr;
  if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
      curl_url_get(parsed, CURLUPART_HOST, &part, 0) == CURLUE_OK) {
    host = Lower(part);
  }
  curl_free(part);
  curl_url_cleanup(parsed);
  return host;
}

}  // namespace enindgang::links
