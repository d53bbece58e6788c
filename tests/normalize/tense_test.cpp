#include "checker/normalize/tense.h"

#include <gtest/gtest.h>

#include <vector>

namespace factlint::normalize {
namespace {

TEST(TenseTest, Cues) {
  struct Case {
    const char* sentence;
    Tense expected;
  };
  const std::vector<Case> table = {
      {"Season 2 will premiere in January.", Tense::kFuture},
      {"The show’ll return in the fall.", Tense::kFuture},
      {"The film is set to open on Friday.", Tense::kFuture},
      {"The series is scheduled to return in 2025.", Tense::kFuture},
      {"They are going to film in April.", Tense::kFuture},
      {"The strike ended two weeks ago.", Tense::kPast},
      {"The show premiered in February 2022.", Tense::kPast},
      {"Filming began in October.", Tense::kPast},
      {"It was renewed in April.", Tense::kPast},
      {"Season 2 premieres on January 17.", Tense::kPresent},
      {"The series is a hit.", Tense::kPresent},
      {"Ben Stiller, 58", Tense::kUnknown},
      {"It was announced that the show will return.", Tense::kFuture},
      // A first name after a lower-case word; a title-case headline's modal.
      {"The man who shot defensive end Will Moss in 2016 was sentenced.", Tense::kPast},
      {"Dana Ruiz Sequel Will Open In May", Tense::kFuture},
      // A passive infinitive is to come, unless "was to be" dates the plan.
      {"The probe, to be launched in September, will study the sun.", Tense::kFuture},
      {"The probe was to be launched in 2020.", Tense::kPast},
      // Headline style drops the copula of a plan; a past form owns it.
      {"Red Mesa 4 set for two-part release, finale to come out on New Year's Eve", Tense::kFuture},
      {"Sequel set for May release", Tense::kFuture},
      {"Ruiz retired in 2022, only to return to the sport weeks later.", Tense::kPast},
      {"The band agreed to return on Friday.", Tense::kPast},
      {"The film was originally set for May.", Tense::kPast},
      // A participle with "by" describes a noun: no tense of its own.
      {"followed by the second part on July 9", Tense::kUnknown},
      {"A film directed by Ana Ruiz premieres on May 5.", Tense::kPresent},
      {"The premiere was followed by a party.", Tense::kPast},
      // An infinitive after a superlative says who did it; a headline plan
      // stays one.
      {"The crews got help last week from the first heavy storm to hit Oregon.", Tense::kPast},
      {"Storm to hit Oregon on Friday", Tense::kFuture},
      // A participle of planning with its infinitive is a plan, unless
      // "was" dates the plan; irregular past forms are past.
      {"confirmed to launch on Christmas Day", Tense::kFuture},
      {"The probe was expected to launch in 2020.", Tense::kPast},
      {"She swept to victory in February.", Tense::kPast},
      // A schedule in the present: "scheduled" after "is" is no past.
      {"Her sentencing is scheduled for March 28.", Tense::kPresent},
      {"The mission is scheduled for liftoff on Saturday.", Tense::kPresent},
      {"The hearing was scheduled for March 28.", Tense::kPast},
  };
  for (const Case& c : table)
    EXPECT_EQ(TenseName(DetectTense(c.sentence)), std::string(TenseName(c.expected))) << c.sentence;
}

}  // namespace
}  // namespace factlint::normalize
