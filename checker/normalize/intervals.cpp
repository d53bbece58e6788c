// Intervals: "from July 14 to November 9", "May 2–September 27, 2023",
// "between 2019 and 2021", "May 2-27, 2023", "2-5 June 2024", "the 2022-23
// season", "since 2019", "through March".
//
// The ends are parsed as dates on their own; an end without a year takes the
// other end's year ("May 2–September 27, 2023"), and a start that would fall
// after the end moves a year back ("December 20 to January 5").
#include <re2/re2.h>

#include <cctype>

#include "checker/normalize/calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

bool HasYearToken(std::string_view text) {
  int run = 0;
  for (char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return text.find('\'') != std::string_view::npos ||
         text.find("\xE2\x80\x99") != std::string_view::npos;
}

const char* Finer(const std::string& a, const std::string& b) {
  static const char* const kOrder[] = {"day",  "weekend", "week", "month",  "quarter",
                                       "half", "season",  "year", "decade", "century"};
  for (const char* g : kOrder)
    if (a == g || b == g) return g;
  return "day";
}

std::optional<Value> Between(std::string_view left_text, std::string_view right_text,
                             const Context& context) {
  auto right = ParseCoreDate(right_text, context);
  if (!right || right->kind != Kind::kDate) return std::nullopt;
  std::optional<Value> left;
  if (!HasYearToken(left_text) && HasYearToken(right_text)) {
    const std::string with_year =
        std::string(left_text) + " " + std::to_string(right->range.to.year());
    left = ParseCoreDate(with_year, context);
    if (left && right->range.to < left->range.from) {
      left = ParseCoreDate(
          std::string(left_text) + " " + std::to_string(right->range.to.year() - 1), context);
    }
  }
  if (!left) left = ParseCoreDate(left_text, context);
  if (!left || left->kind != Kind::kDate) return std::nullopt;
  if (right->range.to < left->range.from && !HasYearToken(left_text) &&
      left->grain == right->grain) {
    // "from December 20 to January 5": the start is in the year before.
    Value moved = *left;
    moved.range = {calendar::AddYears(left->range.from, -1),
                   calendar::AddYears(left->range.to, -1)};
    moved.iso = IsoFor(moved.range, moved.grain);
    left = moved;
  }
  if (right->range.to < left->range.from && !HasYearToken(right_text) &&
      left->grain == right->grain) {
    Value moved = *right;
    moved.range = {calendar::AddYears(right->range.from, 1),
                   calendar::AddYears(right->range.to, 1)};
    moved.iso = IsoFor(moved.range, moved.grain);
    right = moved;
  }
  return JoinInterval(*left, *right);
}

// Groups: 1 left end, 2 right end.
// "Monday – one year after the death of ...", "until three months before
// officials are confident": an end that counts from the event named after
// it is tied to that event, not a date (relative-offset refuses it alone).
bool CountsFromWhatFollows(const Match& m, std::string_view end) {
  static const RE2 kAnchoredOffset("(?i)\\b(?:after|before)$");
  std::string_view rest = m.After();
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return !rest.empty() && std::isalnum(static_cast<unsigned char>(rest.front())) &&
         RE2::PartialMatch(re2::StringPiece(end.data(), end.size()), kAnchoredOffset);
}

std::optional<Value> FromTo(const Match& m, const Context& context) {
  if (CountsFromWhatFollows(m, m.Get(2))) return std::nullopt;
  return Between(m.Get(1), m.Get(2), context);
}

int Int(std::string_view s) {
  int v = 0;
  for (char c : s)
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  return v;
}

// "May 2-27, 2023". Groups: 1 month, 2 first day, 3 last day, 4 year.
std::optional<Value> MonthDays(const Match& m, const Context& context) {
  const std::string year = m.Has(3 + 1) ? ", " + std::string(m.Get(4)) : "";
  return Between(std::string(m.Get(1)) + " " + std::string(m.Get(2)) + year,
                 std::string(m.Get(1)) + " " + std::string(m.Get(3)) + year, context);
}

// "2-5 June 2024". Groups: 1 first day, 2 last day, 3 month, 4 year.
std::optional<Value> DaysMonth(const Match& m, const Context& context) {
  const std::string year = m.Has(4) ? " " + std::string(m.Get(4)) : "";
  return Between(std::string(m.Get(1)) + " " + std::string(m.Get(3)) + year,
                 std::string(m.Get(2)) + " " + std::string(m.Get(3)) + year, context);
}

// "2022-23", "2019/20": a season spanning two years.
std::optional<Value> YearSpan(const Match& m, const Context& context) {
  const int first = Int(m.Get(1));
  const int second = first / 100 * 100 + Int(m.Get(2));
  if (second != first + 1) return std::nullopt;
  if (!calendar::ValidYear(first)) return std::nullopt;
  (void)context;
  Value left = DateValue(calendar::YearRange(first), "year", calendar::IsoYear(first));
  Value right = DateValue(calendar::YearRange(second), "year", calendar::IsoYear(second));
  return JoinInterval(left, right);
}

// "since 2019": from then to the reference.
std::optional<Value> Since(const Match& m, const Context& context) {
  if (CountsFromWhatFollows(m, m.Get(1))) return std::nullopt;
  auto base = ParseCoreDate(m.Get(1), context);
  if (!base || base->kind != Kind::kDate || context.ref < base->range.from) return std::nullopt;
  Value v = *base;
  v.end = 0;
  v.kind = Kind::kInterval;
  v.range = {base->range.from, context.ref};
  v.iso = base->iso + "/" + calendar::IsoDay(context.ref);
  return v;
}

// "through March", "until 2025": from the reference to the end of the period,
// or the period itself when it is already over.
std::optional<Value> Through(const Match& m, const Context& context) {
  if (CountsFromWhatFollows(m, m.Get(1))) return std::nullopt;
  auto base = ParseCoreDate(m.Get(1), context);
  if (!base || base->kind != Kind::kDate) return std::nullopt;
  Value v = *base;
  v.end = 0;
  v.kind = Kind::kInterval;
  if (!(base->range.to < context.ref) && base->range.from > context.ref) {
    v.range = {context.ref, base->range.to};
    v.iso = calendar::IsoDay(context.ref) + "/" + base->iso;
  } else {
    v.iso = base->iso + "/" + base->iso;
  }
  return v;
}

}  // namespace

std::optional<Value> JoinInterval(const Value& left, const Value& right) {
  if (right.range.to < left.range.from) return std::nullopt;
  Value v;
  v.kind = Kind::kInterval;
  v.range = {left.range.from, right.range.to};
  v.grain = Finer(left.grain, right.grain);
  v.iso = left.iso + "/" + right.iso;
  v.inconsistency = !left.inconsistency.empty() ? left.inconsistency : right.inconsistency;
  return v;
}

void AddIntervalRules(std::vector<Rule>& rules, const std::string& core) {
  const std::string month = std::string("(") + lexicon::kMonthPattern + ")";
  const std::string day = std::string("(") + lexicon::kDayPattern + ")";
  const std::string year = std::string("(") + lexicon::kYearPattern + ")";
  const std::string dash = "\\s*(?:-|–|—|to|through|thru|until|till|and)\\s*";
  rules.push_back({Kind::kInterval, "interval-from-to",
                   "(?:from\\s+)?(" + core +
                       ")\\s*(?:-|–|—|\\s+to\\s+|\\s+through\\s+|\\s+thru\\s+|\\s+until\\s+|\\s+"
                       "till\\s+|\\s+into\\s+)\\s*(" +
                       core + ")",
                   FromTo});
  rules.push_back({Kind::kInterval, "interval-between",
                   "between\\s+(" + core + ")\\s+and\\s+(" + core + ")", FromTo});
  rules.push_back({Kind::kInterval, "interval-month-days",
                   month + "\\s*" + day + dash + day + "(?:,?\\s*" + year + ")?", MonthDays});
  rules.push_back({Kind::kInterval, "interval-days-month",
                   day + dash + day + "\\s+(?:of\\s+)?" + month + "(?:,?\\s*" + year + ")?",
                   DaysMonth});
  rules.push_back(
      {Kind::kInterval, "interval-year-span", "([12][0-9]{3})[-–/]([0-9]{2})", YearSpan});
  rules.push_back({Kind::kInterval, "interval-since", "since\\s+(" + core + ")", Since});
  rules.push_back({Kind::kInterval, "interval-through",
                   "(?:through|thru|until|till|up\\s+until)\\s+(" + core + ")", Through});
}

}  // namespace factlint::normalize::internal
