#include "checker/suppress/suppressions.h"

#include <algorithm>
#include <climits>
#include <tuple>

namespace factlint::suppress {
namespace {

// Rule ids a directive names, with "" standing for every rule.
std::vector<std::string> RulesOf(const Directive& d) {
  return d.rules.empty() ? std::vector<std::string>{""} : d.rules;
}

Finding SuppressionFinding(const char* rule, const Directive& d, std::string message) {
  Finding f;
  f.rule = rule;
  f.kind = kSuppressionKind;
  f.severity = Severity::kWarning;
  f.message = std::move(message);
  f.location = d.location;
  return f;
}

// The last line a location really touches: a span that ends at column 1
// ended with the previous line's line break.
int LastLineOf(const Location& loc) {
  if (loc.end_line > loc.line && loc.end_column == 1) return loc.end_line - 1;
  return std::max(loc.line, loc.end_line);
}

}  // namespace

void SuppressionFilter::AddDocument(const Document& doc) {
  if (!doc.source || covers_.count(doc.path)) return;
  std::vector<Cover>& covers = covers_[doc.path];
  const bool per_record = doc.format == Format::kJsonLines;
  std::vector<Cover> open;
  for (Directive& d : ParseDirectives(doc)) {
    const size_t index = directives_.size();
    directives_.push_back(std::move(d));
    if (doc.role == Role::kArchive && !report_archive_) quiet_.insert(index);
    const Directive& directive = directives_.back();
    const int line = directive.first_line;
    switch (directive.kind) {
      case DirectiveKind::kInvalid: break;
      case DirectiveKind::kDisableLine:
      case DirectiveKind::kDisableNextLine:
        for (const std::string& rule : RulesOf(directive))
          covers.push_back({index, rule, {}, directive.first_line, directive.last_line});
        break;
      case DirectiveKind::kDisable:
        for (const std::string& rule : RulesOf(directive))
          (per_record ? covers : open)
              .push_back({index, rule, {}, line, per_record ? line : INT_MAX});
        break;
      case DirectiveKind::kEnable: {
        if (per_record) break;
        if (directive.rules.empty()) {
          if (open.empty())
            unmatched_enables_.push_back(
                {index, "factlint-enable without an earlier factlint-disable"});
          for (Cover& c : open) c.last_line = line, covers.push_back(c);
          open.clear();
          break;
        }
        for (const std::string& rule : directive.rules) {
          bool matched = false;
          std::vector<Cover> still_open;
          for (Cover& c : open) {
            if (c.rule == rule) {
              matched = true;
              c.last_line = line;
              covers.push_back(c);
            } else if (c.rule.empty() && !c.except.count(rule)) {
              // Every rule stays disabled except this one, from the next line.
              matched = true;
              Cover before = c;
              before.last_line = line;
              covers.push_back(before);
              c.except.insert(rule);
              c.first_line = line + 1;
              still_open.push_back(c);
            } else {
              still_open.push_back(c);
            }
          }
          open = std::move(still_open);
          if (!matched)
            unmatched_enables_.push_back(
                {index,
                 "factlint-enable of '" + rule + "' without an earlier factlint-disable of it"});
        }
        break;
      }
    }
  }
  covers.insert(covers.end(), open.begin(), open.end());  // disabled to the end of the file
}

bool SuppressionFilter::Suppressed(const Finding& finding) {
  if (finding.rule == kUnusedSuppressionRule || finding.rule == kInvalidSuppressionRule)
    return false;
  auto it = covers_.find(finding.location.path);
  if (it == covers_.end()) return false;
  const int first = finding.location.line;
  const int last = LastLineOf(finding.location);
  bool suppressed = false;
  for (const Cover& c : it->second) {
    if (last < c.first_line || c.last_line < first) continue;
    const bool names_it = c.rule.empty()
                              ? !c.except.count(finding.rule) && !c.except.count(finding.kind)
                              : c.rule == finding.rule || c.rule == finding.kind;
    if (!names_it) continue;
    used_.insert({c.directive, c.rule});
    suppressed = true;
  }
  return suppressed;
}

std::vector<Finding> SuppressionFilter::Problems() const {
  std::vector<Finding> out;
  for (size_t i = 0; i < directives_.size(); ++i) {
    const Directive& d = directives_[i];
    if (quiet_.count(i)) continue;
    if (d.kind == DirectiveKind::kInvalid) {
      out.push_back(SuppressionFinding(kInvalidSuppressionRule, d, d.problem));
      continue;
    }
    if (d.kind == DirectiveKind::kEnable) continue;
    for (const std::string& rule : RulesOf(d)) {
      if (used_.count({i, rule})) continue;
      const std::string what = rule.empty() ? "every rule" : "'" + rule + "'";
      out.push_back(SuppressionFinding(kUnusedSuppressionRule, d,
                                       "suppression of " + what + " matched no finding"));
    }
  }
  for (const auto& [index, problem] : unmatched_enables_)
    if (!quiet_.count(index))
      out.push_back(SuppressionFinding(kInvalidSuppressionRule, directives_[index], problem));
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location.path, a.location.line, a.location.column, a.rule, a.message) <
           std::tie(b.location.path, b.location.line, b.location.column, b.rule, b.message);
  });
  return out;
}

std::vector<Finding> ApplySuppressions(const std::vector<Document>& documents,
                                       std::vector<Finding> findings, bool report_archive) {
  SuppressionFilter filter(report_archive);
  for (const Document& doc : documents) filter.AddDocument(doc);
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (Finding& f : findings)
    if (!filter.Suppressed(f)) kept.push_back(std::move(f));
  for (Finding& problem : filter.Problems()) kept.push_back(std::move(problem));
  return kept;
}

}  // namespace factlint::suppress
