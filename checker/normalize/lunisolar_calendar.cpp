#include "checker/normalize/lunisolar_calendar.h"

#include <cmath>
#include <vector>

#include "checker/normalize/astronomy.h"

namespace factlint::normalize::lunisolar {
namespace {

using astronomy::JulianDay;
using astronomy::LocalDate;
using astronomy::Place;

// Where the calendars are reckoned: Indian almanacs give New Delhi's
// sunrise by default; Onam is Kerala's; China counts days in UTC+8.
constexpr Place kNewDelhi{28.6139, 77.2090, 5.5};
constexpr Place kKochi{9.9312, 76.2673, 5.5};
constexpr Place kMecca{21.4225, 39.8262, 3.0};
constexpr double kChinaOffset = 8.0;

// The years the series above hold well enough, inside the calendar
// library's 1400-9999.
bool Supported(int year) {
  return year >= 1600 && year <= 9000;
}

Date Plus(const Date& d, long days) {
  return FromDayNumber(DayNumber(d) + days);
}

// The moment in local day `d` at which a festival's tithi must hold.
double MomentOf(const Date& d, Observance when) {
  switch (when) {
    case Observance::kSunrise: return astronomy::Sunrise(d, kNewDelhi);
    case Observance::kMidday:
      return (astronomy::Sunrise(d, kNewDelhi) + astronomy::Sunset(d, kNewDelhi)) / 2;
    case Observance::kEvening:
      // The middle of pradosh, the 2 h 24 min after sunset.
      return astronomy::Sunset(d, kNewDelhi) + 0.05;
    case Observance::kMidnight:
      return (astronomy::Sunset(d, kNewDelhi) + astronomy::Sunrise(Plus(d, 1), kNewDelhi)) / 2;
  }
  return 0;
}

// The civil day that keeps a tithi lasting [start, end): the first whose
// observance moment falls inside it. A tithi short enough to hold no such
// moment (a "lost" tithi) is kept on the day it begins.
Date DayKeeping(double start, double end, Observance when) {
  const Date first = LocalDate(start, kNewDelhi.utc_offset_hours);
  for (Date d = Plus(first, -1); DayNumber(d) <= DayNumber(first) + 2; d = Plus(d, 1)) {
    const double moment = MomentOf(d, when);
    if (moment >= start && moment < end) return d;
  }
  return first;
}

int SiderealSign(double jd) {
  return static_cast<int>(astronomy::SiderealSunLongitude(jd) / 30.0) % 12;
}

// The first day an `occurrence` (the day of an event at or after a moment,
// and the moment to search on from) falls in `year`.
template <typename Occurrence>
std::optional<Date> FirstInYear(int year, double search_from, Occurrence occurrence) {
  if (!Supported(year)) return std::nullopt;
  double from = search_from;
  for (int guard = 0; guard < 40; ++guard) {
    const auto [day, next_from] = occurrence(from);
    if (day.year() > year) return std::nullopt;
    if (day.year() == year) return day;
    from = next_from;
  }
  return std::nullopt;
}

// The moment the Sun next enters sidereal `sign` after `jd`.
double Sankranti(double jd, int sign) {
  return astronomy::NextSunLongitude(jd, 30.0 * sign, /*sidereal=*/true);
}

// The new moon that starts the Chinese month holding `jd`'s day (China time).
double ChineseMonthStart(double jd) {
  const long day = DayNumber(LocalDate(jd, kChinaOffset));
  double moon = astronomy::NextElongation(jd - 31, 0);
  for (;;) {
    const double next = astronomy::NextElongation(moon + 1, 0);
    if (DayNumber(LocalDate(next, kChinaOffset)) > day) return moon;
    moon = next;
  }
}

// Whether the Chinese month [start, end) holds a principal term: the Sun
// reaching a multiple of 30 degrees of tropical longitude on one of its days.
bool HoldsPrincipalTerm(double start, double end) {
  const Date first = LocalDate(start, kChinaOffset);
  const double day_start = JulianDay(first) - kChinaOffset / 24;
  const double longitude = astronomy::SunLongitude(day_start);
  const double target = std::fmod(std::ceil(longitude / 30.0) * 30.0, 360.0);
  const double term = astronomy::NextSunLongitude(day_start, target, /*sidereal=*/false);
  return DayNumber(LocalDate(term, kChinaOffset)) < DayNumber(LocalDate(end, kChinaOffset));
}

}  // namespace

std::optional<Date> HinduLunarDay(int year, int month, int tithi, Observance when) {
  if (!Supported(year) || month < 0 || month > 11 || tithi < 1 || tithi > 30) return std::nullopt;
  double moon =
      astronomy::NextElongation(JulianDay(Date(static_cast<unsigned short>(year - 1), 11, 15)), 0);
  const double last = JulianDay(Date(static_cast<unsigned short>(year + 1), 1, 31));
  while (moon < last) {
    const double next = astronomy::NextElongation(moon + 1, 0);
    const int sign = SiderealSign(moon);
    // A month the Sun enters no sign in is a leap month: the month after it
    // bears its name and its festivals.
    if (sign != SiderealSign(next) && (sign + 1) % 12 == month) {
      const double start = tithi == 1 ? moon : astronomy::NextElongation(moon, 12.0 * (tithi - 1));
      const double end = tithi == 30 ? next : astronomy::NextElongation(start, 12.0 * tithi);
      const Date day = DayKeeping(start, end, when);
      if (day.year() == year) return day;
      if (day.year() > year) return std::nullopt;
    }
    moon = next;
  }
  return std::nullopt;
}

std::optional<Date> SolarTransitDay(int year, int sign, bool sunset_rule) {
  if (sign < 0 || sign > 11) return std::nullopt;
  return FirstInYear(year, JulianDay(Date(static_cast<unsigned short>(year), 1, 1)) - 3,
                     [sign, sunset_rule](double from) {
                       const double transit = Sankranti(from, sign);
                       const Date day = LocalDate(transit, kNewDelhi.utc_offset_hours);
                       const bool after_sunset =
                           sunset_rule && transit > astronomy::Sunset(day, kNewDelhi);
                       return std::pair{after_sunset ? Plus(day, 1) : day, transit + 300};
                     });
}

std::optional<Date> BengaliSolarDay(int year, int sign, int day) {
  if (sign < 0 || sign > 11 || day < 1 || day > 32) return std::nullopt;
  return FirstInYear(year, JulianDay(Date(static_cast<unsigned short>(year), 1, 1)) - 40,
                     [sign, day](double from) {
                       const double transit = Sankranti(from, sign);
                       // Bengal starts the month the day after the Sun
                       // enters the sign.
                       const Date first = Plus(LocalDate(transit, kNewDelhi.utc_offset_hours), 1);
                       return std::pair{Plus(first, day - 1), transit + 300};
                     });
}

std::optional<Date> NakshatraDay(int year, int sign, int nakshatra) {
  if (sign < 0 || sign > 11 || nakshatra < 0 || nakshatra > 26) return std::nullopt;
  return FirstInYear(
      year, JulianDay(Date(static_cast<unsigned short>(year), 1, 1)) - 3,
      [sign, nakshatra](double from) {
        const double start = Sankranti(from, sign), end = Sankranti(start + 1, (sign + 1) % 12);
        const Date first = LocalDate(start, kKochi.utc_offset_hours);
        const Date last = LocalDate(end, kKochi.utc_offset_hours);
        for (Date d = first; DayNumber(d) <= DayNumber(last); d = Plus(d, 1)) {
          const double moment = astronomy::Sunrise(d, kKochi) + 2.0 / 24;
          const int mansion =
              static_cast<int>(astronomy::SiderealMoonLongitude(moment) / (360.0 / 27)) % 27;
          if (mansion == nakshatra) return std::pair{d, start + 300};
        }
        // No such day (cannot happen: the Moon passes every mansion in a
        // solar month); searching on keeps the loop bounded.
        return std::pair{last, start + 300};
      });
}

std::optional<Date> ChineseNewYear(int year) {
  if (!Supported(year)) return std::nullopt;
  const double solstice = astronomy::NextSunLongitude(
      JulianDay(Date(static_cast<unsigned short>(year - 1), 12, 1)), 270.0, /*sidereal=*/false);
  const double next_solstice = astronomy::NextSunLongitude(solstice + 300, 270.0, false);
  // The months from the one holding the winter solstice (the 11th) to the
  // one holding the next.
  std::vector<double> moons{ChineseMonthStart(solstice)};
  const double end = ChineseMonthStart(next_solstice);
  while (moons.back() + 15 < end) moons.push_back(astronomy::NextElongation(moons.back() + 1, 0));
  // Thirteen months between two 11th months: the first without a principal
  // term is a leap month. New year is the second month after the 11th,
  // the third when the 11th or the 12th has a leap month after it.
  int new_year = 2;
  if (moons.size() == 14) {
    for (int i = 1; i <= 2; ++i) {
      if (!HoldsPrincipalTerm(moons[static_cast<size_t>(i)], moons[static_cast<size_t>(i) + 1])) {
        new_year = 3;
        break;
      }
    }
  }
  return LocalDate(moons[static_cast<size_t>(new_year)], kChinaOffset);
}

std::optional<Date> HijriToGregorian(long year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  // The tabular calendar's first of the month, a day or two after the new
  // moon, names the lunation.
  const long tabular =
      1 + (59L * (month - 1) + 1) / 2 + (year - 1) * 354L + (3 + 11L * year) / 30 + 1948439L;
  constexpr long kUnixEpochJdn = 2440588;
  const long approx_day = tabular - kUnixEpochJdn;
  if (approx_day < DayNumber(Date(1600, 1, 1)) || approx_day > DayNumber(Date(9000, 1, 1)))
    return std::nullopt;
  const double conjunction = astronomy::NextElongation(static_cast<double>(tabular) - 20.5, 0);
  Date evening = LocalDate(conjunction, kMecca.utc_offset_hours);
  if (astronomy::Sunset(evening, kMecca) < conjunction) evening = Plus(evening, 1);
  return Plus(evening, day);
}

std::optional<Date> ShahenshahiNewYear(int year) {
  if (!Supported(year)) return std::nullopt;
  // Navroz of the year 1 of the Yazdegerdi era, Shahenshahi reckoning: July
  // 16, 632 of the Julian calendar, as a day number from 1970-01-01.
  constexpr long kEpoch = -488495;
  const long first = DayNumber(Date(static_cast<unsigned short>(year), 1, 1));
  const long years = (first - kEpoch + 364) / 365;
  const Date navroz = FromDayNumber(kEpoch + years * 365);
  if (navroz.year() != year) return std::nullopt;
  return navroz;
}

}  // namespace factlint::normalize::lunisolar
