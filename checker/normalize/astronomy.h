// Positions of the Sun and the Moon, to the accuracy a calendar needs: the
// lunisolar calendars (lunisolar_calendar.h) fix their days by the moment the
// Moon is some angle ahead of the Sun, or the Sun enters a sign, and by
// whether that moment falls before a day's sunrise or sunset.
//
// Formulas from Jean Meeus, "Astronomical Algorithms" (2nd ed.): the Sun by
// chapter 25's low-accuracy series (about 0.01 degree), the Moon by the
// largest terms of chapter 47 (a few thousandths of a degree). The Moon moves
// half a degree an hour, so moments come out within a few minutes; a day
// boundary closer than that to a moment may fall either way.
//
// Times are Julian days (UT) as doubles: 2451545.0 is 2000-01-01 12:00 UT.
//
//   double jd = NextElongation(JulianDay(Date(2019, 10, 1)), 0);   // new moon
//   LocalDate(jd, 5.5)                         // -> 2019-09-28 (IST)
//   SiderealSunLongitude(JulianDay(Date(2018, 4, 15)))  // -> about 0.6 (Aries)
#pragma once

#include "checker/core/date.h"

namespace factlint::normalize::astronomy {

// The Julian day of `d` at 00:00 UT.
double JulianDay(const Date& d);
// The calendar day at `jd` in a zone `utc_offset_hours` ahead of UT.
Date LocalDate(double jd, double utc_offset_hours);

// Apparent geocentric ecliptic longitudes in degrees [0, 360), measured from
// the equinox of date (tropical).
double SunLongitude(double jd);
double MoonLongitude(double jd);
// The Moon's angle ahead of the Sun [0, 360): 0 new moon, 180 full moon.
double Elongation(double jd);
// Longitudes measured from the fixed stars (the Lahiri ayanamsa, India's
// official one), as the Hindu calendars count signs and lunar mansions.
double SiderealSunLongitude(double jd);
double SiderealMoonLongitude(double jd);

// The first moment after `jd` at which the elongation is `degrees`.
double NextElongation(double jd, double degrees);
// The first moment after `jd` at which the Sun's longitude (sidereal or
// tropical) is `degrees`.
double NextSunLongitude(double jd, double degrees, bool sidereal);
// The first moment after `jd` at which the Moon's sidereal longitude is
// `degrees`.
double NextSiderealMoonLongitude(double jd, double degrees);

// Sunrise and sunset (upper limb at the horizon, with refraction) on local
// day `d` at a place (degrees north and east), as Julian days.
struct Place {
  double latitude;
  double longitude;
  double utc_offset_hours;
};
double Sunrise(const Date& d, const Place& place);
double Sunset(const Date& d, const Place& place);

}  // namespace factlint::normalize::astronomy
