// What a run of `factlint check` hands to the reporters, and the reporter
// interface. Reporters only format: the engine has already decided every
// finding, its order and its severity.
//
//   report::RunReport run = ...;                      // from engine::RunCheck
//   auto reporter = report::MakeReporter("sarif");    // nullptr: unknown format
//   std::string out = reporter->Render(run, {});      // whole output, then written at once
//
// The formats (docs/reports.md has an example of each):
//   text    path:line:col: severity: message [rule], the source line and a caret
//           line under the span, one `note:` per related location, a summary
//   json    the contract in docs/DESIGN.md, pretty-printed, stable key order
//   sarif   SARIF 2.1.0 (columnKind unicodeCodePoints), for code-scanning UIs
//   github  GitHub Actions workflow commands (::error file=...::message)
//   junit   JUnit XML: one test case per document, one failure per finding
//   html    one self-contained page for editors: findings side by side and a
//           timeline per subject; no network, strict Content-Security-Policy
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/date.h"
#include "checker/core/document.h"
#include "checker/core/finding.h"

namespace factlint::report {

struct DocumentSummary {
  std::string path;
  std::string id;  // JSON Lines record id, else empty
  std::string title;
  std::optional<Date> published;
  Role role = Role::kDraft;
  int claims = 0;
  // The file lines the document's text spans (a JSON Lines record: its own
  // line), to tell which record of a file a finding is on. Not in the JSON
  // report.
  int first_line = 0;
  int last_line = 0;
};

// A rule or check that can produce findings (for SARIF's tool.driver.rules,
// `rules list`, and the HTML legend).
struct RuleInfo {
  std::string id;                 // kebab-case
  std::string short_description;  // one line
  std::string full_description;
  std::string help_uri;  // may be empty
  Severity default_severity = Severity::kError;
};

// A claim as the HTML report's timelines show it.
struct ClaimView {
  Location location;
  std::string subject;
  std::string attribute;
  std::string rule;
  std::string value_text;          // as written
  std::string normalized;          // "born 1973-01-30…1974-01-29", "118 days", ...
  std::optional<DateRange> range;  // on the timeline, when it is a time value
  std::optional<Date> published;
  bool quoted = false;
};

struct RunReport {
  std::string tool_name = "factlint";
  std::string tool_version;
  // SARIF's tool.driver.informationUri: where a reader learns about the tool.
  std::string tool_information_uri = "https://github.com/factlint/factlint";
  Date as_of;
  std::vector<DocumentSummary> documents;
  std::vector<Finding> findings;  // in report order
  std::vector<RuleInfo> rules;    // every rule and check known to the run
  std::vector<ClaimView> claims;  // every claim, for timelines
  // Source lines for excerpts: path -> the file's SourceText.
  std::vector<std::shared_ptr<const SourceText>> sources;
};

struct RenderOptions {
  bool color = false;  // text: ANSI colours
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual std::string Render(const RunReport& run, const RenderOptions& options) const = 0;
};

// "text" | "json" | "sarif" | "html" | "github" | "junit"; nullptr otherwise.
// Every reporter is stateless and Render never throws: text that is not valid
// UTF-8 is rendered with U+FFFD in its place.
std::unique_ptr<Reporter> MakeReporter(std::string_view format);
// The names MakeReporter accepts, for error messages.
const std::vector<std::string>& FormatNames();

// Quotes the source like a compiler: line `location.line` of `source`, then a
// caret line under [column, end_column) — `^` on the first code point, `~` on
// the rest (to the line's end when the span runs onto later lines). Tabs in
// the source are kept in the caret line so it stays aligned in a terminal.
// Green caret when `color`. Empty when the line does not exist. Ends with "\n".
//
//   SourceText src("a.txt", "The actor, 50, said\n");
//   FormatSourceExcerpt(src, {"a.txt", 1, 12, 1, 14, "50"});
//   // "The actor, 50, said\n           ^~\n"
std::string FormatSourceExcerpt(const SourceText& source, const Location& location,
                                bool color = false);

}  // namespace factlint::report
