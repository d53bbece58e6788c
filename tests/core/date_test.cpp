#include "checker/core/date.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

struct BirthCase {
  int age;
  const char* on;
  const char* from;
  const char* to;
};

// Table: an age on a date implies a birth range (on-(N+1)y, on-Ny].
const BirthCase kBirthCases[] = {
    {50, "2024-01-29", "1973-01-30", "1974-01-29"},
    {58, "2024-01-03", "1965-01-04", "1966-01-03"},
    {52, "2024-06-01", "1971-06-02", "1972-06-01"},
    {0, "2024-03-15", "2023-03-16", "2024-03-15"},
    // Leap day publication: N years before Feb 29 is Feb 28 in a common year.
    {50, "2024-02-29", "1973-03-01", "1974-02-28"},
    {51, "2024-02-29", "1972-03-01", "1973-02-28"},
    // Feb 28 is not snapped to Feb 29 in a leap year.
    {1, "2025-02-28", "2023-03-01", "2024-02-28"},
    // Year ends.
    {30, "2023-12-31", "1993-01-01", "1993-12-31"},
    {30, "2024-01-01", "1993-01-02", "1994-01-01"},
};

TEST(BirthRangeForAge, Table) {
  for (const BirthCase& c : kBirthCases) {
    const DateRange r = BirthRangeForAge(c.age, *ParseIsoDate(c.on));
    EXPECT_EQ(FormatIsoDate(r.from), c.from) << c.age << " on " << c.on;
    EXPECT_EQ(FormatIsoDate(r.to), c.to) << c.age << " on " << c.on;
  }
}

TEST(BirthRangeForAge, ConsistentAgesOverlapAndContradictoryDoNot) {
  const DateRange a = BirthRangeForAge(50, *ParseIsoDate("2024-01-29"));
  const DateRange b = BirthRangeForAge(52, *ParseIsoDate("2024-06-01"));
  const DateRange c = BirthRangeForAge(51, *ParseIsoDate("2024-06-01"));
  EXPECT_FALSE(a.Intersects(b));
  EXPECT_TRUE(a.Intersects(c));
}

TEST(ParseIsoDate, AcceptsValidAndExplainsInvalid) {
  EXPECT_TRUE(ParseIsoDate("2024-02-29").ok());
  const struct {
    const char* text;
    const char* says;
  } kBad[] = {
      {"2023-02-29", "day 29 is out of range 01-28"},
      {"2024-13-01", "month 13"},
      {"24-01-01", "expected YYYY-MM-DD"},
      {"2024-1-01", "expected YYYY-MM-DD"},
      {"", "expected YYYY-MM-DD"},
  };
  for (const auto& c : kBad) {
    auto r = ParseIsoDate(c.text);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.error().message.find(c.says), std::string::npos) << r.error().message;
  }
}

TEST(DayNumber, RoundTrips) {
  const Date d = *ParseIsoDate("2022-02-18");
  EXPECT_EQ(FromDayNumber(DayNumber(d)), d);
  EXPECT_EQ(DayNumber(*ParseIsoDate("1970-01-02")), 1);
  EXPECT_EQ(DayNumber(*ParseIsoDate("1969-12-31")), -1);
}

}  // namespace
}  // namespace factlint
