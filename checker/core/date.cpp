#include "checker/core/date.h"

#include <cstdio>

namespace factlint {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Same month and day `years` earlier; Feb 29 becomes Feb 28 in a common year.
Date YearsBefore(const Date& d, int years) {
  const int year = d.year() - years;
  int day = d.day();
  if (d.month() == 2 && day == 29 &&
      !boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year)))
    day = 28;
  return Date(static_cast<unsigned short>(year), d.month(), static_cast<unsigned short>(day));
}

}  // namespace

Result<Date> ParseIsoDate(std::string_view text) {
  const std::string quoted = "'" + std::string(text) + "'";
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !AllDigits(text.substr(0, 4)) ||
      !AllDigits(text.substr(5, 2)) || !AllDigits(text.substr(8, 2)))
    return Error{"", 0, 0, quoted + " is not a date; expected YYYY-MM-DD, e.g. 2024-01-29", ""};
  const int year = ToInt(text.substr(0, 4));
  const int month = ToInt(text.substr(5, 2));
  const int day = ToInt(text.substr(8, 2));
  if (year < 1400 || year > 9999)
    return Error{"", 0, 0, quoted + ": year must be between 1400 and 9999", ""};
  if (month < 1 || month > 12)
    return Error{"", 0, 0, quoted + ": month " + std::to_string(month) + " is out of range 01-12",
                 ""};
  const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(year), static_cast<unsigned short>(month));
  if (day < 1 || day > last)
    return Error{"", 0, 0,
                 quoted + ": day " + std::to_string(day) + " is out of range 01-" +
                     std::to_string(last) + " for that month",
                 ""};
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

std::string FormatIsoDate(const Date& date) {
  if (date.is_special()) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(date.year()),
                static_cast<int>(date.month()), static_cast<int>(date.day()));
  return buf;
}

long DayNumber(const Date& date) {
  static const Date kEpoch(1970, 1, 1);
  return static_cast<long>((date - kEpoch).days());
}

Date FromDayNumber(long day_number) {
  static const Date kEpoch(1970, 1, 1);
  return kEpoch + boost::gregorian::date_duration(day_number);
}

DateRange BirthRangeForAge(int age, const Date& on) {
  const Date latest = YearsBefore(on, age);
  const Date earliest = YearsBefore(on, age + 1) + boost::gregorian::date_duration(1);
  return {earliest, latest};
}

}  // namespace factlint
