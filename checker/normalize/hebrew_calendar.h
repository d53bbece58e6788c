// The Hebrew calendar, by its arithmetic rules (the molad of Tishrei and the
// postponements, as Dershowitz and Reingold give them in "Calendrical
// Calculations"): the Gregorian date of a Hebrew day, for the Jewish
// holidays news writes about ("Yom Kippur 2018", "the first night of
// Hanukkah"). Exact for every year the calendar library holds.
//
//   HebrewToGregorian(5779, kTishrei, 10)  // -> 2018-09-19 (Yom Kippur)
//   HebrewYearOfMonthIn(2018, kTishrei)    // -> 5779
#pragma once

#include <optional>

#include "checker/core/date.h"

namespace factlint::normalize::hebrew {

// Months as the calendar counts them from Nisan; Adar II (13) only in a
// leap year, where Adar (12) is Adar I.
enum Month {
  kNisan = 1,
  kIyar,
  kSivan,
  kTammuz,
  kAv,
  kElul,
  kTishrei,
  kMarheshvan,
  kKislev,
  kTevet,
  kShevat,
  kAdar,
  kAdarII
};

bool IsLeapYear(long year);
// The Gregorian day of `day` `month` `year`, or nullopt outside the years
// 1400-9999 of the Gregorian calendar library.
std::optional<Date> HebrewToGregorian(long year, int month, int day);
// The Hebrew year whose `month` falls in Gregorian `year`: Tishrei to
// Kislev in the autumn that begins a Hebrew year, the others in the spring
// and summer that end one (Tevet a shade either way: its January part).
long HebrewYearOfMonthIn(int gregorian_year, int month);
// Purim's Adar in `year`: Adar II in a leap year, else Adar.
int PurimMonth(long year);

}  // namespace factlint::normalize::hebrew
