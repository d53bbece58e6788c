// What a run of `factlint check` hands to the reporters, and the reporter
// interface. Reporters only format: the engine has already decided every
// finding, its order and its severity.
//
//   report::RunReport run = ...;                      // from engine::RunCheck
//   auto reporter = report::MakeReporter("sarif");    // nullptr: unknown format
//   std::string out = reporter->Render(run);          // whole output, then written at once
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
  std::string id;                   // JSON Lines record id, else empty
  std::string title;
  std::optional<Date> published;
  Role role = Role::kDraft;
  int claims = 0;
};

// A rule or check that can produce findings (for SARIF's tool.driver.rules,
// `rules list`, and the HTML legend).
struct RuleInfo {
  std::string id;                 // kebab-case
  std::string short_description;  // one line
  std::string full_description;
  std::string help_uri;           // may be empty
  Severity default_severity = Severity::kError;
};

// A claim as the HTML report's timelines show it.
struct ClaimView {
  Location location;
  std::string subject;
  std::string attribute;
  std::string rule;
  std::string value_text;         // as written
  std::string normalized;         // "born 1973-01-30…1974-01-29", "118 days", ...
  std::optional<DateRange> range; // on the timeline, when it is a time value
  std::optional<Date> published;
  bool quoted = false;
};

struct RunReport {
  std::string tool_name = "factlint";
  std::string tool_version;
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
std::unique_ptr<Reporter> MakeReporter(std::string_view format);
// The names MakeReporter accepts, for error messages.
const std::vector<std::string>& FormatNames();

}  // namespace factlint::report
