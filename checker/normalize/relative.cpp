// Dates relative to the reference or to the last date mentioned: "yesterday",
// "this week", "last year", "next month", "two weeks ago", "three years
// later", "in 15 months", "earlier this month", "the next month", "that year".
//
// "ago", "from now" and bare "this/last/next" count from the reference (the
// publication date); "later", "earlier", "the next/following/previous" and
// "that" count from Context::anchor when there is one.
#include <re2/re2.h>

#include <cctype>
#include <cmath>
#include <stdexcept>

#include "checker/normalize/calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

// The period of `grain` that contains `d`.
DateRange PeriodOf(const Date& d, std::string_view grain) {
  if (grain == "week") return calendar::WeekRange(d);
  if (grain == "weekend") return calendar::WeekendRange(d);
  if (grain == "month") return calendar::MonthRange(d.year(), d.month());
  if (grain == "quarter") return calendar::QuarterRange(d.year(), (d.month() + 2) / 3);
  if (grain == "half") return calendar::HalfRange(d.year(), d.month() <= 6 ? 1 : 2);
  if (grain == "year") return calendar::YearRange(d.year());
  if (grain == "decade") return calendar::DecadeRange(d.year() / 10 * 10);
  if (grain == "century") {
    const int first = d.year() / 100 * 100;
    return {Date(static_cast<unsigned short>(first), 1, 1),
            Date(static_cast<unsigned short>(first + 99), 12, 31)};
  }
  return calendar::DayRange(d);
}

// `d` moved by `n` units of `grain`. A move past any calendar date ("5555…5
// weeks ago") throws std::out_of_range, as Boost.Date_Time does for a date
// beyond its years, and the normalizer reads no date there; the bound keeps
// every cast below in range.
Date Shift(const Date& d, std::string_view grain, double n) {
  if (!(std::fabs(n) <= 1e6)) throw std::out_of_range("a move beyond the calendar");
  const long whole = static_cast<long>(std::lround(n));
  if (grain == "day") return calendar::AddDays(d, whole);
  if (grain == "week" || grain == "weekend") return calendar::AddDays(d, whole * 7);
  if (grain == "fortnight") return calendar::AddDays(d, whole * 14);
  if (grain == "month") return calendar::AddMonths(d, static_cast<int>(whole));
  if (grain == "quarter") return calendar::AddMonths(d, static_cast<int>(whole) * 3);
  if (grain == "half") return calendar::AddMonths(d, static_cast<int>(whole) * 6);
  if (grain == "year") return calendar::AddMonths(d, static_cast<int>(std::lround(n * 12)));
  if (grain == "decade") return calendar::AddMonths(d, static_cast<int>(std::lround(n * 120)));
  if (grain == "century") return calendar::AddMonths(d, static_cast<int>(std::lround(n * 1200)));
  return d;
}

Value At(const DateRange& range, const std::string& grain) {
  return DateValue(range, grain, IsoFor(range, grain));
}

// "yesterday", "today", "tomorrow", "the day before yesterday", "tonight".
std::optional<Value> Deictic(const Match& m, const Context& context) {
  const std::string w = lexicon::FoldWords(m.Get(1));
  long shift = 0;
  if (w.find("before yesterday") != std::string::npos)
    shift = -2;
  else if (w.find("after tomorrow") != std::string::npos)
    shift = 2;
  else if (w == "yesterday" || w == "last night")
    shift = -1;
  else if (w == "tomorrow")
    shift = 1;
  const Date d = calendar::AddDays(context.ref, shift);
  return At(calendar::DayRange(d), "day");
}

std::string GrainOf(std::string_view word) {
  const std::string w = lexicon::FoldWords(word);
  if (w == "weekend") return "weekend";
  if (w == "half") return "half";
  const std::optional<Unit> unit = lexicon::UnitOf(w);
  return unit ? std::string(UnitName(*unit)) : "";
}

// "this week", "last year", "next month", "this past weekend": from the reference.
std::optional<Value> ThisLastNext(const Match& m, const Context& context) {
  const std::string modifier = calendar::CanonicalModifier(m.Get(1));
  const std::string grain = GrainOf(m.Get(2));
  if (grain.empty() || grain == "second" || grain == "minute" || grain == "hour")
    return std::nullopt;
  if (grain == "day") return std::nullopt;  // "this day", "next day": not a date by itself
  const int step = modifier == "last" ? -1 : modifier == "next" ? 1 : 0;
  if (grain == "weekend") {
    // "last weekend" is the most recent one that is over; "next weekend" the
    // first that has not started.
    DateRange w = calendar::WeekendRange(context.ref);
    if (step < 0 && !(w.to < context.ref))
      w = calendar::WeekendRange(calendar::AddDays(context.ref, -7));
    if (step > 0 && !(context.ref < w.from))
      w = calendar::WeekendRange(calendar::AddDays(context.ref, 7));
    return At(w, "weekend");
  }
  return At(PeriodOf(Shift(context.ref, grain, step), grain), grain);
}

// "the next month", "the following year", "the previous week", "that year",
// "the same day", "the next day": from the anchor (else the reference).
std::optional<Value> Anchored(const Match& m, const Context& context) {
  const std::string word = lexicon::FoldWords(m.Get(1));
  const std::string grain = GrainOf(m.Get(2));
  if (grain.empty() || grain == "second" || grain == "minute" || grain == "hour")
    return std::nullopt;
  int step = 0;
  if (word == "the next" || word == "the following" || word == "the coming" ||
      word == "the subsequent")
    step = 1;
  if (word == "the previous" || word == "the prior" || word == "the preceding") step = -1;
  const std::optional<DateRange> anchor = context.Anchor();
  if (grain == "day" && step == 0 && !anchor && word != "the same") return std::nullopt;
  const Date base = anchor ? anchor->from : context.ref;
  return At(PeriodOf(Shift(base, grain, step), grain), grain);
}

// "15 minutes ago", "5 hours later": the day the clock lands on. From the
// reference's time of day when it is known and the offset counts from it;
// else every day the offset may reach from some time of `base`'s day.
std::optional<Value> ClockOffset(const lexicon::Amount& amount, Unit unit, int sign,
                                 bool from_reference, const Context& context, const Date& base) {
  const double per = unit == Unit::kSecond ? 1.0 / 60 : unit == Unit::kMinute ? 1 : 60;
  const double lo = sign * amount.min * per, hi = sign * amount.max * per;
  if (std::fabs(lo) > 1e8 || std::fabs(hi) > 1e8) return std::nullopt;  // beyond any calendar
  const bool known = from_reference && context.ref_minute >= 0;
  const double first_minute = known ? context.ref_minute : 0;
  const double last_minute = known ? context.ref_minute : 1439;
  const long from = static_cast<long>(std::floor((first_minute + std::min(lo, hi)) / 1440));
  const long to = static_cast<long>(std::floor((last_minute + std::max(lo, hi)) / 1440));
  return At({calendar::AddDays(base, from), calendar::AddDays(base, to)}, "day");
}

// "two weeks ago", "three years later", "a day earlier", "15 months from now".
std::optional<Value> Offset(const Match& m, const Context& context) {
  auto amount = lexicon::ParseAmount(m.Get(2));
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(3));
  if (!amount || !unit) return std::nullopt;
  const bool within_a_day =
      *unit == Unit::kSecond || *unit == Unit::kMinute || *unit == Unit::kHour;
  const std::string word = lexicon::FoldWords(m.Get(4));
  // "two weeks later than planned" is a delay, not a date.
  if (word == "later" || word == "earlier") {
    std::string_view rest = m.After();
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.size() >= 4 && lexicon::Fold(rest.substr(0, 4)) == "than" &&
        (rest.size() == 4 || !std::isalpha(static_cast<unsigned char>(rest[4]))))
      return std::nullopt;
  }
  // "three years after the premiere", "six years after \"Lost\" ended"
  // relate two events; the duration is the claim. Only "after" that ends
  // its phrase ("three years after, she ...") counts from the text's date.
  if (word == "after" || word == "before") {
    std::string_view rest = m.After();
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    static constexpr std::string_view kPhraseEnd = ",.;:!?)";
    if (!rest.empty() && kPhraseEnd.find(rest.front()) == std::string_view::npos &&
        rest.substr(0, 3) != "\u2014" && rest.substr(0, 3) != "\u2013")
      return std::nullopt;
  }
  const bool from_ref = word == "ago" || word == "from now" || word == "hence" || word == "back" ||
                        word == "from today";
  const int sign = (word == "ago" || word == "earlier" || word == "before" || word == "prior" ||
                    word == "back" || word == "previously")
                       ? -1
                       : 1;
  const std::optional<DateRange> anchor = from_ref ? std::nullopt : context.Anchor();
  const Date base = anchor ? anchor->from : context.ref;
  if (within_a_day) return ClockOffset(*amount, *unit, sign, !anchor, context, base);
  std::string approximation = m.Has(1) ? lexicon::FoldWords(m.Get(1)) : "";
  double lo = amount->min, hi = amount->max;
  if (!approximation.empty()) {
    const ToleranceTable& table =
        context.tolerances ? *context.tolerances : ToleranceTable::Default();
    if (const Tolerance* t = table.Find(approximation)) {
      // Widen outward to whole units ("some 15 months" is 13 to 17 months), or
      // to whole months for years ("about two years" is 21 to 27 months).
      const double k =
          (*unit == Unit::kYear || *unit == Unit::kDecade || *unit == Unit::kCentury) ? 12 : 1;
      lo = std::floor(lo * (1 - t->below) * k + 1e-9) / k;
      hi = std::ceil(hi * (1 + t->above) * k - 1e-9) / k;
    }
  }
  // "a decade ago" names a year, not a decade.
  Unit shown_unit = *unit == Unit::kFortnight ? Unit::kWeek : *unit;
  double factor = *unit == Unit::kFortnight ? 2 : 1;
  if (*unit == Unit::kDecade || *unit == Unit::kCentury) {
    shown_unit = Unit::kYear;
    factor = *unit == Unit::kDecade ? 10 : 100;
  }
  const std::string shown(UnitName(shown_unit));
  const DateRange a = PeriodOf(Shift(base, shown, sign * lo * factor), shown);
  const DateRange b = PeriodOf(Shift(base, shown, sign * hi * factor), shown);
  DateRange range{a.from < b.from ? a.from : b.from, a.to < b.to ? b.to : a.to};
  Value v = At(range, shown);
  v.approximation = approximation;
  return v;
}

// "in 15 months", "in two weeks": from the reference, forward. In a past-tense
// sentence "in three years" is a length ("the first time in three years").
std::optional<Value> InFuture(const Match& m, const Context& context) {
  if (context.tense == Tense::kPast) return std::nullopt;
  // "their first album in 12 years", "the worst storm in 50 years": the
  // span since the last one, whatever the tense.
  // Only the noun phrase may stand between: "the first season returns in
  // two years" is a date.
  static const RE2 kFirstOrMost(
      "(?i)\\b(?:first|last|only|most|least|best|worst|[a-z]{2,}est)((?:[ ]+[a-z'’-]+){0,5})[ ]*$");
  static const RE2 kVerb(
      "(?i)\\b(?:is|are|was|were|will|be|been|returns?|comes?|arrives?|opens?|premieres?|"
      "launches?|starts?|begins?|ends?|airs?|debuts?|drops?|happens?|expected|set|due)\\b");
  const std::string_view before = m.Before();
  const size_t reach = before.size() > 60 ? before.size() - 60 : 0;
  std::string between;
  if (RE2::PartialMatch(re2::StringPiece(before.data() + reach, before.size() - reach),
                        kFirstOrMost, &between) &&
      !RE2::PartialMatch(between, kVerb))
    return std::nullopt;
  auto amount = lexicon::ParseAmount(m.Get(1));
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(2));
  if (!amount || !unit || *unit == Unit::kSecond || *unit == Unit::kMinute || *unit == Unit::kHour)
    return std::nullopt;
  const std::string shown(UnitName(*unit == Unit::kFortnight ? Unit::kWeek : *unit));
  const double factor = *unit == Unit::kFortnight ? 2 : 1;
  const DateRange a = PeriodOf(Shift(context.ref, shown, amount->min * factor), shown);
  const DateRange b = PeriodOf(Shift(context.ref, shown, amount->max * factor), shown);
  return At({a.from, b.to}, shown);
}

// "earlier this month", "later this year", "earlier last week".
std::optional<Value> EarlierLater(const Match& m, const Context& context) {
  const std::string which = lexicon::FoldWords(m.Get(1));
  const std::string modifier = calendar::CanonicalModifier(m.Get(2));
  const std::string grain = GrainOf(m.Get(3));
  if (grain.empty()) return std::nullopt;
  const int step = modifier == "last" ? -1 : modifier == "next" ? 1 : 0;
  std::optional<DateRange> anchor;
  if (lexicon::FoldWords(m.Get(2)) == "that") anchor = context.Anchor();
  const Date base = anchor ? anchor->from : context.ref;
  DateRange period = PeriodOf(Shift(base, grain, step), grain);
  if (step == 0 && period.Contains(base)) {
    if (which == "earlier")
      period.to = base;
    else
      period.from = base;
  } else {
    // "earlier last year": the first half of it; "later next month": the second.
    const long days = (period.to - period.from).days();
    if (which == "earlier")
      period.to = calendar::AddDays(period.from, days / 2);
    else
      period.from = calendar::AddDays(period.from, days / 2 + 1);
  }
  Value v = At(period, grain);
  v.modifier = which == "earlier" ? "early" : "late";
  return v;
}

// "the week before last", "the year after next": two periods back or ahead.
std::optional<Value> TwoAway(const Match& m, const Context& context) {
  const std::string grain = GrainOf(m.Get(1));
  if (grain.empty() || grain == "day") return std::nullopt;
  const int step = lexicon::FoldWords(m.Get(2)) == "before last" ? -2 : 2;
  if (grain == "weekend")
    return At(calendar::WeekendRange(calendar::AddDays(context.ref, step * 7)), "weekend");
  return At(PeriodOf(Shift(context.ref, grain, step), grain), grain);
}

// "over the weekend", "during the weekend": the weekend the tense points to
// (past: the latest that has begun; future: the next that has not ended).
std::optional<Value> TheWeekend(const Match&, const Context& context) {
  const DateRange current = calendar::WeekendRange(context.ref);
  DateRange w = current;
  switch (calendar::DirectionOf(context)) {
    case calendar::Direction::kPast:
      if (context.ref < current.from)
        w = calendar::WeekendRange(calendar::AddDays(context.ref, -7));
      break;
    case calendar::Direction::kFuture: break;  // this week's, which ends on Sunday
    case calendar::Direction::kNearest:
      // Monday to Wednesday look back to the weekend just past.
      if (context.ref.day_of_week().as_number() >= 1 && context.ref.day_of_week().as_number() <= 3)
        w = calendar::WeekendRange(calendar::AddDays(context.ref, -7));
      break;
  }
  return At(w, "weekend");
}

// "the coming weeks", "in recent years", "the past few months" without a
// number: a vague window of up to seven units ("several", lexicon.h) that
// starts or ends at the reference. Groups: 1 direction word, 2 plural unit.
std::optional<Value> VagueWindow(const Match& m, const Context& context) {
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(2));
  if (!unit || *unit == Unit::kSecond || *unit == Unit::kMinute) return std::nullopt;
  // "the last days of the campaign" are not a window ending now.
  const std::string next = lexicon::Fold(m.After().substr(0, 4));
  if (next == " of " || next == " of") return std::nullopt;
  const std::string word = lexicon::FoldWords(m.Get(1));
  const bool ahead =
      word.find("coming") != std::string::npos || word.find("next") != std::string::npos;
  // Hours reach a day at most; the other units up to seven ("several").
  const bool hours = *unit == Unit::kHour;
  const Date far =
      Shift(context.ref, UnitName(hours ? Unit::kDay : *unit), (ahead ? 1 : -1) * (hours ? 1 : 7));
  Value v;
  v.kind = Kind::kInterval;
  v.range = ahead ? DateRange{context.ref, far} : DateRange{far, context.ref};
  v.grain = "day";
  v.iso = calendar::IsoDay(v.range.from) + "/" + calendar::IsoDay(v.range.to);
  v.approximation = "vague";
  return v;
}

// "a week from Friday", "two days after Christmas", "a month before the
// 2024 election" is not one (no date follows). Groups: 1 amount, 2 unit,
// 3 from/after/before, 4 the date.
std::optional<Value> OffsetFromDate(const Match& m, const Context& context) {
  auto base = ParseCoreDate(m.Get(4), context);
  auto amount = lexicon::ParseAmount(m.Get(1));
  const std::optional<Unit> unit = lexicon::UnitOf(m.Get(2));
  if (!base || base->kind != Kind::kDate || !amount || amount->vague || !unit ||
      *unit == Unit::kSecond || *unit == Unit::kMinute || *unit == Unit::kHour)
    return std::nullopt;
  const double sign = lexicon::FoldWords(m.Get(3)) == "before" ? -1 : 1;
  const Date moved = Shift(base->range.from, UnitName(*unit), sign * amount->min);
  const std::string grain = base->grain == "day" || base->grain == "week" ? "day" : base->grain;
  if (grain == "day") return At(calendar::DayRange(moved), "day");
  return At(PeriodOf(moved, grain), grain);
}

}  // namespace

void AddAnchoredOffsetRules(std::vector<Rule>& rules, const std::string& core) {
  rules.push_back({Kind::kDate, "relative-offset-from-date",
                   "(" + std::string(lexicon::kAmountPattern) + ")[\\s-]+(" +
                       lexicon::kUnitPattern + ")\\s+(from|after|before)\\s+(" + core + ")",
                   OffsetFromDate, true});
}

void AddRelativeRules(std::vector<Rule>& rules) {
  const std::string amount = std::string("(") + lexicon::kAmountPattern + ")";
  const std::string unit = std::string("(") + lexicon::kUnitPattern + ")";
  const std::string grain = "(week|weekend|month|year|yr|quarter|qtr|decade|century|day|half)";
  rules.push_back({Kind::kDate, "relative-deictic",
                   "((?:the\\s+)?day\\s+before\\s+yesterday|(?:the\\s+)?day\\s+after\\s+tomorrow|"
                   "yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|"
                   "evening))",
                   Deictic, true});
  rules.push_back({Kind::kDate, "relative-this-last-next",
                   "(this\\s+past|this\\s+coming|this|last|next|past|previous|coming|current|"
                   "upcoming)\\s+" +
                       grain,
                   ThisLastNext, true});
  rules.push_back({Kind::kDate, "relative-anchored",
                   "(the\\s+next|the\\s+following|the\\s+previous|the\\s+prior|the\\s+preceding|"
                   "the\\s+subsequent|the\\s+same|that)\\s+" +
                       grain,
                   Anchored, true});
  rules.push_back({Kind::kDate, "relative-offset",
                   "(?:(nearly|almost|about|around|roughly|approximately|some|more\\s+than|over|"
                   "at\\s+least|less\\s+than|just\\s+over|just\\s+under)\\s+)?" +
                       amount + "[\\s-]+" + unit +
                       "\\s+(ago|earlier|later|before|after|from\\s+now|from\\s+today|hence|"
                       "prior|back|previously)",
                   Offset, true});
  rules.push_back(
      {Kind::kDate, "relative-two-away",
       "the\\s+(week|weekend|month|year|quarter|decade)\\s+(before\\s+last|after\\s+next)", TwoAway,
       true});
  rules.push_back({Kind::kDate, "relative-the-weekend",
                   "(?:over|during|on|at|for|across|throughout|since)\\s+the\\s+weekend",
                   TheWeekend, true});
  rules.push_back({Kind::kInterval, "relative-vague-window",
                   "(?:(?:in|over|during|for)\\s+)?(the\\s+(?:coming|next|past|last|upcoming)|"
                   "recent)\\s+(days|weeks|months|years|decades|hours)",
                   VagueWindow});
  rules.push_back({Kind::kDate, "relative-in", "in\\s+" + amount + "\\s+" + unit, InFuture});
  rules.push_back({Kind::kDate, "relative-earlier-later",
                   "(earlier|later)\\s+(?:in\\s+)?(this|that|last|next)\\s+" + grain, EarlierLater,
                   true});
}

}  // namespace factlint::normalize::internal
