// The calendar helpers: Easter, nth weekdays, month arithmetic, ISO labels,
// and how occurrences are picked.
#include "checker/normalize/calendar.h"

#include <gtest/gtest.h>

#include <vector>

namespace factlint::normalize::calendar {
namespace {

TEST(CalendarTest, Easter) {
  struct Case {
    int year;
    const char* expected;
  };
  const std::vector<Case> table = {
      {1961, "1961-04-02"}, {1998, "1998-04-12"}, {2000, "2000-04-23"}, {2008, "2008-03-23"},
      {2011, "2011-04-24"}, {2013, "2013-03-31"}, {2016, "2016-03-27"}, {2019, "2019-04-21"},
      {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2038, "2038-04-25"}, {2285, "2285-03-22"},
  };
  for (const Case& c : table) EXPECT_EQ(FormatIsoDate(Easter(c.year)), c.expected) << c.year;
}

TEST(CalendarTest, NthWeekday) {
  struct Case {
    int year, month, weekday, n;
    const char* expected;  // "" when there is none
  };
  const std::vector<Case> table = {
      {2024, 5, 1, -1, "2024-05-27"},  // Memorial Day
      {2024, 11, 4, 4, "2024-11-28"},  // Thanksgiving
      {2024, 1, 1, 3, "2024-01-15"},   // MLK Day
      {2024, 9, 1, 1, "2024-09-02"},   // Labor Day
      {2024, 4, 1, 5, "2024-04-29"},   // a fifth Monday that exists
      {2024, 2, 1, 5, ""},             // none in February 2024
      {2023, 12, 0, -1, "2023-12-31"},
  };
  for (const Case& c : table) {
    const auto d = NthWeekday(c.year, c.month, c.weekday, c.n);
    EXPECT_EQ(d ? FormatIsoDate(*d) : "", c.expected) << c.year << "-" << c.month;
  }
}

TEST(CalendarTest, AddMonthsClampsToTheMonthEnd) {
  struct Case {
    const char* from;
    int months;
    const char* expected;
  };
  const std::vector<Case> table = {
      {"2024-01-31", 1, "2024-02-29"},  {"2023-01-31", 1, "2023-02-28"},
      {"2024-03-31", -1, "2024-02-29"}, {"2024-02-29", 12, "2025-02-28"},
      {"2024-02-29", 48, "2028-02-29"}, {"2023-12-15", 1, "2024-01-15"},
      {"2024-01-15", -1, "2023-12-15"}, {"2024-02-28", 1, "2024-03-28"},
  };
  for (const Case& c : table)
    EXPECT_EQ(FormatIsoDate(AddMonths(ParseIsoDate(c.from).value(), c.months)), c.expected)
        << c.from << " + " << c.months;
}

TEST(CalendarTest, IsoWeeks) {
  struct Case {
    const char* day;
    const char* expected;
  };
  const std::vector<Case> table = {
      {"2013-02-15", "2013-W07"}, {"2021-01-03", "2020-W53"}, {"2019-12-30", "2020-W01"},
      {"2024-01-01", "2024-W01"}, {"2023-01-01", "2022-W52"}, {"2026-12-31", "2026-W53"},
  };
  for (const Case& c : table) EXPECT_EQ(IsoWeek(ParseIsoDate(c.day).value()), c.expected) << c.day;
}

TEST(CalendarTest, PickByDirection) {
  const Date ref(2024, 6, 15);
  const std::vector<DateRange> candidates = {
      {Date(2023, 6, 1), Date(2023, 6, 30)},
      {Date(2024, 6, 1), Date(2024, 6, 30)},
      {Date(2025, 6, 1), Date(2025, 6, 30)},
  };
  EXPECT_EQ(Pick(candidates, ref, Direction::kPast)->from, Date(2024, 6, 1));
  EXPECT_EQ(Pick(candidates, ref, Direction::kFuture)->from, Date(2024, 6, 1));
  EXPECT_EQ(Pick(candidates, ref, Direction::kNearest)->from, Date(2024, 6, 1));
  const std::vector<DateRange> days = {{Date(2024, 6, 12), Date(2024, 6, 12)},
                                       {Date(2024, 6, 18), Date(2024, 6, 18)}};
  // Three days either way: a tie goes to the past.
  EXPECT_EQ(Pick(days, ref, Direction::kNearest)->from, Date(2024, 6, 12));
  EXPECT_EQ(Pick(days, ref, Direction::kFuture)->from, Date(2024, 6, 18));
  EXPECT_FALSE(Pick({}, ref, Direction::kPast).has_value());
}

TEST(CalendarTest, Periods) {
  EXPECT_EQ(SeasonRange(2023, 3).to, Date(2024, 2, 29));
  EXPECT_EQ(QuarterRange(2024, 4).from, Date(2024, 10, 1));
  EXPECT_EQ(HalfRange(2024, 2).from, Date(2024, 7, 1));
  EXPECT_EQ(WeekendRange(Date(2024, 1, 3)).from, Date(2024, 1, 6));
  EXPECT_EQ(MonthRange(2100, 2).to, Date(2100, 2, 28));
  EXPECT_EQ(MonthRange(2000, 2).to, Date(2000, 2, 29));
}

}  // namespace
}  // namespace factlint::normalize::calendar
