// Applying in-article suppressions (see directives.h for their syntax) to the
// findings of a run.
//
//   std::vector<Finding> kept = suppress::ApplySuppressions(documents, std::move(findings));
//   // kept: the findings no directive covers, in their original order, then
//   // one warning per directive that suppressed nothing (unused-suppression)
//   // and per directive that could not be read (invalid-suppression).
//
// A directive suppresses a finding when
//   - the finding's PRIMARY location is in the same file (Location::path ==
//     Document::path) and its lines [line, end_line] overlap the lines the
//     directive covers (related locations never count), and
//   - the directive names the finding's rule id or its kind ("stale"), or
//     names nothing (every rule).
// Suppression findings themselves cannot be suppressed; turn them off with
// `severity: {unused-suppression: off}` in .factlint.yaml.
//
// Archive articles: their directives always suppress, but unused and
// invalid directives in them are reported only when `report_archive` is true,
// because without --report-archive nothing is reported there and every
// directive would look unused. Documents that share a file (JSON Lines) are
// read once.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/finding.h"
#include "checker/suppress/directives.h"

namespace factlint::suppress {

inline constexpr const char* kUnusedSuppressionRule = "unused-suppression";
inline constexpr const char* kInvalidSuppressionRule = "invalid-suppression";
inline constexpr const char* kSuppressionKind = "suppression";

class SuppressionFilter {
 public:
  explicit SuppressionFilter(bool report_archive = false) : report_archive_(report_archive) {}

  // Reads the directives of doc's file (once per path).
  void AddDocument(const Document& doc);

  // Whether a directive covers `finding`; every covering directive is marked
  // used.
  bool Suppressed(const Finding& finding);

  // unused-suppression and invalid-suppression findings (severity warning,
  // kind "suppression", at the directive), sorted by path, line, column.
  // Call after every finding has gone through Suppressed().
  std::vector<Finding> Problems() const;

 private:
  // A stretch of lines where one directive silences one rule id ("" = every
  // rule, minus `except`, the ids a later factlint-enable re-enabled).
  struct Cover {
    size_t directive;  // index into directives_
    std::string rule;
    std::set<std::string> except;
    int first_line;
    int last_line;
  };
  void AddCovers(const std::vector<size_t>& directive_indexes);

  bool report_archive_;
  std::vector<Directive> directives_;
  std::set<size_t> quiet_;  // directives of archive articles, when not report_archive_
  std::map<std::string, std::vector<Cover>> covers_;               // by path
  std::set<std::pair<size_t, std::string>> used_;                  // (directive, rule id or "")
  std::vector<std::pair<size_t, std::string>> unmatched_enables_;  // (directive, problem)
};

// The whole job: kept findings (original order), then Problems().
std::vector<Finding> ApplySuppressions(const std::vector<Document>& documents,
                                       std::vector<Finding> findings, bool report_archive = false);

}  // namespace factlint::suppress
