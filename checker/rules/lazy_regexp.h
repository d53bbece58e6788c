// A rule's regexp, checked when the rules load and compiled when first used.
//
// A check of one short article runs a fraction of the shipped rules: the
// rule set's prefilter (rule_set.h) lets through only the rules that can
// match some sentence. Compiling every rule's own capturing regexp up front
// was most of factlint's start-up, so a LazyRegexp parses its pattern at
// load (syntax errors and capture names are reported there, at the rule's
// line and column) and compiles the program on the first Get, once, from
// any thread.
//
//   LazyRegexp re("(?P<value>\\d+) days", options);
//   if (!re.error().empty()) ...            // at load: "missing ): ..."
//   re.HasGroup("value")                    // true, without compiling
//   re.Get().Match(...)                     // compiled here, once
#pragma once

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace factlint::rules {

class LazyRegexp {
 public:
  LazyRegexp(std::string pattern, const RE2::Options& options);

  // Empty when the pattern parses; else RE2's message ("missing ): ...").
  const std::string& error() const { return error_; }
  const std::string& pattern() const { return pattern_; }
  // The names of the pattern's (?P<name>...) groups.
  const std::set<std::string>& group_names() const { return group_names_; }
  bool HasGroup(const std::string& name) const { return group_names_.count(name) > 0; }

  // The compiled regexp (compiled on the first call). Its ok() is false only
  // when the program outgrows the memory budget, which a pattern that also
  // compiled inside the rule set's prefilter cannot.
  const RE2& Get() const;

 private:
  std::string pattern_;
  RE2::Options options_;
  std::string error_;
  std::set<std::string> group_names_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> re_;
};

// The names of the (?P<name>...) groups of `pattern`, read from its text
// (escapes and character classes skipped), without compiling it.
std::set<std::string> NamedGroupsOf(const std::string& pattern);

// Where in `pattern` (as its author wrote it, before {NAME}s expand) the
// error RE2 reported is, and the error in a line an editor can read:
// "missing )" points at the '(' left open, "unexpected )" at the extra ')',
// "missing ]" at the '[' left open, other errors at the text RE2 quotes.
struct RegexProblem {
  std::optional<size_t> offset;  // into `pattern`; none when not found there
  std::string message;           // at most a line: RE2's text shortened
};
RegexProblem LocateRegexError(std::string_view pattern, const std::string& re2_error);

}  // namespace factlint::rules
