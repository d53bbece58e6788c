// Absolute and partial calendar dates: "Oct. 31, 2022", "October 31st, 2022",
// "31 October 2022", "2022-10-31", "10/31/2022", "Tuesday, January 2nd",
// "January 17", "February 2022", "April", "2022", "the 1990s", "Monday",
// "next Friday", "the third Tuesday of September", "the last day of October".
//
// A date without a year recurs: the direction (tense, then --prefer) picks
// the occurrence. A weekday given with a date it does not fall on is kept as
// Value::inconsistency.
#include <re2/re2.h>

#include "checker/normalize/calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

using calendar::Direction;
namespace bg = boost::gregorian;

std::optional<int> DayNumber(std::string_view text) {
  if (auto o = lexicon::ParseOrdinal(text)) return *o;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "may" and "march" in lower case are the verbs.
bool MonthWordOk(std::string_view word) {
  const std::string w = lexicon::Fold(word);
  if ((w == "may" || w == "march") && !Capitalized(word)) return false;
  return true;
}

std::string CheckWeekday(const Match& m, size_t group, const Date& d) {
  if (!m.Has(group)) return "";
  const int wd = lexicon::WeekdayNumber(m.Get(group));
  if (wd < 0) return "";
  return WeekdayMismatch(m.Get(group), wd, d);
}

std::optional<Value> DayValue(int year, int month, int day, bool has_year, const Match& m,
                              size_t weekday_group, const Context& context) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::optional<DateRange> range;
  if (has_year) {
    if (!calendar::ValidDate(year, month, day)) return std::nullopt;
    range = calendar::DayRange(Date(static_cast<unsigned short>(year),
                                    static_cast<unsigned short>(month),
                                    static_cast<unsigned short>(day)));
  } else {
    if (day > bg::gregorian_calendar::end_of_month_day(2000, static_cast<unsigned short>(month)))
      return std::nullopt;
    range = calendar::ResolveAnnual(
        [&](int y) -> std::optional<DateRange> {
          if (!calendar::ValidDate(y, month, day)) return std::nullopt;
          return calendar::DayRange(Date(static_cast<unsigned short>(y),
                                         static_cast<unsigned short>(month),
                                         static_cast<unsigned short>(day)));
        },
        context.ref, calendar::DirectionOf(context));
  }
  if (!range) return std::nullopt;
  Value v = DateValue(*range, "day", calendar::IsoDay(range->from));
  v.inconsistency = CheckWeekday(m, weekday_group, range->from);
  return v;
}

// Groups: 1 weekday, 2 month, 3 day, 4 year, 5 weekday after.
std::optional<Value> MonthDayYear(const Match& m, const Context& context) {
  const int month = lexicon::MonthNumber(m.Get(2));
  const auto day = DayNumber(m.Get(3));
  if (!month || !day) return std::nullopt;
  const bool has_year = m.Has(4);
  const int year = has_year ? YearOf(m.Get(4), context.ref) : 0;
  auto v = DayValue(year, month, *day, has_year, m, m.Has(1) ? 1 : 5, context);
  return v;
}

// Groups: 1 weekday, 2 day, 3 month, 4 year.
std::optional<Value> DayMonthYear(const Match& m, const Context& context) {
  // "21 may be": a count and a verb, unless a year follows.
  if (!MonthWordOk(m.Get(3)) && !m.Has(4)) return std::nullopt;
  const int month = lexicon::MonthNumber(m.Get(3));
  const auto day = DayNumber(m.Get(2));
  if (!month || !day) return std::nullopt;
  const bool has_year = m.Has(4);
  return DayValue(has_year ? YearOf(m.Get(4), context.ref) : 0, month, *day, has_year, m, 1,
                  context);
}

int Int(std::string_view s) {
  int v = 0;
  for (char c : s)
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  return v;
}

// Digits run on past the match ("2014-08-32", "1.1.30.4", "v2.1.2024"): a
// version, an invalid date or a number, never a shorter date inside it.
bool RunsOnInDigits(const Match& m) {
  const std::string_view after = m.After(), before = m.Before();
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto joint = [](char c) { return c == '-' || c == '/' || c == '.'; };
  if (!after.empty() && digit(after[0])) return true;
  if (after.size() > 1 && joint(after[0]) && digit(after[1])) return true;
  if (!before.empty() && digit(before.back())) return true;
  if (before.size() > 1 && joint(before.back()) && digit(before[before.size() - 2])) return true;
  return false;
}

// 2022-10-31, 2022/10/31, 2014.12.28, and ISO 8601's date-time
// (2022-10-31T13:15:30Z: the date as written).
std::optional<Value> IsoDate(const Match& m, const Context& context) {
  if (RunsOnInDigits(m)) return std::nullopt;
  return DayValue(Int(m.Get(1)), Int(m.Get(2)), Int(m.Get(3)), true, m, 99, context);
}

// 10/31/2022, 10-31-22, 31/10/2022 (day first when the first number cannot be a month).
// Dotted, only with a four-digit year: "1.1.30" is a version.
std::optional<Value> NumericDate(const Match& m, const Context& context) {
  if (RunsOnInDigits(m)) return std::nullopt;
  if (m.Get(3).size() == 2 && m.text[m.Offset(3) - 1] == '.') return std::nullopt;
  int month = Int(m.Get(1)), day = Int(m.Get(2));
  if (month > 12 && day <= 12) std::swap(month, day);
  return DayValue(YearOf(m.Get(3), context.ref), month, day, true, m, 99, context);
}

// 2/15: month/day, US order only.
std::optional<Value> NumericMonthDay(const Match& m, const Context& context) {
  const std::string_view after = m.After();
  if (!after.empty() && (after[0] == '/' || (after[0] >= '0' && after[0] <= '9')))
    return std::nullopt;
  const std::string_view before = m.Before();
  if (!before.empty() && (before.back() == '/' || before.back() == '.')) return std::nullopt;
  return DayValue(0, Int(m.Get(1)), Int(m.Get(2)), false, m, 99, context);
}

// 2022-10: an ISO month.
std::optional<Value> IsoMonth(const Match& m, const Context&) {
  if (RunsOnInDigits(m)) return std::nullopt;
  const int year = Int(m.Get(1)), month = Int(m.Get(2));
  if (!calendar::ValidYear(year) || month < 1 || month > 12) return std::nullopt;
  // "2010-11" in prose is the season spanning two years (intervals.cpp), not November.
  if (month == (year + 1) % 100) return std::nullopt;
  return DateValue(calendar::MonthRange(year, month), "month", calendar::IsoMonth(year, month));
}

// "February 2022", "Feb. of 2022".
std::optional<Value> MonthYear(const Match& m, const Context& context) {
  const int month = lexicon::MonthNumber(m.Get(1));
  const int year = YearOf(m.Get(2), context.ref);
  if (!month || !calendar::ValidYear(year)) return std::nullopt;
  return DateValue(calendar::MonthRange(year, month), "month", calendar::IsoMonth(year, month));
}

std::optional<Value> MonthIn(int month, const std::string& modifier, const Context& context) {
  auto range = calendar::ResolveAnnualModified(
      [&](int y) -> std::optional<DateRange> { return calendar::MonthRange(y, month); },
      context.ref, modifier, calendar::DirectionOf(context));
  if (!range) return std::nullopt;
  return DateValue(*range, "month", calendar::IsoMonth(range->from.year(), month));
}

// "April", "last April", "next March", "this May".
std::optional<Value> BareMonth(const Match& m, const Context& context) {
  const std::string_view word = m.Get(2);
  const int month = lexicon::MonthNumber(word);
  if (!month) return std::nullopt;
  const std::string modifier = m.Has(1) ? calendar::CanonicalModifier(m.Get(1)) : "";
  const bool whole = m.begin == 0 && m.end == m.text.size();
  // "June 31, 2022": a month with a day it does not have is no month either
  // (a valid day would have made the longer date).
  static const RE2 kDayAfter("^\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b");
  if (RE2::PartialMatch(re2::StringPiece(m.After().data(), m.After().size()), kDayAfter))
    return std::nullopt;
  if (!whole && !m.Has(1)) {
    if (!Capitalized(word)) return std::nullopt;
    const std::string w = lexicon::Fold(word);
    // Abbreviations stand alone only with their period ("Sept.").
    if (w.size() <= 4 && w.back() != '.' && w != "june" && w != "july" && w != "may")
      return std::nullopt;
    if ((w == "may" || w == "march") &&
        !PrecededBy(m.text, m.begin,
                    "in|by|since|until|till|through|of|from|to|before|after|during|early|late|"
                    "mid|last|next|this|and|or|between|around|about|since|throughout"))
      return std::nullopt;
  }
  return MonthIn(month, modifier, context);
}

// "2000 people", "some 2000 fans", "more than 1,500": a four-digit count. A
// year cue before it ("in", "since", "the", a month) keeps it a year.
bool CountNotYear(const Match& m) {
  if (lexicon::Fold(m.Get(0)).rfind("the year", 0) == 0) return true;
  if (PrecededBy(m.text, m.begin,
                 "about|around|nearly|almost|some|over|than|roughly|approximately|least|only|"
                 "estimated|additional|another|extra|total|hired|killed|employs|employed|sold|"
                 "drew|attracted"))
    return false;
  if (PrecededBy(m.text, m.begin, "in|since|until|till|through|during|before|after|circa"))
    return true;
  std::string_view after = m.After();
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  size_t n = 0;
  while (n < after.size() && after[n] >= 'a' && after[n] <= 'z') ++n;
  const std::string word(after.substr(0, n));
  static const char* const kCountNouns[] = {
      "people",   "persons",  "residents", "workers",  "employees",  "jobs",       "troops",
      "soldiers", "students", "fans",      "votes",    "copies",     "units",      "homes",
      "houses",   "cases",    "deaths",    "children", "men",        "women",      "members",
      "officers", "patients", "miles",     "acres",    "feet",       "meters",     "kilometers",
      "pounds",   "dollars",  "euros",     "tons",     "words",      "pages",      "times",
      "points",   "runs",     "yards",     "calories", "signatures", "protesters", "visitors"};
  for (const char* noun : kCountNouns)
    if (word == noun) return false;
  return true;
}

// "2022", "the year 2022".
std::optional<Value> Year(const Match& m, const Context& context) {
  const int year = Int(m.Get(1));
  const bool whole = m.begin == 0 && m.end == m.text.size();
  if (!calendar::ValidYear(year)) return std::nullopt;
  if (!whole && RunsOnInDigits(m)) return std::nullopt;  // "2014/13/22"
  // The year of a date with no such day ("June 31, 2022") is no claim either.
  static const RE2 kDayOfMonthBefore(
      "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s*$");
  if (RE2::PartialMatch(re2::StringPiece(m.Before().data(), m.Before().size()), kDayOfMonthBefore))
    return std::nullopt;
  if (!whole) {
    // A four-digit count next to a currency sign or a unit is not a year.
    const std::string_view before = m.Before();
    if (!before.empty() && (before.back() == '$' || before.back() == '#')) return std::nullopt;
    // Nor a number a label gives: "Steelworkers Local 2058", "Flight 1549",
    // "Room 1204", "No. 1999".
    static const RE2 kNumberedLabel(
        "(?:^|[^\\p{L}])(?:Local|Route|Flight|Room|Suite|Gate|Highway|Interstate|Exit|Lot|"
        "Precinct|Unit|Platform|Bus|Apartment|Apt\\.?|No\\.?|Nos\\.?|Number)\\s+$");
    if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kNumberedLabel))
      return std::nullopt;
    if (year < 1600 || year > context.ref.year() + 50) return std::nullopt;
    const std::string_view after = m.After();
    if (!after.empty() && (after[0] == '%' || after[0] == ':')) return std::nullopt;
    if (!CountNotYear(m)) return std::nullopt;
  }
  return DateValue(calendar::YearRange(year), "year", calendar::IsoYear(year));
}

// "the 1990s", "the '90s", "the nineties".
std::optional<Value> Decade(const Match& m, const Context& context) {
  int first = 0;
  int tens = -1;
  if (m.Has(1)) {
    first = Int(m.Get(1)) * 10;
    // "the 1800s", "the 1900s" name a century; "the 2000s" is the decade in news use.
    if (first % 100 == 0 && first < 2000) {
      const DateRange r{Date(static_cast<unsigned short>(first), 1, 1),
                        Date(static_cast<unsigned short>(first + 99), 12, 31)};
      if (!calendar::ValidYear(first)) return std::nullopt;
      return DateValue(r, "century", IsoFor(r, "century"));
    }
  } else if (m.Has(2)) {
    tens = Int(m.Get(2));
  } else if (m.Has(4)) {
    // "the 80s" without an apostrophe needs "the": "in his 80s" is an age.
    tens = Int(m.Get(4));
  } else {
    static const char* const kWords[] = {"twenties", "thirties",  "forties",  "fifties",
                                         "sixties",  "seventies", "eighties", "nineties"};
    const std::string w = lexicon::Fold(m.Get(3));
    for (int i = 0; i < 8; ++i)
      if (w == kWords[i]) tens = i + 2;
  }
  if (tens >= 0) {
    // "the '90s": the most recent such decade that has begun by the reference.
    first = context.ref.year() / 100 * 100 + tens * 10;
    if (first > context.ref.year()) first -= 100;
  }
  if (!calendar::ValidYear(first) || !calendar::ValidYear(first + 9)) return std::nullopt;
  return DateValue(calendar::DecadeRange(first), "decade",
                   IsoFor(calendar::DecadeRange(first), "decade"));
}

// "the 21st century".
std::optional<Value> Century(const Match& m, const Context&) {
  const auto n = lexicon::ParseOrdinal(m.Get(1));
  if (!n || *n < 15 || *n > 30) return std::nullopt;
  const int first = (*n - 1) * 100;
  DateRange r{Date(static_cast<unsigned short>(first), 1, 1),
              Date(static_cast<unsigned short>(first + 99), 12, 31)};
  return DateValue(r, "century", IsoFor(r, "century"));
}

// "Monday", "on Monday", "last Friday", "next Friday", "this Thursday", "Friday
// after next", "Wednesday of next week".
std::optional<Value> Weekday(const Match& m, const Context& context) {
  const int wd = lexicon::WeekdayNumber(m.Get(2));
  if (wd < 0) return std::nullopt;
  // "orbits the Sun", "told The Sun": after "the", a capital "Sun" is the
  // star or the paper, never Sunday.
  static const RE2 kTheBefore("(?i)\\bthe\\s+$");
  const std::string_view before = m.Before();
  if (!m.Has(1) && m.Get(2).substr(0, 3) == "Sun" && m.Get(2).size() <= 4 &&
      RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kTheBefore))
    return std::nullopt;
  const Date& ref = context.ref;
  const int ref_wd = ref.day_of_week().as_number();
  const std::string modifier = m.Has(1) ? calendar::CanonicalModifier(m.Get(1)) : "";
  const std::string suffix = m.Has(3) ? lexicon::Fold(m.Get(3)) : "";
  const long ahead = (wd - ref_wd + 7) % 7;   // 0..6 days to the next one (0: today)
  const long behind = (ref_wd - wd + 7) % 7;  // 0..6 days back to the last one
  const long next_strict = ahead == 0 ? 7 : ahead;
  const long last_strict = behind == 0 ? 7 : behind;
  Date d = ref;
  if (suffix.find("week") != std::string::npos) {
    const long shift = suffix.find("next") != std::string::npos   ? 7
                       : suffix.find("last") != std::string::npos ? -7
                                                                  : 0;
    d = calendar::AddDays(calendar::WeekRange(calendar::AddDays(ref, shift)).from, (wd + 6) % 7);
  } else if (suffix.find("after") != std::string::npos) {
    d = calendar::AddDays(ref, next_strict + 7);
  } else if (suffix.find("before") != std::string::npos) {
    d = calendar::AddDays(ref, -last_strict - 7);
  } else if (modifier == "last") {
    d = calendar::AddDays(ref, -last_strict);
  } else if (modifier == "next") {
    d = calendar::AddDays(ref, next_strict);
  } else {
    Direction direction = calendar::DirectionOf(context);
    if (modifier == "this" && direction == Direction::kNearest) direction = Direction::kFuture;
    switch (direction) {
      case Direction::kPast: d = calendar::AddDays(ref, -behind); break;
      case Direction::kFuture: d = calendar::AddDays(ref, ahead); break;
      case Direction::kNearest:
        d = behind <= ahead ? calendar::AddDays(ref, -behind) : calendar::AddDays(ref, ahead);
        break;
    }
  }
  return DateValue(calendar::DayRange(d), "day", calendar::IsoDay(d));
}

// What `at` gives for the year named in group `year_group` of the match, or,
// with no year, for the occurrence the context's tense picks.
template <typename At>
std::optional<DateRange> InYearOrAnnual(const Match& m, int year_group, const At& at,
                                        const Context& context) {
  if (m.Has(year_group)) return at(YearOf(m.Get(year_group), context.ref));
  return calendar::ResolveAnnual(at, context.ref, calendar::DirectionOf(context));
}

// The n of "the nth ... of": 1, 2, ... counted from the front ("first",
// "3rd"), -1 for "last" or "final"; 0 when the word is neither.
int NthOf(std::string_view word) {
  const std::string folded = lexicon::Fold(word);
  if (folded == "last" || folded == "final") return -1;
  return lexicon::ParseOrdinal(word).value_or(0);
}

// The one day `range` holds as a date value; nullopt when there is none.
std::optional<Value> DayValueOf(const std::optional<DateRange>& range) {
  if (!range) return std::nullopt;
  return DateValue(*range, "day", calendar::IsoDay(range->from));
}

// "the third Tuesday of September 2014", "the last Monday in May".
std::optional<Value> NthWeekdayOf(const Match& m, const Context& context) {
  const int n = NthOf(m.Get(1));
  const int wd = lexicon::WeekdayNumber(m.Get(2));
  const int month = lexicon::MonthNumber(m.Get(3));
  if (n == 0 || wd < 0 || !month) return std::nullopt;
  auto at = [&](int y) -> std::optional<DateRange> {
    auto d = calendar::NthWeekday(y, month, wd, n);
    if (!d) return std::nullopt;
    return calendar::DayRange(*d);
  };
  return DayValueOf(InYearOrAnnual(m, 4, at, context));
}

// "the last day of October 2015", "the first day of March".
std::optional<Value> NthDayOf(const Match& m, const Context& context) {
  const int n = NthOf(m.Get(1));
  const int month = lexicon::MonthNumber(m.Get(2));
  if (n == 0 || !month) return std::nullopt;
  auto at = [&](int y) -> std::optional<DateRange> {
    const DateRange r = calendar::MonthRange(y, month);
    if (n == -1) return calendar::DayRange(r.to);
    if (n > r.to.day()) return std::nullopt;
    return calendar::DayRange(calendar::AddDays(r.from, n - 1));
  };
  return DayValueOf(InYearOrAnnual(m, 3, at, context));
}

// "the first week of October 2014" (the week of the month's first Monday),
// "the last week of September" (the week of its last Sunday).
std::optional<Value> NthWeekOf(const Match& m, const Context& context) {
  const int n = NthOf(m.Get(1));
  const int month = lexicon::MonthNumber(m.Get(2));
  if (n == 0 || n > 5 || !month) return std::nullopt;
  auto at = [&](int y) -> std::optional<DateRange> {
    auto d = n == -1 ? calendar::NthWeekday(y, month, 0, -1) : calendar::NthWeekday(y, month, 1, n);
    if (!d) return std::nullopt;
    return calendar::WeekRange(*d);
  };
  const std::optional<DateRange> range = InYearOrAnnual(m, 3, at, context);
  if (!range) return std::nullopt;
  return DateValue(*range, "week", calendar::IsoWeek(range->from));
}

}  // namespace

const char* WeekdayName(int weekday) {
  static const char* const kWeekdayNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                              "Thursday", "Friday", "Saturday"};
  return weekday >= 0 && weekday <= 6 ? kWeekdayNames[weekday] : "";
}

std::string WeekdayMismatch(std::string_view written, int weekday, const Date& d) {
  if (weekday == d.day_of_week().as_number()) return "";
  return std::string(written) + " does not match " + FormatIsoDate(d) + ", which is a " +
         WeekdayName(d.day_of_week().as_number());
}

void AddDateRules(std::vector<Rule>& rules) {
  const std::string month = std::string("(") + lexicon::kMonthPattern + ")";
  const std::string weekday = std::string("(") + lexicon::kWeekdayPattern + ")";
  // Before a date, "Fri," and "Sun" are weekdays even without their period.
  const std::string lead_weekday = std::string("(") + lexicon::kWeekdayPattern +
                                   "|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?)";
  const std::string day = std::string("(") + lexicon::kDayPattern + ")";
  const std::string year = std::string("(") + lexicon::kYearPattern + ")";
  const std::string ordinal = std::string("(") + lexicon::kOrdinalPattern + "|last|final)";
  // "this Friday, January 21", "next Tuesday, Feb. 6": the date itself says
  // which Friday; the word before the weekday adds nothing to read.
  const std::string deictic = "(?:(?:this|next|last|coming|this\\s+coming|this\\s+past)\\s+)?";
  rules.push_back({Kind::kDate, "date-month-day-year",
                   "(?:" + deictic + lead_weekday + ",?\\s+)?(?:the\\s+)?" + month +
                       "\\s*(?:the\\s+)?" + day + "(?:,?\\s*" + year + ")?(?:,\\s*" + weekday +
                       ")?",
                   MonthDayYear, true});
  rules.push_back({Kind::kDate, "date-day-month-year",
                   "(?:" + deictic + lead_weekday + ",?\\s+)?(?:the\\s+)?" + day +
                       "\\s*(?:of\\s+)?" + month + "(?:,?\\s*" + year + ")?",
                   DayMonthYear, true});
  rules.push_back(
      {Kind::kDate, "date-iso",
       "([12][0-9]{3})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12][0-9]|3[01])"
       "(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?",
       IsoDate, true});
  rules.push_back({Kind::kDate, "date-numeric",
                   "([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}|[0-9]{2})", NumericDate, true});
  rules.push_back({Kind::kDate, "date-numeric-month-day",
                   "(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])", NumericMonthDay, true});
  rules.push_back(
      {Kind::kDate, "date-iso-month", "([12][0-9]{3})-(0[1-9]|1[0-2])", IsoMonth, true});
  rules.push_back(
      {Kind::kDate, "date-month-year", month + ",?\\s+(?:of\\s+)?" + year, MonthYear, true});
  rules.push_back({Kind::kDate, "date-month",
                   "(?:(last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+)?" + month,
                   BareMonth, true});
  rules.push_back({Kind::kDate, "date-year", "(?:the\\s+year\\s+)?([12][0-9]{3})", Year, true});
  rules.push_back({Kind::kDate, "date-decade",
                   "(?:the\\s+)?(?:([12][0-9]{2})0['’]?s|['’]([0-9])0['’]?s|(twenties|thirties|"
                   "forties|fifties|sixties|seventies|eighties|nineties))|the\\s+([2-9])0s",
                   Decade, true});
  rules.push_back({Kind::kDate, "date-century",
                   "(?:the\\s+)?(" + std::string(lexicon::kOrdinalPattern) + ")[\\s-]+century",
                   Century, true});
  rules.push_back({Kind::kDate, "date-weekday",
                   "(?:(last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+)?" + weekday +
                       "(?:\\s+(after\\s+next|before\\s+last|of\\s+(?:this|next|last)\\s+week|"
                       "(?:next|last)\\s+week))?",
                   Weekday, true});
  rules.push_back({Kind::kDate, "date-nth-weekday-of-month",
                   "(?:the\\s+)?" + ordinal + "\\s+" + weekday + "\\s+(?:of|in)\\s+" + month +
                       "(?:,?\\s+" + year + ")?",
                   NthWeekdayOf, true});
  rules.push_back(
      {Kind::kDate, "date-nth-day-of-month",
       "(?:the\\s+)?" + ordinal + "\\s+day\\s+(?:of|in)\\s+" + month + "(?:,?\\s+" + year + ")?",
       NthDayOf, true});
  rules.push_back(
      {Kind::kDate, "date-nth-week-of-month",
       "(?:the\\s+)?" + ordinal + "\\s+week\\s+(?:of|in)\\s+" + month + "(?:,?\\s+" + year + ")?",
       NthWeekOf, true});
}

}  // namespace factlint::normalize::internal
