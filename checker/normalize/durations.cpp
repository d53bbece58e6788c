// Durations: "118 days", "118-day", "a four-month strike", "three years", "a
// year and a half", "two and a half years", "half a year", "nearly two
// years", "some 15 months", "the past three years".
//
// `amount` is what the text says, in its unit; `days` is the length in days
// (a month is 28-31 days, a year 365-366), widened by the tolerance of the
// approximate word; `seconds` only when the unit has a fixed length.
#include <cmath>
#include <stdexcept>

#include "checker/normalize/calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

std::optional<double> SecondsPer(Unit unit) {
  switch (unit) {
    case Unit::kSecond: return 1;
    case Unit::kMinute: return 60;
    case Unit::kHour: return 3600;
    case Unit::kDay: return 86400;
    case Unit::kWeek: return 604800;
    case Unit::kFortnight: return 1209600;
    default: return std::nullopt;
  }
}

namespace {

const char* const kApproximation =
    "(nearly|almost|about|around|roughly|approximately|some|more\\s+than|over|at\\s+least|"
    "less\\s+than|under|fewer\\s+than|up\\s+to|just\\s+over|just\\s+under|well\\s+over|"
    "close\\s+to|upwards\\s+of|an\\s+estimated|estimated|the\\s+better\\s+part\\s+of|at\\s+most|"
    "no\\s+more\\s+than|in\\s+excess\\s+of|just\\s+shy\\s+of|circa)";

double MonthLength(int year, int month) {
  return boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                static_cast<unsigned short>(month));
}

// The shortest and longest `months` consecutive calendar months (a 400-year
// Gregorian cycle has the same extremes as the 4-year one for short spans).
std::pair<double, double> MonthSpan(int months) {
  if (months <= 0) return {0, 0};
  if (months % 12 == 0) {
    const int years = months / 12;
    return {365.0 * years + years / 4, 365.0 * years + (years + 3) / 4};
  }
  if (months > 600) {
    const double mean = months * 30.436875;
    return {std::floor(mean - 2), std::ceil(mean + 2)};
  }
  double lo = 1e18, hi = 0;
  for (int start = 0; start < 48; ++start) {
    double sum = 0;
    for (int k = 0; k < months; ++k) {
      const int index = start + k;
      sum += MonthLength(2000 + index / 12, index % 12 + 1);
    }
    lo = std::min(lo, sum);
    hi = std::max(hi, sum);
  }
  return {lo, hi};
}

// Length of `amount` `unit`s in days: [min, max].
std::pair<double, double> Days(double amount, Unit unit) {
  if (unit == Unit::kSecond) return {amount / 86400, amount / 86400};
  if (unit == Unit::kMinute) return {amount / 1440, amount / 1440};
  if (unit == Unit::kHour) return {amount / 24, amount / 24};
  if (unit == Unit::kDay) return {amount, amount};
  if (unit == Unit::kWeek) return {amount * 7, amount * 7};
  if (unit == Unit::kFortnight) return {amount * 14, amount * 14};
  double months = amount;
  if (unit == Unit::kQuarter) months = amount * 3;
  if (unit == Unit::kYear) months = amount * 12;
  if (unit == Unit::kDecade) months = amount * 120;
  if (unit == Unit::kCentury) months = amount * 1200;
  // Beyond any calendar (a fuzzed "99999999999 months"): the bounds of a
  // month's length, with no cast out of an int's range.
  if (std::fabs(months) > 1e6) return {months * 28, months * 31};
  if (months == std::floor(months)) return MonthSpan(static_cast<int>(months));
  const auto lower = MonthSpan(static_cast<int>(std::floor(months)));
  const auto upper = MonthSpan(static_cast<int>(std::ceil(months)));
  const double frac = months - std::floor(months);
  return {std::floor(lower.first + frac * (upper.first - lower.first)),
          std::ceil(lower.second + frac * (upper.second - lower.second))};
}

std::optional<double> Seconds(double amount, Unit unit) {
  const std::optional<double> per = SecondsPer(unit);
  if (!per) return std::nullopt;
  return amount * *per;
}

std::string Format(double v) {
  // Whole numbers as integers while a long long holds them exactly; a
  // fuzzed "555…5 days" is printed as a double, never cast out of range.
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

std::string IsoDuration(double amount, Unit unit, bool vague) {
  const std::string n = vague ? "X" : Format(amount);
  if (unit == Unit::kSecond) return "PT" + n + "S";
  if (unit == Unit::kMinute) return "PT" + n + "M";
  if (unit == Unit::kHour) return "PT" + n + "H";
  if (unit == Unit::kDay) return "P" + n + "D";
  if (unit == Unit::kWeek) return "P" + n + "W";
  if (unit == Unit::kFortnight) return vague ? "PXW" : "P" + Format(amount * 2) + "W";
  if (unit == Unit::kMonth) return "P" + n + "M";
  if (unit == Unit::kQuarter) return vague ? "PXQ" : "P" + Format(amount * 3) + "M";
  if (unit == Unit::kYear) return "P" + n + "Y";
  if (unit == Unit::kDecade) return vague ? "PXDE" : "P" + Format(amount * 10) + "Y";
  return vague ? "PXCE" : "P" + Format(amount * 100) + "Y";
}

}  // namespace

// Exposed for relative dates ("about two years ago").
Value DurationValue(double min, double max, Unit unit, bool vague, const std::string& approximation,
                    const Context& context) {
  Value v;
  v.kind = Kind::kDuration;
  v.amount = {min, max, unit};
  v.grain = UnitName(unit);
  v.iso = IsoDuration(min, unit, vague);
  if (min == max) v.seconds = Seconds(min, unit);
  const auto lo = Days(min, unit);
  const auto hi = Days(max, unit);
  v.days = {lo.first, hi.second, Unit::kDay};
  if (!approximation.empty()) {
    v.approximation = approximation;
    const ToleranceTable& table =
        context.tolerances ? *context.tolerances : ToleranceTable::Default();
    if (const Tolerance* t = table.Find(approximation)) {
      v.days.min = std::floor(v.days.min * (1 - t->below) + 1e-9);
      v.days.max = std::ceil(v.days.max * (1 + t->above) - 1e-9);
    }
  }
  return v;
}

namespace {

// Groups: 1 approximation, 2 amount, 3 "and a half" before the unit, 4 unit,
// 5 "and a half" after it.
std::optional<Value> Stated(const Match& m, const Context& context) {
  auto amount = lexicon::ParseAmountRange(m.Get(2));
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(4));
  if (!amount || !unit) return std::nullopt;
  const std::string amount_text = lexicon::FoldWords(m.Get(2));
  const std::string unit_word = lexicon::FoldWords(m.Get(4));
  // "a second season", "an hour's drive" is fine, "a second" is an ordinal.
  if ((amount_text == "a" || amount_text == "an") && *unit == Unit::kSecond) return std::nullopt;
  // "a 2025 second-round pick", "the 2023 second-half surge": "second"
  // joined to the word after it is an ordinal.
  if (*unit == Unit::kSecond && m.end < m.text.size() && m.text[m.end] == '-') return std::nullopt;
  // "three times a day" is a rate, not a length.
  if ((amount_text == "a" || amount_text == "an") &&
      PrecededBy(m.text, m.Offset(2), "times|twice|once|per|thrice"))
    return std::nullopt;
  // Plural units after "one"/"a" ("a years") are not English; singular after many is
  // only fine hyphenated ("118-day").
  if (m.Has(3) || m.Has(5)) amount->min += 0.5, amount->max += 0.5;
  std::string approximation = m.Has(1) ? lexicon::FoldWords(m.Get(1)) : "";
  (void)unit_word;
  return DurationValue(amount->min, amount->max, *unit, amount->vague, approximation, context);
}

// An adjective's duration, from its first group (the amount, or the unit
// for "monthlong") to the match's end: the article before it belongs to the
// noun the adjective describes, not to the duration.
Value WithoutArticle(Value v, const Match& m) {
  v.begin = m.Offset(1);
  v.end = m.end;
  return v;
}

// "a three-week strike", "an 18-month-long probe": the article belongs to the
// noun, the amount is the number. Groups: 1 number, 2 unit.
std::optional<Value> Adjective(const Match& m, const Context& context) {
  // "a two-year-old" is an age (ages.cpp).
  const std::string next = lexicon::Fold(m.After().substr(0, 4));
  if (next.rfind("-old", 0) == 0 || next.rfind(" old", 0) == 0) return std::nullopt;
  const auto n = lexicon::ParseNumber(m.Get(1));
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(2));
  if (!n || !unit) return std::nullopt;
  return WithoutArticle(DurationValue(*n, *n, *unit, false, "", context), m);
}

// "a monthlong strike", "a weeklong trip": about one unit, written as one word.
std::optional<Value> LongAdjective(const Match& m, const Context& context) {
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(1));
  if (!unit) return std::nullopt;
  Value v = DurationValue(1, 1, *unit, false, "about", context);
  // Looser than "about a month": a 40-day strike is still called monthlong.
  v.days.min = std::floor(v.days.min * 0.7);
  v.days.max = std::ceil(v.days.max * 1.5);
  return WithoutArticle(v, m);
}

// "half a year", "half an hour".
std::optional<Value> Half(const Match& m, const Context& context) {
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(2));
  if (!unit) return std::nullopt;
  return DurationValue(0.5, 0.5, *unit, false, m.Has(1) ? lexicon::FoldWords(m.Get(1)) : "",
                       context);
}

// "the past three years", "the last 12 months", "the next two weeks", "the past year":
// a duration that ends (or starts) at the reference.
std::optional<Value> Window(const Match& m, const Context& context) {
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(3));
  if (!unit || *unit == Unit::kSecond || *unit == Unit::kMinute || *unit == Unit::kHour)
    return std::nullopt;
  lexicon::Amount amount{1, 1, false};
  if (m.Has(2)) {
    auto parsed = lexicon::ParseAmount(m.Get(2));
    if (!parsed) return std::nullopt;
    amount = *parsed;
  } else {
    // "the past years" is vague; "the next month" is a date after the last one mentioned.
    const std::string word = lexicon::FoldWords(m.Get(1));
    if (lexicon::FoldWords(m.Get(3)).back() == 's' || (word != "past" && word != "last"))
      return std::nullopt;
  }
  Value v = DurationValue(amount.min, amount.max, *unit, amount.vague, "", context);
  const std::string direction = calendar::CanonicalModifier(lexicon::FoldWords(m.Get(1)));
  // The far end is the same calendar day that many units away ("the past three
  // years" on 2024-01-29 starts 2021-01-29); units of no fixed length in days
  // count in months.
  const double months_per = *unit == Unit::kMonth     ? 1
                            : *unit == Unit::kQuarter ? 3
                            : *unit == Unit::kYear    ? 12
                            : *unit == Unit::kDecade  ? 120
                            : *unit == Unit::kCentury ? 1200
                                                      : 0;
  const double months = amount.max * months_per;
  // A window past any calendar date ("the past 5555…5 years"): no date (the
  // normalizer catches this, as it does Boost.Date_Time's own).
  if (!(months <= 1e6 && v.days.max <= 4e6))
    throw std::out_of_range("a window beyond the calendar");
  const int sign = direction == "next" ? 1 : -1;
  const Date far = months_per > 0 && months == std::floor(months)
                       ? calendar::AddMonths(context.ref, sign * static_cast<int>(months))
                       : calendar::AddDays(context.ref, sign * std::lround(v.days.max));
  v.range = sign > 0 ? DateRange{context.ref, far} : DateRange{far, context.ref};
  return v;
}

}  // namespace

void AddDurationRules(std::vector<Rule>& rules) {
  const std::string approx = std::string("(?:") + kApproximation + "\\s+)?";
  const std::string amount = std::string("(") + lexicon::kAmountPattern + ")";
  const std::string unit = std::string("(") + lexicon::kUnitPattern + ")";
  const std::string range = std::string("(") + lexicon::kAmountPattern +
                            "(?:\\s*(?:-|–|\\s+to\\s+|\\s+or\\s+)\\s*" + lexicon::kNumberPattern +
                            ")?)";
  rules.push_back({Kind::kDuration, "duration",
                   approx + range + "(\\s+and\\s+a\\s+half)?[\\s-]+" + unit +
                       "(\\s+and\\s+a\\s+half)?(?:[\\s-]+long)?",
                   Stated});
  rules.push_back({Kind::kDuration, "duration-half", approx + "half\\s+an?\\s+" + unit, Half});
  rules.push_back({Kind::kDuration, "duration-adjective",
                   "an?\\s+(" + std::string(lexicon::kNumberPattern) + ")-(" +
                       lexicon::kUnitPattern + ")(?:-long)?",
                   Adjective});
  rules.push_back({Kind::kDuration, "duration-long-adjective",
                   "(?:an?|the|its|their)\\s+(day|week|month|year)-?long", LongAdjective});
  rules.push_back(
      {Kind::kDuration, "duration-window",
       "the\\s+(past|last|previous|next|coming|following)\\s+(?:" + amount + "\\s+)?" + unit,
       Window});
}

}  // namespace factlint::normalize::internal
