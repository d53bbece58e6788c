// Table tests for the families the independent measurement exercises
// (TimeBank/TempEval-3 TIMEX3 values, Duckling's and SUTime's English tests):
// typed captures the rule engine parses, clock times next to dates, decades
// and centuries, deictic weekdays, offsets from a date, vague windows, fiscal
// years, number ranges and vague plurals, and the words that look like dates
// but are not. Reference: Monday 2024-01-29, unless a case says otherwise.
// Expected values are written as in case_util.h.
#include <gtest/gtest.h>

#include <vector>

#include "case_util.h"
#include "checker/normalize/normalize.h"
#include "checker/normalize/stream.h"

namespace factlint::normalize {
namespace {

using testing::Case;
using testing::ContextFor;
using testing::Describe;
using testing::PrefixMatch;

const Date kMonday(2024, 1, 29);

void RunTable(const std::vector<Case>& table) {
  testing::RunCases(table, kMonday);
}

TEST(FamiliesTest, TypedCapturesParseAsTheirKind) {
  struct ParseCase {
    const char* input;
    Kind kind;
    const char* expected;
  };
  const std::vector<ParseCase> table = {
      // Durations: compound adjectives, with and without an article.
      {"118-day", Kind::kDuration, "duration 118 day 118 118"},
      {"10-month-long", Kind::kDuration, "duration 10 month 303 306"},
      {"four-month", Kind::kDuration, "duration 4 month 120 123"},
      {"two-year-long", Kind::kDuration, "duration 2 year 730 731"},
      {"a three-week", Kind::kDuration, "duration 3 week 21 21"},
      {"an 18-month", Kind::kDuration, "duration 18 month"},
      {"six-hour", Kind::kDuration, "duration 6 hour"},
      {"two or three years", Kind::kDuration, "duration 2-3 year 730 1096"},
      {"10 to 12 years", Kind::kDuration, "duration 10-12 year"},
      {"5-7 days", Kind::kDuration, "duration 5-7 day 5 7"},
      {"a two-year-old", Kind::kDuration, "none"},
      // Ages.
      {"58-year-old", Kind::kAge, "age 58 year 1965-01-30 1966-01-29"},
      {"58 year old", Kind::kAge, "age 58 year 1965-01-30 1966-01-29"},
      {"aged 58", Kind::kAge, "age 58 year"},
      {"58 years old", Kind::kAge, "age 58 year"},
      {"turned 58", Kind::kAge, "age 58 year"},
      {"at age 85", Kind::kAge, "age 85 year 1938-01-30 1939-01-29"},
      {"age 85", Kind::kAge, "age 85 year"},
      {"(58)", Kind::kAge, "age 58 year"},
      {"58", Kind::kAge, "age 58 year"},
      {"fifty-eight", Kind::kAge, "age 58 year"},
      {"200", Kind::kAge, "none"},
      // Numbers.
      {"fourteen", Kind::kNumber, "number 14"},
      {"14", Kind::kNumber, "number 14"},
      {"a dozen", Kind::kNumber, "number 12"},
      {"1,200", Kind::kNumber, "number 1200"},
      {"1.5 million", Kind::kNumber, "number 1500000"},
      {"two hundred", Kind::kNumber, "number 200"},
      {"10 to 12", Kind::kNumber, "number 10-12"},
      {"10-12", Kind::kNumber, "number 10-12"},
      {"between 10 and 12", Kind::kNumber, "number 10-12"},
      {"two or three", Kind::kNumber, "number 2-3"},
      {"dozens", Kind::kNumber, "number 24-99"},
      {"hundreds", Kind::kNumber, "number 200-999"},
      {"thousands", Kind::kNumber, "number 2000-9999"},
      {"tens of thousands", Kind::kNumber, "number 20000-99999"},
      {"twenty-first", Kind::kNumber, "none"},
      // Ordinals.
      {"twenty-first", Kind::kOrdinal, "ordinal 21"},
      {"101st", Kind::kOrdinal, "ordinal 101"},
      {"second", Kind::kOrdinal, "ordinal 2"},
      // Dates as typed captures.
      {"at 9 p.m. on Friday", Kind::kDate, "date 2024-01-26"},
      {"fiscal 2024", Kind::kDate, "date FY2024 year 2023-02-01 2024-12-31"},
      {"since 2019", Kind::kInterval, "interval 2019/2024-01-29 year 2019-01-01 2024-01-29"},
  };
  for (const ParseCase& c : table) {
    const std::string actual = Describe(Parse(c.input, c.kind, ContextFor(kMonday, 'p')));
    EXPECT_TRUE(PrefixMatch(actual, c.expected))
        << "input: \"" << c.input << "\" as " << KindName(c.kind) << "\n  expected: " << c.expected
        << "\n  actual:   " << actual;
  }
}

TEST(FamiliesTest, ClockTimesKeepTheirDate) {
  // Times are finer than a day: the date is the value, the time is only text.
  RunTable({
      {"He spoke at 9 p.m. on Friday.", "date 2024-01-26 day", 'p', "at 9 p.m. on Friday"},
      {"9 p.m. Friday", "date 2024-01-26", 'p', "9 p.m. Friday"},
      {"Friday at 9 p.m.", "date 2024-01-26", 'p', "Friday at 9 p.m."},
      {"at 10 a.m. Tuesday", "date 2024-01-30", 'f', "at 10 a.m. Tuesday"},
      {"March 5 at 9 a.m.", "date 2024-03-05", 'f', "March 5 at 9 a.m."},
      {"Oct. 31, 2022, at 8:15 p.m. ET", "date 2022-10-31", 'n', "Oct. 31, 2022, at 8:15 p.m. ET"},
      {"March 3, 2024 at noon", "date 2024-03-03", 'n'},
      {"on Friday at midnight", "date 2024-02-02", 'f'},
      {"tonight at 8", "date 2024-01-29 day", 'f'},
      {"The vote closes at 9 p.m.", "none"},
      {"at 9:30", "none"},
      {"doors open at 7pm", "none"},
  });
}

TEST(FamiliesTest, DecadesAndCenturies) {
  RunTable({
      {"the 80s", "date 198X decade 1980-01-01 1989-12-31", 'n', "the 80s"},
      {"the '80s", "date 198X decade"},
      {"the eighties", "date 198X decade"},
      {"the 1980s", "date 198X decade"},
      {"the 1800s", "date 18XX century 1800-01-01 1899-12-31"},
      {"the 1900s", "date 19XX century"},
      {"the 2000s", "date 200X decade 2000-01-01 2009-12-31"},
      {"the 21st century", "date 20XX century 2000-01-01 2099-12-31"},
      {"the nineteenth century", "date 18XX century"},
      {"the late 1990s", "date 199X decade 1997-01-01 1999-12-31"},
      {"in his 80s", "age 80-89 year"},
  });
}

TEST(FamiliesTest, DeicticWeekdaysAndWeekends) {
  // Reference Monday 2024-01-29. "last X": the latest one that is over;
  // "this X": this week's, else the coming one; "next X": the first after
  // today (on a Monday, "next Tuesday" is tomorrow).
  RunTable({
      {"last Tuesday", "date 2024-01-23"},
      {"this Tuesday", "date 2024-01-30"},
      {"next Tuesday", "date 2024-01-30"},
      {"next Monday", "date 2024-02-05"},
      {"last Monday", "date 2024-01-22"},
      {"Tuesday of next week", "date 2024-02-06"},
      {"this past weekend", "date 2024-W04-WE weekend 2024-01-27 2024-01-28"},
      {"last weekend", "date 2024-W04-WE weekend 2024-01-27 2024-01-28"},
      {"next weekend", "date 2024-W05-WE weekend 2024-02-03 2024-02-04"},
      {"over the weekend", "date 2024-W04-WE weekend 2024-01-27", 'p', "over the weekend"},
      {"over the weekend", "date 2024-W05-WE weekend 2024-02-03", 'f'},
      {"over the weekend", "date 2024-W04-WE weekend 2024-01-27", 'n'},
      {"the day before yesterday", "date 2024-01-27 day"},
      {"the day after tomorrow", "date 2024-01-31 day"},
      {"a week from Friday", "date 2024-02-09 day", 'f', "a week from Friday"},
      {"a week from Friday", "date 2024-02-02 day", 'p'},  // last Friday, 01-26, + 7
      {"two days after Christmas", "date 2023-12-27 day", 'p'},
      {"three days before Easter 2024", "date 2024-03-28 day"},
      {"three years after 2019", "date 2022 year"},
      {"the week before last", "date 2024-W03 week 2024-01-15 2024-01-21"},
      {"the year after next", "date 2026 year"},
      {"the month before last", "date 2023-11 month"},
  });
}

TEST(FamiliesTest, WindowsEndingAtTheReference) {
  // Counted windows are durations with the window as from/to (TIMEX3 DURATION);
  // vague ones are intervals of up to seven units ("several").
  RunTable({
      {"the past three years", "duration 3 year 1095 1096 2021-01-29 2024-01-29"},
      {"the last two decades", "duration 2 decade 7305 7305 2004-01-29 2024-01-29"},
      {"the past 12 months", "duration 12 month 365 366 2023-01-29 2024-01-29"},
      {"the next two weeks", "duration 2 week 14 14 2024-01-29 2024-02-12"},
      {"the past few years", "duration 2-4 year"},
      {"since 2019", "interval 2019/2024-01-29 year 2019-01-01 2024-01-29"},
      {"since March", "interval 2023-03/2024-01-29 month 2023-03-01 2024-01-29", 'p'},
      {"the coming weeks", "interval 2024-01-29/2024-03-18 day 2024-01-29 2024-03-18"},
      {"in the coming days", "interval 2024-01-29/2024-02-05", 'n', "in the coming days"},
      {"in recent years", "interval 2017-01-29/2024-01-29 day 2017-01-29 2024-01-29"},
      {"in recent months", "interval 2023-06-29/2024-01-29"},
      {"the last days of the campaign", "none"},
  });
}

TEST(FamiliesTest, PeriodsOfTheYear) {
  RunTable({
      {"by the end of the year", "date 2024 year 2024-09-01 2024-12-31", 'f',
       "the end of the year"},
      {"later this year", "date 2024 year 2024-01-29 2024-12-31"},
      {"earlier this year", "date 2024 year 2024-01-01 2024-01-29"},
      {"mid-March", "date 2024-03 month 2024-03-11 2024-03-20", 'f'},
      {"the first half of 2024", "date 2024-H1 half 2024-01-01 2024-06-30"},
      {"Q3 2023", "date 2023-Q3 quarter 2023-07-01 2023-09-30"},
      {"the third quarter", "date 2023-Q3 quarter", 'p'},
      // Results come once their quarter is over, even told in the future.
      {"will report fourth-quarter results", "date 2023-Q4 quarter 2023-10-01 2023-12-31", 'f',
       "fourth-quarter"},
      {"fiscal 2024", "date FY2024 year 2023-02-01 2024-12-31", 'n', "fiscal 2024"},
      {"fiscal year 2023", "date FY2023 year 2022-02-01 2023-12-31"},
      {"FY2025", "date FY2025 year 2024-02-01 2025-12-31"},
      {"FY24", "date FY2024 year"},
      {"spring", "date 2024-SP season 2024-03-01 2024-05-31", 'f'},
      {"this summer", "date 2024-SU season 2024-06-01 2024-08-31"},
      {"next spring", "date 2024-SP season 2024-03-01 2024-05-31"},
      {"last summer", "date 2023-SU season"},
      {"the 2010-11 season", "interval 2010/2011 year 2010-01-01 2011-12-31", 'n', "2010-11"},
  });
}

TEST(FamiliesTest, DateForms) {
  RunTable({
      {"Sept. 5", "date 2023-09-05 day", 'p', "Sept. 5"},
      {"5 Sept 2024", "date 2024-09-05"},
      {"2024/09/05", "date 2024-09-05"},
      {"September 5th", "date 2024-09-05", 'f'},
      {"the 5th of September", "date 2023-09-05", 'p'},
      {"September of 2024", "date 2024-09 month"},
      {"in 2024", "date 2024 year", 'n', "2024"},
      {"during 2024", "date 2024 year", 'n', "2024"},
      {"by 2030", "date 2030 year"},
  });
}

TEST(FamiliesTest, NumbersRangesAndVaguePlurals) {
  RunTable({
      {"10 to 12 people", "number 10-12", 'n', "10 to 12"},
      {"10-12 people", "number 10-12", 'n', "10-12"},
      {"between 10 and 12 workers", "number 10-12"},
      {"dozens of people", "number 24-99", 'n', "dozens"},
      {"hundreds of fans", "number 200-999"},
      {"tens of thousands of protesters", "number 20000-99999", 'n', "tens of thousands"},
      {"hundreds of thousands", "number 200000-999999"},
      {"millions of viewers", "number 2000000-9999999"},
      {"the team won 24-17", "number 24", 'n', "24"},
      {"twenty-one", "number 21"},
      {"the twenty-first", "ordinal 21"},
      {"the 101st", "ordinal 101"},
      {"for hundreds of years", "duration 200-999 year"},
  });
}

TEST(FamiliesTest, WordsThatAreNotDates) {
  RunTable({
      {"he may return", "none"},
      {"the march began at dawn", "none"},
      {"The Sun reported it", "none"},
      {"Fall in prices worried investors", "none"},
      {"a second chance", "ordinal 2", 'n', "second"},
      {"2000 people marched", "number 2000", 'n', "2000"},
      {"some 2000 fans", "number 2000"},
      {"nearly 1500 workers", "number 1500"},
      {"In 2000 people moved", "date 2000 year"},
      {"the 2019 season", "date 2019 year"},
      {"Mayor Adams spoke", "none"},
      {"I will march on", "none"},
      // A number a label gives; a match's half or quarter.
      {"Steelworkers Local 2058 voted", "number 2058", 'n', "2058"},
      {"Flight 1549 landed", "number 1549", 'n', "1549"},
      {"she scored in the first half", "ordinal 1", 'n', "first"},
      {"a touchdown in the fourth quarter", "ordinal 4", 'n', "fourth"},
      {"the verdict turned one of the best athletes", "number 1", 'n', "one"},
      {"the probe will orbit the Sun.", "none"},
  });
}

TEST(FamiliesTest, NumberRangesCarryMaxInJson) {
  const std::string line = ToJsonLine("10 to 12", FindFirst("10 to 12", ContextFor(kMonday, 'n')));
  EXPECT_EQ(line,
            "{\"input\":\"10 to 12\",\"text\":\"10 to 12\",\"kind\":\"number\",\"value\":10,"
            "\"grain\":null,\"from\":null,\"to\":null,\"max\":12}");
}

TEST(FamiliesTest, FindAllAgreesWithFindFirstOnEachPiece) {
  // The prefilter and the per-rule memo must not change what is found: each
  // value FindAll returns is what FindFirst finds from its start.
  const std::vector<const char*> sentences = {
      "The 118-day strike ended on Nov. 9, 2023, and filming resumed two weeks later.",
      "She turned 58 in April; the series ran from July 14 to November 9 in the 80s.",
      "Dozens of people, 10 to 12 of them children, left at 9 p.m. on Friday.",
      "Fiscal 2024 revenue rose in the third quarter, nearly two years after the merger.",
      "In recent years the show aired every spring; next Tuesday it returns at 8 p.m.",
  };
  for (const char* s : sentences) {
    Context context = ContextFor(kMonday, 'p');
    context.anchor = DateRange{kMonday, kMonday};  // fixed, so FindAll does not move it
    const auto all = FindAll(s, context);
    ASSERT_FALSE(all.empty()) << s;
    size_t from = 0;
    for (const Value& v : all) {
      const std::string_view rest = std::string_view(s).substr(from);
      const auto first = FindFirst(rest, context);
      ASSERT_TRUE(first.has_value()) << s;
      EXPECT_EQ(first->text, v.text) << s;
      EXPECT_EQ(Describe(first), Describe(v)) << s;
      from = v.end;
    }
  }
}

}  // namespace
}  // namespace factlint::normalize
