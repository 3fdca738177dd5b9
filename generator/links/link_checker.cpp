#include "links/link_checker.h"

#include <map>
#include <memory>
#include <set>

#include "links/link_class.h"
#include "links/page_text.h"
#include "links/robots_txt.h"

namespace enindgang::links {
namespace {

// robots.txt of one origin: fetched once, the targets that wait for it queued.
struct RobotsEntry {
  bool fetched = false;
  RobotsRules rules;
  std::vector<std::function<void()>> waiting;
};

class Checker {
 public:
  Checker(const std::vector<LinkTarget>& targets, const CheckerOptions& options)
      : targets_(targets),
        options_(options),
        client_(options.client),
        results_(targets.size()),
        traces_(targets.size()),
        seen_(targets.size()) {}

  std::vector<LinkResult> Run() {
    for (size_t i = 0; i < targets_.size(); ++i) {
      traces_[i].column = targets_[i].column;
      traces_[i].url = targets_[i].url;
      traces_[i].slow_seconds = options_.slow_seconds;
      traces_[i].timeout_seconds = options_.client.timeout.count() / 1000.0;
      seen_[i].insert(targets_[i].url);
      Visit(i, targets_[i].url);
    }
    client_.Run();
    return std::move(results_);
  }

 private:
  // Requests `url` for target `i` once robots.txt of its origin allows it.
  void Visit(size_t i, const std::string& url) {
    std::string robots_url = ResolveUrl(url, "/robots.txt");
    if (robots_url.empty()) {  // not an http(s) URL curl can read: let curl say why
      Request(i, url, FirstMethod(i));
      return;
    }
    RobotsEntry& entry = robots_[robots_url];
    auto go = [this, i, url, robots_url] {
      if (!RobotsAllows(robots_[robots_url].rules, RobotsPathOf(url))) {
        traces_[i].stop = TraceStop::kRobotsDisallow;
        traces_[i].stopped_at = url;
        Finish(i);
        return;
      }
      Request(i, url, FirstMethod(i));
    };
    if (entry.fetched) return go();
    entry.waiting.push_back(go);
    if (entry.waiting.size() > 1) return;  // already asked for
    FetchRobots(robots_url, robots_url, 0);
  }

  // RFC 9309 §2.3.1.2: a robots.txt that redirects is followed up to 5 times.
  // Only one that is there counts; a missing or failing one allows everything,
  // so the page's own error is what the report shows.
  void FetchRobots(const std::string& key, const std::string& url, int hops) {
    client_.Add({url, Method::kGet, true}, [this, key, hops](const Response& response) {
      bool redirect = response.curl_code == 0 && response.status >= 300 && response.status < 400;
      if (redirect && !response.location.empty() && hops < 5) return FetchRobots(key, response.location, hops + 1);
      RobotsEntry& done = robots_[key];
      done.fetched = true;
      if (response.curl_code == 0 && response.status >= 200 && response.status < 300) {
        done.rules = ParseRobotsTxt(response.body, options_.robots_agent);
      }
      auto waiting = std::move(done.waiting);
      for (auto& resume : waiting) resume();
    });
  }

  // An Én indgang page is read, to see that it still speaks to children;
  // the other addresses need only answer.
  Method FirstMethod(size_t i) const { return targets_[i].column == "enindgang_url" ? Method::kGet : Method::kHead; }

  void Request(size_t i, const std::string& url, Method method) {
    bool keep_body = targets_[i].column == "enindgang_url";
    client_.Add({url, method, keep_body},
                [this, i, url, method](const Response& response) { OnResponse(i, url, method, response); });
  }

  void OnResponse(size_t i, const std::string& url, Method method, const Response& response) {
    LinkTrace& trace = traces_[i];
    trace.seconds += response.seconds;
    bool refused = response.status == 400 || response.status == 403 || response.status == 405 || response.status == 501;
    if (method == Method::kHead && response.curl_code == 0 && refused) {
      trace.head_refused = true;
      return Request(i, url, Method::kGet);
    }
    trace.last = response;
    bool redirect =
        response.curl_code == 0 && response.status >= 300 && response.status < 400 && !response.location.empty();
    if (!redirect) {
      if (trace.column == "enindgang_url" && response.curl_code == 0 && response.status >= 200 &&
          response.status < 300) {
        trace.mentions_children = MentionsChildren(response.body);
      }
      return Finish(i);
    }
    const std::string& next = response.location;
    if (!seen_[i].insert(next).second) {
      trace.stop = TraceStop::kRedirectLoop;
      trace.stopped_at = next;
      trace.redirects.push_back(next);
      return Finish(i);
    }
    if (static_cast<int>(trace.redirects.size()) >= options_.max_redirects) {
      trace.stop = TraceStop::kTooManyRedirects;
      return Finish(i);
    }
    trace.redirects.push_back(next);
    Visit(i, next);
  }

  void Finish(size_t i) {
    const LinkTrace& trace = traces_[i];
    LinkVerdict verdict = Classify(trace);
    LinkResult& result = results_[i];
    result.municipality_code = targets_[i].municipality_code;
    result.column = targets_[i].column;
    result.url = targets_[i].url;
    result.where = targets_[i].where;
    result.link_class = verdict.link_class;
    result.reason = verdict.reason;
    result.redirects = trace.redirects;
    result.final_url = trace.redirects.empty() ? trace.url : trace.redirects.back();
    result.seconds = trace.seconds;
    if (trace.last) {
      result.http_status = trace.last->status;
      result.primary_ip = trace.last->primary_ip;
    }
    ++done_;
    if (options_.on_progress) options_.on_progress(done_, targets_.size());
  }

  const std::vector<LinkTarget>& targets_;
  const CheckerOptions& options_;
  Client client_;
  std::vector<LinkResult> results_;
  std::vector<LinkTrace> traces_;
  std::vector<std::set<std::string>> seen_;
  std::map<std::string, RobotsEntry> robots_;
  size_t done_ = 0;
};

}  // namespace

std::vector<LinkResult> CheckLinks(const std::vector<LinkTarget>& targets, const CheckerOptions& options) {
  Checker checker(targets, options);
  return checker.Run();
}

}  // namespace enindgang::links
