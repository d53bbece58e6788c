// The grammar's duration productions: amounts of a unit and their sums.
//
//   "2 hours", "a day", "2 more minutes"          number (or a/an) + unit
//   "2 years and 3 months", "1 year, 2 days"      duration + duration (smaller unit second)
//   "1 hour thirty", "2 hours and 10"             hours + minutes left unnamed
//   "one and a half hours", "5 and an half minute", "one and three quarters of hour"
//   "half an hour", "1/2 hour", "3/4h", "a quarter of an hour", "three-quarters of an hour"
//   "1\"", "2'"                                   seconds and minutes, at the end of a text
//
// A sum is stated in its smallest unit: months when both units are months
// or longer (a year is 12 months), else seconds-based (a month counted as 30
// days, a year as 365, as a stopwatch sum reads: "1 year, 2 days" is 367
// days); a fraction of a month is counted in days for the same reason.
#include <cmath>

#include "checker/normalize/grammar.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {
Value DurationValue(double min, double max, Unit unit, bool vague, const std::string& approximation,
                    const Context& context);
}

namespace factlint::normalize::internal::grammar {

namespace {

using Parts = std::vector<const Item*>;

// A unit in seconds as a sum counts them (see above): the fixed lengths, and
// a month as 30 days, a quarter as 90, a year as 365; 0 for the rest.
double Seconds(Unit u) {
  if (u == Unit::kMonth) return 2592000;
  if (u == Unit::kQuarter) return 7776000;
  if (u == Unit::kYear) return 31536000;
  return SecondsPer(u).value_or(0);
}
// A unit in months, for the units counted on the calendar; 0 for the rest.
double Months(Unit u) {
  if (u == Unit::kMonth) return 1;
  if (u == Unit::kQuarter) return 3;
  if (u == Unit::kYear) return 12;
  if (u == Unit::kDecade) return 120;
  if (u == Unit::kCentury) return 1200;
  return 0;
}

std::optional<Item> Dur(double amount, Unit unit) {
  if (unit == Unit::kNone || amount <= 0) return std::nullopt;
  Item d;
  d.type = T::kDuration;
  d.composed = true;
  d.num = amount;
  d.unit = unit;
  // A fraction of a month has no calendar length: count it in days.
  if (unit == Unit::kMonth && amount != std::floor(amount)) {
    d.num = amount * 30;
    d.unit = Unit::kDay;
  }
  return d;
}

std::optional<Item> NumberUnit(const Parts& p, const Env&) {
  const Item& n = *p[0];
  if (n.num <= 0) return std::nullopt;
  // "1 day" but not "2 day" unless written as a compound ("2-day" is the rules').
  return Dur(n.num, p.back()->unit);
}
std::optional<Item> ArticleUnit(const Parts& p, const Env&) {
  if (p[1]->plural) return std::nullopt;
  // "a day" alone is the rules' call ("twice a day", "a second season"); the
  // grammar uses it inside "in a day", "a day from now".
  auto d = Dur(1, p[1]->unit);
  if (d) d->composed = false;
  return d;
}
// The sum, in the smaller unit.
std::optional<Item> Sum(const Item& a, const Item& b) {
  const double ma = Months(a.unit), mb = Months(b.unit);
  if (ma && mb) {
    if (mb >= ma) return std::nullopt;
    return Dur((a.num * ma + b.num * mb) / mb, b.unit);
  }
  const double sa = Seconds(a.unit), sb = Seconds(b.unit);
  if (!sa || !sb || sb >= sa) return std::nullopt;
  return Dur((a.num * sa + b.num * sb) / sb, b.unit);
}
std::optional<Item> Plus(const Parts& p, const Env&) {
  return Sum(*p[0], *p.back());
}
std::optional<Item> AndHalf(const Parts& p, const Env&) {
  const Item& d = *p[0];
  if (d.num != std::floor(d.num)) return std::nullopt;
  return Dur(d.num + 0.5, d.unit);
}
// "one and a half hours", "two and quarter of hours", "one and three quarters hour".
std::optional<Item> NumberAndFraction(const Parts& p, const Env&) {
  const Item& n = *p[0];
  if (n.num != std::floor(n.num) || n.num <= 0) return std::nullopt;
  double frac = 0;
  bool seen_count = false;
  for (size_t i = 2; i + 1 < p.size(); ++i) {
    const Item& it = *p[i];
    if (it.type == T::kNumber) {
      frac = it.num;
      seen_count = true;
    } else if (it.w == "half") {
      frac = 0.5;
    } else if (it.w == "quarter" || it.w == "quarters") {
      frac = (seen_count ? frac : 1) * 0.25;
    }
  }
  if (frac <= 0 || frac >= 1) return std::nullopt;
  return Dur(n.num + frac, p.back()->unit);
}
std::optional<Item> HourAndMinutes(const Parts& p, const Env&) {
  const Item& d = *p[0];
  const Item& m = *p.back();
  if (d.unit != Unit::kHour || d.num != std::floor(d.num) || m.num != std::floor(m.num) ||
      m.num < 1 || m.num > 59)
    return std::nullopt;
  return Dur(d.num * 60 + m.num, Unit::kMinute);
}
std::optional<Item> HalfUnit(const Parts& p, const Env&) {
  if (p.back()->plural) return std::nullopt;
  return Dur(0.5, p.back()->unit);
}
std::optional<Item> QuarterOfUnit(const Parts& p, const Env&) {
  if (p.back()->plural) return std::nullopt;
  return Dur(0.25, p.back()->unit);
}
std::optional<Item> QuartersOfUnit(const Parts& p, const Env&) {  // "three-quarters of an hour"
  if (!(p[0]->num >= 1 && p[0]->num <= 3)) return std::nullopt;
  return Dur(p[0]->num * 0.25, p.back()->unit);
}
std::optional<Item> Fraction(const Parts& p, const Env&) {  // "1/2 hour", "3/4h"
  const Item &a = *p[0], &b = *p[2];
  const double den = b.type == T::kDuration ? b.num : b.num;
  if (!a.digits || !(a.num > 0) || !(den > a.num)) return std::nullopt;
  const Unit unit = b.type == T::kDuration ? b.unit : p.back()->unit;
  return Dur(a.num / den, unit);
}
bool EndsText(const Item& last, const Env& env) {
  return last.e == env.tokens.size();
}
std::optional<Item> Quote(const Parts& p, const Env& env) {  // 1" and 2'
  if (!p[0]->digits || !EndsText(*p[1], env)) return std::nullopt;
  if (env.tokens[p[1]->b].begin != env.tokens[p[0]->b].end) return std::nullopt;
  return Dur(p[0]->num, p[1]->w == "\"" ? Unit::kSecond : Unit::kMinute);
}

}  // namespace

Value DurationOf(const Item& item, const Context& context) {
  return DurationValue(item.num, item.num, item.unit, false, "", context);
}

void AddDurationProductions(std::vector<Production>& out) {
  out.push_back({"n unit", {S(T::kNumber), S(T::kUnit)}, NumberUnit});
  out.push_back({"n more unit",
                 {S(T::kNumber), W("more|additional|extra|less|fewer"), S(T::kUnit)},
                 NumberUnit});
  out.push_back({"a unit", {W("a|an|one"), S(T::kUnit)}, ArticleUnit});
  out.push_back({"d d", {S(T::kDuration), S(T::kDuration)}, Plus});
  out.push_back({"d, d", {S(T::kDuration), W(",|and"), S(T::kDuration)}, Plus});
  out.push_back({"d, and d", {S(T::kDuration), W(","), W("and"), S(T::kDuration)}, Plus});
  out.push_back({"d and half", {S(T::kDuration), W("and"), W("half")}, AndHalf});
  out.push_back({"d and a half", {S(T::kDuration), W("and"), W("a|an"), W("half")}, AndHalf});
  out.push_back(
      {"n and half unit", {S(T::kNumber), W("and"), W("half"), S(T::kUnit)}, NumberAndFraction});
  out.push_back({"n and a half unit",
                 {S(T::kNumber), W("and"), W("a|an"), W("half|quarter"), S(T::kUnit)},
                 NumberAndFraction});
  out.push_back({"n and quarter unit",
                 {S(T::kNumber), W("and"), W("quarter"), S(T::kUnit)},
                 NumberAndFraction});
  out.push_back({"n and quarter of unit",
                 {S(T::kNumber), W("and"), W("quarter"), W("of"), S(T::kUnit)},
                 NumberAndFraction});
  out.push_back({"n and a quarter of unit",
                 {S(T::kNumber), W("and"), W("a|an"), W("quarter"), W("of"), S(T::kUnit)},
                 NumberAndFraction});
  out.push_back({"n and k quarters unit",
                 {S(T::kNumber), W("and"), S(T::kNumber), W("quarter|quarters"), S(T::kUnit)},
                 NumberAndFraction});
  out.push_back(
      {"n and k quarters of unit",
       {S(T::kNumber), W("and"), S(T::kNumber), W("quarter|quarters"), W("of"), S(T::kUnit)},
       NumberAndFraction});
  out.push_back({"hour thirty", {S(T::kDuration), S(T::kNumber)}, HourAndMinutes});
  out.push_back({"hour and thirty", {S(T::kDuration), W("and"), S(T::kNumber)}, HourAndMinutes});
  out.push_back({"half unit", {W("half"), S(T::kUnit)}, HalfUnit});
  out.push_back({"half an unit", {W("half"), W("a|an"), S(T::kUnit)}, HalfUnit});
  out.push_back(
      {"quarter of an unit", {W("quarter"), W("of"), W("a|an"), S(T::kUnit)}, QuarterOfUnit});
  out.push_back({"a quarter of an unit",
                 {W("a"), W("quarter"), W("of"), W("a|an"), S(T::kUnit)},
                 QuarterOfUnit});
  out.push_back({"three quarters of an unit",
                 {S(T::kNumber), W("quarters"), W("of"), W("a|an"), S(T::kUnit)},
                 QuartersOfUnit});
  out.push_back({"three-quarters of an unit",
                 {S(T::kNumber), W("-"), W("quarters"), W("of"), W("a|an"), S(T::kUnit)},
                 QuartersOfUnit});
  out.push_back({"a/b unit", {S(T::kNumber), W("/"), S(T::kNumber), S(T::kUnit)}, Fraction});
  out.push_back({"a/bh", {S(T::kNumber), W("/"), S(T::kDuration)}, Fraction});
  out.push_back({"quote", {S(T::kNumber), W("\"|'")}, Quote});
}

}  // namespace factlint::normalize::internal::grammar
