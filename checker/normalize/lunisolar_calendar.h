// The lunisolar, lunar and solar calendars behind the festivals of South and East
// Asia that news dates by name ("Diwali 2019", "Chinese New Year", "Pongal"),
// computed from the Sun and the Moon (astronomy.h) the way the calendars
// define them, for any year the calendar library holds: no table of dates.
//
// The Hindu lunar calendar (amanta: a month runs new moon to new moon) names
// a month after the sidereal sign the Sun enters during it (a month in which
// the Sun enters none is a leap month, whose name the next month repeats, and
// holds no festival). A month has 30 tithis, each the time the Moon takes to
// gain 12 degrees on the Sun: 1-15 the bright half, 15 the full moon, 16-30
// the dark half, 30 the new moon. A festival is kept on the civil day
// (India Standard Time, at New Delhi) at whose sunrise, noon, evening or
// midnight, as the festival prescribes, its tithi holds.
//
//   HinduLunarDay(2019, kAshvin, 30, Observance::kEvening)   // 2019-10-27, Diwali
//   SolarTransitDay(2019, 9, true)                            // 2019-01-15, Makar Sankranti
//   ChineseNewYear(2014)                                      // 2014-01-31
#pragma once

#include <optional>

#include "checker/core/date.h"

namespace factlint::normalize::lunisolar {

// Amanta months. Festivals of the dark half are often named by the next
// month in the north (purnimanta): Janmashtami, "Bhadrapada Krishna
// Ashtami" there, is the dark half of Shravana here.
enum HinduMonth {
  kChaitra = 0,
  kVaishakha,
  kJyeshtha,
  kAshadha,
  kShravana,
  kBhadrapada,
  kAshvin,
  kKartika,
  kMargashirsha,
  kPausha,
  kMagha,
  kPhalguna
};

// When in a day a festival's tithi must hold: at sunrise (most), at noon
// (Rama Navami), in the evening after sunset (Diwali's lamps, the Holi
// bonfire) or at midnight (Janmashtami, Shivaratri).
enum class Observance { kSunrise = 0, kMidday, kEvening, kMidnight };

// The day in Gregorian `year` that keeps `tithi` (1-30) of amanta `month`;
// nullopt outside 1600-9000 or when the year holds none.
std::optional<Date> HinduLunarDay(int year, int month, int tithi, Observance when);

// The day in `year` on which the Sun enters sidereal sign `sign` (0 Aries ..
// 11 Pisces; the sankranti), in India Standard Time. With `sunset_rule` a
// transit after sunset at New Delhi is kept the next day ("Makar Sankranti
// 2019" is January 15: the Sun entered Capricorn at 19:50 IST on the 14th);
// without it the civil day counts (Vaisakhi 2024, April 13, 21:15 IST).
std::optional<Date> SolarTransitDay(int year, int sign, bool sunset_rule);
// Day `day` (1-based) of the Bengali solar month that begins the day after
// the Sun enters sidereal `sign` (Rabindra Jayanti: 25 Baishakh, `sign` 0).
std::optional<Date> BengaliSolarDay(int year, int sign, int day);
// The day in the Malayalam solar month of sign `sign` (the Sun's sidereal
// sign) on which the Moon is in lunar mansion `nakshatra` (0 Ashvini .. 26
// Revati, 13 1/3 degrees each) two hours after sunrise at Kochi (Onam:
// Thiruvonam, 21, in Chingam, 4).
std::optional<Date> NakshatraDay(int year, int sign, int nakshatra);

// The first day of the Chinese year that begins in Gregorian `year` (China
// Standard Time): two new moons after the one that starts the month holding
// the winter solstice, three when a leap month falls between.
std::optional<Date> ChineseNewYear(int year);

// Day `day` of `month` (1 Muharram .. 12 Dhu al-Hijjah) of the Islamic
// year `year`, by the astronomical reckoning Saudi Arabia's calendar uses: a
// month begins the day after the first sunset at Mecca that follows the new
// moon (a sighting elsewhere may keep it a day later). Gregorian years
// 1600-9000.
std::optional<Date> HijriToGregorian(long year, int month, int day);

// Navroz of the Parsi Shahenshahi calendar, a year of exactly 365 days (it
// slips a day against the Gregorian every four years), in `year`.
std::optional<Date> ShahenshahiNewYear(int year);

}  // namespace factlint::normalize::lunisolar
