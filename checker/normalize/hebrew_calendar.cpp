#include "checker/normalize/hebrew_calendar.h"

namespace factlint::normalize::hebrew {
namespace {

// Fixed day numbers ("R.D.": day 1 is Monday, January 1 of year 1 of the
// proleptic Gregorian calendar). Tishrei 1 of the year 1 is R.D. -1373427.
constexpr long kEpoch = -1373427;
// R.D. of 1970-01-01, the day factlint's day numbers count from.
constexpr long kUnixEpoch = 719163;

long FloorDiv(long a, long b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
long Mod(long a, long b) {
  return a - b * FloorDiv(a, b);
}

// Days from the epoch to the new moon (molad) of Tishrei of `year`, with
// the postponement that keeps Yom Kippur off a Friday and Hoshana Rabbah
// off a Saturday.
long ElapsedDays(long year) {
  const long months = FloorDiv(235 * year - 234, 19);
  const long parts = 12084 + 13753 * months;
  long day = 29 * months + FloorDiv(parts, 25920);
  if (Mod(3 * (day + 1), 7) < 3) ++day;
  return day;
}

// The two further postponements that keep a year's length within bounds.
long YearLengthCorrection(long year) {
  const long ny0 = ElapsedDays(year - 1), ny1 = ElapsedDays(year), ny2 = ElapsedDays(year + 1);
  if (ny2 - ny1 == 356) return 2;
  if (ny1 - ny0 == 382) return 1;
  return 0;
}

long NewYear(long year) {
  return kEpoch + ElapsedDays(year) + YearLengthCorrection(year);
}

long DaysInYear(long year) {
  return NewYear(year + 1) - NewYear(year);
}

int LastMonth(long year) {
  return IsLeapYear(year) ? kAdarII : kAdar;
}

int DaysInMonth(int month, long year) {
  const long length = DaysInYear(year);
  const bool long_marheshvan = length == 355 || length == 385;
  const bool short_kislev = length == 353 || length == 383;
  if (month == kIyar || month == kTammuz || month == kElul || month == kTevet || month == kAdarII ||
      (month == kAdar && !IsLeapYear(year)) || (month == kMarheshvan && !long_marheshvan) ||
      (month == kKislev && short_kislev))
    return 29;
  return 30;
}

}  // namespace

bool IsLeapYear(long year) {
  return Mod(7 * year + 1, 19) < 7;
}

int PurimMonth(long year) {
  return IsLeapYear(year) ? kAdarII : kAdar;
}

std::optional<Date> HebrewToGregorian(long year, int month, int day) {
  if (year < 1 || month < kNisan || month > LastMonth(year) || day < 1 ||
      day > DaysInMonth(month, year))
    return std::nullopt;
  long rd = NewYear(year) + day - 1;
  if (month < kTishrei) {
    for (int m = kTishrei; m <= LastMonth(year); ++m) rd += DaysInMonth(m, year);
    for (int m = kNisan; m < month; ++m) rd += DaysInMonth(m, year);
  } else {
    for (int m = kTishrei; m < month; ++m) rd += DaysInMonth(m, year);
  }
  static const long kFirst = DayNumber(Date(1400, 1, 1)), kLast = DayNumber(Date(9999, 12, 31));
  const long day_number = rd - kUnixEpoch;
  if (day_number < kFirst || day_number > kLast) return std::nullopt;
  return FromDayNumber(day_number);
}

long HebrewYearOfMonthIn(int gregorian_year, int month) {
  return gregorian_year + (month >= kTishrei && month <= kKislev ? 3761 : 3760);
}

}  // namespace factlint::normalize::hebrew
