// Shared by the files of checker/constraints (not part of its API): what a
// claim constrains, and the state one Evaluate() run collects findings in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/constraints/describe.h"
#include "checker/constraints/evaluate.h"

namespace factlint::constraints {

struct DayBounds {
  double lo;
  double hi;
};

// The length in days a duration states, as a bound on end − start. "146
// days" counted inclusively spans 145 days end − start, counted exclusively
// 146: a stated day count N allows [N − 1, N] (widened by whatever
// approximation the normalizer already put in `stated`). Other units use the
// normalizer's widened `days`, or else calendar extremes (a month is 28…31
// days, a year 365…366), widened 10% for an approximate word.
DayBounds DurationDays(const Quantity& stated, const std::optional<Quantity>& days,
                       const std::string& approximation);

// The birth dates an age claim implies: Claim::date, else computed from the
// quantity and the date the claim is judged as of.
std::optional<DateRange> BirthRange(const Claim& claim);

// The end − start bound of a kDuration claim or a relation.
DayBounds ClaimDays(const Claim& claim);

// The kinds of finding the checks make. Finding::kind stays text, the
// names FindingKindName gives ("stale"): the JSON contract's strings
// (docs/DESIGN.md), and reporters, suppressions and baselines take any kind,
// the suppression findings' among them (suppress/suppressions.h).
enum class FindingKind {
  kContradiction,      // "contradiction": claims that cannot all hold
  kFactContradiction,  // "fact-contradiction": a claim the fact base rules out
  kInternal,           // "internal": a claim, or a sentence, inconsistent with itself
  kStale,              // "stale": right when written, overtaken since
};
const char* FindingKindName(FindingKind kind);

class Context {
 public:
  Context(const Input& input, const Options& options) : input_(input), options_(options) {}

  const Input& input() const { return input_; }
  const Options& options() const { return options_; }
  const Document& DocumentOf(const Claim& claim) const {
    return input_.documents[static_cast<size_t>(claim.document)];
  }
  // "drafts/a.md:3": where a timeline row's claim is written.
  std::string Where(const Claim& claim) const { return WhereOf(DocumentOf(claim), claim); }
  const AttributeSpec* Spec(std::string_view attribute) const;
  // Claim::unknown, else the attribute's declared unknown, else "birth" for
  // an age, else the attribute.
  // The unknown a fact constrains: its attribute's declared unknown (a
  // film's "release" is the same unknown as a season's "premiere" when the
  // rules say so), else the attribute itself.
  std::string UnknownOfFact(const facts::Fact& fact) const;
  std::string UnknownOf(const Claim& claim) const;
  // Not quoted, and in a draft (or in the archive when report_archive).
  bool MayBePrimary(const Claim& claim) const;
  // Of two claims, the one to fix: a draft's over an archive's, else the
  // later published, else the later in its text.
  bool ShouldFixBefore(const Claim& a, const Claim& b) const;
  std::string SubjectName(const std::string& subject_id, const std::string& fallback) const;

  // A finding at `primary` with rule "<attribute>-<kind>", its severity
  // resolved; the caller fills message, related, timeline, then Report()s it.
  Finding Start(FindingKind kind, const Claim& primary) const;
  // What a message template may say beyond the primary claim itself.
  struct Placeholders {
    std::string why;          // the built-in explanation
    std::string other_value;  // the first other claim or fact, as written / its value
    std::string other_date;   // that claim's publication date, or the fact's date
  };
  // Applies the attribute's message template, then keeps the finding.
  void Report(Finding finding, const Claim& primary, const Placeholders& placeholders);
  std::vector<Finding>& findings() { return findings_; }

 private:
  const Input& input_;
  const Options& options_;
  std::vector<Finding> findings_;
};

// The three families of checks, each in its own file.
void CheckNetwork(Context& context);  // contradiction, fact-contradiction, internal (network)
void CheckStatus(Context& context);   // "not announced yet": stale or contradicted
void CheckFuture(Context& context);   // future tense, already past: stale
void CheckSelf(Context& context);     // Claim::inconsistency: internal
void CheckGrowth(Context& context);   // a running total that shrinks: contradiction

}  // namespace factlint::constraints
