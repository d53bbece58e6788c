// Table tests for the compositional grammar (checker/normalize/grammar*.cpp):
// one block per family of productions. Reference: Tuesday 2013-02-12 at
// 04:30 (Duckling's), directions as each case says. Expected values are
// written as in case_util.h. Each case names a composition the rules alone
// did not read, so a production that stops working fails here.
#include <gtest/gtest.h>

#include <vector>

#include "case_util.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/normalize.h"

namespace factlint::normalize {
namespace {

using testing::Case;
using testing::ContextFor;
using testing::Describe;
using testing::PrefixMatch;

const Date kTuesday(2013, 2, 12);
constexpr int kFourThirty = 4 * 60 + 30;

void RunTable(const std::vector<Case>& table, int ref_minute = kFourThirty) {
  testing::RunCases(table, kTuesday, ref_minute);
}

// Found by fuzz_normalize: a run of digits before "th" overflowed an int
// (undefined behaviour; the sanitizer build aborts on it).
TEST(GrammarTest, AnOrdinalTooLongIsNoOrdinal) {
  EXPECT_EQ(lexicon::ParseOrdinal("2666666660th"), std::nullopt);
  EXPECT_EQ(lexicon::ParseOrdinal("23rd"), 23);
  const std::string text =
      " date 2023-11-02" + std::string(117, '6') + " Ma date 2023- date 202311-02";
  EXPECT_NO_FATAL_FAILURE(FindAll(text, ContextFor(kTuesday, 'P')));
}

// Found by fuzz_normalize and then in science news: a date beyond the
// calendar's years 1400-9999 ("40,000 years ago") threw from Boost.Date_Time
// and aborted `factlint check`; a huge amount was cast out of a long long's
// range. Such a text has no date, and its length is still read.
TEST(GrammarTest, AnAmountBeyondTheCalendarIsNoDateAndNoCrash) {
  RunTable({
      {"40,000 years ago", "duration 40000 year"},
      {"the past 300000 years", "duration 300000 year"},
      {"in 99999999999 months", "duration 99999999999 month"},
      {"99999 weeks ago", "duration 99999 week"},
  });
  for (const char* text : {"5555555555555555555555 days", "5555555555555555555555 weeks ago",
                           "the past 5555555555555555555555 years"})
    EXPECT_NO_FATAL_FAILURE(FindAll(text, ContextFor(kTuesday, 'P'))) << text;
}

TEST(GrammarTest, DaysOfTheMonth) {
  RunTable({
      {"on the 15th", "date 2013-02-15 day", 'F', "on the 15th"},
      {"the first of march", "date 2013-03-01 day", 'F'},
      {"the 2nd of march", "date 2013-03-02 day", 'F'},
      {"20th of next month", "date 2013-03-20 day", 'F'},
      {"20th day of next month", "date 2013-03-20 day", 'F'},
      {"20th of the previous month", "date 2013-01-20 day", 'F'},
      {"Tuesday the 19th", "date 2013-02-19 day", 'F'},
      {"Thu 15th", "date 2013-08-15 day", 'F'},  // the next 15th that is a Thursday
      {"14th April 15", "date 2015-04-14 day", 'F'},
      {"the ides of March", "date 2013-03-15 day", 'F'},
      // News: "the 1st Battalion" is not a date; "on the 1st" needs its ordinal.
      {"the 1st Battalion deployed", "ordinal 1"},
      // An ordinal that counts the noun after it is no day of the month.
      {"a breakthrough came on the tenth day", "ordinal 10"},
      {"on the 10th day of the strike", "ordinal 10"},
      {"on the 3rd straight night", "ordinal 3"},
      // A number that counts the noun after it is no day of the month either.
      {"Tuesday, 19", "date 2013-02-19 day", 'F'},
      {"on Thursday, 18 months after", "date 2013-02-14 day", 'F', "Thursday"},
      {"on Thursday, 18 people died", "date 2013-02-14 day", 'F', "Thursday"},
  });
}

TEST(GrammarTest, NumericDates) {
  RunTable({
      {"2 / 15", "date 2013-02-15 day", 'F'},
      {"31-Oct-74", "date 1974-10-31 day"},
      {"31/Oct/1974", "date 1974-10-31 day"},
      {"2014/10", "date 2014-10 month"},
      {"2/2013", "date 2013-02 month"},
      {"2018Q4", "date 2018-Q4 quarter"},
  });
}

TEST(GrammarTest, OffsetsAndCounts) {
  RunTable({
      {"thanksgiving of next year", "date 2014-11-27 day", 'F'},
      {"June next year", "date 2014-06 month"},
      {"March last year", "date 2012-03 month"},
      {"thanksgiving in a year", "date 2014-11-27 day", 'F'},
      {"March in 1 year", "date 2014-03 month", 'F'},
      {"March after next", "date 2014-03 month", 'F'},
      {"3 fridays from now", "date 2013-03-01 day", 'F'},
      {"2 thursdays ago", "date 2013-01-31 day", 'F'},
      {"upcoming two weeks", "date 2013-W09 week", 'F'},
      {"2 upcoming months", "date 2013-04 month", 'F'},
      {"the first Monday of this month", "date 2013-02-04 day", 'F'},
      {"second monday of last month", "date 2013-01-14 day", 'F'},
      {"third tuesday after christmas 2014", "date 2015-01-13 day", 'F'},
      {"the 5th last day of May", "date 2013-05-27 day", 'F'},
      {"2nd last week of October 2018", "date 2018-W42 week", 'F'},
      {"sunday from last week", "date 2013-02-10 day", 'F'},
  });
}

TEST(GrammarTest, ClockTimesFallOnTheirDay) {
  RunTable({
      {"at 3pm", "date 2013-02-12 day", 'F', "at 3pm"},
      {"at 3am", "date 2013-02-13 day", 'F'},  // 03:00 has passed at 04:30
      {"3:18am", "date 2013-02-13 day", 'F'},
      {"4:23am", "date 2013-02-12 day", 'F'},   // still this hour
      {"at 4:23", "date 2013-02-12 day", 'F'},  // or 16:23
      {"half past three pm", "date 2013-02-12 day", 'F'},
      {"a quarter to noon", "date 2013-02-12 day", 'F'},
      {"twelve oh three", "date 2013-02-12 day", 'F'},
      {"ten-thirty", "date 2013-02-12 day", 'F'},
      {"at midnight", "date 2013-02-13 day", 'F'},
      {"8 tonight", "date 2013-02-12 day", 'F'},
      {"3 in the morning", "date 2013-02-13 day", 'F'},
      {"Thu at 8 am PST", "date 2013-02-14 day", 'F'},
      {"9 tomorrow", "date 2013-02-13 day", 'F'},
      {"in 24 hours", "date 2013-02-13 day", 'F'},
      {"in 15 minutes", "date 2013-02-12 day", 'F'},
      // A bare "at 7" is no time; "2 to four" is a range of numbers.
      {"at 7 percent", "number 7"},
      {"won 2 to four", "number 2-4"},
  });
}

TEST(GrammarTest, ClockTimesNeedTheReferencesClock) {
  // Without the reference's time of day (the claims pipeline has only the
  // publication date) a clock time alone has no day, and "in 15 minutes"
  // stays a length.
  RunTable({{"at 3pm", "none"}, {"in 15 minutes", "duration 15 minute"}}, -1);
}

TEST(GrammarTest, SummedDurations) {
  RunTable({
      {"2 years and 3 months", "duration 27 month"},
      {"2 years, 3 months", "duration 27 month"},
      {"1 year, 2 days, 3 hours and 4 seconds", "duration 31719604 second"},
      {"1 hour thirty", "duration 90 minute"},
      {"one and a half hours", "duration 1.5 hour"},
      {"one and three quarters of hour", "duration 1.75 hour"},
      {"half an hour", "duration 0.5 hour"},
      {"1/2 hour", "duration 0.5 hour"},
      {"three-quarters of an hour", "duration 0.75 hour"},
      {"one month and half", "duration 45 day"},
      {"2 more minutes", "duration 2 minute"},
      // The rules' readings stay: "twice a day" is no duration.
      {"twice a day", "none"},
  });
}

TEST(GrammarTest, NumbersCompose) {
  RunTable({
      {"twenty-one thousand eleven", "number 21011"},
      {"seven hundred twenty-one thousand and twelve", "number 721012"},
      {"two dozen", "number 24"},
      {"200 dozens", "number 2400"},
      {"three thousand millions", "number 3000000000"},
      {"two point two million", "number 2200000"},
      {"1 point 1", "number 1.1"},
      {"point 77", "number 0.77"},
      {"12 lakhs", "number 1200000"},
      {"three crore twelve lakh fifty-six thousand seven hundred twenty-one", "number 31256721"},
      // Indian scales as newsrooms spell them; a whole word only.
      {"three cr twelve lac fifty-six thousand", "number 31256000"},
      {"Rs 300 cr", "number 3000000000"},
      {"30 lkh", "number 3000000"},
      {"three hundred koti", "number 3000000000"},
      {"seven criminal counts", "number 7"},
      {".77", "number 0.77"},
      {"a couple of", "number 2"},
      {"a pair", "number 2"},
      {"-504", "number -504"},
      {"minus 1,200,000", "number -1200000"},
      {"negative five hundred and four", "number -504"},
      {"nought", "number 0"},
      {"nil", "number 0"},
      {"single", "number 1"},
      // A fraction only where no date can be read.
      {"20/100", "number 0.2"},
      {"3/15", "date 2013-03-15 day", 'F'},
      {"5/2024", "date 2024-05 month"},
      // A number read out digit by tens; "one twenty" alone is no such number.
      {"one twenty two", "number 122"},
      {"100K", "number 100000"},
      {"1.2M", "number 1200000"},
      {"-1200K", "number -1200000"},
      {"2m", "none"},  // two minutes or metres, not two million
      // A hyphen after a word or a digit is no sign, and a range still goes up.
      {"COVID-19", "number 19"},
      {"10-12 people", "number 10-12"},
  });
}

TEST(GrammarTest, HolidaysAddedForTheGrammar) {
  RunTable({
      {"orthodox easter 2018", "date 2018-04-08 day"},
      {"clean monday 2018", "date 2018-02-19 day"},
      {"boss's day 2016", "date 2016-10-17 day"},  // the 16th was a Sunday
      {"whit monday", "date 2013-05-20 day", 'F'},
      {"koningsdag 2014", "date 2014-04-26 day"},  // the 27th was a Sunday
      // The Islamic calendar as Mecca reckons it (the tabular one said the
      // 14th, then the 22nd).
      {"Eid al-Fitr 2018", "date 2018-06-15 day"},
      {"Eid al-Adha 2018", "date 2018-08-21 day"},
      {"Ramadan 2018", "interval 2018-05-16/2018-06-14 day"},
      {"Jamat Ul-Vida 2018", "date 2018-06-08 day"},
  });
}

// An interval whose ends only the grammar reads; the ends share the month
// and the year one of them leaves out.
TEST(GrammarTest, IntervalsOfComposedEnds) {
  RunTable({
      {"from May until July next year", "interval 2014-05/2014-07 month", 'n'},
      {"between Friday, 22nd and Sunday, 24th February", "interval 2013-02-22/2013-02-24 day", 'F'},
      {"Friday 22nd to Sunday 24th March", "interval 2013-03-22/2013-03-24 day", 'F'},
      {"from Monday to Friday", "interval 2013-02-11/2013-02-15 day", 'n'},
  });
  // A weekday that does not fit its day is reported, as on a lone date.
  auto v = Parse("between Thursday 22nd and Sunday 24th March", Kind::kInterval,
                 ContextFor(kTuesday, 'F'));
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->inconsistency, "Thursday does not match 2013-03-22, which is a Friday");
}

TEST(GrammarTest, ParseReadsTheGrammarWhenTheRulesCannot) {
  Context context = ContextFor(kTuesday, 'F');
  EXPECT_EQ(Describe(Parse("2 years and 3 months", Kind::kDuration, context)),
            "duration 27 month 819 823");
  EXPECT_EQ(Describe(Parse("Tuesday the 19th", Kind::kDate, context)),
            "date 2013-02-19 day 2013-02-19 2013-02-19");
  EXPECT_EQ(Describe(Parse("Tuesday the 19th", Kind::kNumber, context)), "none");
}

}  // namespace
}  // namespace factlint::normalize
