// Calendar helpers for the normalizer, all on Boost.Date_Time: period ranges
// (week, month, quarter, half, season, year, decade), nth weekdays, Easter,
// month arithmetic that clamps to the month end, ISO 8601 labels, and the
// choice between past and future occurrences of an undirected expression.
//
//   MonthRange(2024, 2)          -> [2024-02-01, 2024-02-29]
//   NthWeekday(2024, 5, 1, -1)   -> 2024-05-27 (Memorial Day: last Monday of May)
//   Easter(2024)                 -> 2024-03-31
//   AddMonths(2024-01-31, 1)     -> 2024-02-29
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/core/date.h"
#include "checker/normalize/normalize.h"

namespace factlint::normalize::calendar {

DateRange DayRange(const Date& d);
DateRange MonthRange(int year, int month);
DateRange YearRange(int year);
DateRange QuarterRange(int year, int quarter);  // 1-4
DateRange HalfRange(int year, int half);        // 1-2
// Meteorological seasons (0 spring Mar-May, 1 summer Jun-Aug, 2 fall Sep-Nov,
// 3 winter Dec of `year` to Feb of `year`+1).
DateRange SeasonRange(int year, int season);
DateRange DecadeRange(int first_year);  // 1990 -> [1990-01-01, 1999-12-31]
DateRange WeekRange(const Date& d);     // the ISO week (Monday-Sunday) containing d
DateRange WeekendRange(const Date& d);  // Saturday-Sunday of d's ISO week

// The n-th (1-5) `weekday` (0 Sunday..6 Saturday) of the month, or with n == -1
// the last one. nullopt when the month has no such day (a fifth Monday).
std::optional<Date> NthWeekday(int year, int month, int weekday, int n);
// Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus.
Date Easter(int year);
// Same day `months` later (negative: earlier), clamped to the month end.
Date AddMonths(const Date& d, int months);
Date AddYears(const Date& d, int years);
Date AddDays(const Date& d, long days);
// True when year/month/day is a real date.
bool ValidDate(int year, int month, int day);
// Years that Boost can represent (1400-9999).
bool ValidYear(int year);

// ISO 8601 labels.
std::string IsoDay(const Date& d);          // 2013-02-15
std::string IsoMonth(int year, int month);  // 2013-02
std::string IsoWeek(const Date& d);         // 2013-W07
std::string IsoYear(int year);              // 2013

// How an undirected expression is resolved.
enum class Direction { kPast, kFuture, kNearest };
// Past tense -> kPast, future -> kFuture, otherwise the context's Prefer.
Direction DirectionOf(const Context& context);
// Chooses among occurrences: kPast the latest one starting on or before
// `ref`; kFuture the earliest one ending on or after `ref`; kNearest the one
// containing `ref`, else the closest (a tie goes to the past).
std::optional<DateRange> Pick(const std::vector<DateRange>& candidates, const Date& ref,
                              Direction direction);

// Resolves something that recurs every year ("January 17", "Easter",
// "summer"): `at(year)` gives the occurrence in a year (nullopt: none that
// year, e.g. Feb 29), and the direction chooses among the years around ref.
template <typename At>
std::optional<DateRange> ResolveAnnual(const At& at, const Date& ref, Direction direction) {
  std::vector<DateRange> candidates;
  for (int year = ref.year() - 8; year <= ref.year() + 8; ++year) {
    if (!ValidYear(year)) continue;
    // Feb 29 recurs every four years; the others need only the neighbours.
    if ((year < ref.year() - 1 || year > ref.year() + 1) && candidates.size() >= 3) continue;
    if (auto r = at(year)) candidates.push_back(*r);
  }
  return Pick(candidates, ref, direction);
}

// "last <X>": the latest occurrence that ends before ref; "next <X>": the
// earliest that starts after ref; "this <X>": the one in ref's year.
template <typename At>
std::optional<DateRange> ResolveAnnualModified(const At& at, const Date& ref,
                                               const std::string& modifier, Direction direction) {
  std::vector<DateRange> candidates;
  for (int year = ref.year() - 8; year <= ref.year() + 8; ++year)
    if (ValidYear(year))
      if (auto r = at(year)) candidates.push_back(*r);
  std::optional<DateRange> best;
  for (const DateRange& c : candidates) {
    if (modifier == "last") {
      if (c.to < ref && (!best || best->to < c.to)) best = c;
    } else if (modifier == "next") {
      if (ref < c.from && (!best || c.from < best->from)) best = c;
    } else if (modifier == "this") {
      if (c.Contains(ref)) return c;
      if (c.from.year() == ref.year() && !best) best = c;
    }
  }
  if (modifier.empty()) return ResolveAnnual(at, ref, direction);
  return best;
}

// "last", "this past", "previous", "past" -> "last"; "next", "coming",
// "this coming", "following" -> "next"; "this", "current" -> "this"; else "".
std::string CanonicalModifier(std::string_view word);

}  // namespace factlint::normalize::calendar
