#include "build/stage_findings.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

std::vector<std::string> Messages(const std::vector<Diagnostic>& found) {
  std::vector<std::string> messages;
  for (const auto& d : found) messages.push_back(d.where.path + " " + d.message);
  return messages;
}

// A build that found a warning in a.md while loading and an error in b.md while checking.
StageFindings BuiltFindings() {
  Diagnostics found;
  found.Warning({"a.md", 1, 1}, "old warning");
  StageFindings findings;
  findings.Record(BuildStage::kLoad, found);
  findings.Record(BuildStage::kRender, found);
  found.Error({"b.md", 2, 1}, "broken link");
  findings.Record(BuildStage::kCheck, found);
  return findings;
}

}  // namespace

TEST_CASE("stage findings: each stage reports what had been found when it ended") {
  StageFindings findings = BuiltFindings();
  CHECK(Messages(findings.Through(BuildStage::kLoad)) == std::vector<std::string>{"a.md old warning"});
  CHECK(Messages(findings.Through(BuildStage::kCheck)) ==
        std::vector<std::string>{"a.md old warning", "b.md broken link"});
}

TEST_CASE("stage findings: a file read again loses what was found in it before") {
  Diagnostics parsed, rendered, checked;
  StageFindings now = BuiltFindings().Replacing({"a.md"}, {&parsed, &rendered, &checked});
  CHECK(now.Through(BuildStage::kLoad).empty());
  CHECK(Messages(now.Through(BuildStage::kCheck)) == std::vector<std::string>{"b.md broken link"});
}

TEST_CASE("stage findings: what a stage finds now counts from that stage on, not before") {
  Diagnostics parsed, rendered;
  parsed.Warning({"b.md", 1, 1}, "new warning");
  rendered.Error({"b.md", 3, 1}, "template error");
  StageFindings now = BuiltFindings().Replacing({"b.md"}, {&parsed, &rendered});
  CHECK(Messages(now.Through(BuildStage::kLoad)) == std::vector<std::string>{"a.md old warning", "b.md new warning"});
  CHECK(Messages(now.Through(BuildStage::kRender)) ==
        std::vector<std::string>{"a.md old warning", "b.md new warning", "b.md template error"});
  // The check of b.md did not run again: its old error is gone, the render error stays.
  CHECK(Messages(now.Through(BuildStage::kCheck)) ==
        std::vector<std::string>{"a.md old warning", "b.md new warning", "b.md template error"});
}
