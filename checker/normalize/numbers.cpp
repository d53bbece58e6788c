// Numbers and ordinals: "1,500", "2.5", "fourteen", "twenty-one", "a dozen",
// "two hundred", "1.5 million"; ranges "10 to 12", "10-12", "between 10 and
// 12" (amount {10, 12}); vague plurals "dozens", "hundreds", "tens of
// thousands" (a documented range, see lexicon.h); ordinals "first", "21st",
// "twenty-first", "101st".
//
// A number that is a clock time ("9 p.m.", "9:30") is not a count: the date
// next to it is what the normalizer reports (times.cpp).
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// "9 p.m.", "9pm", "9 o'clock", "9:30", the "30" of "9:30".
bool ClockTime(const Match& m) {
  const std::string_view before = m.Before();
  if (before.size() >= 2 && before.back() == ':' && IsDigit(before[before.size() - 2])) return true;
  std::string_view after = m.After();
  if (after.size() >= 2 && after[0] == ':' && IsDigit(after[1])) return true;
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  const std::string next = lexicon::Fold(after.substr(0, 7));
  for (const char* suffix : {"a.m", "p.m", "am", "pm", "o'clock"}) {
    const std::string s = suffix;
    if (next.compare(0, s.size(), s) != 0) continue;
    const char following = next.size() > s.size() ? next[s.size()] : ' ';
    if (!((following >= 'a' && following <= 'z') || IsDigit(following))) return true;
  }
  return false;
}

Value NumberOf(double min, double max) {
  Value v;
  v.kind = Kind::kNumber;
  v.amount = {min, max, "count"};
  return v;
}

std::optional<Value> NumberValue(const Match& m, const Context&) {
  if (ClockTime(m)) return std::nullopt;
  const auto n = lexicon::ParseNumber(m.Get(1));
  if (!n) return std::nullopt;
  return NumberOf(*n, *n);
}

// "10 to 12", "10-12", "two or three", "between 10 and 12". Groups: 1 low, 2 high.
std::optional<Value> RangeValue(const Match& m, const Context&) {
  if (ClockTime(m)) return std::nullopt;
  const auto low = lexicon::ParseNumber(m.Get(1));
  const auto high = lexicon::ParseNumber(m.Get(2));
  // "won 24-17" is a score, "3-2" too: a range goes up.
  if (!low || !high || *high <= *low) return std::nullopt;
  return NumberOf(*low, *high);
}

std::optional<Value> VagueValue(const Match& m, const Context&) {
  const auto amount = lexicon::ParseAmount(m.Get(1));
  if (!amount) return std::nullopt;
  return NumberOf(amount->min, amount->max);
}

std::optional<Value> OrdinalValue(const Match& m, const Context&) {
  const auto n = lexicon::ParseOrdinal(m.Get(1));
  if (!n) return std::nullopt;
  Value v;
  v.kind = Kind::kOrdinal;
  v.amount = {static_cast<double>(*n), static_cast<double>(*n), "count"};
  return v;
}

}  // namespace

void AddNumberRules(std::vector<Rule>& rules) {
  const std::string number = std::string("(") + lexicon::kNumberPattern + ")";
  rules.push_back(
      {Kind::kOrdinal, "ordinal", std::string("(") + lexicon::kOrdinalPattern + ")", OrdinalValue});
  rules.push_back({Kind::kNumber, "number-range",
                   number + "\\s*(?:-|–|\\s+to\\s+|\\s+or\\s+)\\s*" + number, RangeValue});
  rules.push_back({Kind::kNumber, "number-between", "between\\s+" + number + "\\s+and\\s+" + number,
                   RangeValue});
  rules.push_back({Kind::kNumber, "number-vague",
                   std::string("(") + lexicon::kVagueNumberPattern + ")", VagueValue});
  rules.push_back({Kind::kNumber, "number", number, NumberValue});
}

}  // namespace factlint::normalize::internal
