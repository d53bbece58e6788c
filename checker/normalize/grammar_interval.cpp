// Intervals whose ends only the grammar reads: "from May until July next
// year", "between Friday, 23rd and Sunday, 25th February", "Friday 23rd to
// Sunday 25th February". The rules' intervals (intervals.cpp) join ends that
// are rule dates; these productions join any two grammar dates, so an end
// composed here ("July next year", "Friday 23rd") still makes an interval.
//
// The ends share what one of them leaves out, as a reader would: an end
// without a month takes the other's ("Friday 23rd to Sunday 25th February"),
// an end without a year takes the other's, and an opening end that would then
// fall after the closing one moves a year back ("December 20 to January 5 next
// year"). A weekday that does not fit its day is reported, as on a lone date.
#include <string>

#include "checker/normalize/calendar.h"
#include "checker/normalize/grammar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal::grammar {

namespace {

using Parts = std::vector<const Item*>;

bool Placed(const Spec& s) {
  return s.range.has_value();
}

// The end is one day, month or holiday of a year not yet known.
bool Annual(const Spec& s) {
  return !Placed(s) && s.year == 0 && (s.month > 0 || !s.holiday.empty());
}

// "Friday 23rd" written with a weekday that its day, once placed, does not have.
std::string WeekdayMismatchOf(const Spec& s, const Value& v) {
  if (s.weekday < 0 || s.weekday > 6 || s.day == 0 || v.grain != "day") return "";
  return WeekdayMismatch(WeekdayName(s.weekday), s.weekday, v.range.from);
}

std::optional<Value> Resolve(const Spec& s, const Context& context) {
  auto v = ResolveTime(s, context);
  if (v && v->inconsistency.empty()) v->inconsistency = WeekdayMismatchOf(s, *v);
  return v;
}

std::optional<Item> Between(const Item& from, const Item& to) {
  // Clock times alone ("from 9am to 5pm") are hours, not an interval of days.
  if (from.type != T::kTime || to.type != T::kTime) return std::nullopt;
  // At least one end composed here: two rule dates are the rules' to join.
  if (!from.composed && !to.composed) return std::nullopt;
  Item it;
  it.type = T::kInterval;
  it.composed = true;
  it.spec = from.spec;
  it.until = to.spec;
  return it;
}

// "from A to B", "between A and B": parts 1 and 3.
std::optional<Item> Introduced(const Parts& p, const Env&) {
  return Between(*p[1], *p[3]);
}

// "A to B", "A until B": parts 0 and 2.
std::optional<Item> Bare(const Parts& p, const Env&) {
  return Between(*p[0], *p[2]);
}

}  // namespace

std::optional<Value> IntervalOf(const Item& item, const Context& context) {
  Spec left = item.spec, right = item.until;
  if (!Placed(left) && left.day > 0 && left.month == 0 && right.month > 0) {
    left.month = right.month;
    if (!left.year) left.year = right.year;
  }
  if (Annual(right) && left.year) right.year = left.year;
  auto closing = Resolve(right, context);
  if (!closing) return std::nullopt;
  std::optional<Value> opening;
  if (Annual(left)) {
    left.year = closing->range.to.year();
    opening = Resolve(left, context);
    if (opening && closing->range.to < opening->range.from) {
      --left.year;
      opening = Resolve(left, context);
    }
  } else {
    opening = Resolve(left, context);
  }
  if (!opening) return std::nullopt;
  if (closing->range.to < opening->range.from && Annual(item.until) && right.year) {
    // "from November 2024 to March": the closing end is in the year after.
    ++right.year;
    closing = Resolve(right, context);
    if (!closing) return std::nullopt;
  }
  return JoinInterval(*opening, *closing);
}

void AddIntervalProductions(std::vector<Production>& out) {
  out.push_back({"from time to time",
                 {W("from"), S(T::kTime), W("to|until|till|through|thru|-"), S(T::kTime)},
                 Introduced});
  out.push_back(
      {"between time and time", {W("between"), S(T::kTime), W("and"), S(T::kTime)}, Introduced});
  out.push_back(
      {"time to time", {S(T::kTime), W("to|until|till|through|thru"), S(T::kTime)}, Bare});
}

}  // namespace factlint::normalize::internal::grammar
