// Pieces several reporters share: finding a document's source, the
// compiler-style block for one finding (text and JUnit), counts and the
// summary line. Internal to factlint_report.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "checker/report/report.h"

namespace factlint::report {

// The SourceText for `path` among run.sources, or nullptr.
const SourceText* FindSource(const RunReport& run, std::string_view path);

// "path:line:col" — or "path" when the line is unknown, or "" for a fact.
std::string LocationPrefix(const Location& location);

// The text format's block for one finding: the diagnostic line, the source
// excerpt, and a note line (with its excerpt) per related location.
std::string FindingBlock(const RunReport& run, const Finding& finding, bool color);

struct SeverityCounts {
  int error = 0;
  int warning = 0;
  int info = 0;
  int total() const { return error + warning + info; }
};
SeverityCounts CountSeverities(const RunReport& run);

// "3 findings (1 error, 2 warnings) in 5 documents" / "no findings in 5 documents".
std::string SummaryLine(const RunReport& run);

// "1 error", "2 warnings": `count` and the word, plural when count != 1.
std::string Counted(int count, std::string_view singular, std::string_view plural);

// SARIF and the HTML legend speak of "note" for info.
const char* SarifLevel(Severity severity);  // "error" | "warning" | "note"

}  // namespace factlint::report
