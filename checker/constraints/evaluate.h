// The constraint stage: claims become constraints on a timeline, and a
// finding is a set of claims (and facts) that cannot all hold, shown with
// why. See docs/constraints.md for the model and every tolerance.
//
//   std::vector<Document> docs = ...;   // role draft/archive, published set
//   std::vector<Claim> claims = ...;    // linked, normalized
//   constraints::Options options;
//   options.attributes["age"] = {"age", "birth", "year"};
//   CollectingSink sink;
//   constraints::Evaluate({docs, claims, &fact_base}, options, sink);
//   // sink.findings(): e.g. rule "age-contradiction" at the draft's "52",
//   // related: the archive's "50" with note
//   // "Adam Scott, 50 on 2024-01-29: born 1973-01-30…1974-01-29"
//
// What it reports (rule id = "<attribute>-<kind>"):
//   contradiction       claims that cannot all hold, across articles or in one
//   fact-contradiction  a claim the fact base rules out; a status claim made
//                       after the fact base says the value was announced
//   stale               "not announced yet" that a later article or
//                       announcement superseded; a future-tense date that is
//                       already past when the article is judged
//   internal            a claim inconsistent with itself (a weekday that does
//                       not match its date), or claims of one sentence that
//                       cannot both hold
//
// Each problem is reported once, at the claim to fix: a draft's over an
// archive's, else the later published, else the later in the text. Quoted
// claims are attributed, not asserted: they take no part at all.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/finding.h"
#include "checker/facts/fact_base.h"

namespace factlint::constraints {

// What an attribute means, as the YAML rules declare it.
struct AttributeSpec {
  std::string name;         // "age", "premiere", "duration", "emmy-nominations", ...
  std::string unknown;      // "birth" for age, "premiere", "duration" (end − start of
                            // the subject), the attribute itself for counts; empty:
                            // Claim::unknown, else the attribute ("birth" for ages)
  Unit unit = Unit::kNone;  // kDay, kCount, kYear, ...
  // Severity of this attribute's contradiction, fact-contradiction and
  // internal findings; unset: error. Stale findings are warnings whatever
  // this says (override them per kind or rule id).
  std::optional<Severity> severity;
  // Message templates; empty = the built-in wording. Placeholders:
  // {subject} {attribute} {rule} {value} (the claim as written) {date}
  // {published} {as_of} (its date) {other_value} {other_date} (the first
  // other claim as written and its date; a fact's value and date)
  // {why} (the built-in explanation) {message} (the whole built-in message).
  // A template without {why} or {message} gets ": <why>" appended; one whose
  // placeholders cannot be filled for a finding falls back to the built-in.
  std::string contradiction_message;  // contradiction, fact-contradiction, internal
  std::string stale_message;          // stale
  // A running total (wins, seasons): claims are compared only with claims
  // published the same day and facts whose as_of is that day.
  bool changes_over_time = false;
  // `changes: grows`: also never less on a later day than on an earlier one
  // (growth_check.cpp).
  bool grows = false;
  // Every claim is its own event: never compared, only checked against
  // itself (attribute.h).
  bool per_mention = false;
};

struct Options {
  std::map<std::string, AttributeSpec, std::less<>> attributes;  // by attribute name
  // Severity overrides, most specific first: rule_severity["age-contradiction"],
  // kind_severity["stale"], then the claim's own Claim::severity, then the
  // attribute's, then the kind's default.
  std::map<std::string, Severity, std::less<>> kind_severity;
  std::map<std::string, Severity, std::less<>> rule_severity;
  // Rule ids and kinds the configuration turns "off": their findings are
  // dropped (after suppressions, which may still use them).
  std::set<std::string, std::less<>> off;
  bool report_archive = false;  // also report findings whose claim to fix is in the archive
  int max_conflicts_per_component = 64;  // rounds of find-explain-drop per component
};

struct Input {
  const std::vector<Document>& documents;  // Claim::document indexes this
  const std::vector<Claim>& claims;        // Claim::published: the date it is judged as of
  const facts::FactBase* facts = nullptr;  // may be nullptr
};

// Pushes every finding, sorted by (path, line, column, rule, message).
// The one severity policy, for every finding of a run (the constraint
// checks' and the suppression notes'): the rule's override, else the kind's,
// else `fallback` (the claim's rule's or attribute's level, else the kind's
// default).
Severity SeverityFor(const Options& options, std::string_view kind, std::string_view rule,
                     Severity fallback);
// True when the configuration turns the finding's rule or kind "off".
bool TurnedOff(const Options& options, const Finding& finding);

void Evaluate(const Input& input, const Options& options, FindingSink& sink);

// Every check this stage can report (for SARIF's rule list and `rules list`):
// each kind for every attribute in `options` and the built-in ones.
struct CheckInfo {
  std::string id;
  std::string short_description;
  std::string full_description;
  Severity default_severity = Severity::kError;
};
std::vector<CheckInfo> Checks(const Options& options);

}  // namespace factlint::constraints
