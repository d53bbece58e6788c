// AtomFilter: which of many regexes can possibly match a text, from the
// literal strings ("atoms") each one needs, found in one pass.
//
// A rule's pattern can only match a sentence that contains the words it
// spells out: "(?i)\bdied\b.*\bat (\d+)" needs "died" and "at ". RE2's
// FilteredRE2 computes, for every pattern, a boolean formula over such atoms
// (AND of the pieces of a concatenation, OR of an alternation's branches);
// this class finds every atom a text contains with one case-insensitive
// RE2::Set of literals (an Aho-Corasick-like automaton, small however many
// atoms there are) and asks the formula which patterns remain possible. A
// pattern whose formula has no atom of `kMinAtomLength` bytes or more (a bare
// "\d+") is always possible.
//
//   AtomFilter filter(patterns, options);
//   std::vector<int> possible;           // sorted pattern indices
//   filter.Possible("He died at 85.", possible);
//
// The answer is a superset of the patterns that match: a pattern left out
// cannot match (the RuleSet skips its RE2::Set group, rule_set.h). When the
// atoms cannot be found (a set out of DFA memory on a huge sentence), every
// pattern is possible: slower, never a silent drop.
//
// Building the filter compiles every pattern once more (FilteredRE2 holds its
// own RE2s) and costs about as much as running the sets over 35 KB of news;
// LazyAtomFilter builds it only once a run has read enough text to repay
// it, so a one-file check starts as fast as before:
//
//   LazyAtomFilter lazy(patterns, options, /*build_after_bytes=*/32 << 10);
//   if (const AtomFilter* filter = lazy.After(sentence.size())) ...  // else: no filter yet
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::rules {

class AtomFilter {
 public:
  // Atoms shorter than this select too much to be worth a lookup ("at" is
  // in most sentences); a pattern with only shorter atoms is always possible.
  static constexpr int kMinAtomLength = 3;

  AtomFilter() = default;
  // `patterns` must compile with `options` (the RuleSet compiled them already).
  AtomFilter(const std::vector<std::string>& patterns, const RE2::Options& options);

  // The indices of the patterns that may match `text`, sorted, into `possible`.
  void Possible(std::string_view text, std::vector<int>& possible) const;

  size_t atom_count() const { return atom_count_; }

 private:
  size_t pattern_count_ = 0;
  size_t atom_count_ = 0;
  std::unique_ptr<re2::FilteredRE2> formulas_;
  std::unique_ptr<RE2::Set> atoms_;  // null: no atoms, every pattern possible
};

// An AtomFilter built on first need: by the thread whose text brings the
// run past `build_after_bytes`, while the other threads go on without it.
// Safe to call from every thread that extracts; movable (the RuleSet is).
class LazyAtomFilter {
 public:
  LazyAtomFilter() = default;
  LazyAtomFilter(std::vector<std::string> patterns, const RE2::Options& options,
                 size_t build_after_bytes);

  // Counts `bytes` more text; the filter, or nullptr while it is not built.
  const AtomFilter* After(size_t bytes) const;

 private:
  struct State {
    std::vector<std::string> patterns;
    RE2::Options options;
    size_t build_after_bytes = 0;
    std::atomic<size_t> bytes_seen{0};
    std::mutex building;
    std::unique_ptr<AtomFilter> filter;             // written once, under `building`
    std::atomic<const AtomFilter*> ready{nullptr};  // `filter` once it is whole
  };
  std::unique_ptr<State> state_;
};

}  // namespace factlint::rules
