#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cli/build_command.h"

#include "cli/stream_slots.h"

namespace enindgang {

class BoundedServer;
class FileWatcher;
class IncrementalBuild;
class ServedSite;

struct ServeRequest {
  BuildRequest build;  // build.out and build.write are ignored: serve writes nothing
  std::string host = "127.0.0.1";
  int port = 1313;  // 0: any free port (see PreviewServer::port())
};

// `enindgang serve` without the signals: builds the site in memory, serves
// it over HTTP, rebuilds it whenever a source file changes and tells the
// open pages to reload. An edit to page bodies renders only their pages
// again (IncrementalBuild); anything else rebuilds the whole site. While the
// latest build has errors, pages show them.
class PreviewServer {
 public:
  // Progress ("rebuilt in 412 ms (content/da/ord.md)") goes to `out`, problems to `err`;
  // both are written from the watching thread once Start() has returned.
  PreviewServer(ServeRequest request, std::ostream& out, std::ostream& err);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Watches, builds, binds and serves on background threads. False when the
  // port cannot be bound or inotify is unavailable (the reason is in `err`).
  bool Start();
  // Stops serving and watching; returns when every thread has finished.
  void Stop();

  int port() const { return port_; }
  // Counts finished builds, successful or not: the first build is generation 1.
  uint64_t generation() const;
  // Waits until a build after generation `after` has finished. False on timeout.
  bool WaitForGeneration(uint64_t after, std::chrono::milliseconds timeout = std::chrono::seconds(10));

 private:
  struct Snapshot;  // what is served now: the last good site, the error page, the generation

  void Rebuild(const std::vector<std::string>& changed);
  // Prints what the build found and how long it took, then publishes the site or the error page.
  void Finish(const Diagnostics& diagnostics, std::shared_ptr<const ServedSite> site,
              std::chrono::steady_clock::time_point started, const std::vector<std::string>& changed,
              const std::string& how);
  void Publish(std::shared_ptr<const ServedSite> site, std::shared_ptr<const std::string> error_page);
  std::shared_ptr<const Snapshot> Current() const;
  void Route();
  void WatchLoop();
  // Server-Sent Events: blocks until the generation differs from `seen`, a heartbeat is due, the
  // stream has lost its slot or the server stops (then returns false).
  bool NextEvent(uint64_t ticket, uint64_t& seen, std::string& event);

  ServeRequest request_;
  std::ostream& out_;
  std::ostream& err_;
  int port_ = 0;
  std::string instance_;  // tells a reconnecting page that the server was restarted
  std::unique_ptr<BoundedServer> server_;
  std::unique_ptr<FileWatcher> watcher_;
  std::unique_ptr<IncrementalBuild> incremental_;  // the last good build; only the watching thread uses it
  // The newsletter's edition of the last good build, at /_newsletter/. Only the
  // keys of full rebuilds (title, description, date, activity times) go into it.
  std::shared_ptr<const std::string> newsletter_;
  std::thread listen_thread_, watch_thread_;
  std::atomic<bool> listen_returned_ = false;  // listening failed or ended

  mutable std::mutex mutex_;
  std::condition_variable changed_;  // the generation moved on, or stopping_
  std::shared_ptr<const Snapshot> snapshot_;
  StreamSlots streams_;  // the open event streams
  bool stopping_ = false;
};

}  // namespace enindgang
