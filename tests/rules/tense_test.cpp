// The tense of one claim (tense.h): from its verb, then its clause, then
// its sentence; and the clauses that assert nothing.
#include "checker/rules/tense.h"

#include <gtest/gtest.h>

#include <string>

namespace factlint::rules {
namespace {

struct TenseCase {
  const char* sentence;
  const char* match;  // the matched text (first occurrence)
  const char* verb;   // the verb group inside it, or "" for none
  Tense want;
};

TextRange RangeOf(const std::string& text, const std::string& part) {
  const size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return {at, at + part.size()};
}

const TenseCase kTenseCases[] = {
    // A plan moved to a day lies ahead, whatever the tense that moved it;
    // the first plan keeps its tense.
    {"NASA said Tuesday the launch had been delayed by rain and rescheduled for Wednesday.",
     "Wednesday", "", Tense::kFuture},
    {"The illness has delayed the process at least until Thursday, a spokesman said.",
     "until Thursday", "", Tense::kFuture},
    {"The vote, originally postponed to Monday, was held.", "Monday", "", Tense::kPast},
    {"The referendum date was announced as 14 October.", "14 October", "", Tense::kFuture},
    // "Will" as a first name is no modal: the clause is in the past.
    {"Hayes, who shot defensive end Will Moss in 2016, was sentenced.", "in 2016", "",
     Tense::kPast},
    {"The second season premieres on October 4, a date the streamer announced on May 20.",
     "The second season premieres on October 4", "premieres", Tense::kPresent},
    {"It premiered in April, and the sequel will follow.", "It premiered in April", "premiered",
     Tense::kPast},
    {"The show is set to premiere in May, after it was delayed.",
     "The show is set to premiere in May", "is set to premiere", Tense::kFuture},
    {"The show could return in 2026.", "The show could return in 2026", "could return",
     Tense::kFuture},
    // No verb group: the clause decides, not the rest of the sentence.
    {"Production begins in March, the studio announced.", "Production begins in March", "",
     Tense::kPresent},
    {"The strike ended in November; talks will resume.", "The strike ended in November", "",
     Tense::kPast},
    // The auxiliaries before a verb group that starts at "be".
    {"The game will now be released on April 12.", "be released on April 12", "be released",
     Tense::kFuture},
    {"The game was released on April 12.", "released on April 12", "released", Tense::kPast},
    {"A judge ruled on Monday that she must surrender April 27.", "surrender April 27", "surrender",
     Tense::kFuture},
    // A clause with no cue ("On Monday,"): the nearest cue in the sentence
    // decides, not a later "will" the sentence-wide rule would prefer.
    {"On Monday, officials said the bridge will open in 2030.", "Monday", "", Tense::kPast},
    {"On Monday, officials will say when the bridge opens.", "Monday", "", Tense::kFuture},
    // A verb group that is a participle with "by" leaves it to the clause,
    // then the sentence: the second part is still to come.
    {"Part one will come out on June 4, followed by the second part on July 9.",
     "followed by the second part on July 9", "followed", Tense::kFuture},
    {"Wednesday's filing followed a ruling on Tuesday.", "followed a ruling on Tuesday", "followed",
     Tense::kPast},
    // With its infinitive, a participle of planning is a plan.
    {"The telescope is confirmed to launch on Christmas Day.",
     "confirmed to launch on Christmas Day", "confirmed", Tense::kFuture},
    {"The band agreed to return on Friday.", "agreed to return on Friday", "agreed", Tense::kPast},
};

TEST(ClaimTense, FromTheVerbThenTheClause) {
  for (const TenseCase& c : kTenseCases) {
    const std::string text = c.sentence;
    std::optional<TextRange> verb;
    if (*c.verb) verb = RangeOf(text, c.verb);
    EXPECT_EQ(ClaimTense(text, RangeOf(text, c.match), verb), c.want) << c.sentence;
  }
}

struct AssertCase {
  const char* sentence;
  const char* match;
  const char* verb;
  bool unasserted;
};

const AssertCase kAssertCases[] = {
    {"If the show premieres in May, the cast will tour.", "the show premieres in May", "premieres",
     true},
    {"The show could return in 2026.", "The show could return in 2026", "could return", true},
    {"The show did not premiere in 2023.", "The show did not premiere in 2023", "premiere", true},
    {"The show hasn't aired in May.", "The show hasn't aired in May", "aired", true},
    {"The show is expected to premiere in May.", "The show is expected to premiere in May",
     "is expected to premiere", false},
    {"The show premiered in May, not in June.", "The show premiered in May", "premiered", false},
    {"Unless delayed, filming ends in May 2025.", "filming ends in May 2025", "ends", true},
    // A choice hedges itself, not the date of the object's own clause.
    {"They will decide whether to proceed with the trial Ruiz is facing on May 2.",
     "trial Ruiz is facing on May 2", "is facing", false},
    {"They will decide whether Ruiz is facing a trial on May 2.", "Ruiz is facing a trial on May 2",
     "is facing", true},
    {"The bridge was initially estimated to cost $1.9 billion and be completed by 2028.",
     "be completed by 2028", "be completed by", true},
    // A past plan the sentence itself gives up.
    {"The Games were scheduled for July 24, but the organizers postponed them.",
     "scheduled for July 24", "scheduled for", true},
    {"The Cup was scheduled for June 12, but tickets sold out within hours.",
     "scheduled for June 12", "scheduled for", false},
    // A date a work will miss.
    {"They are not going to have the film ready for its summer 2024 release date.",
     "summer 2024 release date", "release date", true},
    {"The film is ready for its summer 2024 release date.", "summer 2024 release date",
     "release date", false},
};

TEST(FutureInThePast, WouldAfterAVerbOfSaying) {
  const struct {
    const char* sentence;
    const char* match;
    bool want;
  } cases[] = {
      {"Dana Whitcombe claimed that the van would hit the market by 2021.", "2021", true},
      {"The studio said the game would arrive on Oct. 9.", "Oct. 9", true},
      {"The game would arrive on Oct. 9 if the tests pass.", "Oct. 9", false},
      {"The studio said the game will arrive on Oct. 9.", "Oct. 9", false},
  };
  for (const auto& c : cases) {
    const std::string text = c.sentence;
    EXPECT_EQ(FutureInThePast(text, RangeOf(text, c.match)), c.want) << c.sentence;
  }
}

TEST(IsUnasserted, HedgesAndNegationsAssertNothing) {
  for (const AssertCase& c : kAssertCases) {
    const std::string text = c.sentence;
    EXPECT_EQ(IsUnasserted(text, RangeOf(text, c.match), RangeOf(text, c.verb)), c.unasserted)
        << c.sentence;
  }
}

}  // namespace
}  // namespace factlint::rules
