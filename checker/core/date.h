// Calendar dates and inclusive date ranges, on top of Boost.Date_Time.
//
// Every time value in factlint is a range of days [from, to], both inclusive:
// "February 2022" is [2022-02-01, 2022-02-28]; "Oct. 31, 2022" is one day.
// Calendar arithmetic (month ends, leap years, Feb 29) is Boost's, never ours.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "checker/core/result.h"

namespace factlint {

using Date = boost::gregorian::date;

// Parses exactly "YYYY-MM-DD". The error explains what is wrong with the text.
Result<Date> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD".
std::string FormatIsoDate(const Date& date);

// Days since 1970-01-01 (negative before). The constraint network works in
// these integers.
long DayNumber(const Date& date);
Date FromDayNumber(long day_number);

struct DateRange {
  Date from;  // first day, inclusive
  Date to;    // last day, inclusive

  bool Intersects(const DateRange& other) const { return !(to < other.from || other.to < from); }
  bool Contains(const Date& d) const { return !(d < from) && !(to < d); }
  bool operator==(const DateRange& o) const { return from == o.from && to == o.to; }
};

// The birth dates consistent with "age `age` on `on`": (on − (age+1) y, on − age y],
// i.e. [on − (age+1) y + 1 d, on − age y]. A person born on Feb 29 turns a
// year older on Mar 1 of a common year; Boost's year arithmetic clamps the
// day to the month end, which is exactly that rule.
DateRange BirthRangeForAge(int age, const Date& on);

}  // namespace factlint
