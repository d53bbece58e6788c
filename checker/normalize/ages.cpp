// Ages: "58-year-old", "58 years old", "aged 58", "age 58", "at age 85", "at
// the age of 85", "turned 58", "58 years of age", "a 6-month-old", "in her
// early 50s". The value is the age; `range` is the birth dates it implies on
// the reference date.
#include <re2/re2.h>

#include "checker/normalize/calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

std::optional<Value> AgeValue(double min, double max, Unit unit, const Context& context) {
  if (min < 0 || max > 130 || min != static_cast<int>(min) || max != static_cast<int>(max))
    return std::nullopt;
  Value v;
  v.kind = Kind::kAge;
  v.amount = {min, max, unit};
  v.grain = UnitName(unit);
  if (unit == Unit::kYear) {
    const DateRange young = BirthRangeForAge(static_cast<int>(min), context.ref);
    const DateRange old = BirthRangeForAge(static_cast<int>(max), context.ref);
    v.range = {old.from, young.to};
  } else {
    // Born in (ref - (n+1) months, ref - n months].
    v.range = {calendar::AddDays(calendar::AddMonths(context.ref, -static_cast<int>(max) - 1), 1),
               calendar::AddMonths(context.ref, -static_cast<int>(min))};
  }
  v.iso = "P" + std::to_string(static_cast<int>(min)) + (unit == Unit::kYear ? "Y" : "M");
  return v;
}

std::optional<Value> FromNumber(const Match& m, const Context& context) {
  const auto n = lexicon::ParseNumber(m.Get(1));
  if (!n) return std::nullopt;
  const Unit unit = m.Has(2) ? lexicon::UnitOf(m.Get(2)).value_or(Unit::kNone) : Unit::kYear;
  if (unit != Unit::kYear && unit != Unit::kMonth && unit != Unit::kWeek && unit != Unit::kDay)
    return std::nullopt;
  if (unit == Unit::kWeek || unit == Unit::kDay) {
    auto v = AgeValue(*n, *n, Unit::kYear, context);
    if (!v) return v;
    v->amount.unit = unit;
    v->grain = UnitName(unit);
    const long days = static_cast<long>(*n) * (unit == Unit::kWeek ? 7 : 1);
    v->range = {calendar::AddDays(context.ref, -days - (unit == Unit::kWeek ? 6 : 0)),
                calendar::AddDays(context.ref, -days)};
    v->iso = "P" + std::to_string(static_cast<int>(*n)) + (unit == Unit::kWeek ? "W" : "D");
    return v;
  }
  // "the soon-to-be 40-year-old" is 39 until the birthday.
  static const RE2 kAboutToTurn("(?i)\\bsoon[- ]to[- ]be[- ]$");
  const std::string_view before = m.Before();
  if (unit == Unit::kYear && *n >= 1 &&
      RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kAboutToTurn))
    return AgeValue(*n - 1, *n - 1, unit, context);
  return AgeValue(*n, *n, unit, context);
}

int DecadeWord(std::string_view word) {
  static const char* const kWords[] = {"twenties", "thirties",  "forties",  "fifties",
                                       "sixties",  "seventies", "eighties", "nineties"};
  const std::string w = lexicon::Fold(word);
  for (int i = 0; i < 8; ++i)
    if (w == kWords[i]) return (i + 2) * 10;
  int v = 0;
  for (char c : w)
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  return v;
}

// "turned 58"; not "turned one of the most famous athletes into ...", where
// the number is a pronoun's.
std::optional<Value> Turned(const Match& m, const Context& context) {
  static const RE2 kNotAnAge("(?i)^\\s+(?:of|into)\\b");
  const std::string_view after = m.After();
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kNotAnAge))
    return std::nullopt;
  return FromNumber(m, context);
}

// "in his early 50s": early 50-53, mid 54-56, late 57-59.
std::optional<Value> InDecade(const Match& m, const Context& context) {
  const int decade = DecadeWord(m.Get(2));
  if (decade < 10 || decade % 10 != 0) return std::nullopt;
  int lo = decade, hi = decade + 9;
  const std::string part = lexicon::Fold(m.Get(1));
  if (part.rfind("early", 0) == 0) hi = decade + 3;
  if (part.rfind("mid", 0) == 0) lo = decade + 4, hi = decade + 6;
  if (part.rfind("late", 0) == 0) lo = decade + 7;
  auto v = AgeValue(lo, hi, Unit::kYear, context);
  if (v && !part.empty()) v->modifier = part.substr(0, part.find_first_of(" -"));
  return v;
}

}  // namespace

void AddAgeRules(std::vector<Rule>& rules) {
  const std::string num = std::string("(") + lexicon::kNumberPattern + ")";
  rules.push_back({Kind::kAge, "age-years-old",
                   num + "[ -](years?|months?|weeks?|days?)[ -]old(?:'s)?", FromNumber});
  rules.push_back({Kind::kAge, "age-aged",
                   "(?:aged|ages?|at\\s+(?:the\\s+)?age\\s+(?:of\\s+)?|by\\s+(?:the\\s+)?age\\s+(?:"
                   "of\\s+)?)\\s*" +
                       num,
                   FromNumber});
  rules.push_back(
      {Kind::kAge, "age-turned", "turn(?:s|ed|ing)?\\s+" + num + "(?:\\s+years\\s+old)?", Turned});
  rules.push_back({Kind::kAge, "age-of-age", num + "\\s+(years?)\\s+of\\s+age", FromNumber});
  rules.push_back({Kind::kAge, "age-in-decade",
                   "in\\s+(?:his|her|their|my|your|its)\\s+((?:early|mid|late)[\\s-]*)?"
                   "((?:[1-9]0)['’]?s|twenties|thirties|forties|fifties|sixties|seventies|"
                   "eighties|nineties)",
                   InDecade});
}

}  // namespace factlint::normalize::internal
