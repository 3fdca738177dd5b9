#include "base/diagnostics.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("a diagnostic formats as path:line:col: error: message — hint") {
  // Field by field: from the nested braces GCC 12 at -O3 wrongly warns -Wmaybe-uninitialized (where.path).
  Diagnostic d;
  d.where = {"content/da/index.md", 4, 7};
  d.message = "image has no alt text";
  d.hint = "describe the image in [ ]";
  CHECK(d.Format() == "content/da/index.md:4:7: error: image has no alt text — describe the image in [ ]");
}

TEST_CASE("a diagnostic without a line names only the file") {
  Diagnostic d{Severity::kWarning, {"site.yaml", 0, 0}, "no languages", ""};
  CHECK(d.Format() == "site.yaml: warning: no languages");
}

TEST_CASE("diagnostics come out sorted by file, line and column, duplicates once") {
  Diagnostics all;
  all.Error({"b.md", 1, 1}, "x");
  all.Error({"a.md", 9, 1}, "y");
  all.Error({"a.md", 2, 5}, "z");
  all.Error({"a.md", 2, 5}, "z");
  all.Warning({"a.md", 1, 1}, "w");
  auto sorted = all.Sorted();
  REQUIRE(sorted.size() == 4);
  CHECK(sorted[0].where.line == 1);
  CHECK(sorted[1].message == "z");
  CHECK(sorted[2].message == "y");
  CHECK(sorted[3].where.path == "b.md");
  CHECK(all.ErrorCount() == 3);  // counted as shown: the duplicate once
  CHECK(all.SortedOf(Severity::kWarning).size() == 1);
}

TEST_CASE("a scoped list judges its step by its own problems and hands them on") {
  Diagnostics all;
  all.Error({"other.md", 1, 1}, "found by another thread");
  {
    ScopedDiagnostics mine(all);
    CHECK_FALSE(mine.HasErrors());
    mine.Warning({"mine.md", 2, 1}, "w");
    CHECK(all.SortedOf(Severity::kWarning).empty());  // handed on when the step returns
  }
  CHECK(all.SortedOf(Severity::kWarning).size() == 1);
  CHECK(all.ErrorCount() == 1);
}
