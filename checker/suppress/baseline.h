// Baselines: adopt factlint on an existing archive without fixing every old
// finding first. Record today's findings once, then report only new ones.
//
//   factlint check published/ --write-baseline .factlint-baseline.json
//   factlint check published/ drafts/ --baseline .factlint-baseline.json
//
//   std::string json = suppress::WriteBaseline(findings);   // to the file
//   Result<suppress::Baseline> b = suppress::LoadBaseline(".factlint-baseline.json");
//   if (!b.ok()) { std::cerr << b.error().ToString() << "\n"; return 2; }
//   findings = b->Filter(std::move(findings));               // only the new ones
//
// A finding is identified by (rule, subject, path, fingerprint), where the
// fingerprint hashes the finding's located text (Finding::location.text) with
// runs of whitespace collapsed to one space, trimmed, and ASCII letters
// lowercased; a finding with no located text hashes its message instead.
// Line and column are deliberately NOT part of it, so an edit above a finding
// (or re-wrapping its paragraph) does not bring it back, while changing the
// claim's own words does. The path (normalized: '/' separators, no "./") IS
// part of it, so the same sentence copied into a second file is a second,
// new finding; run factlint from the same directory each time. The message is
// stored for the humans reading the file, and ignored when matching.
//
// Counts matter: a key recorded twice hides two identical findings, and a
// third one is reported. The file is JSON, entries sorted, for stable diffs:
//
//   {"version": 1, "tool": "factlint", "findings": [
//     {"rule": "age-contradiction", "subject": "Dana Reyes", "path": "published/a.md",
//      "fingerprint": "9f2c7a1e03b4d58e", "message": "..."}]}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/finding.h"
#include "checker/core/result.h"

namespace factlint::suppress {

struct BaselineEntry {
  std::string rule;
  std::string subject;
  std::string path;
  std::string fingerprint;
  std::string message;  // informational only
};

// The entry a finding would have in a baseline.
BaselineEntry BaselineEntryFor(const Finding& finding);

// Whitespace collapsed and trimmed, ASCII lowercased: the text that is hashed.
std::string NormalizeClaimText(std::string_view text);

class Baseline {
 public:
  Baseline() = default;
  explicit Baseline(std::vector<BaselineEntry> entries) : entries_(std::move(entries)) {}

  const std::vector<BaselineEntry>& entries() const { return entries_; }

  // The findings not covered by the baseline, in their original order. Each
  // entry covers at most one finding.
  std::vector<Finding> Filter(std::vector<Finding> findings) const;

 private:
  std::vector<BaselineEntry> entries_;
};

// The baseline file's text for `findings` (ends with a newline).
std::string WriteBaseline(const std::vector<Finding>& findings);

// Reads a baseline file. Errors: unreadable file, malformed JSON (with its
// line and column), a version other than 1, entries missing fields.
Result<Baseline> LoadBaseline(const std::string& path);

// The same, from text in memory; `path` names it in errors.
Result<Baseline> ParseBaseline(std::string_view json, const std::string& path);

}  // namespace factlint::suppress
