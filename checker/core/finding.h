// Finding: one problem factlint reports, and the sink the engine pushes it to.
//
// A finding has one primary location — the claim to fix — and related
// locations: the other claims (and facts) that show why it cannot hold, each
// with a note giving its normalized value. Reporters (checker/report) only
// format findings; the engine never formats.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/core/date.h"
#include "checker/core/document.h"

namespace factlint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
const char* SeverityName(Severity severity);  // "info" | "warning" | "error"
std::optional<Severity> ParseSeverity(std::string_view name);

struct RelatedLocation {
  Location location;  // empty path for a fact from the fact base
  std::string note;   // "Adam Scott, 52 on 2024-06-01: born 1971-06-02…1972-06-01"
};

// An interval a finding's timeline shows (HTML report): one per claim or fact.
struct TimelineEntry {
  std::string label;  // "age 50 on 2024-01-29" or "fact: born 1973-04-03"
  DateRange range;
  bool is_fact = false;
  bool primary = false;  // the finding's own claim
  std::string where;     // "drafts/a.md:3", "fact base": where the reader finds it
  // A length (end − start) is drawn as this span of days, lightly, with
  // `range` the end (or start) it implies, so two lengths, or a length and
  // an end, show by how many days they disagree; unset for everything else.
  std::optional<DateRange> span;
  // Drawn for context only, never held against the finding's claim: the
  // day a later value was made public, beside a stale statement.
  bool annotation = false;
};

// A replacement that would make a finding's claim right: "51" for the "49"
// of "Maya Okafor, 49," when the fact base says she is 51. Given only when
// the right value is one value.
struct Fix {
  Location location;        // the text to replace
  std::string replacement;  // what to write instead
};

struct Finding {
  std::string rule;  // "age-contradiction"
  std::string kind;  // "contradiction" | "fact-contradiction" | "stale" | "internal" | ...
  Severity severity = Severity::kError;
  std::string subject;  // display name
  std::string attribute;
  std::string message;  // one line, lowercase start allowed, no final period
  Location location;
  std::vector<RelatedLocation> related;
  std::vector<TimelineEntry> timeline;
  std::optional<Fix> fix;  // text, SARIF and HTML show it; not in the JSON report
};

// The order of every report: by file, line, column, then rule and message
// (stable, so equal findings keep the order they were found in).
void SortFindings(std::vector<Finding>& findings);

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void OnFinding(Finding finding) = 0;
};

// Keeps every finding, in the order pushed.
class CollectingSink : public FindingSink {
 public:
  void OnFinding(Finding finding) override { findings_.push_back(std::move(finding)); }
  std::vector<Finding>& findings() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

}  // namespace factlint
