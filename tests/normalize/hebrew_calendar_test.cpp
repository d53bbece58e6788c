// The Hebrew calendar's arithmetic against dates every Jewish calendar
// prints, and the holidays as the normalizer reads them: from the evening
// they begin, moved off the days they may not fall on.
#include "checker/normalize/hebrew_calendar.h"

#include <gtest/gtest.h>

#include "checker/normalize/normalize.h"

namespace factlint::normalize {
namespace {

std::string Iso(const std::optional<Date>& d) {
  return d ? FormatIsoDate(*d) : "none";
}

TEST(HebrewCalendar, KnownDays) {
  using namespace hebrew;
  EXPECT_EQ(Iso(HebrewToGregorian(5779, kTishrei, 1)), "2018-09-10");   // Rosh Hashanah
  EXPECT_EQ(Iso(HebrewToGregorian(5779, kTishrei, 10)), "2018-09-19");  // Yom Kippur
  EXPECT_EQ(Iso(HebrewToGregorian(5784, kNisan, 15)), "2024-04-23");    // Passover
  EXPECT_EQ(Iso(HebrewToGregorian(5785, kKislev, 25)), "2024-12-26");   // Hanukkah
  EXPECT_EQ(Iso(HebrewToGregorian(5784, kAdarII, 14)), "2024-03-24");   // Purim, a leap year
  EXPECT_EQ(Iso(HebrewToGregorian(5783, kAdar, 14)), "2023-03-07");     // Purim, a common year
  EXPECT_TRUE(IsLeapYear(5784));
  EXPECT_FALSE(IsLeapYear(5783));
  EXPECT_EQ(Iso(HebrewToGregorian(5783, kAdarII, 1)), "none");  // no Adar II in a common year
  EXPECT_EQ(Iso(HebrewToGregorian(5779, kTishrei, 31)), "none");
  EXPECT_EQ(HebrewYearOfMonthIn(2018, kTishrei), 5779);
  EXPECT_EQ(HebrewYearOfMonthIn(2018, kNisan), 5778);
}

TEST(HebrewCalendar, HolidaysBeginTheEveningBeforeAndMoveOffForbiddenDays) {
  Context context;
  context.ref = *ParseIsoDate("2024-01-10");
  const struct {
    const char* text;
    const char* from;
    const char* to;
  } kCases[] = {
      {"Yom Kippur 2018", "2018-09-18", "2018-09-19"},
      {"Hanukkah 2024", "2024-12-25", "2025-01-02"},
      {"Passover 2024", "2024-04-22", "2024-04-30"},
      {"Rosh Hashanah 2023", "2023-09-15", "2023-09-17"},
      // 9 Av 5778 was a Saturday: observed on Sunday, July 22.
      {"Tisha B'Av 2018", "2018-07-21", "2018-07-22"},
      // 5 Iyar 5778 was a Friday: Independence Day on Thursday, April 19.
      {"Yom Haatzmaut 2018", "2018-04-18", "2018-04-19"},
  };
  for (const auto& c : kCases) {
    const std::vector<Value> found = FindAll(c.text, context);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(FormatIsoDate(found[0].range.from), c.from) << c.text;
    EXPECT_EQ(FormatIsoDate(found[0].range.to), c.to) << c.text;
  }
}

}  // namespace
}  // namespace factlint::normalize
