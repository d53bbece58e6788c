// RuleSet: the YAML rules of a directory, compiled, and the claims they
// find in a document.
//
//   Result<rules::RuleSet> set = rules::RuleSet::Load("rules");
//   if (!set.ok()) { std::cerr << set.error().ToString() << "\n"; return 2; }
//   // doc is segmented; mentions = Linker(facts).Index(doc)
//   std::vector<Claim> claims = set->Extract(doc, 0, *doc.published, mentions);
//   const rules::AttributeDecl* age = set->FindAttribute("age");  // unit, unknown, message
//
// Loading reads every *.yaml / *.yml under the path (recursively, in path
// order). A file holds one rule per `---` document, or a top-level list of
// rules. `kind:` picks the class (registry.h); every error — unknown key or
// kind, wrong type, missing field, duplicate id, bad regex, unknown
// sub-pattern or attribute, a rule without a positive and a negative
// example — is an Error at the YAML's path:line:col.
//
// Matching: the patterns form unanchored RE2::Sets of four patterns each,
// which pick the candidate rules of each sentence; each candidate's own RE2
// then finds its matches and captures. Before the sets, one pass finds the
// literal words the patterns need (atom_filter.h), and a set none of whose
// patterns can match the sentence is skipped. A set that runs out of DFA memory on
// a sentence (a very long one) is never a silent drop: all its rules run on
// that sentence instead (prefilter_fallbacks). Frame rules (frame_rule.h) are not in
// the sets: they run on every sentence, values first. Claims come back sorted by span; overlapping
// claims about the same subject and attribute are merged, the longest match
// (then the earliest rule) winning.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/result.h"
#include "checker/facts/fact_base.h"
#include "checker/rules/atom_filter.h"
#include "checker/rules/attribute.h"
#include "checker/rules/rule.h"

namespace factlint::mentions {
class DocumentMentions;
}

namespace factlint::rules {

struct RuleSetLoadOptions {
  // For tests: every RE2::Set match reports that its DFA ran out of memory,
  // as RE2 does when a set's cache cannot hold the states a sentence needs.
  // (With this RE2 a many-match set resets its cache and goes on, so the
  // real failure cannot be provoked on demand; the handling is what counts.)
  bool simulate_out_of_memory = false;
  // How much text a run reads before it builds the atom filter
  // (atom_filter.h). Building costs about what the sets spend on 35 KB of
  // news (callgrind, dev corpus: 0.83G instructions to build, 25k saved per
  // byte), so building after that much never costs more than twice what it
  // could have saved (the ski-rental rule). Tests set 0 (always filtered)
  // or SIZE_MAX (never) to compare the two.
  size_t atom_filter_after_bytes = 32 << 10;
};

class RuleSet {
 public:
  RuleSet();
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  using LoadOptions = RuleSetLoadOptions;
  // Every *.yaml / *.yml under `dir_or_file` (or that one file).
  static Result<RuleSet> Load(const std::string& dir_or_file, const LoadOptions& options = {});
  // Several directories or files as one rule set: one namespace of rule ids,
  // sub-patterns and attributes ("rules" and a newsroom's own
  // "house-rules", which may use {PERSON} and the shipped attributes).
  static Result<RuleSet> Load(const std::vector<std::string>& dirs_or_files,
                              const LoadOptions& options = {});
  // Rule files given as (path, text), in order — for tests and tools.
  static Result<RuleSet> LoadTexts(const std::vector<std::pair<std::string, std::string>>& files,
                                   const LoadOptions& options = {});

  // SHA-256 (hex) of the rule files' texts in load order: what a claim
  // ledger stamps the claims it stores with.
  const std::string& digest() const { return digest_; }

  // How many times a set ran out of DFA memory on a sentence so far. Nothing
  // is lost then: every rule of that set becomes a candidate and its own
  // RE2 (which falls back from its DFA to the NFA, linear in the sentence)
  // decides; the count lets tests and benchmarks see the slow path taken.
  size_t prefilter_fallbacks() const { return prefilter_fallbacks_.value; }

  // The claims of a segmented document, judged as of `judged_as_of`.
  std::vector<Claim> Extract(const Document& doc, int doc_index, const Date& judged_as_of,
                             const mentions::DocumentMentions& mentions) const;
  // The same, with only the rule `rule_id` (for its examples); no merging
  // across rules. `dropped`, when given, receives the claims whose guessed
  // subject the article contradicts (guesses.h), for `rules why`.
  std::vector<Claim> ExtractWithRule(const Document& doc, int doc_index, const Date& judged_as_of,
                                     const mentions::DocumentMentions& mentions,
                                     std::string_view rule_id,
                                     std::vector<Claim>* dropped = nullptr) const;

  // The ids of the rules the RE2::Sets select for `sentence`, in set order
  // (frame rules are never selected this way: they look for values).
  std::vector<std::string> Candidates(std::string_view sentence) const;

  const AttributeDecl* FindAttribute(std::string_view name) const;
  const Rule* FindRule(std::string_view id) const;
  // Every rule, declarations included, in load order (`rules list`).
  std::vector<RuleInfo> rules() const;
  std::vector<const Rule*> AllRules() const;
  // The declared attributes, by name.
  std::vector<AttributeDecl> attributes() const;

 private:
  std::string digest_;
  struct SetEntry {
    size_t rule;     // index in rules_
    size_t pattern;  // index in that rule's Patterns()
  };
  std::vector<Claim> Run(const Document& doc, int doc_index, const Date& judged,
                         const mentions::DocumentMentions& mentions,
                         std::string_view only_rule) const;
  std::vector<int> Select(std::string_view sentence) const;
  bool IsFrame(std::string_view rule_id) const;
  // Among the claims from `first` on (one sentence's), drops frame claims
  // whose value another claim has a better right to (frame_rule.h).
  void ArbitrateFrames(std::vector<Claim>& claims, size_t first) const;

  std::vector<std::unique_ptr<Rule>> rules_;
  std::map<std::string, const AttributeDecl*, std::less<>> attributes_;
  // The patterns' prefilter, in small groups (rule_set.cpp says why).
  struct SetGroup {
    std::unique_ptr<RE2::Set> set;
    std::vector<int> entries;  // the group's pattern i is entries_[entries[i]]
  };
  std::vector<SetGroup> sets_;
  // Which entries can match a sentence at all, from the words they need: a
  // group none of whose entries can is not run (atom_filter.h).
  LazyAtomFilter atom_filter_;
  std::vector<int> group_of_entry_;  // entries_[e] is in sets_[group_of_entry_[e]]
  // The entries of the groups that match `sentence`, sorted.
  void SelectInto(std::string_view sentence, std::vector<int>& selected) const;
  std::vector<SetEntry> entries_;
  std::vector<SetEntry> frames_;  // frame rules' triggers, run outside the set
  bool simulate_out_of_memory_ = false;
  // Counted from every thread that extracts (check -j): an atomic that
  // moves with the rule set.
  struct Counter {
    std::atomic<size_t> value{0};
    Counter() = default;
    Counter(Counter&& other) noexcept : value(other.value.load()) {}
    Counter& operator=(Counter&& other) noexcept {
      value = other.value.load();
      return *this;
    }
  };
  mutable Counter prefilter_fallbacks_;
};

// Runs every rule's examples (examples.h says how) and writes each failure,
// then a last line "N passed, N failed". `facts` may be nullptr.
struct ExampleReport {
  int passed = 0;
  int failed = 0;
};
// `only_from`: when not empty, only the rules defined in files whose path
// starts with one of these (a newsroom's own rules beside the shipped ones).
ExampleReport RunExamples(const RuleSet& set, const facts::FactBase* facts, std::ostream& out,
                          const std::vector<std::string>& only_from = {});

// What `rules explain ID` prints: id, kind, file:line, severity,
// description, link, the kind's own details (patterns, captures,
// attribute), and the examples. An error when no rule has that id.
Result<std::string> ExplainRule(const RuleSet& set, std::string_view id);

// Removes claims that repeat an overlapping claim of the same subject,
// attribute and kind, keeping the longest (then the first); sorts by span.
void MergeOverlapping(std::vector<Claim>& claims);

}  // namespace factlint::rules
