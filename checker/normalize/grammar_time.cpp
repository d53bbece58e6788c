// The grammar's time productions: clock times and the dates built from
// pieces, and how a date that is not yet placed is placed.
//
// Clock times ("3pm", "3:30", "half past three pm", "twelve oh three",
// "a quarter to noon", "8 tonight", "4pm CET") are read to the minute, but
// the value is the day they fall on (the constraint engine works in days):
// with no date, the reference day, or the next one when the time has
// already passed and the direction is the future ("at 3am" on a 04:30
// reference is tomorrow). A 12-hour time without am/pm ("at 4:23") is either.
//
// Dates compose: day-of-month ("the 15th", "20th of next month", "Tuesday
// the 19th", "14th April 15"), numeric ("2 / 15", "31-Oct-74", "2014/10"),
// offsets of an annual date ("thanksgiving in a year", "March after next"),
// counted weekdays ("3 fridays from now", "the first Monday of this month",
// "third tuesday after christmas 2014"), "upcoming two weeks", "the ides of
// March", and a date with a clock time ("Thu at 8 am PST", "9 tomorrow").
#include <cctype>
#include <cmath>
#include <stdexcept>

#include "checker/normalize/calendar.h"
#include "checker/normalize/grammar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal::grammar {

namespace {

using Parts = std::vector<const Item*>;

Item Make(T type, bool composed = true) {
  Item it;
  it.type = type;
  it.composed = composed;
  return it;
}

bool IsInt(double v, double lo, double hi) {
  return v == std::floor(v) && v >= lo && v <= hi;
}

Item TimeOf(const Spec& spec, bool composed = true) {
  Item it = Make(T::kTime, composed);
  it.spec = spec;
  return it;
}

Spec Placed(const DateRange& range, std::string_view grain) {
  Spec s;
  s.range = range;
  s.grain = grain;
  return s;
}

// The period of `unit` containing `d` (its day for a unit no calendar
// period is counted in), and `d` moved by n units.
DateRange PeriodAt(const Date& d, Unit unit) {
  if (unit == Unit::kWeek) return calendar::WeekRange(d);
  if (unit == Unit::kMonth) return calendar::MonthRange(d.year(), d.month());
  if (unit == Unit::kQuarter) return calendar::QuarterRange(d.year(), (d.month() + 2) / 3);
  if (unit == Unit::kYear) return calendar::YearRange(d.year());
  return calendar::DayRange(d);
}
Date Move(const Date& d, Unit unit, double n) {
  // Past any calendar date: no date (the normalizer catches it), and every
  // cast below stays in range.
  if (!(std::fabs(n) <= 1e6)) throw std::out_of_range("a move beyond the calendar");
  const long k = std::lround(n);
  if (unit == Unit::kDay) return calendar::AddDays(d, k);
  if (unit == Unit::kWeek) return calendar::AddDays(d, 7 * k);
  if (unit == Unit::kFortnight) return calendar::AddDays(d, 14 * k);
  if (unit == Unit::kMonth) return calendar::AddMonths(d, static_cast<int>(k));
  if (unit == Unit::kQuarter) return calendar::AddMonths(d, static_cast<int>(3 * k));
  if (unit == Unit::kYear) return calendar::AddMonths(d, static_cast<int>(std::lround(12 * n)));
  if (unit == Unit::kDecade) return calendar::AddMonths(d, static_cast<int>(120 * k));
  return d;
}
// Seconds in a sub-day unit, 0 for the others.
double SubDaySeconds(Unit unit) {
  if (unit == Unit::kSecond) return 1;
  if (unit == Unit::kMinute) return 60;
  if (unit == Unit::kHour) return 3600;
  return 0;
}

// The reference's time of day in minutes (noon when the caller gave none).
int RefMinute(const Context& c) {
  return c.ref_minute >= 0 ? c.ref_minute : 12 * 60;
}

// A date spec with the year left open: what an offset may re-place.
bool Annual(const Spec& s) {
  return !s.range && s.year == 0 && (s.month > 0 || !s.holiday.empty());
}

std::optional<DateRange> PlaceRange(const Spec& spec, const Context& c) {
  auto v = ResolveTime(spec, c);
  if (!v) return std::nullopt;
  return v->range;
}

// ---------------------------------------------------------------- clocks

std::optional<Item> ClockFromNumber(const Parts& p, const Env&) {
  const Item& n = *p[0];
  if (!IsInt(n.num, 0, 23) || (n.digits && n.ndigits > 2)) return std::nullopt;
  Item c = Make(T::kClock, false);
  c.clock.hour = static_cast<int>(n.num);
  c.clock.ambiguous = n.num >= 1 && n.num <= 12;
  c.digits = n.digits;
  return c;
}

std::optional<Item> ColonClock(const Parts& p, const Env& env) {
  const Item &h = *p[0], &m = *p[2];
  if (!h.digits || !m.digits || m.ndigits != 2 || !IsInt(h.num, 0, 23) || !IsInt(m.num, 0, 59))
    return std::nullopt;
  // "3:30" with a space around the colon is a score or a ratio.
  if (env.tokens[p[1]->b].begin != env.tokens[h.e - 1].end ||
      env.tokens[m.b].begin != env.tokens[p[1]->b].end)
    return std::nullopt;
  Item c = Make(T::kClock);
  c.clock.hour = static_cast<int>(h.num);
  c.clock.minute = static_cast<int>(m.num);
  c.clock.ambiguous = h.num >= 1 && h.num <= 12;
  c.digits = true;
  return c;
}

std::optional<Item> ClockSeconds(const Parts& p, const Env&) {
  if (!p[0]->composed || !p[2]->digits || p[2]->ndigits != 2 || !IsInt(p[2]->num, 0, 59))
    return std::nullopt;
  Item c = *p[0];
  return c;
}

// "3pm", "3:30 p.m.", "330 p.m.", "3 in the afternoon", "8 tonight".
std::optional<Item> WithHalfDay(const Item& clock, bool pm) {
  if (!clock.clock.ambiguous && !(clock.clock.hour >= 1 && clock.clock.hour <= 12))
    return std::nullopt;
  Item c = clock;
  c.type = T::kClock;
  c.composed = true;
  c.clock.ambiguous = false;
  c.clock.hour = clock.clock.hour % 12 + (pm ? 12 : 0);
  return c;
}
std::optional<Item> ClockAmPm(const Parts& p, const Env& env) {
  // "7a", "3p" only written together: "7 a day" is not a time.
  if (p[1]->w.size() == 1 && env.tokens[p[1]->b].begin != env.tokens[p[0]->e - 1].end)
    return std::nullopt;
  return WithHalfDay(*p[0], p[1]->w[0] == 'p');
}
std::optional<Item> ClockAmPmSpaced(const Parts& p, const Env&) {  // "a m"
  return WithHalfDay(*p[0], p[1]->w[0] == 'p');
}
std::optional<Item> HhmmAmPm(const Parts& p, const Env&) {  // "330 p.m."
  const Item& n = *p[0];
  if (!n.digits || (n.ndigits != 3 && n.ndigits != 4)) return std::nullopt;
  const int v = static_cast<int>(n.num);
  if (v / 100 < 1 || v / 100 > 12 || v % 100 > 59) return std::nullopt;
  if (p[1]->w.size() == 1) return std::nullopt;
  Item c = Make(T::kClock);
  c.clock.hour = v / 100;
  c.clock.minute = v % 100;
  return WithHalfDay(c, p[1]->w[0] == 'p');
}
bool PmWord(const std::string& w) {
  return w == "afternoon" || w == "evening" || w == "night" || w == "tonight" || w == "pm";
}
std::optional<Item> ClockPartOfDay(const Parts& p, const Env&) {
  return WithHalfDay(*p[0], PmWord(p.back()->w));
}
std::optional<Item> ClockOclock(const Parts& p, const Env&) {
  Item c = *p[0];
  if (c.clock.minute != 0 || c.composed) return std::nullopt;
  c.composed = true;
  return c;
}
// "at 3pm", "@ 15h", "around 1030": the clock; "at" also makes a bare hour a clock.
std::optional<Item> AtClock(const Parts& p, const Env&) {
  // A bare "at 7" is still not a time on its own ("at 7 percent"): composed
  // only when the clock already was.
  Item c = *p[1];
  c.at = true;
  return c;
}
std::optional<Item> AtHhmm(const Parts& p, const Env&) {  // "at 1030"
  const Item& n = *p[1];
  if (!n.digits || (n.ndigits != 4 && n.ndigits != 3)) return std::nullopt;
  const int v = static_cast<int>(n.num);
  // "at 1030" is a time, "at 2019" a year.
  if (v / 100 > 12 || v % 100 > 59) return std::nullopt;
  Item c = Make(T::kClock);
  c.clock.hour = v / 100;
  c.clock.minute = v % 100;
  c.clock.ambiguous = c.clock.hour >= 1 && c.clock.hour <= 12;
  return c;
}
std::optional<Item> ClockApprox(const Parts& p, const Env&) {  // "3pm approximately"
  if (!p[0]->composed) return std::nullopt;
  return *p[0];
}
std::optional<Item> ClockZone(const Parts& p, const Env&) {
  if (!p[0]->composed && !p[0]->at && p[0]->clock.ambiguous) return std::nullopt;
  Item c = *p[0];
  c.composed = true;
  return c;
}

// "half past three", "a quarter to noon", "20 minutes past 3pm", "15 to noon".
std::optional<Item> Relative(const Item& base, int minutes) {
  Item c = base;
  c.type = T::kClock;
  c.composed = true;
  int total = base.clock.hour * 60 + base.clock.minute + minutes;
  if (base.clock.next_day && minutes < 0) total += 24 * 60;
  total = (total + 24 * 60) % (24 * 60);
  c.clock.hour = total / 60;
  c.clock.minute = total % 60;
  c.clock.next_day = false;
  return c;
}
int Sign(const std::string& w) {
  return (w == "to" || w == "till" || w == "before" || w == "of") ? -1 : 1;
}
// "at 3 15", "at 12 15".
std::optional<Item> AtHourMinutes(const Parts& p, const Env&) {
  const Item &h = *p[1], &m = *p[2];
  if (h.composed || !h.digits || !m.digits || m.ndigits != 2 || !IsInt(m.num, 0, 59))
    return std::nullopt;
  Item c = h;
  c.composed = true;
  c.clock.minute = static_cast<int>(m.num);
  return c;
}
std::optional<Item> HalfPast(const Parts& p, const Env&) {
  return Relative(*p[2], 30);
}
std::optional<Item> QuarterRel(const Parts& p, const Env&) {
  return Relative(*p.back(), 15 * Sign(p[p.size() - 2]->w));
}
std::optional<Item> MinutesRel(const Parts& p, const Env&) {
  if (!IsInt(p[0]->num, 1, 59)) return std::nullopt;
  if (p.size() == 4 && p[1]->unit != Unit::kMinute) return std::nullopt;
  // "2 to four" is a range of numbers; "15 to noon", "20 minutes past 3" are times.
  if (p.size() == 3 && !p.back()->composed) return std::nullopt;
  return Relative(*p.back(), static_cast<int>(p[0]->num) * Sign(p[p.size() - 2]->w));
}
std::optional<Item> HalfHour(const Parts& p, const Env&) {  // "half three" (British: 3:30)
  if (p[1]->digits || p[1]->composed) return std::nullopt;
  return Relative(*p[1], 30);
}
// "ten thirty", "twelve oh three", "nine fifty nine", "ten-thirty".
std::optional<Item> HourMinuteWords(const Parts& p, const Env&) {
  const Item& h = *p[0];
  const Item& m = *p.back();
  if (h.digits || h.composed || m.digits || !h.clock.ambiguous) return std::nullopt;
  bool oh = false;
  for (const Item* it : p) oh |= it->type == T::kWord && it->w != "-";
  if (oh ? !IsInt(m.num, 1, 9) : !IsInt(m.num, 10, 59)) return std::nullopt;
  Item c = h;
  // "one twenty two" is 122 as often as 1:22: a minute of two words makes a
  // time only with am/pm after it ("nine fifty nine a m").
  c.composed = m.e - m.b == 1;
  c.clock.minute = static_cast<int>(m.num);
  return c;
}

// ---------------------------------------------------------------- dates

std::optional<Item> DomFromOrdinal(const Parts& p, const Env&) {
  if (!IsInt(p[0]->n, 1, 31)) return std::nullopt;
  Item d = Make(T::kDom, false);
  d.n = p[0]->n;
  return d;
}
std::optional<Item> DomFromNumber(const Parts& p, const Env&) {
  if (!p[0]->digits || p[0]->ndigits > 2 || !IsInt(p[0]->num, 1, 31)) return std::nullopt;
  Item d = Make(T::kDom, false);
  d.n = static_cast<int>(p[0]->num);
  d.digits = true;
  return d;
}
std::optional<Item> TheDom(const Parts& p, const Env&) {
  Item d = *p[1];
  return d;
}
// Whether the parse ends the text (or a clause): "the 1st" is a date at the
// end of a line, not in "the 1st Battalion".
bool AtEnd(const Item& last, const Env& env) {
  if (last.e >= env.tokens.size()) return true;
  const std::string& w = env.tokens[last.e].w;
  return w == "." || w == "," || w == ";" || w == "?" || w == "!" || w == ")";
}
std::optional<Item> OnDom(const Parts& p, const Env& env) {
  if (p[1]->digits && !AtEnd(*p[1], env)) return std::nullopt;
  Spec s;
  s.day = p[1]->n;
  return TimeOf(s);
}
std::optional<Item> TheDomAlone(const Parts& p, const Env& env) {
  if (!AtEnd(*p[1], env) || p[0]->b != 0 || p[1]->e - p[0]->b > 3) return std::nullopt;
  // Only a whole expression: the line is "the 24", "the 1st".
  if (env.tokens.size() != p[1]->e) return std::nullopt;
  Spec s;
  s.day = p[1]->n;
  return TimeOf(s);
}
std::optional<Item> DomOfMonth(const Parts& p, const Env&) {
  Spec s;
  s.day = p[0]->n;
  s.month = p.back()->n;
  if (!calendar::ValidDate(2012, s.month, s.day)) return std::nullopt;
  return TimeOf(s);
}
std::optional<Item> MonthDom(const Parts& p, const Env&) {
  Spec s;
  s.day = p.back()->n;
  s.month = p[0]->n;
  if (!calendar::ValidDate(2012, s.month, s.day)) return std::nullopt;
  return TimeOf(s);
}
int YearFromNumber(const Item& n, const Context& c) {
  if (!n.digits || !n.num || n.num != std::floor(n.num)) return 0;
  if (n.ndigits == 4 && n.num >= 1000 && n.num <= 2999) return static_cast<int>(n.num);
  if (n.ndigits == 2) {
    int y = c.ref.year() / 100 * 100 + static_cast<int>(n.num);
    if (y > c.ref.year() + 10) y -= 100;
    return y;
  }
  return 0;
}
std::optional<Item> WithYear(const Parts& p, const Env& env) {
  const Spec& s0 = p[0]->spec;
  if (s0.range || s0.year || !s0.month || !s0.day || !p[0]->composed) return std::nullopt;
  const int y = YearFromNumber(*p.back(), env.context);
  if (!y || !calendar::ValidDate(y, s0.month, s0.day)) return std::nullopt;
  Spec s = s0;
  s.year = y;
  return TimeOf(s);
}
std::optional<Item> DayOfPlacedMonth(const Parts& p, const Env&) {
  const Spec& m = p.back()->spec;
  if (!m.range || m.grain != "month") return std::nullopt;
  const Date f = m.range->from;
  if (!calendar::ValidDate(f.year(), f.month(), p[0]->n)) return std::nullopt;
  const Date d(f.year(), f.month(), static_cast<unsigned short>(p[0]->n));
  return TimeOf(Placed(calendar::DayRange(d), "day"));
}
// "next month", "the previous week", "this year": placed periods to compose with.
std::optional<Item> RelPeriod(const Parts& p, const Env& env) {
  const std::string& dir = p[p.size() - 2]->w;
  const Unit unit = p.back()->unit;
  if (unit != Unit::kWeek && unit != Unit::kMonth && unit != Unit::kYear && unit != Unit::kQuarter)
    return std::nullopt;
  if (p.back()->plural) return std::nullopt;
  int k = 0;
  if (dir == "next" || dir == "following" || dir == "coming") k = 1;
  if (dir == "last" || dir == "previous") k = -1;
  const Date d = Move(env.context.ref, unit, k);
  return TimeOf(Placed(PeriodAt(d, unit), UnitName(unit)), false);
}
std::optional<Item> TheMonth(const Parts&, const Env& env) {  // "the month" = this month
  return TimeOf(Placed(PeriodAt(env.context.ref, Unit::kMonth), "month"), false);
}
std::optional<Item> MonthYear(const Parts& p, const Env& env) {
  const int y = YearFromNumber(*p[1], env.context);
  if (!y || p[1]->ndigits != 4) return std::nullopt;
  Spec s;
  s.month = p[0]->n;
  s.year = y;
  return TimeOf(s, false);
}
// "christmas 2014", "Easter Sunday two thousand ten".
std::optional<Item> AnnualYear(const Parts& p, const Env&) {
  const Item& n = *p[1];
  if (p[0]->spec.holiday.empty() || p[0]->spec.year || !IsInt(n.num, 1400, 2999) ||
      (n.digits && n.ndigits != 4))
    return std::nullopt;
  Spec s = p[0]->spec;
  s.year = static_cast<int>(n.num);
  return TimeOf(s);
}
// "Fri, Sep 20": the date (the year is never guessed from the weekday).
std::optional<Item> WeekdayDate(const Parts& p, const Env&) {
  const Spec& s = p.back()->spec;
  if (p[0]->plural || !p.back()->composed || !s.day || (!s.month && !s.range)) return std::nullopt;
  return *p.back();
}
// "thu" as a whole text: a weekday abbreviation with nothing around it.
std::optional<Item> WeekdayAlone(const Parts& p, const Env& env) {
  if (p[0]->plural || env.tokens.size() != p[0]->e - p[0]->b || env.tokens[p[0]->b].w.size() > 4)
    return std::nullopt;
  Spec s;
  s.weekday = p[0]->n;
  return TimeOf(s);
}
// "Thursday, 18" is the 18th only when nothing counts on from the 18:
// "on Thursday, 18 months after", "on Thursday, 18 people died".
bool CountsSomething(const Item& number, const Env& env) {
  if (number.e >= env.tokens.size()) return false;
  const std::string& written = env.tokens[number.b].w;
  if (written.empty() || written.find_first_not_of("0123456789") != std::string::npos)
    return false;  // "18th", "eighteenth": a day
  const std::string& next = env.tokens[number.e].w;
  if (next.empty() || !std::isalpha(static_cast<unsigned char>(next[0]))) return false;
  static const char* const kFollowsADay[] = {"at",   "in",      "on",    "of",   "and",    "or",
                                             "to",   "through", "until", "till", "before", "after",
                                             "when", "as",      "from",  "for",  "but",    "while"};
  for (const char* word : kFollowsADay)
    if (next == word) return false;
  return true;
}

std::optional<Item> WeekdayDom(const Parts& p, const Env& env) {
  if (p[0]->plural || CountsSomething(*p.back(), env)) return std::nullopt;
  Spec s;
  s.weekday = p[0]->n;
  s.day = p.back()->n;
  return TimeOf(s);
}
std::optional<Item> NumericDayMonYear(const Parts& p, const Env& env) {  // "31-Oct-74"
  if (!p[0]->digits || !IsInt(p[0]->num, 1, 31) || p[1]->w != p[3]->w) return std::nullopt;
  const int y = YearFromNumber(*p[4], env.context);
  const int m = p[2]->n, d = static_cast<int>(p[0]->num);
  if (!y || !calendar::ValidDate(y, m, d)) return std::nullopt;
  // Two-digit years in such dates are the last century's when ahead of the reference.
  Spec s;
  s.year = y;
  s.month = m;
  s.day = d;
  return TimeOf(s);
}
std::optional<Item> SpacedMonthDay(const Parts& p, const Env& env) {  // "2 / 15"
  if (!p[0]->digits || !p[2]->digits || !IsInt(p[0]->num, 1, 12) || !IsInt(p[2]->num, 1, 31))
    return std::nullopt;
  // Only the spaced form: "2/15" is the rules' (and may be a fraction there).
  if (env.tokens[p[1]->b].begin == env.tokens[p[0]->b].end) return std::nullopt;
  Spec s;
  s.month = static_cast<int>(p[0]->num);
  s.day = static_cast<int>(p[2]->num);
  if (!calendar::ValidDate(2012, s.month, s.day)) return std::nullopt;
  return TimeOf(s);
}
std::optional<Item> MonthSlashYear(const Parts& p, const Env&) {  // "2/2013", "2014/10"
  const Item *m = p[0], *y = p[2];
  if (m->ndigits == 4) std::swap(m, y);
  if (!m->digits || !y->digits || y->ndigits != 4 || !IsInt(m->num, 1, 12) ||
      !calendar::ValidYear(static_cast<int>(y->num)))
    return std::nullopt;
  if (p[0]->ndigits == 4 && p[1]->w != "/") return std::nullopt;  // "2014-10" is the rules'
  return TimeOf(
      Placed(calendar::MonthRange(static_cast<int>(y->num), static_cast<int>(m->num)), "month"));
}
// "March after next", "Friday after next".
std::optional<Item> AfterNext(const Parts& p, const Env& env) {
  const Context& c = env.context;
  if (p[0]->type == T::kMonth) {
    const int m = p[0]->n;
    int y = c.ref.year();
    if (m <= static_cast<int>(c.ref.month())) ++y;
    return TimeOf(Placed(calendar::MonthRange(y + 1, m), "month"));
  }
  if (p[0]->plural) return std::nullopt;
  Date d = calendar::AddDays(c.ref, 1);
  while (d.day_of_week().as_number() != p[0]->n) d = calendar::AddDays(d, 1);
  return TimeOf(Placed(calendar::DayRange(calendar::AddDays(d, 7)), "day"));
}
// An annual date moved: "thanksgiving in a year", "March in 1 year",
// "thanksgiving 3 months ago": placed as seen from the moved reference.
std::optional<Item> ShiftAnnual(const Item& time, const Item& dur, int sign, const Env& env) {
  if (!Annual(time.spec) || dur.type != T::kDuration || SubDaySeconds(dur.unit) > 0)
    return std::nullopt;
  Context moved = env.context;
  moved.ref = Move(env.context.ref, dur.unit, sign * dur.num);
  moved.tense = Tense::kFuture;
  auto r = PlaceRange(time.spec, moved);
  if (!r) return std::nullopt;
  Spec s = time.spec;
  s.range = r;
  s.grain = s.month && !s.day && s.holiday.empty() ? "month" : "day";
  return TimeOf(s);
}
std::optional<Item> AnnualIn(const Parts& p, const Env& env) {
  return ShiftAnnual(*p[0], *p[2], 1, env);
}
std::optional<Item> AnnualAgo(const Parts& p, const Env& env) {
  return ShiftAnnual(*p[0], *p[1], -1, env);
}
std::optional<Item> AnnualFromNow(const Parts& p, const Env& env) {
  return ShiftAnnual(*p[0], *p[1], 1, env);
}
// "thanksgiving of next year", "christmas of last year".
std::optional<Item> AnnualOfYear(const Parts& p, const Env&) {
  const Spec& y = p.back()->spec;
  if (!Annual(p[0]->spec) || !y.range || y.grain != "year") return std::nullopt;
  Spec s = p[0]->spec;
  s.year = y.range->from.year();
  return TimeOf(s);
}
std::optional<Item> HolidayTime(const Parts& p, const Env&) {
  Spec s;
  s.holiday = p[0]->w;
  return TimeOf(s, false);
}
std::optional<Item> MonthTime(const Parts& p, const Env&) {
  Spec s;
  s.month = p[0]->n;
  return TimeOf(s, false);
}
std::optional<Item> YearTime(const Parts& p, const Env& env) {
  if (!p[0]->digits || p[0]->ndigits != 4) return std::nullopt;
  const int y = YearFromNumber(*p[0], env.context);
  if (!y || !calendar::ValidYear(y)) return std::nullopt;
  return TimeOf(Placed(calendar::YearRange(y), "year"), false);
}
std::optional<Item> WeekdayTime(const Parts& p, const Env&) {
  if (p[0]->plural) return std::nullopt;
  Spec s;
  s.weekday = p[0]->n;
  return TimeOf(s, false);
}
std::optional<Item> Deictic(const Parts& p, const Env& env) {
  const std::string& w = p[0]->w;
  long k = w == "tomorrow" ? 1 : w == "yesterday" ? -1 : 0;
  return TimeOf(Placed(calendar::DayRange(calendar::AddDays(env.context.ref, k)), "day"), false);
}
// "3 fridays from now", "2 thursdays ago".
std::optional<Item> CountedWeekdays(const Parts& p, const Env& env) {
  if (!IsInt(p[0]->num, 1, 52) || !p[1]->plural) return std::nullopt;
  const std::string& w = p[2]->w;
  const int sign = (w == "ago" || w == "back") ? -1 : 1;
  Date d = env.context.ref;
  for (int k = 0; k < static_cast<int>(p[0]->num);) {
    d = calendar::AddDays(d, sign);
    if (d.day_of_week().as_number() == p[1]->n) ++k;
  }
  return TimeOf(Placed(calendar::DayRange(d), "day"));
}
// "upcoming two weeks", "2 upcoming days": the period that many units ahead.
std::optional<Item> Upcoming(const Parts& p, const Env& env) {
  const Item* n = p[0]->type == T::kNumber ? p[0] : p[1];
  const Unit unit = p.back()->unit;
  if (!IsInt(n->num, 1, 100) || SubDaySeconds(unit) > 0 || unit == Unit::kFortnight)
    return std::nullopt;
  const Date d = Move(env.context.ref, unit, n->num);
  return TimeOf(Placed(PeriodAt(d, unit), UnitName(unit)));
}
// The month a spec or a placed period names.
std::optional<DateRange> MonthOf(const Item& t, const Env& env) {
  if (t.type == T::kMonth) {
    Spec s;
    s.month = t.n;
    return PlaceRange(s, env.context);
  }
  if (t.spec.range && t.spec.grain == "month") return t.spec.range;
  if (!t.spec.range && t.spec.month && !t.spec.day && t.spec.holiday.empty())
    return PlaceRange(t.spec, env.context);
  return std::nullopt;
}
// "the first Monday of this month", "second monday of last month".
std::optional<Item> NthWeekdayOf(const Parts& p, const Env& env) {
  if (p[1]->plural || !IsInt(p[0]->n, 1, 5)) return std::nullopt;
  auto month = MonthOf(*p.back(), env);
  if (!month) return std::nullopt;
  auto d = calendar::NthWeekday(month->from.year(), month->from.month(), p[1]->n, p[0]->n);
  if (!d) return std::nullopt;
  return TimeOf(Placed(calendar::DayRange(*d), "day"));
}
// "third tuesday after christmas 2014".
std::optional<Item> NthWeekdayAfter(const Parts& p, const Env& env) {
  if (p[1]->plural || !IsInt(p[0]->n, 1, 10)) return std::nullopt;
  auto base = PlaceRange(p.back()->spec, env.context);
  if (!base) return std::nullopt;
  Date d = base->to;
  for (int k = 0; k < p[0]->n;) {
    d = calendar::AddDays(d, 1);
    if (d.day_of_week().as_number() == p[1]->n) ++k;
  }
  return TimeOf(Placed(calendar::DayRange(d), "day"));
}
// "third last week of 2018", "fifth last day of May".
std::optional<Item> NthLastOf(const Parts& p, const Env& env) {
  const Unit unit = p[2]->unit;
  if ((unit != Unit::kWeek && unit != Unit::kDay) || !IsInt(p[0]->n, 1, 10)) return std::nullopt;
  std::optional<DateRange> period;
  if (p.back()->type == T::kMonth || !p.back()->spec.range)
    period = MonthOf(*p.back(), env);
  else
    period = p.back()->spec.range;
  if (!period) return std::nullopt;
  if (unit == Unit::kDay) {
    const Date d = calendar::AddDays(period->to, 1 - p[0]->n);
    return TimeOf(Placed(calendar::DayRange(d), "day"));
  }
  // The last week is the last whole ISO week inside the period.
  Date monday = calendar::WeekRange(period->to).from;
  if (period->to < calendar::WeekRange(period->to).to) monday = calendar::AddDays(monday, -7);
  if (monday < period->from) return std::nullopt;
  monday = calendar::AddDays(monday, -7L * (p[0]->n - 1));
  return TimeOf(Placed(calendar::WeekRange(monday), "week"));
}
// "sunday from last week", "last week's sunday".
std::optional<Item> WeekdayOfWeek(const Parts& p, const Env&) {
  const Item& wd = p[0]->type == T::kWeekday ? *p[0] : *p.back();
  const Item& wk = p[0]->type == T::kWeekday ? *p.back() : *p[0];
  if (wd.plural || !wk.spec.range || wk.spec.grain != "week") return std::nullopt;
  const int offset = (wd.n + 6) % 7;  // Monday 0 ... Sunday 6
  return TimeOf(Placed(calendar::DayRange(calendar::AddDays(wk.spec.range->from, offset)), "day"));
}
// "in 15 minutes", "2 minutes from now", "a day from right now": the day the
// reference's clock reaches.
std::optional<Item> ClockOffset(const Item& dur, const Env& env) {
  // Without the reference's clock "in 15 minutes" stays a duration.
  if (dur.type != T::kDuration || env.context.ref_minute < 0) return std::nullopt;
  double seconds = SubDaySeconds(dur.unit) * dur.num;
  if (dur.unit == Unit::kDay) seconds = 86400 * dur.num;
  if (seconds <= 0) return std::nullopt;
  const double minutes = RefMinute(env.context) + seconds / 60;
  const long days = static_cast<long>(std::floor(minutes / (24 * 60)));
  return TimeOf(Placed(calendar::DayRange(calendar::AddDays(env.context.ref, days)), "day"));
}
std::optional<Item> InDuration(const Parts& p, const Env& env) {
  if (SubDaySeconds(p.back()->unit) == 0) return std::nullopt;
  return ClockOffset(*p.back(), env);
}
std::optional<Item> DurationFromNow(const Parts& p, const Env& env) {
  if (SubDaySeconds(p[0]->unit) == 0 && p[0]->unit != Unit::kDay) return std::nullopt;
  return ClockOffset(*p[0], env);
}
std::optional<Item> Ides(const Parts& p, const Env&) {
  const int m = p.back()->n;
  Spec s;
  s.month = m;
  s.day = (m == 3 || m == 5 || m == 7 || m == 10) ? 15 : 13;
  return TimeOf(s);
}
// A date with a clock time: the date ("Thu at 8 am PST", "9 tomorrow").
std::optional<Item> DateAtClock(const Parts& p, const Env&) {
  const Item& t = p[0]->type == T::kTime ? *p[0] : *p.back();
  const Item& c = p[0]->type == T::kClock ? *p[0] : *p.back();
  if (t.spec.clock) return std::nullopt;
  // Only a day takes a clock time ("July 2 to four" is not July at 3:58).
  const bool day = t.spec.day || t.spec.weekday >= 0 || (t.spec.range && t.spec.grain == "day");
  if (!day) return std::nullopt;
  // A bare hour ("9 tomorrow", "Thu at 8") only with "at" or a day word next to it.
  if (!c.composed && !c.at && !(t.spec.range && !t.composed)) return std::nullopt;
  Item out = t;
  out.composed = true;
  out.spec.clock = c.clock;
  return out;
}

// A day of some month ("the 15th"), maybe of a weekday ("Thu 15th"): of
// the months around the reference where it exists, the one dir picks.
std::optional<DateRange> DayOfSomeMonth(const Spec& spec, const Date& ref,
                                        calendar::Direction dir) {
  std::vector<DateRange> candidates;
  const int span = spec.weekday >= 0 ? 30 : 2;
  for (int k = -span; k <= span; ++k) {
    const Date first = calendar::AddMonths(Date(ref.year(), ref.month(), 1), k);
    if (!calendar::ValidDate(first.year(), first.month(), spec.day)) continue;
    const Date d(first.year(), first.month(), static_cast<unsigned short>(spec.day));
    if (spec.weekday >= 0 && d.day_of_week().as_number() != spec.weekday) continue;
    candidates.push_back(calendar::DayRange(d));
  }
  return calendar::Pick(candidates, ref, dir);
}

// A time of day alone: the reference day, or the next (previous) one
// when the direction is the future (past) and the time is behind (ahead).
// Without the reference's clock a time of day has no day: nothing.
std::optional<DateRange> DayOfClockTime(const Clock& k, const Context& c, calendar::Direction dir) {
  if (c.ref_minute < 0) return std::nullopt;
  // Compared by the hour, as a reader would: "4:23am" at 04:30 is still this morning.
  const int now = RefMinute(c) / 60 * 60;
  int at = k.hour * 60 + k.minute;
  if (k.next_day) at = 24 * 60;
  long shift = 0;
  if (c.ref_minute >= 0 && dir == calendar::Direction::kFuture) {
    const bool later = at >= now || (k.ambiguous && k.hour < 12 && at + 12 * 60 >= now);
    shift = later ? (at >= 24 * 60 ? 1 : 0) : 1;
  } else if (c.ref_minute >= 0 && dir == calendar::Direction::kPast) {
    shift = at <= now || k.next_day ? 0 : (k.ambiguous ? 0 : -1);
  }
  return calendar::DayRange(calendar::AddDays(c.ref, shift));
}

}  // namespace

std::optional<Value> ResolveTime(const Spec& spec, const Context& c) {
  const auto dir = calendar::DirectionOf(c);
  const Date& ref = c.ref;
  std::optional<DateRange> r;
  std::string grain = "day";
  if (spec.range) {
    r = spec.range;
    grain = spec.grain;
  } else if (!spec.holiday.empty()) {
    const std::string name = spec.holiday;
    auto at = [&name](int y) -> std::optional<DateRange> {
      auto d = HolidayDate(name, y);
      if (!d) return std::nullopt;
      return calendar::DayRange(*d);
    };
    r = spec.year ? at(spec.year) : calendar::ResolveAnnual(at, ref, dir);
  } else if (spec.year && spec.month && spec.day) {
    if (!calendar::ValidDate(spec.year, spec.month, spec.day)) return std::nullopt;
    r = calendar::DayRange(Date(static_cast<unsigned short>(spec.year),
                                static_cast<unsigned short>(spec.month),
                                static_cast<unsigned short>(spec.day)));
  } else if (spec.year && spec.month) {
    r = calendar::MonthRange(spec.year, spec.month);
    grain = "month";
  } else if (spec.month) {
    const int m = spec.month, d = spec.day;
    if (d) {
      r = calendar::ResolveAnnual(
          [m, d](int y) -> std::optional<DateRange> {
            if (!calendar::ValidDate(y, m, d)) return std::nullopt;
            return calendar::DayRange(Date(static_cast<unsigned short>(y),
                                           static_cast<unsigned short>(m),
                                           static_cast<unsigned short>(d)));
          },
          ref, dir);
    } else {
      r = calendar::ResolveAnnual(
          [m](int y) -> std::optional<DateRange> { return calendar::MonthRange(y, m); }, ref, dir);
      grain = "month";
    }
  } else if (spec.day) {
    r = DayOfSomeMonth(spec, ref, dir);
  } else if (spec.weekday >= 0) {
    std::vector<DateRange> candidates;
    for (long k = -7; k <= 7; ++k) {
      const Date d = calendar::AddDays(ref, k);
      if (d.day_of_week().as_number() == spec.weekday) candidates.push_back(calendar::DayRange(d));
    }
    r = calendar::Pick(candidates, ref, dir);
  } else if (spec.clock) {
    r = DayOfClockTime(*spec.clock, c, dir);
  }
  if (!r) return std::nullopt;
  return DateValue(*r, grain, IsoFor(*r, grain));
}

void AddClockProductions(std::vector<Production>& out) {
  const char* kZones = "gmt|utc|cet|pst|pdt|est|edt|et|pt|ct|cst|cdt|mt|mst|bst|z";
  out.push_back({"hour", {S(T::kNumber)}, ClockFromNumber});
  out.push_back({"h:mm", {S(T::kNumber), W(":"), S(T::kNumber)}, ColonClock});
  out.push_back({"h:mm:ss", {S(T::kClock), W(":"), S(T::kNumber)}, ClockSeconds});
  out.push_back({"clock am", {S(T::kClock), W("am|pm|a|p")}, ClockAmPm});
  out.push_back({"clock a m", {S(T::kClock), W("a|p"), W("m")}, ClockAmPmSpaced});
  out.push_back({"hhmm pm", {S(T::kNumber), W("am|pm|a|p")}, HhmmAmPm});
  out.push_back({"clock in the morning",
                 {S(T::kClock), W("in"), W("the"), W("morning|afternoon|evening|am|pm")},
                 ClockPartOfDay});
  out.push_back({"clock in afternoon",
                 {S(T::kClock), W("in"), W("morning|afternoon|evening")},
                 ClockPartOfDay});
  out.push_back({"clock tonight", {S(T::kClock), W("tonight")}, ClockPartOfDay});
  out.push_back({"clock this evening",
                 {S(T::kClock), W("this"), W("morning|afternoon|evening")},
                 ClockPartOfDay});
  out.push_back({"oclock", {S(T::kClock), W("oclock")}, ClockOclock});
  out.push_back({"o'clock", {S(T::kClock), W("o"), W("'"), W("clock")}, ClockOclock});
  out.push_back({"at clock", {W("at|@"), S(T::kClock)}, AtClock});
  out.push_back({"about clock", {W("about|around|approximately"), S(T::kClock)}, ClockApprox});
  out.push_back({"at about clock",
                 {W("at|@"), W("about|around"), S(T::kClock)},
                 [](const Parts& p, const Env&) -> std::optional<Item> {
                   if (!p[2]->composed) return std::nullopt;
                   return *p[2];
                 }});
  out.push_back({"at hhmm", {W("at|@|around|about|approximately"), S(T::kNumber)}, AtHhmm});
  out.push_back({"clock approximately", {S(T::kClock), W("approximately|sharp")}, ClockApprox});
  out.push_back({"clock zone", {S(T::kClock), W(kZones)}, ClockZone});
  out.push_back({"half past", {W("half"), W("past|after"), S(T::kClock)}, HalfPast});
  out.push_back({"at h mm", {W("at|@"), S(T::kClock), S(T::kNumber)}, AtHourMinutes});
  out.push_back({"in the evening at clock",
                 {W("in"), W("the"), W("morning|afternoon|evening"), W("at|@"), S(T::kClock)},
                 [](const Parts& p, const Env&) -> std::optional<Item> {
                   return WithHalfDay(*p.back(), PmWord(p[2]->w));
                 }});
  out.push_back(
      {"n minutes from clock", {S(T::kNumber), S(T::kUnit), W("from"), S(T::kClock)}, MinutesRel});
  out.push_back({"quarter past",
                 {W("quarter"), W("past|after|to|till|before|of"), S(T::kClock)},
                 QuarterRel});
  out.push_back({"a quarter past",
                 {W("a"), W("quarter"), W("past|after|to|till|before|of"), S(T::kClock)},
                 QuarterRel});
  out.push_back(
      {"n past", {S(T::kNumber), W("past|after|to|till|before"), S(T::kClock)}, MinutesRel});
  out.push_back({"n minutes past",
                 {S(T::kNumber), S(T::kUnit), W("past|after|to|till|before"), S(T::kClock)},
                 MinutesRel});
  out.push_back({"half three", {W("half"), S(T::kClock)}, HalfHour});
  out.push_back({"ten thirty", {S(T::kClock), S(T::kNumber)}, HourMinuteWords});
  out.push_back({"ten-thirty", {S(T::kClock), W("-"), S(T::kNumber)}, HourMinuteWords});
  out.push_back(
      {"twelve oh three", {S(T::kClock), W("oh|o|ou|zero"), S(T::kNumber)}, HourMinuteWords});
  out.push_back({"twelve-oh-three",
                 {S(T::kClock), W("-"), W("oh|o|ou|zero"), W("-"), S(T::kNumber)},
                 HourMinuteWords});
}

// The families of productions AddTimeProductions adds, in the order it adds
// them.
namespace {

// Pieces as dates to compose with (not parses on their own).
void AddPieceProductions(std::vector<Production>& out) {
  out.push_back({"dom", {S(T::kOrdinal)}, DomFromOrdinal});
  out.push_back({"dom digits", {S(T::kNumber)}, DomFromNumber});
  out.push_back({"the dom", {W("the"), S(T::kDom)}, TheDom});
  out.push_back({"holiday", {S(T::kHoliday)}, HolidayTime});
  out.push_back({"month", {S(T::kMonth)}, MonthTime});
  out.push_back({"year", {S(T::kNumber)}, YearTime});
  out.push_back({"weekday", {S(T::kWeekday)}, WeekdayTime});
  out.push_back({"deictic", {W("today|tonight|tomorrow|yesterday")}, Deictic});
  out.push_back({"rel period",
                 {W("next|last|this|current|previous|following|coming"), S(T::kUnit)},
                 RelPeriod});
  out.push_back({"the rel period",
                 {W("the"), W("next|last|this|current|previous|following|coming"), S(T::kUnit)},
                 RelPeriod});
  out.push_back({"the month", {W("the"), W("month")}, TheMonth});
}

// Days of the month.
void AddDayOfMonthProductions(std::vector<Production>& out) {
  out.push_back({"on dom", {W("on"), S(T::kDom)}, OnDom});
  out.push_back({"the dom alone", {W("the"), S(T::kDom)}, TheDomAlone});
  out.push_back({"dom of month", {S(T::kDom), W("of"), S(T::kMonth)}, DomOfMonth});
  out.push_back({"dom month", {S(T::kDom), S(T::kMonth)}, DomOfMonth});
  out.push_back({"dom day of month", {S(T::kDom), W("day"), W("of"), S(T::kMonth)}, DomOfMonth});
  out.push_back({"month dom", {S(T::kMonth), S(T::kDom)}, MonthDom});
  out.push_back({"date year", {S(T::kTime), S(T::kNumber)}, WithYear});
  out.push_back({"date, year", {S(T::kTime), W(","), S(T::kNumber)}, WithYear});
  out.push_back({"dom of next month", {S(T::kDom), W("of"), S(T::kTime)}, DayOfPlacedMonth});
  out.push_back(
      {"dom day of next month", {S(T::kDom), W("day"), W("of"), S(T::kTime)}, DayOfPlacedMonth});
  out.push_back({"weekday dom", {S(T::kWeekday), S(T::kDom)}, WeekdayDom});
  out.push_back({"month year", {S(T::kMonth), S(T::kNumber)}, MonthYear});
  out.push_back({"annual year", {S(T::kTime), S(T::kNumber)}, AnnualYear});
  out.push_back({"weekday, date", {S(T::kWeekday), W(","), S(T::kTime)}, WeekdayDate});
  out.push_back({"weekday date", {S(T::kWeekday), S(T::kTime)}, WeekdayDate});
  out.push_back({"weekday alone", {S(T::kWeekday)}, WeekdayAlone});
  out.push_back({"weekday the dom", {S(T::kWeekday), W("the"), S(T::kDom)}, WeekdayDom});
  out.push_back({"weekday, dom", {S(T::kWeekday), W(","), S(T::kDom)}, WeekdayDom});
}

// Numeric dates, offsets and counts.
void AddNumericAndOffsetProductions(std::vector<Production>& out) {
  out.push_back({"dd-mon-yy",
                 {S(T::kNumber), W("/|-"), S(T::kMonth), W("/|-"), S(T::kNumber)},
                 NumericDayMonYear});
  out.push_back({"m / d", {S(T::kNumber), W("/"), S(T::kNumber)}, SpacedMonthDay});
  out.push_back({"m/yyyy", {S(T::kNumber), W("/|-"), S(T::kNumber)}, MonthSlashYear});
  // Offsets and counts.
  out.push_back({"month after next", {S(T::kMonth), W("after"), W("next")}, AfterNext});
  out.push_back({"weekday after next", {S(T::kWeekday), W("after"), W("next")}, AfterNext});
  out.push_back({"annual in duration", {S(T::kTime), W("in"), S(T::kDuration)}, AnnualIn});
  out.push_back({"annual duration ago", {S(T::kTime), S(T::kDuration), W("ago|back")}, AnnualAgo});
  out.push_back(
      {"annual duration hence", {S(T::kTime), S(T::kDuration), W("hence")}, AnnualFromNow});
  out.push_back({"annual of next year", {S(T::kTime), W("of|in"), S(T::kTime)}, AnnualOfYear});
  // "June next year", "March last year": news drops the "of".
  out.push_back({"annual next year", {S(T::kTime), S(T::kTime)}, AnnualOfYear});
  out.push_back({"n weekdays from now",
                 {S(T::kNumber), S(T::kWeekday), W("from"), W("now|today")},
                 [](const Parts& p, const Env& env) -> std::optional<Item> {
                   return CountedWeekdays({p[0], p[1], p[2]}, env);
                 }});
  out.push_back(
      {"n weekdays ago", {S(T::kNumber), S(T::kWeekday), W("ago|back|hence")}, CountedWeekdays});
  out.push_back({"upcoming n units", {W("upcoming"), S(T::kNumber), S(T::kUnit)}, Upcoming});
  out.push_back({"n upcoming units", {S(T::kNumber), W("upcoming"), S(T::kUnit)}, Upcoming});
  out.push_back({"nth weekday of month",
                 {S(T::kOrdinal), S(T::kWeekday), W("of|in"), S(T::kTime)},
                 NthWeekdayOf});
  out.push_back({"the nth weekday of month",
                 {W("the"), S(T::kOrdinal), S(T::kWeekday), W("of|in"), S(T::kTime)},
                 [](const Parts& p, const Env& env) -> std::optional<Item> {
                   return NthWeekdayOf({p[1], p[2], p[3], p[4]}, env);
                 }});
  out.push_back({"nth weekday after",
                 {S(T::kOrdinal), S(T::kWeekday), W("after"), S(T::kTime)},
                 NthWeekdayAfter});
  out.push_back({"nth last unit of",
                 {S(T::kOrdinal), W("last"), S(T::kUnit), W("of"), S(T::kTime)},
                 NthLastOf});
  out.push_back({"the nth last unit of",
                 {W("the"), S(T::kOrdinal), W("last"), S(T::kUnit), W("of"), S(T::kTime)},
                 [](const Parts& p, const Env& env) -> std::optional<Item> {
                   return NthLastOf({p[1], p[2], p[3], p[4], p[5]}, env);
                 }});
  out.push_back(
      {"weekday from last week", {S(T::kWeekday), W("from|of"), S(T::kTime)}, WeekdayOfWeek});
  out.push_back(
      {"last week's weekday", {S(T::kTime), W("'"), W("s"), S(T::kWeekday)}, WeekdayOfWeek});
  out.push_back({"in duration", {W("in"), S(T::kDuration)}, InDuration});
  out.push_back(
      {"duration from now", {S(T::kDuration), W("from"), W("now|today")}, DurationFromNow});
  out.push_back({"duration from right now",
                 {S(T::kDuration), W("from"), W("right"), W("now")},
                 DurationFromNow});
  out.push_back({"duration hence", {S(T::kDuration), W("hence")}, DurationFromNow});
  out.push_back({"ides of", {W("ides"), W("of"), S(T::kMonth)}, Ides});
  out.push_back({"the ides of", {W("the"), W("ides"), W("of"), S(T::kMonth)}, Ides});
}

// A date and a clock time.
void AddDateAndClockProductions(std::vector<Production>& out) {
  out.push_back({"date at clock", {S(T::kTime), W("at|@"), S(T::kClock)}, DateAtClock});
  out.push_back({"date, clock", {S(T::kTime), W(","), S(T::kClock)}, DateAtClock});
  out.push_back({"date clock", {S(T::kTime), S(T::kClock)}, DateAtClock});
  out.push_back({"clock date", {S(T::kClock), S(T::kTime)}, DateAtClock});
  out.push_back({"clock on date", {S(T::kClock), W("on|,"), S(T::kTime)}, DateAtClock});
}

}  // namespace

void AddTimeProductions(std::vector<Production>& out) {
  AddPieceProductions(out);
  AddDayOfMonthProductions(out);
  AddNumericAndOffsetProductions(out);
  AddDateAndClockProductions(out);
}

}  // namespace factlint::normalize::internal::grammar
