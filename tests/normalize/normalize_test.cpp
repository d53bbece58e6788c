// Table tests for the normalizer, one table per family. Unless a table says
// otherwise the reference date is Tuesday 2013-02-12 (the reference the
// Duckling corpus uses) and the direction is "nearest". Expected values are
// written as in case_util.h: "kind iso grain from to", compared by prefix.
#include "checker/normalize/normalize.h"

#include <gtest/gtest.h>

#include <vector>

#include "case_util.h"

namespace factlint::normalize {
namespace {

using testing::Case;
using testing::ContextFor;
using testing::Describe;
using testing::PrefixMatch;

const Date kRef(2013, 2, 12);

void RunTable(const std::vector<Case>& table, const Date& ref) {
  for (const Case& c : table) {
    const Context context = ContextFor(ref, c.tense);
    const auto value = FindFirst(c.input, context);
    const std::string actual = Describe(value);
    EXPECT_TRUE(PrefixMatch(actual, c.expected))
        << "input: \"" << c.input << "\" (ref " << FormatIsoDate(ref) << ", tense '" << c.tense
        << "')\n  expected: " << c.expected << "\n  actual:   " << actual;
    if (c.text && value) {
      EXPECT_EQ(value->text, c.text) << "input: \"" << c.input << "\"";
    }
  }
}

TEST(NormalizeTest, AbsoluteDates) {
  RunTable(
      {
          {"Oct. 31, 2022", "date 2022-10-31 day 2022-10-31 2022-10-31", 'n', "Oct. 31, 2022"},
          {"October 31st, 2022", "date 2022-10-31"},
          // The date says which Friday; "this" before it adds nothing.
          {"this Friday, February 15", "date 2013-02-15", 'n', "this Friday, February 15"},
          {"next Friday, 22 February", "date 2013-02-22", 'n', "next Friday, 22 February"},
          // The grammar's "on the 25th" does not cut the rules' longer date.
          {"on the 25th of July, 2025", "date 2025-07-25", 'n', "the 25th of July, 2025"},
          {"31 October 2022", "date 2022-10-31"},
          {"2022-10-31", "date 2022-10-31"},
          {"10/31/2022", "date 2022-10-31"},
          {"10/31/22", "date 2022-10-31"},
          {"10-31-1974", "date 1974-10-31"},
          {"10.31.1974", "date 1974-10-31"},
          {"31/10/2022", "date 2022-10-31"},
          {"2015-3-3", "date 2015-03-03"},
          {"2015/03/03", "date 2015-03-03"},
          {"march 3 2015", "date 2015-03-03"},
          {"March 3rd 2015", "date 2015-03-03"},
          {"march third 2015", "date 2015-03-03"},
          {"3/3/15", "date 2015-03-03"},
          {"February 15", "date 2013-02-15"},
          {"february the 15th", "date 2013-02-15"},
          {"the 15th of february", "date 2013-02-15"},
          {"15 of february", "date 2013-02-15"},
          {"15th february", "date 2013-02-15"},
          {"Aug 8", "date 2013-08-08"},
          {"Aug. 8, 2013", "date 2013-08-08"},
          {"14april 2015", "date 2015-04-14"},
          {"April 14, 2015", "date 2015-04-14"},
          {"October 2014", "date 2014-10 month 2014-10-01 2014-10-31"},
          {"February 2022", "date 2022-02 month 2022-02-01 2022-02-28"},
          {"February 2024", "date 2024-02 month 2024-02-01 2024-02-29"},
          {"Feb. 2022", "date 2022-02 month"},
          {"February of 2022", "date 2022-02 month"},
          {"Sept. 2021", "date 2021-09 month"},
          {"Sept. 5, 2021", "date 2021-09-05"},
          {"Sep 5 2021", "date 2021-09-05"},
          {"2/15", "date 2013-02-15"},
          {"2022-10", "date 2022-10 month 2022-10-01 2022-10-31"},
          {"2022", "date 2022 year 2022-01-01 2022-12-31"},
          {"the year 1998", "date 1998 year"},
          {"in 1998", "date 1998 year", 'n', "1998"},
          {"the 1990s", "date 199X decade 1990-01-01 1999-12-31"},
          {"the '90s", "date 199X decade"},
          {"the ’90s", "date 199X decade"},
          {"the nineties", "date 199X decade"},
          {"the 2010s", "date 201X decade 2010-01-01 2019-12-31"},
          {"the 21st century", "date 20XX century 2000-01-01 2099-12-31"},
          {"the twentieth century", "date 19XX century 1900-01-01 1999-12-31"},
          {"Tuesday, January 2nd, 2024", "date 2024-01-02"},
          {"Monday, Feb 18", "date 2013-02-18"},
          {"Mon, February 18", "date 2013-02-18"},
          {"Sunday, Feb 10", "date 2013-02-10"},
          {"Wed, Feb13", "date 2013-02-13"},
          {"Thursday, Oct. 5, 2023", "date 2023-10-05"},
          {"June 5", "date 2013-06-05"},
          {"December 25, 1999", "date 1999-12-25"},
          {"1 January 2000", "date 2000-01-01"},
          {"the 4th of July, 1776", "date 1776-07-04"},
          {"July 4th", "date 2013-07-04"},
          {"Nov. 9, 1989", "date 1989-11-09"},
          {"Dec. 31, 2022", "date 2022-12-31"},
          {"January 1, 2000", "date 2000-01-01"},
          {"April 30, '22", "date 2022-04-30"},
          {"the third Tuesday of September 2014", "date 2014-09-16"},
          {"first tuesday of october", "date 2013-10-01", 'F'},
          {"last Monday of March", "date 2013-03-25", 'F'},
          {"last Sunday of March 2014", "date 2014-03-30"},
          {"the last Monday in May 2024", "date 2024-05-27"},
          {"second wednesday of october 2014", "date 2014-10-08"},
          {"last day of october 2015", "date 2015-10-31"},
          {"the first day of March 2020", "date 2020-03-01"},
          {"the last day of February 2024", "date 2024-02-29"},
          {"the last day of February 2023", "date 2023-02-28"},
          {"first week of october 2014", "date 2014-W41 week 2014-10-06 2014-10-12"},
          {"last week of september 2014", "date 2014-W39 week 2014-09-22 2014-09-28"},
          {"The show premiered on Oct. 31, 2022, to acclaim.", "date 2022-10-31", 'p',
           "Oct. 31, 2022"},
      },
      kRef);
}

TEST(NormalizeTest, PartialDatesFollowTheDirection) {
  RunTable(
      {
          // Months: past -> the most recent on or before; future -> the next.
          {"in April", "date 2012-04 month 2012-04-01 2012-04-30", 'p', "April"},
          {"in April", "date 2013-04 month", 'f'},
          {"in April", "date 2013-04 month", 'n'},
          {"in February", "date 2013-02 month", 'p'},
          {"in February", "date 2013-02 month", 'f'},
          {"in December", "date 2012-12 month", 'n'},
          {"in December", "date 2013-12 month", 'f'},
          {"in December", "date 2012-12 month", 'P'},
          {"in December", "date 2013-12 month", 'F'},
          {"last April", "date 2012-04 month"},
          {"next March", "date 2013-03 month"},
          {"this May", "date 2013-05 month"},
          {"next February", "date 2014-02 month"},
          {"last February", "date 2012-02 month"},
          {"by June", "date 2013-06 month", 'n', "June"},
          // Month and day.
          {"January 17", "date 2013-01-17", 'p'},
          {"January 17", "date 2014-01-17", 'f'},
          {"January 17", "date 2013-01-17", 'n'},
          {"February 12", "date 2013-02-12", 'p'},
          {"February 12", "date 2013-02-12", 'f'},
          {"February 11", "date 2013-02-11", 'p'},
          {"February 11", "date 2014-02-11", 'f'},
          {"February 13", "date 2013-02-13", 'f'},
          {"February 13", "date 2012-02-13", 'p'},
          {"Aug 8", "date 2012-08-08", 'P'},
          {"Aug 8", "date 2013-08-08", 'F'},
          {"August 15", "date 2012-08-15", 'n'},
          {"August 10", "date 2013-08-10", 'n'},
          // Weekdays.
          {"Monday", "date 2013-02-11", 'n'},
          {"monday", "date 2013-02-18", 'F'},
          {"tuesday", "date 2013-02-12", 'n'},
          {"tuesday", "date 2013-02-12", 'F'},
          {"wednesday", "date 2013-02-13"},
          {"thursday", "date 2013-02-14"},
          {"friday", "date 2013-02-15"},
          {"saturday", "date 2013-02-09"},
          {"sunday", "date 2013-02-10"},
          {"on Friday", "date 2013-02-08", 'p', "Friday"},
          {"on Friday", "date 2013-02-15", 'f'},
          {"on Saturday", "date 2013-02-16", 'f'},
          {"last tuesday", "date 2013-02-05"},
          {"next tuesday", "date 2013-02-19"},
          {"next wednesday", "date 2013-02-13"},
          {"last sunday", "date 2013-02-10"},
          {"friday after next", "date 2013-02-22"},
          {"wednesday of next week", "date 2013-02-20"},
          {"wednesday next week", "date 2013-02-20"},
          {"monday of this week", "date 2013-02-11"},
          {"this past Sunday", "date 2013-02-10"},
          {"this coming Friday", "date 2013-02-15"},
          {"this Friday", "date 2013-02-15"},
          {"Mon.", "date 2013-02-11"},
          {"Fri.", "date 2013-02-15"},
      },
      kRef);
}

TEST(NormalizeTest, RelativeDates) {
  RunTable(
      {
          {"today", "date 2013-02-12 day"},
          {"yesterday", "date 2013-02-11 day 2013-02-11 2013-02-11"},
          {"tomorrow", "date 2013-02-13"},
          {"the day before yesterday", "date 2013-02-10"},
          {"the day after tomorrow", "date 2013-02-14"},
          {"tonight", "date 2013-02-12"},
          {"last night", "date 2013-02-11"},
          {"this morning", "date 2013-02-12"},
          {"this week", "date 2013-W07 week 2013-02-11 2013-02-17"},
          {"last week", "date 2013-W06 week 2013-02-04 2013-02-10"},
          {"next week", "date 2013-W08 week 2013-02-18 2013-02-24"},
          {"previous week", "date 2013-W06 week"},
          {"coming week", "date 2013-W08 week"},
          {"the following week", "date 2013-W08 week"},
          {"last month", "date 2013-01 month 2013-01-01 2013-01-31"},
          {"this month", "date 2013-02 month 2013-02-01 2013-02-28"},
          {"next month", "date 2013-03 month 2013-03-01 2013-03-31"},
          {"this quarter", "date 2013-Q1 quarter 2013-01-01 2013-03-31"},
          {"this qtr", "date 2013-Q1 quarter"},
          {"next quarter", "date 2013-Q2 quarter 2013-04-01 2013-06-30"},
          {"last quarter", "date 2012-Q4 quarter 2012-10-01 2012-12-31"},
          {"last year", "date 2012 year 2012-01-01 2012-12-31"},
          {"this year", "date 2013 year"},
          {"next year", "date 2014 year"},
          {"last yr", "date 2012 year"},
          {"current year", "date 2013 year"},
          {"this weekend", "date 2013-W07-WE weekend 2013-02-16 2013-02-17"},
          {"last weekend", "date 2013-W06-WE weekend 2013-02-09 2013-02-10"},
          {"this past weekend", "date 2013-W06-WE weekend"},
          {"next weekend", "date 2013-W07-WE weekend 2013-02-16 2013-02-17"},
          {"this decade", "date 201X decade 2010-01-01 2019-12-31"},
          {"last decade", "date 200X decade"},
          {"this century", "date 20XX century"},
          {"two weeks ago", "date 2013-W05 week 2013-01-28 2013-02-03"},
          {"3 days ago", "date 2013-02-09 day"},
          {"a day ago", "date 2013-02-11 day"},
          {"a week ago", "date 2013-W06 week"},
          {"two months ago", "date 2012-12 month"},
          {"a year ago", "date 2012 year"},
          {"three years ago", "date 2010 year 2010-01-01 2010-12-31"},
          {"a decade ago", "date 2003 year"},
          {"about two years ago", "date 2010 year 2010-01-01 2011-12-31"},
          {"a few days ago", "date 2013-02-08 day 2013-02-08 2013-02-10"},
          {"15 months from now", "date 2014-05 month"},
          {"3 years from today", "date 2016 year"},
          {"in 15 months", "date 2014-05 month 2014-05-01 2014-05-31", 'n', "in 15 months"},
          {"in 15 months", "date 2014-05 month", 'f'},
          {"in 15 months", "duration 15 month", 'p', "15 months"},
          {"in two weeks", "date 2013-W09 week 2013-02-25 2013-03-03"},
          {"in 3 days", "date 2013-02-15"},
          {"in a year", "date 2014 year"},
          {"three years later", "date 2016 year"},
          {"a day later", "date 2013-02-13"},
          {"two days earlier", "date 2013-02-10"},
          {"earlier this month", "date 2013-02 month 2013-02-01 2013-02-12"},
          {"later this month", "date 2013-02 month 2013-02-12 2013-02-28"},
          {"earlier this year", "date 2013 year 2013-01-01 2013-02-12"},
          {"later this year", "date 2013 year 2013-02-12 2013-12-31"},
          {"earlier this week", "date 2013-W07 week 2013-02-11 2013-02-12"},
          {"later in the week", "none"},
          {"earlier last year", "date 2012 year 2012-01-01"},
          {"the next month", "date 2013-03 month"},
          {"the previous year", "date 2012 year"},
          {"the same day", "date 2013-02-12"},
          // "after" and "before" followed by an event relate two events: the length is the claim.
          {"three years after the premiere", "duration 3 year", 'p', "three years"},
          {"six years after \"Harbor Lights\" ended", "duration 6 year", 'p', "six years"},
          {"a week after \u201cthe vote\u201d", "duration 1 week", 'p', "a week"},
          {"two weeks before.", "date 2013-W05 week"},
          {"two weeks before", "date 2013-W05 week"},
          // "later than planned" is a delay, not a date.
          {"two weeks later than planned", "duration 2 week", 'p', "two weeks"},
      },
      kRef);
}

TEST(NormalizeTest, RelativeToTheAnchor) {
  // "The show premiered in October 2022 ... The next month ..."
  struct AnchorCase {
    const char* input;
    const char* expected;
  };
  const std::vector<AnchorCase> table = {
      {"the next month", "date 2022-11 month 2022-11-01 2022-11-30"},
      {"the following year", "date 2023 year"},
      {"three years later", "date 2025 year"},
      {"some 15 months later", "date 2023-11 month 2023-11-01 2024-03-31"},
      {"the previous week", "date 2022-W38 week 2022-09-19 2022-09-25"},
      {"that year", "date 2022 year"},
      {"the same day", "date 2022-10-01 day"},
      {"a day later", "date 2022-10-02"},
      {"the next day", "date 2022-10-02"},
      {"two weeks earlier", "date 2022-W37 week 2022-09-12 2022-09-18"},
      {"earlier that year", "date 2022 year 2022-01-01 2022-10-01"},
      // "ago" counts from the publication date, whatever was mentioned before.
      {"two years ago", "date 2011 year"},
      {"next month", "date 2013-03 month"},
  };
  for (const AnchorCase& c : table) {
    Context context = ContextFor(kRef, 'p');
    context.anchor = DateRange{Date(2022, 10, 1), Date(2022, 10, 31)};
    const std::string actual = Describe(FindFirst(c.input, context));
    EXPECT_TRUE(PrefixMatch(actual, c.expected))
        << c.input << "\n  expected: " << c.expected << "\n  actual:   " << actual;
  }
}

TEST(NormalizeTest, FindAllCarriesTheAnchor) {
  Context context = ContextFor(kRef, 'p');
  const auto values =
      FindAll("The series premiered in October 2022. The next month, ratings fell.", context);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].iso, "2022-10");
  EXPECT_EQ(values[1].iso, "2022-11");
  EXPECT_EQ(values[1].text, "The next month");
  // Without a year: "In April ... The next month" in an article of 2024-01-03.
  const auto seed = FindAll("In April, the cast read the script. The next month, filming began.",
                            ContextFor(Date(2024, 1, 3), 'p'));
  ASSERT_EQ(seed.size(), 2u);
  EXPECT_EQ(seed[0].iso, "2023-04");
  EXPECT_EQ(seed[1].iso, "2023-05");
}

TEST(NormalizeTest, Holidays) {
  RunTable(
      {
          {"Christmas", "date 2012-12-25"},
          {"Christmas", "date 2013-12-25", 'f'},
          {"Christmas 2022", "date 2022-12-25"},
          {"Christmas Day 2012", "date 2012-12-25"},
          {"Christmas Eve", "date 2012-12-24"},
          {"New Year's Eve", "date 2012-12-31"},
          {"New Year's Day", "date 2013-01-01"},
          {"New Year’s Day 2024", "date 2024-01-01"},
          {"Valentine's Day", "date 2013-02-14"},
          {"Valentine’s Day", "date 2013-02-14"},
          {"Thanksgiving", "date 2013-11-28", 'F'},
          {"thanksgiving 2014", "date 2014-11-27"},
          {"last thanksgiving", "date 2012-11-22"},
          {"thanksgiving 2016", "date 2016-11-24"},
          {"thanksgiving 2017", "date 2017-11-23"},
          {"this thanksgiving", "date 2013-11-28"},
          {"next thanksgiving day", "date 2013-11-28"},
          {"Thanksgiving 2024", "date 2024-11-28"},
          {"Martin Luther King Jr. Day 2024", "date 2024-01-15"},
          {"MLK Day 2023", "date 2023-01-16"},
          {"Presidents' Day 2024", "date 2024-02-19"},
          {"Presidents Day 2013", "date 2013-02-18"},
          {"Easter 2024", "date 2024-03-31"},
          {"Easter 2025", "date 2025-04-20"},
          {"Easter 2019", "date 2019-04-21"},
          {"Easter 2000", "date 2000-04-23"},
          {"Easter 2038", "date 2038-04-25"},
          {"Easter 2008", "date 2008-03-23"},
          {"Easter Sunday 2013", "date 2013-03-31"},
          {"Good Friday 2024", "date 2024-03-29"},
          {"Easter Monday 2024", "date 2024-04-01"},
          {"Ash Wednesday 2024", "date 2024-02-14"},
          {"Mardi Gras 2024", "date 2024-02-13"},
          {"Pentecost 2024", "date 2024-05-19"},
          {"Palm Sunday 2024", "date 2024-03-24"},
          {"Mother's Day 2024", "date 2024-05-12"},
          {"Memorial Day 2023", "date 2023-05-29"},
          {"Memorial Day 2024", "date 2024-05-27"},
          {"Father's Day 2024", "date 2024-06-16"},
          {"Juneteenth 2022", "date 2022-06-19"},
          {"Independence Day 2020", "date 2020-07-04"},
          {"the Fourth of July 2021", "date 2021-07-04"},
          {"Labor Day 2024", "date 2024-09-02"},
          {"Halloween 2022", "date 2022-10-31"},
          {"Halloween", "date 2012-10-31", 'p'},
          {"Halloween", "date 2013-10-31", 'f'},
          {"Columbus Day 2024", "date 2024-10-14"},
          {"Veterans Day 2023", "date 2023-11-11"},
          {"Election Day 2024", "date 2024-11-05"},
          {"Election Day 2020", "date 2020-11-03"},
          {"Black Friday 2023", "date 2023-11-24"},
          {"Cyber Monday 2023", "date 2023-11-27"},
          {"Boxing Day 2022", "date 2022-12-26"},
          {"St. Patrick's Day 2024", "date 2024-03-17"},
          {"Groundhog Day 2024", "date 2024-02-02"},
          {"the show returns on Christmas Day", "date 2013-12-25", 'f', "Christmas Day"},
      },
      kRef);
}

TEST(NormalizeTest, PeriodsAndParts) {
  RunTable(
      {
          {"summer 2023", "date 2023-SU season 2023-06-01 2023-08-31"},
          {"last fall", "date 2012-FA season 2012-09-01 2012-11-30"},
          {"this summer", "date 2013-SU season"},
          {"next spring", "date 2013-SP season 2013-03-01 2013-05-31"},
          {"this winter", "date 2012-WI season 2012-12-01 2013-02-28"},
          {"winter 2023", "date 2023-WI season 2023-12-01 2024-02-29"},
          {"autumn 2021", "date 2021-FA season 2021-09-01 2021-11-30"},
          {"the fall of 2019", "date 2019-FA season"},
          {"in the spring", "date 2013-SP season"},
          {"in the fall", "date 2012-FA season", 'p'},
          {"the third quarter", "date 2013-Q3 quarter 2013-07-01 2013-09-30", 'F'},
          {"3rd qtr", "date 2013-Q3 quarter", 'F'},
          {"4th quarter 2018", "date 2018-Q4 quarter 2018-10-01 2018-12-31"},
          {"the 4th qtr of 2018", "date 2018-Q4 quarter"},
          {"Q1 2023", "date 2023-Q1 quarter 2023-01-01 2023-03-31"},
          {"Q4'22", "date 2022-Q4 quarter"},
          {"Q3", "date 2013-Q3 quarter", 'F'},
          {"the first quarter of 2024", "date 2024-Q1 quarter 2024-01-01 2024-03-31"},
          {"the fourth quarter of last year", "date 2012-Q4 quarter"},
          {"H1 2023", "date 2023-H1 half 2023-01-01 2023-06-30"},
          {"H2 2023", "date 2023-H2 half 2023-07-01 2023-12-31"},
          {"the first half of 2024", "date 2024-H1 half 2024-01-01 2024-06-30"},
          {"the second half of the year", "date 2013-H2 half"},
          {"the latter half of 2022", "date 2022-H2 half"},
          {"early 2023", "date 2023 year 2023-01-01 2023-04-30"},
          {"mid-2023", "date 2023 year 2023-05-01 2023-08-31"},
          {"late 2023", "date 2023 year 2023-09-01 2023-12-31"},
          {"the middle of 2023", "date 2023 year 2023-05-01 2023-08-31"},
          {"late last year", "date 2012 year 2012-09-01 2012-12-31"},
          {"early next year", "date 2014 year 2014-01-01 2014-04-30"},
          {"mid-March", "date 2013-03 month 2013-03-11 2013-03-20"},
          {"late October", "date 2012-10 month 2012-10-21 2012-10-31"},
          {"the end of October", "date 2012-10 month 2012-10-21 2012-10-31"},
          {"the end of October", "date 2013-10 month 2013-10-21 2013-10-31", 'f'},
          {"the beginning of the month", "date 2013-02 month 2013-02-01 2013-02-10"},
          {"the end of the year", "date 2013 year 2013-09-01 2013-12-31"},
          {"the early 1990s", "date 199X decade 1990-01-01 1993-12-31"},
          {"the late '90s", "date 199X decade 1997-01-01 1999-12-31"},
          {"the mid-1980s", "date 198X decade 1984-01-01 1986-12-31"},
          {"early summer 2023", "date 2023-SU season 2023-06-01 2023-06-30"},
          {"late February 2024", "date 2024-02 month 2024-02-21 2024-02-29"},
          {"the week of October 7", "date 2013-W41 week 2013-10-07 2013-10-13", 'F'},
          {"the week of October 7", "date 2012-W40 week 2012-10-01 2012-10-07", 'p'},
          {"the weekend of May 4, 2024", "date 2024-W18-WE weekend 2024-05-04 2024-05-05"},
      },
      kRef);
}

TEST(NormalizeTest, Intervals) {
  RunTable(
      {
          {"from July 14 to November 9",
           "interval 2012-07-14/2012-11-09 day 2012-07-14 2012-11-09"},
          {"from July 14 to November 9", "interval 2012-07-14/2012-11-09", 'p'},
          {"from July 14 to November 9", "interval 2013-07-14/2013-11-09", 'f'},
          {"May 2–September 27, 2023", "interval 2023-05-02/2023-09-27 day 2023-05-02 2023-09-27"},
          {"May 2-September 27, 2023", "interval 2023-05-02/2023-09-27"},
          {"May 2-27, 2023", "interval 2023-05-02/2023-05-27 day"},
          {"2–5 June 2024", "interval 2024-06-02/2024-06-05 day"},
          {"between 2019 and 2021", "interval 2019/2021 year 2019-01-01 2021-12-31"},
          {"from 2019 to 2021", "interval 2019/2021 year"},
          {"2019-2021", "interval 2019/2021 year"},
          {"the 2022-23 season", "interval 2022/2023 year 2022-01-01 2023-12-31", 'n', "2022-23"},
          {"1998-99", "interval 1998/1999 year"},
          // The second side is tied to the event that follows: no interval.
          {"Monday – one year after the death of the senator", "date 2013-02-11 day", 'p',
           "Monday"},
          {"December 20 to January 5", "interval 2012-12-20/2013-01-05", 'p'},
          {"December 20 to January 5", "interval 2013-12-20/2014-01-05", 'f'},
          {"from Monday to Friday", "interval 2013-02-11/2013-02-15 day"},
          {"between May and July 2023", "interval 2023-05/2023-07 month 2023-05-01 2023-07-31"},
          {"from October 2022 to January 2023",
           "interval 2022-10/2023-01 month 2022-10-01 2023-01-31"},
          {"through March", "interval 2013-02-12/2013-03 month 2013-02-12 2013-03-31", 'n',
           "through March"},
          {"June 1 through June 30, 2024", "interval 2024-06-01/2024-06-30 day"},
          {"from mid-2021 to early 2023", "interval 2021/2023 year 2021-05-01 2023-04-30"},
          {"from 2021 to 2019", "date 2021 year"},
      },
      kRef);
  RunTable(
      {
          {"since 2019", "interval 2019/2024-01-29 year 2019-01-01 2024-01-29", 'n', "since 2019"},
          {"until 2025", "interval 2024-01-29/2025 year 2024-01-29 2025-12-31"},
          {"since last year", "interval 2023/2024-01-29 year 2023-01-01 2024-01-29"},
          // Counted back from an event the text names after it: the length
          // only ("until three months before officials are ready").
          {"until three months before officials are ready", "duration 3 month", 'n',
           "three months"},
          {"since two weeks after the vote", "duration 2 week", 'n', "two weeks"},
          {"until three months before.", "interval 2023-10/2023-10 month", 'n',
           "until three months before"},
      },
      Date(2024, 1, 29));
}

TEST(NormalizeTest, Durations) {
  RunTable(
      {
          {"118 days", "duration 118 day 118 118"},
          {"118-day", "duration 118 day 118 118"},
          {"the 118-day strike", "duration 118 day", 'p', "118-day"},
          {"a four-month strike", "duration 4 month 120 123", 'p', "four-month"},
          {"three years", "duration 3 year 1095 1096"},
          {"a year and a half", "duration 1.5 year 546 550"},
          {"two and a half years", "duration 2.5 year"},
          {"1.5 years", "duration 1.5 year 546 550"},
          {"18 months", "duration 18 month 546 550"},
          {"15 months", "duration 15 month 454 458"},
          {"nearly two years", "duration 2 year 547 731"},
          {"almost two years", "duration 2 year 547 731"},
          {"over five years", "duration 5 year 1826 2741"},
          {"more than three years", "duration 3 year 1095 1644"},
          {"some 15 months", "duration 15 month 408 504"},
          {"about 10 days", "duration 10 day 9 11"},
          {"around 10 days", "duration 10 day 9 11"},
          {"roughly 10 days", "duration 10 day 9 11"},
          {"approximately 10 days", "duration 10 day 9 11"},
          {"at least 10 days", "duration 10 day 10 15"},
          {"less than 10 days", "duration 10 day 5 10"},
          {"under 10 days", "duration 10 day 5 10"},
          {"up to 10 days", "duration 10 day 0 10"},
          {"just over 10 days", "duration 10 day 10 11"},
          {"well over 10 days", "duration 10 day 10 20"},
          {"six weeks", "duration 6 week 42 42"},
          {"a fortnight", "duration 1 fortnight 14 14"},
          {"48 hours", "duration 48 hour 2 2"},
          {"90 minutes", "duration 90 minute 0.0625 0.0625"},
          {"30 seconds", "duration 30 second"},
          {"a decade", "duration 1 decade 3652 3653"},
          {"two decades", "duration 2 decade 7305 7305"},
          {"a century", "duration 1 century 36525"},
          {"half a year", "duration 0.5 year 181 184"},
          {"half an hour", "duration 0.5 hour"},
          {"a few days", "duration 2-4 day 2 4"},
          {"several weeks", "duration 3-7 week 21 49"},
          {"a couple of years", "duration 2 year 730 731"},
          {"a three-year deal", "duration 3 year", 'n', "three-year"},
          {"a 10-year-long feud", "duration 10 year", 'n', "10-year-long"},
          {"for three years", "duration 3 year", 'p', "three years"},
          {"24 hours", "duration 24 hour 1 1"},
          {"100 days", "duration 100 day 100 100"},
          {"ten years", "duration 10 year 3652 3653"},
          {"a month", "duration 1 month 28 31"},
          {"one month", "duration 1 month 28 31"},
          {"a year", "duration 1 year 365 366"},
          {"a week", "duration 1 week 7 7"},
          {"two months", "duration 2 month 59 62"},
          {"twelve months", "duration 12 month 365 366"},
          {"the past three years", "duration 3 year 1095 1096 2010-02-12 2013-02-12"},
          {"the last 12 months", "duration 12 month 365 366"},
          {"the past year", "duration 1 year 365 366"},
          {"the next two weeks", "duration 2 week 14 14"},
          {"3 yrs", "duration 3 year"},
          {"36 hrs", "duration 36 hour"},
          {"five-day", "duration 5 day"},
          {"a 90-minute special", "duration 90 minute", 'n', "90-minute"},
          {"twice a day", "none"},
          {"a second season", "ordinal 2", 'n', "second"},
          // "second" joined to the next word is an ordinal, not a unit.
          {"a 2025 second-round pick", "date 2025 year", 'n', "2025"},
      },
      kRef);
}

TEST(NormalizeTest, DurationValueDetails) {
  Context context = ContextFor(kRef, 'n');
  auto d = Parse("some 15 months", Kind::kDuration, context);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->approximation, "some");
  EXPECT_EQ(d->amount.unit, Unit::kMonth);
  EXPECT_EQ(d->iso, "P15M");
  EXPECT_FALSE(d->seconds.has_value());
  auto days = Parse("118 days", Kind::kDuration, context);
  ASSERT_TRUE(days.has_value());
  ASSERT_TRUE(days->seconds.has_value());
  EXPECT_EQ(*days->seconds, 118 * 86400.0);
  // A custom tolerance table replaces the defaults.
  ToleranceTable strict{{{"some", {0.0, 0.0}}}};
  context.tolerances = &strict;
  auto exact = Parse("some 15 months", Kind::kDuration, context);
  ASSERT_TRUE(exact.has_value());
  EXPECT_EQ(exact->days.min, 454);
  EXPECT_EQ(exact->days.max, 458);
}

TEST(NormalizeTest, Numbers) {
  RunTable(
      {
          {"14", "number 14"},
          {"1,500", "number 1500"},
          {"2.5", "number 2.5"},
          {"1,234,567", "number 1234567"},
          {"fourteen", "number 14"},
          {"twenty-one", "number 21"},
          {"twenty one", "number 21"},
          {"a dozen", "number 12"},
          {"two hundred", "number 200"},
          {"two hundred and five", "number 205"},
          {"three thousand", "number 3000"},
          {"1.5 million", "number 1500000"},
          {"2 billion", "number 2000000000"},
          {"a hundred", "number 100"},
          {"one hundred", "number 100"},
          {"nine", "number 9"},
          {"zero", "number 0"},
          {"ninety-nine", "number 99"},
          {"seventy", "number 70"},
          {"forty-two", "number 42"},
          {"one million", "number 1000000"},
          {"half a million", "number 500000"},
          {"10 million", "number 10000000"},
          {"$5 million", "number 5000000", 'n', "5 million"},
          // A currency sign outside ASCII starts the number, as "$" does.
          {"€1.1 billion", "number 1100000000", 'n', "1.1 billion"},
          {"£2.5 million", "number 2500000", 'n', "2.5 million"},
          {"14 Emmy nominations", "number 14", 'n', "14"},
          {"14 2022 Emmy Award nominations", "number 14", 'n', "14"},
          {"one hundred twenty", "number 120"},
          {"eleven", "number 11"},
          {"twelve", "number 12"},
          {"two thousand and twenty", "number 2020"},
          {"5%", "number 5"},
          {"3.14159", "number 3.14159"},
          {"It drew 1.2 million viewers", "number 1200000", 'n', "1.2 million"},
          {"Sixteen episodes", "number 16", 'n', "Sixteen"},
          {"eight new cast members", "number 8", 'n', "eight"},
      },
      kRef);
}

TEST(NormalizeTest, Ordinals) {
  RunTable(
      {
          {"first", "ordinal 1"},
          {"second", "ordinal 2"},
          {"third", "ordinal 3"},
          {"21st", "ordinal 21"},
          {"2nd", "ordinal 2"},
          {"3rd", "ordinal 3"},
          {"4th", "ordinal 4"},
          {"11th", "ordinal 11"},
          {"12th", "ordinal 12"},
          {"13th", "ordinal 13"},
          {"101st", "ordinal 101"},
          {"twenty-first", "ordinal 21"},
          {"thirtieth", "ordinal 30"},
          {"hundredth", "ordinal 100"},
          {"seventy-fifth", "ordinal 75"},
          {"second season", "ordinal 2", 'n', "second"},
          {"the 14th annual awards", "ordinal 14", 'n', "14th"},
          {"ninth", "ordinal 9"},
          {"twelfth", "ordinal 12"},
          {"fortieth", "ordinal 40"},
          {"the fifth season", "ordinal 5"},
      },
      kRef);
}

TEST(NormalizeTest, Ages) {
  RunTable(
      {
          {"58-year-old", "age 58 year 1965-01-30 1966-01-29", 'n', "58-year-old"},
          {"a 50-year-old actor", "age 50 year 1973-01-30 1974-01-29", 'n', "50-year-old"},
          // About to turn 40: 39 until the birthday.
          {"the soon-to-be 40-year-old", "age 39 year 1984-01-30 1985-01-29", 'n', "40-year-old"},
          {"aged 58", "age 58 year 1965-01-30 1966-01-29"},
          {"age 58", "age 58 year"},
          {"at age 85", "age 85 year 1938-01-30 1939-01-29"},
          {"at the age of 85", "age 85 year"},
          {"turned 58", "age 58 year"},
          {"turns 50", "age 50 year"},
          {"58 years old", "age 58 year 1965-01-30 1966-01-29"},
          {"58 years of age", "age 58 year"},
          {"fifty-eight-year-old", "age 58 year"},
          {"a 6-month-old", "age 6 month 2023-06-30 2023-07-29"},
          {"in her early 50s", "age 50-53 year 1970-01-30 1974-01-29"},
          {"in his 60s", "age 60-69 year 1954-01-30 1964-01-29"},
          {"in their late twenties", "age 27-29 year"},
          {"the 37-year-old", "age 37 year"},
          {"a two-year-old", "age 2 year"},
          {"the actor, 37-year-old Zach", "age 37 year"},
          {"He turned 40 last year", "age 40 year", 'p', "turned 40"},
          {"aged 200", "number 200"},
      },
      Date(2024, 1, 29));
}

TEST(NormalizeTest, NothingToFind) {
  RunTable(
      {
          {"", "none"},
          {"hello world", "none"},
          {"the mayor said", "none"},
          // A downfall, not a season; a season "of" names its year.
          {"the fall of Saigon", "none"},
          {"since the fall of the Berlin Wall", "none"},
          // A weekly slot names no day.
          {"on Wednesday nights", "none"},
          {"you may go", "none"},
          {"they march on", "none"},
          {"he will fall", "none"},
          {"I saw it", "none"},
          {"a", "none"},
          {"Ben Stiller", "none"},
          {"Severance", "none"},
          {"the", "none"},
          {"Sundays are quiet", "none"},
          {"No release date has been announced", "none"},
          {"Mayday", "none"},
          {"Junebug", "none"},
      },
      kRef);
}

// A date that cannot be, or digits that run on past a date's shape, give no
// shorter date from inside them: "June 31, 2022" is not June, "2014-08-32"
// is not August 2014, "Version: 1.1.30" is not 1930.
TEST(NormalizeTest, NoDateInsideAnImpossibleOne) {
  for (const char* text : {"June 31, 2022", "February 29, 2022", "2014/13/22", "2014-08-32",
                           "Version: 1.1.30", "build 2024.13.01", "call 2014-08-321"}) {
    for (const Value& v : FindAll(text, ContextFor(kRef, 'n')))
      EXPECT_TRUE(v.kind != Kind::kDate && v.kind != Kind::kInterval) << text << ": " << v.iso;
  }
}

// "in N years" after a first or a superlative is the span since the last
// one, not a date ahead; the tense does not matter.
TEST(NormalizeTest, FirstInYearsIsNoDate) {
  for (const char* text : {"Blur will release their first album in 12 years",
                           "the worst storm in 50 years will hit", "the biggest crowd in 3 years",
                           "the dates mark their first UK and Ireland shows in 16 years"}) {
    for (const Value& v : FindAll(text, ContextFor(kRef, 'f')))
      EXPECT_NE(v.kind, Kind::kDate) << text << ": " << v.iso;
  }
  const auto ahead = FindAll("the first season returns in two years", ContextFor(kRef, 'f'));
  ASSERT_FALSE(ahead.empty());
  EXPECT_EQ(ahead.back().kind, Kind::kDate);
  EXPECT_EQ(ahead.back().iso, "2015");
}

TEST(NormalizeTest, LongAdjectives) {
  RunTable(
      {
          {"a monthlong strike", "duration 1 month", 'n', "monthlong"},
          {"a weeklong trip", "duration 1 week", 'n', "weeklong"},
          {"the day-long meeting", "duration 1 day", 'n', "day-long"},
      },
      kRef);
}

TEST(NormalizeTest, DateTimesAndClockOffsets) {
  RunTable(
      {
          {"1994-11-05T13:15:30Z", "date 1994-11-05 day", 'n', "1994-11-05T13:15:30Z"},
          {"2014-11-30T08:15:30-05:30", "date 2014-11-30 day"},
          {"2014.12.28", "date 2014-12-28 day"},
          {"12.03.2024", "date 2024-12-03 day"},
          // The reference's clock is not known: every day the offset reaches.
          {"15 minutes ago", "date 2013-02-11 day 2013-02-11 2013-02-12"},
          {"30 seconds ago", "date 2013-02-11 day 2013-02-11 2013-02-12"},
          {"5 hours later", "date 2013-02-12 day 2013-02-12 2013-02-13"},
      },
      kRef);
  // Known: the day it lands on.
  Context at_noon = ContextFor(kRef, 'n');
  at_noon.ref_minute = 12 * 60;
  const auto noon = FindAll("15 minutes ago", at_noon);
  ASSERT_EQ(noon.size(), 1u);
  EXPECT_EQ(noon[0].range.from, kRef);
  EXPECT_EQ(noon[0].range.to, kRef);
  Context after_midnight = ContextFor(kRef, 'n');
  after_midnight.ref_minute = 5;
  const auto early = FindAll("15 minutes ago", after_midnight);
  ASSERT_EQ(early.size(), 1u);
  EXPECT_EQ(early[0].range.from, Date(2013, 2, 11));
}

TEST(NormalizeTest, Edges) {
  struct EdgeCase {
    const char* ref;
    char tense;
    const char* input;
    const char* expected;
  };
  const std::vector<EdgeCase> table = {
      // Feb 29 exists only in leap years.
      {"2024-03-10", 'p', "February 29", "date 2024-02-29"},
      {"2023-06-01", 'p', "Feb. 29", "date 2020-02-29"},
      {"2023-06-01", 'f', "Feb. 29", "date 2024-02-29"},
      {"2023-06-01", 'n', "Feb. 29", "date 2024-02-29"},
      {"2024-02-29", 'n', "today", "date 2024-02-29"},
      {"2024-02-29", 'n', "a year ago", "date 2023 year"},
      {"2024-02-29", 'n', "tomorrow", "date 2024-03-01"},
      {"2024-02-29", 'n', "yesterday", "date 2024-02-28"},
      {"2024-02-29", 'n', "this month", "date 2024-02 month 2024-02-01 2024-02-29"},
      {"2023-02-28", 'n', "tomorrow", "date 2023-03-01"},
      {"2020-01-15", 'n', "Feb 29 2020", "date 2020-02-29"},
      // Year boundaries.
      {"2024-01-02", 'n', "last month", "date 2023-12 month"},
      {"2024-01-02", 'n', "last week", "date 2023-W52 week 2023-12-25 2023-12-31"},
      {"2024-01-02", 'n', "this week", "date 2024-W01 week 2024-01-01 2024-01-07"},
      {"2021-01-03", 'n', "this week", "date 2020-W53 week 2020-12-28 2021-01-03"},
      {"2019-12-31", 'n', "this week", "date 2020-W01 week 2019-12-30 2020-01-05"},
      {"2024-01-02", 'p', "December 31", "date 2023-12-31"},
      {"2023-12-30", 'f', "January 5", "date 2024-01-05"},
      {"2023-12-31", 'n', "next year", "date 2024 year"},
      {"2023-12-31", 'n', "last year", "date 2022 year"},
      {"2024-01-01", 'n', "yesterday", "date 2023-12-31"},
      {"2023-12-31", 'n', "tomorrow", "date 2024-01-01"},
      {"2024-01-05", 'p', "in December", "date 2023-12 month"},
      {"2023-12-20", 'f', "in January", "date 2024-01 month"},
      {"2024-01-02", 'n', "next weekend", "date 2024-W01-WE weekend 2024-01-06 2024-01-07"},
      // A publication date on the 31st: month arithmetic clamps to the month end.
      {"2024-01-31", 'n', "next month", "date 2024-02 month 2024-02-01 2024-02-29"},
      {"2024-01-31", 'n', "a month ago", "date 2023-12 month"},
      {"2024-01-31", 'n', "in one month", "date 2024-02 month"},
      {"2024-03-31", 'n', "a month ago", "date 2024-02 month"},
      {"2024-03-31", 'n', "last month", "date 2024-02 month"},
      {"2023-05-31", 'n', "three months ago", "date 2023-02 month"},
      {"2024-01-31", 'n', "two weeks ago", "date 2024-W03 week 2024-01-15 2024-01-21"},
      {"2024-08-31", 'n', "six months ago", "date 2024-02 month"},
      {"2024-10-31", 'n', "next month", "date 2024-11 month 2024-11-01 2024-11-30"},
      // A weekday that does not match its date.
      {"2024-01-29", 'n', "Tuesday, January 3, 2024", "date! 2024-01-03"},
      {"2024-01-29", 'n', "Wednesday, January 3, 2024", "date 2024-01-03"},
      {"2024-01-29", 'n', "Friday, Oct. 31, 2022", "date! 2022-10-31"},
      {"2024-01-29", 'n', "Monday, Oct. 31, 2022", "date 2022-10-31"},
      {"2024-01-29", 'n', "Thursday 3 January 2024", "date! 2024-01-03"},
      {"2024-01-29", 'n', "Jan. 3, 2024, Tuesday", "date! 2024-01-03"},
      {"2024-01-29", 'p', "Sunday, January 28", "date 2024-01-28"},
      {"2024-01-29", 'p', "Saturday, January 28", "date! 2024-01-28"},
      {"2024-01-29", 'n', "the week of Tuesday, January 3, 2024", "date! 2024-W01 week"},
      // "next Friday" on a Friday is a week later; "Friday" is today.
      {"2024-01-05", 'n', "next Friday", "date 2024-01-12"},
      {"2024-01-05", 'n', "Friday", "date 2024-01-05"},
      {"2024-01-05", 'p', "on Friday", "date 2024-01-05"},
      {"2024-01-05", 'f', "on Friday", "date 2024-01-05"},
      {"2024-01-05", 'n', "last Friday", "date 2023-12-29"},
      {"2024-01-05", 'n', "this Friday", "date 2024-01-05"},
      {"2024-01-05", 'n', "next Saturday", "date 2024-01-06"},
      {"2024-01-05", 'n', "last Thursday", "date 2024-01-04"},
      // The seed phenomena (facts only): premiere dates and durations as of publication.
      {"2025-01-13", 'f', "premieres on January 17", "date 2025-01-17"},
      {"2025-01-13", 'p', "on January 17", "date 2024-01-17"},
      {"2024-01-03", 'p', "In April", "date 2023-04 month"},
      {"2024-01-03", 'p', "The next month", "date 2024-02 month"},  // no anchor: the reference
      {"2024-01-03", 'n', "nearly two years since", "duration 2 year 547 731"},
      {"2024-01-29", 'p', "premiered in February 2022", "date 2022-02 month 2022-02-01 2022-02-28"},
  };
  for (const EdgeCase& c : table) {
    const Date ref = ParseIsoDate(c.ref).value();
    const std::string actual = Describe(FindFirst(c.input, ContextFor(ref, c.tense)));
    EXPECT_TRUE(PrefixMatch(actual, c.expected))
        << "input: \"" << c.input << "\" (ref " << c.ref << ", tense '" << c.tense
        << "')\n  expected: " << c.expected << "\n  actual:   " << actual;
  }
}

TEST(NormalizeTest, ParseAsAKind) {
  struct ParseCase {
    const char* input;
    Kind kind;
    char tense;
    const char* expected;
  };
  const std::vector<ParseCase> table = {
      {"50", Kind::kAge, 'n', "age 50 year 1973-01-30 1974-01-29"},
      {"58", Kind::kAge, 'n', "age 58 year"},
      {"January 17", Kind::kDate, 'f', "date 2025-01-17"},
      {"January 17", Kind::kDate, 'p', "date 2024-01-17"},
      {"January 29", Kind::kDate, 'p', "date 2024-01-29"},
      {"January 30", Kind::kDate, 'p', "date 2023-01-30"},
      {"some 15 months", Kind::kDuration, 'n', "duration 15 month 408 504"},
      {"Oct. 31, 2022.", Kind::kDate, 'n', "date 2022-10-31"},
      {"  (Oct. 31, 2022)  ", Kind::kDate, 'n', "date 2022-10-31"},
      {"Sept.", Kind::kDate, 'p', "date 2023-09 month"},
      {"February 29, 2023", Kind::kDate, 'n', "none"},
      {"February 30", Kind::kDate, 'n', "none"},
      {"April 31, 2024", Kind::kDate, 'n', "none"},
      {"13/13/2020", Kind::kDate, 'n', "none"},
      {"118-day", Kind::kDuration, 'n', "duration 118 day"},
      {"14", Kind::kNumber, 'n', "number 14"},
      {"fourteen", Kind::kNumber, 'n', "number 14"},
      {"Stiller, 58", Kind::kAge, 'n', "none"},
      {"February 2022", Kind::kInterval, 'n', "date 2022-02 month"},
      {"February 2022", Kind::kDate, 'n', "date 2022-02 month"},
      {"three years", Kind::kDate, 'n', "none"},
      {"three years", Kind::kDuration, 'n', "duration 3 year"},
      {"between 2019 and 2021", Kind::kInterval, 'n', "interval 2019/2021"},
      {"between 2019 and 2021", Kind::kDate, 'n', "none"},
      {"21st", Kind::kOrdinal, 'n', "ordinal 21"},
      {"21st", Kind::kNumber, 'n', "none"},
      {"58-year-old", Kind::kAge, 'n', "age 58 year"},
      {"", Kind::kNone, 'n', "none"},
      {"May", Kind::kDate, 'p', "date 2023-05 month"},
      {"may", Kind::kDate, 'p', "date 2023-05 month"},
  };
  for (const ParseCase& c : table) {
    const std::string actual =
        Describe(Parse(c.input, c.kind, ContextFor(Date(2024, 1, 29), c.tense)));
    EXPECT_TRUE(PrefixMatch(actual, c.expected))
        << "input: \"" << c.input << "\" as " << KindName(c.kind) << "\n  expected: " << c.expected
        << "\n  actual:   " << actual;
  }
}

TEST(NormalizeTest, SpansAreByteOffsetsIntoTheInput) {
  const std::string sentence = "Adam Scott, who turned 50 in April, returns on Jan. 17.";
  const auto values = FindAll(sentence, ContextFor(Date(2024, 1, 29), 'p'));
  ASSERT_EQ(values.size(), 3u);
  for (const Value& v : values) EXPECT_EQ(sentence.substr(v.begin, v.end - v.begin), v.text);
  EXPECT_EQ(values[0].text, "turned 50");
  EXPECT_EQ(values[1].text, "April");
  EXPECT_EQ(values[2].text, "Jan. 17");
}

}  // namespace
}  // namespace factlint::normalize
