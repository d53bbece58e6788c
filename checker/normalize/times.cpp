// Clock times next to a date: "at 9 p.m. on Friday", "9:30 a.m. Tuesday",
// "Friday at 9 p.m.", "March 5 at noon", "Oct. 31, 2022, at 8:15". The
// normalizer works in days, so the value is the date; the time only belongs
// to the recognized text, and keeps its number from being read as a count
// (numbers.cpp refuses "9" before "p.m."). A clock time with no date is not
// an expression.
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

const char* const kClock =
    "(?:(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|(?:[01]?[0-9]|2[0-3])"
    ":[0-5][0-9]|noon|midnight|(?:[01]?[0-9])\\s+o'clock)(?:\\s+(?:ET|EST|EDT|PT|PST|PDT|CT|"
    "CST|CDT|MT|GMT|UTC|BST))?";

// Groups: 1 the date.
std::optional<Value> DateOfTime(const Match& m, const Context& context) {
  auto base = ParseCoreDate(m.Get(1), context);
  if (!base || base->kind != Kind::kDate || base->grain != "day") return std::nullopt;
  Value v = *base;
  v.end = 0;
  return v;
}

}  // namespace

void AddTimeRules(std::vector<Rule>& rules, const std::string& core) {
  const std::string clock = kClock;
  rules.push_back({Kind::kDate, "time-then-date",
                   "(?:at\\s+)?" + clock + "(?:\\s*,\\s*|\\s+on\\s+|\\s+)(" + core + ")",
                   DateOfTime});
  rules.push_back({Kind::kDate, "time-after-date",
                   "(" + core + ")(?:\\s*,\\s*|\\s+)(?:at\\s+|from\\s+)?" + clock, DateOfTime});
}

}  // namespace factlint::normalize::internal
