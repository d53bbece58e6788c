// The Sun and Moon against published moments, and the festivals of the
// Hindu, Sikh, Buddhist, Chinese, Islamic and Parsi calendars against the
// days India's, China's and Saudi Arabia's official calendars kept; then the
// normalizer reading them by name.
#include "checker/normalize/lunisolar_calendar.h"

#include <gtest/gtest.h>

#include <cmath>

#include "checker/normalize/astronomy.h"
#include "checker/normalize/normalize.h"

namespace factlint::normalize {
namespace {

std::string Iso(const std::optional<Date>& d) {
  return d ? FormatIsoDate(*d) : "none";
}

Date Day(const char* iso) {
  return *ParseIsoDate(iso);
}

// Minutes between a moment and a UT time of day on `iso`.
double MinutesFrom(double jd, const char* iso, int hour, int minute) {
  return (jd - (astronomy::JulianDay(Day(iso)) + (hour + minute / 60.0) / 24)) * 1440;
}

TEST(Astronomy, NewMoonsAndEquinoxesWithinMinutes) {
  // New moons: 2024-04-08 18:21 UT (the total eclipse), 2000-01-06 18:14 UT.
  EXPECT_LT(
      std::fabs(MinutesFrom(astronomy::NextElongation(astronomy::JulianDay(Day("2024-04-01")), 0),
                            "2024-04-08", 18, 21)),
      10);
  EXPECT_LT(
      std::fabs(MinutesFrom(astronomy::NextElongation(astronomy::JulianDay(Day("2000-01-01")), 0),
                            "2000-01-06", 18, 14)),
      10);
  // A full moon: 2023-08-31 01:36 UT.
  EXPECT_LT(
      std::fabs(MinutesFrom(astronomy::NextElongation(astronomy::JulianDay(Day("2023-08-20")), 180),
                            "2023-08-31", 1, 36)),
      10);
  // The March equinox 2024: 03:06 UT on the 20th.
  EXPECT_LT(
      std::fabs(MinutesFrom(astronomy::NextSunLongitude(astronomy::JulianDay(Day("2024-03-01")), 0,
                                                        /*sidereal=*/false),
                            "2024-03-20", 3, 6)),
      10);
}

TEST(Astronomy, SunriseAndSunsetAtNewDelhi) {
  const astronomy::Place delhi{28.6139, 77.2090, 5.5};
  // 2024-06-21: sunrise 05:24, sunset 19:22 IST (23:54 and 13:52 UT).
  EXPECT_LT(
      std::fabs(MinutesFrom(astronomy::Sunrise(Day("2024-06-21"), delhi), "2024-06-20", 23, 54)),
      4);
  EXPECT_LT(
      std::fabs(MinutesFrom(astronomy::Sunset(Day("2024-06-21"), delhi), "2024-06-21", 13, 52)), 4);
  EXPECT_EQ(FormatIsoDate(astronomy::LocalDate(astronomy::Sunrise(Day("2024-06-21"), delhi), 5.5)),
            "2024-06-21");
}

TEST(LunisolarCalendar, HinduFestivalsByTithiAndTheirObservance) {
  using namespace lunisolar;
  // Diwali's lamps in the evening of the new moon: 2023-11-12; in 2024 the
  // new moon began on the afternoon of October 31.
  EXPECT_EQ(Iso(HinduLunarDay(2023, kAshvin, 30, Observance::kEvening)), "2023-11-12");
  EXPECT_EQ(Iso(HinduLunarDay(2024, kAshvin, 30, Observance::kEvening)), "2024-10-31");
  // The same tithi by sunrise would be the next day.
  EXPECT_EQ(Iso(HinduLunarDay(2024, kAshvin, 30, Observance::kSunrise)), "2024-11-01");
  // Janmashtami at midnight; Ganesh Chaturthi at noon; Dussehra.
  EXPECT_EQ(Iso(HinduLunarDay(2023, kShravana, 23, Observance::kMidnight)), "2023-09-06");
  EXPECT_EQ(Iso(HinduLunarDay(2023, kBhadrapada, 4, Observance::kMidday)), "2023-09-19");
  EXPECT_EQ(Iso(HinduLunarDay(2023, kAshvin, 10, Observance::kMidday)), "2023-10-24");
  // Holika Dahan on the full moon's evening (Holi's colours the day after).
  EXPECT_EQ(Iso(HinduLunarDay(2024, kPhalguna, 15, Observance::kEvening)), "2024-03-24");
  // 2023 had a leap Shravana (July 18 - August 16): Raksha Bandhan fell in
  // the regular month after it.
  EXPECT_EQ(Iso(HinduLunarDay(2023, kShravana, 15, Observance::kMidday)), "2023-08-30");
  EXPECT_EQ(Iso(HinduLunarDay(2024, kChaitra, 9, Observance::kMidday)), "2024-04-17");
  EXPECT_EQ(Iso(HinduLunarDay(2024, kMagha, 29, Observance::kMidnight)), "2024-03-08");
  // Out of range.
  EXPECT_EQ(Iso(HinduLunarDay(2024, 12, 1, Observance::kSunrise)), "none");
  EXPECT_EQ(Iso(HinduLunarDay(2024, kMagha, 31, Observance::kSunrise)), "none");
  EXPECT_EQ(Iso(HinduLunarDay(1500, kMagha, 1, Observance::kSunrise)), "none");
}

TEST(LunisolarCalendar, SolarMonthsAndLunarMansions) {
  using namespace lunisolar;
  // The Sun entered sidereal Capricorn on 2024-01-15 02:54 IST, and on
  // 2019-01-14 at 19:50 IST, after sunset: kept on the 15th.
  EXPECT_EQ(Iso(SolarTransitDay(2024, 9, true)), "2024-01-15");
  EXPECT_EQ(Iso(SolarTransitDay(2019, 9, true)), "2019-01-15");
  EXPECT_EQ(Iso(SolarTransitDay(2019, 9, false)), "2019-01-14");
  // Aries on 2024-04-13 at 21:15 IST: Vaisakhi that day.
  EXPECT_EQ(Iso(SolarTransitDay(2024, 0, false)), "2024-04-13");
  EXPECT_EQ(Iso(BengaliSolarDay(2019, 0, 25)), "2019-05-09");  // 25 Baishakh
  EXPECT_EQ(Iso(NakshatraDay(2023, 4, 21)), "2023-08-29");     // Onam
}

TEST(LunisolarCalendar, ChineseNewYearIslamicMonthsAndNavroz) {
  using namespace lunisolar;
  EXPECT_EQ(Iso(ChineseNewYear(2023)), "2023-01-22");
  EXPECT_EQ(Iso(ChineseNewYear(2024)), "2024-02-10");
  // 2033: the leap 11th month makes the year start a month later than
  // "the second new moon after the solstice".
  EXPECT_EQ(Iso(ChineseNewYear(2033)), "2033-01-31");
  EXPECT_EQ(Iso(ChineseNewYear(2034)), "2034-02-19");
  // Umm al-Qura: Eid al-Fitr 1444 on 2023-04-21, Eid al-Adha 1445 on
  // 2024-06-16 (the tabular calendar says the 22nd and the 17th).
  EXPECT_EQ(Iso(HijriToGregorian(1444, 10, 1)), "2023-04-21");
  EXPECT_EQ(Iso(HijriToGregorian(1445, 12, 10)), "2024-06-16");
  EXPECT_EQ(Iso(HijriToGregorian(1445, 13, 1)), "none");
  // The Shahenshahi year slips a day every four years.
  EXPECT_EQ(Iso(ShahenshahiNewYear(2023)), "2023-08-16");
  EXPECT_EQ(Iso(ShahenshahiNewYear(2027)), "2027-08-15");
}

TEST(LunisolarCalendar, TheNormalizerReadsFestivalsByName) {
  Context context;
  context.ref = Day("2024-06-01");
  const struct {
    const char* text;
    const char* day;
  } kCases[] = {
      {"Diwali 2023", "2023-11-12"},
      {"Deepavali in 2024", "2024-10-31"},
      {"Holi 2024", "2024-03-25"},
      {"Lunar New Year 2024", "2024-02-10"},
      {"Chinese New Year's Day 2023", "2023-01-22"},
      {"Eid al-Fitr 2024", "2024-04-10"},
      {"Makar Sankranti 2024", "2024-01-15"},
      {"Lohri 2024", "2024-01-14"},
      {"Onam 2023", "2023-08-29"},
      {"Buddha Purnima 2024", "2024-05-23"},
      {"Vesak 2024", "2024-05-22"},
      {"Parsi New Year 2023", "2023-08-16"},
      {"Guru Nanak Jayanti 2023", "2023-11-27"},
  };
  for (const auto& c : kCases) {
    const std::vector<Value> found = FindAll(c.text, context);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(FormatIsoDate(found[0].range.from), c.day) << c.text;
    EXPECT_EQ(FormatIsoDate(found[0].range.to), c.day) << c.text;
  }
  // "last Diwali" from June 2024 is 2023's; "next Holi" 2025's.
  EXPECT_EQ(FormatIsoDate(FindAll("last Diwali", context).at(0).range.from), "2023-11-12");
  EXPECT_EQ(FormatIsoDate(FindAll("next Holi", context).at(0).range.from), "2025-03-14");
  // A word inside another is no festival.
  EXPECT_TRUE(FindAll("the holiday season", context).empty());
}

}  // namespace
}  // namespace factlint::normalize
