#include "checker/rules/lazy_regexp.h"

#include <re2/set.h>

#include <vector>

namespace factlint::rules {

LazyRegexp::LazyRegexp(std::string pattern, const RE2::Options& options)
    : pattern_(std::move(pattern)), options_(options) {
  // RE2::Set::Add parses without compiling: the syntax check costs a small
  // part of a compile.
  RE2::Options quiet = options_;
  quiet.set_log_errors(false);
  RE2::Set parser(quiet, RE2::UNANCHORED);
  if (parser.Add(pattern_, &error_) < 0) {
    if (error_.empty()) error_ = "invalid regex";
    return;
  }
  group_names_ = NamedGroupsOf(pattern_);
}

const RE2& LazyRegexp::Get() const {
  std::call_once(compiled_, [this] { re_ = std::make_unique<RE2>(pattern_, options_); });
  return *re_;
}

std::set<std::string> NamedGroupsOf(const std::string& pattern) {
  std::set<std::string> names;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;  // the escaped character, whatever it is
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      // "[]...]" and "[^]...]": a ']' first is a member.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
      continue;
    }
    if (pattern.compare(i, 4, "(?P<") == 0) {
      const size_t close = pattern.find('>', i + 4);
      if (close == std::string::npos) break;
      names.insert(pattern.substr(i + 4, close - i - 4));
      i = close;
    }
  }
  return names;
}

RegexProblem LocateRegexError(std::string_view pattern, const std::string& re2_error) {
  RegexProblem problem;
  const size_t colon = re2_error.find(": ");
  const std::string what = re2_error.substr(0, colon);
  const std::string quoted = colon == std::string::npos ? "" : re2_error.substr(colon + 2);
  // The brackets left open (or closed once too often), escapes and classes
  // skipped.
  std::vector<size_t> open_parens;
  std::optional<size_t> open_bracket, extra_paren;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (open_bracket) {
      if (c == ']' && i > *open_bracket + 1) open_bracket.reset();
      continue;
    }
    if (c == '[') {
      open_bracket = i;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
    } else if (c == '(') {
      open_parens.push_back(i);
    } else if (c == ')') {
      if (open_parens.empty()) {
        if (!extra_paren) extra_paren = i;
      } else {
        open_parens.pop_back();
      }
    }
  }
  if (what.rfind("missing )", 0) == 0 && !open_parens.empty()) {
    problem.offset = open_parens.back();
    problem.message = "this ( is never closed";
  } else if (what.rfind("unexpected )", 0) == 0 && extra_paren) {
    problem.offset = extra_paren;
    problem.message = "this ) closes nothing";
  } else if (what.rfind("missing ]", 0) == 0 && open_bracket) {
    problem.offset = open_bracket;
    problem.message = "this [ is never closed";
  } else {
    if (!quoted.empty()) {
      const size_t at = pattern.find(quoted);
      if (at != std::string_view::npos) problem.offset = at;
    }
    problem.message = what;
    if (!quoted.empty()) {
      constexpr size_t kMaxQuoted = 40;
      problem.message +=
          ": " + (quoted.size() > kMaxQuoted ? quoted.substr(0, kMaxQuoted) + "\u2026" : quoted);
    }
  }
  return problem;
}

}  // namespace factlint::rules
