#include "cli/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <ostream>

#include "cli/loopback.h"

namespace enindgang {
namespace {

sigset_t StopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

}  // namespace

int RunServe(const ServeRequest& request, std::ostream& out, std::ostream& err) {
  // Blocked before any thread starts, so that every thread inherits the mask
  // and Ctrl+C arrives here, in sigwait, instead of killing a worker.
  sigset_t signals = StopSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  PreviewServer server(request, out, err);
  if (!server.Start()) {
    pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
    return kExitUsage;
  }
  out << "Serving " << request.build.source.string() << " at http://" << UrlHost(request.host) << ":" << server.port()
      << "/ — edit a file and the open pages reload; Ctrl+C stops" << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  // A second Ctrl+C while stopping ends the program the usual way.
  pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
  out << "Stopping" << std::endl;
  server.Stop();
  return kExitOk;
}

}  // namespace enindgang
