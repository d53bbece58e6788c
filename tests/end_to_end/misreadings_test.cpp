// Sentences a careless checker misreads, in an article whose salient event
// could absorb them (tests/fixtures/misreadings/): a hearing "set for Oct. 2"
// in an article about a strike is the hearing's date, not the strike's; a
// "death toll" is nobody's death.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

const char kStrike[] = "tests/fixtures/misreadings/strike-hearing.txt";

std::vector<nlohmann::json> Claims(const char* path) {
  const CommandResult r = RunFactlint({"claims", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

TEST(Misreadings, AnotherEventsDateIsNotTheSalientEventsStart) {
  const auto claims = Claims(kStrike);
  bool strike_length = false;
  for (const auto& c : claims) {
    const std::string subject = c["subject"];
    if (subject.find("strike") != std::string::npos && c["attribute"] == "event-length")
      strike_length = true;
    // The hearing's date may be claimed, but never as the strike's.
    const bool hearing_date = c["text"].get<std::string>().find("Oct. 2") != std::string::npos;
    EXPECT_FALSE(hearing_date && subject.find("strike") != std::string::npos) << c;
  }
  EXPECT_TRUE(strike_length);  // the article's own event is still read
}

TEST(Misreadings, ADeathTollIsNobodysDeath) {
  for (const auto& c : Claims(kStrike)) EXPECT_NE(c["attribute"], "death") << c;
}

TEST(Misreadings, NoFindingFromTheMisreadings) {
  const CommandResult r = RunFactlint({"check", kStrike, "--no-config", "--fail-on", "info"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

// Read right, the same words carry a real mistake: "the walkout, which
// began on March 24, ended on May 9" is the salient strike's start and end,
// the first article's strike ended on May 9 too, and the second article's
// "52-day" strike cannot fit them. The finding is about the one claim that
// does not fit, not about whichever date the conflict was found through.
TEST(Misreadings, AnEventNamedByWhatItIsIsStillChecked) {
  const CommandResult r = RunFactlint({"check", "tests/fixtures/misreadings/described-1.txt",
                                       "tests/fixtures/misreadings/described-2.txt", "--no-config",
                                       "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;
  const auto& f = j["findings"][0];
  EXPECT_EQ(f["kind"], "contradiction") << r.out;
  EXPECT_EQ(f["attribute"], "duration") << r.out;
  EXPECT_EQ(f["location"]["line"], 3) << r.out;
}

// The article calls the ex-governor "he"; "she is scheduled to be
// sentenced" is his wife, not a second sentencing date of his.
TEST(Misreadings, SheIsNotTheManTheArticleCallsHe) {
  const char* path = "tests/fixtures/misreadings/pronoun-gender.txt";
  for (const auto& c : Claims(path)) {
    if (c["value"] == "Feb. 20") {
      EXPECT_EQ(c["attribute"], "dated-mention") << c;
    }
  }
  const CommandResult r = RunFactlint({"check", path, "--no-config", "--fail-on", "info"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

// A work's Emmy tally grows year by year: 10 in 2010 and 52 in 2019 are
// both right; 46 a year after 52 is not.
TEST(Misreadings, ARunningTallyMayGrowButNotShrink) {
  CommandResult r = RunFactlint(
      {"check", "tests/fixtures/misreadings/tally-grows", "--no-config", "--fail-on", "info"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  r = RunFactlint({"check", "tests/fixtures/misreadings/tally-shrinks", "--no-config", "--fail-on",
                   "info", "--format", "json"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("emmy-nominations-contradiction"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace factlint::testing
