#include "checker/rules/lazy_regexp.h"

#include <re2/set.h>

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

}  // namespace factlint::rules
