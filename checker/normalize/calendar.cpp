#include "checker/normalize/calendar.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>

namespace factlint::normalize::calendar {
namespace bg = boost::gregorian;

namespace {
unsigned short U(int v) {
  return static_cast<unsigned short>(v);
}
}  // namespace

bool ValidYear(int year) {
  return year >= 1400 && year <= 9999;
}

bool ValidDate(int year, int month, int day) {
  if (!ValidYear(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= bg::gregorian_calendar::end_of_month_day(U(year), U(month));
}

DateRange DayRange(const Date& d) {
  return {d, d};
}

DateRange MonthRange(int year, int month) {
  const Date first(U(year), U(month), 1);
  return {first, first.end_of_month()};
}

DateRange YearRange(int year) {
  return {Date(U(year), 1, 1), Date(U(year), 12, 31)};
}

DateRange QuarterRange(int year, int quarter) {
  const int first = (quarter - 1) * 3 + 1;
  return {MonthRange(year, first).from, MonthRange(year, first + 2).to};
}

DateRange HalfRange(int year, int half) {
  return half == 1 ? DateRange{Date(U(year), 1, 1), Date(U(year), 6, 30)}
                   : DateRange{Date(U(year), 7, 1), Date(U(year), 12, 31)};
}

DateRange SeasonRange(int year, int season) {
  switch (season) {
    case 0: return {Date(U(year), 3, 1), Date(U(year), 5, 31)};
    case 1: return {Date(U(year), 6, 1), Date(U(year), 8, 31)};
    case 2: return {Date(U(year), 9, 1), Date(U(year), 11, 30)};
    default: return {Date(U(year), 12, 1), MonthRange(year + 1, 2).to};
  }
}

DateRange DecadeRange(int first_year) {
  return {Date(U(first_year), 1, 1), Date(U(first_year + 9), 12, 31)};
}

DateRange WeekRange(const Date& d) {
  // Boost numbers Sunday 0; ISO weeks start on Monday.
  const int dow = d.day_of_week().as_number();
  const Date monday = d - bg::date_duration((dow + 6) % 7);
  return {monday, monday + bg::date_duration(6)};
}

DateRange WeekendRange(const Date& d) {
  const DateRange week = WeekRange(d);
  return {week.from + bg::date_duration(5), week.to};
}

std::optional<Date> NthWeekday(int year, int month, int weekday, int n) {
  const auto wd = bg::greg_weekday(U(weekday));
  if (n == -1) {
    return bg::last_day_of_the_week_in_month(wd, bg::greg_month(U(month))).get_date(U(year));
  }
  if (n < 1 || n > 5) return std::nullopt;
  const Date d =
      bg::nth_day_of_the_week_in_month(static_cast<bg::nth_day_of_the_week_in_month::week_num>(n),
                                       wd, bg::greg_month(U(month)))
          .get_date(U(year));
  // Boost answers the last one when the month has no fifth; that is not an answer.
  if (d.month() != month || (d.day() - 1) / 7 + 1 != n) return std::nullopt;
  return d;
}

Date Easter(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date(U(year), U(month), U(day));
}

Date AddMonths(const Date& d, int months) {
  const int total = d.year() * 12 + (d.month() - 1) + months;
  const int year = total / 12, month = total % 12 + 1;
  const int last = bg::gregorian_calendar::end_of_month_day(U(year), U(month));
  return Date(U(year), U(month), U(std::min<int>(d.day(), last)));
}

Date AddYears(const Date& d, int years) {
  return AddMonths(d, years * 12);
}

Date AddDays(const Date& d, long days) {
  return d + bg::date_duration(days);
}

std::string IsoDay(const Date& d) {
  return FormatIsoDate(d);
}

std::string IsoMonth(int year, int month) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string IsoWeek(const Date& d) {
  const Date thursday = WeekRange(d).from + bg::date_duration(3);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(thursday.year()),
                static_cast<int>(d.week_number()));
  return buf;
}

std::string IsoYear(int year) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

Direction DirectionOf(const Context& context) {
  if (context.tense == Tense::kPast) return Direction::kPast;
  if (context.tense == Tense::kFuture) return Direction::kFuture;
  switch (context.prefer) {
    case Prefer::kPast: return Direction::kPast;
    case Prefer::kFuture: return Direction::kFuture;
    default: return Direction::kNearest;
  }
}

std::optional<DateRange> Pick(const std::vector<DateRange>& candidates, const Date& ref,
                              Direction direction) {
  std::optional<DateRange> best;
  long best_distance = 0;
  for (const DateRange& c : candidates) {
    switch (direction) {
      case Direction::kPast:
        if (!(ref < c.from) && (!best || best->from < c.from)) best = c;
        break;
      case Direction::kFuture:
        if (!(c.to < ref) && (!best || c.to < best->to)) best = c;
        break;
      case Direction::kNearest: {
        long distance = 0;
        if (c.to < ref) distance = (ref - c.to).days();
        if (ref < c.from) distance = (c.from - ref).days() * 2 + 1;  // ties go to the past
        if (c.to < ref) distance *= 2;
        if (!best || distance < best_distance) {
          best = c;
          best_distance = distance;
        }
        break;
      }
    }
  }
  return best;
}

std::string CanonicalModifier(std::string_view word) {
  std::string w;
  for (char c : word) {
    if (c == '\t' || c == '\n') c = ' ';
    if (c == ' ' && (w.empty() || w.back() == ' ')) continue;
    w += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (!w.empty() && w.back() == ' ') w.pop_back();
  if (w == "last" || w == "this past" || w == "previous" || w == "past") return "last";
  if (w == "next" || w == "coming" || w == "this coming" || w == "following" || w == "upcoming")
    return "next";
  if (w == "this" || w == "current") return "this";
  return "";
}

}  // namespace factlint::normalize::calendar
