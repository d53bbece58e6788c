// A cause, a report or a rescue's end not known yet, then made public in a
// later article: the earlier statements are stale; a death dated "weeks
// earlier" a year before does not hold (tests/fixtures/topics/*.txt).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

const char kBefore[] = "tests/fixtures/topics/disasters-1.txt";
const char kAfter[] = "tests/fixtures/topics/disasters-2.txt";

TEST(Disasters, ACauseAndAReportMadePublicLaterMakeTheStatusesStale) {
  const CommandResult r =
      RunFactlint({"check", kBefore, kAfter, "--no-config", "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 3u) << r.out;
  const struct {
    int line;
    const char* rule;
  } kWant[] = {
      {3, "cause-announcement-stale"}, {4, "report-release-stale"}, {5, "report-release-stale"}};
  for (size_t i = 0; i < std::size(kWant); ++i) {
    const auto& f = j["findings"][i];
    EXPECT_EQ(f["kind"], "stale") << f;
    EXPECT_EQ(f["rule"], kWant[i].rule) << f;
    EXPECT_EQ(f["location"]["path"], kBefore) << f;
    EXPECT_EQ(f["location"]["line"], kWant[i].line) << f;
  }
}

TEST(Disasters, ARescueNobodyWouldDateIsStaleOnceAllAreBroughtOut) {
  const char kDrilling[] = "tests/fixtures/topics/disasters-3.txt";
  const CommandResult r = RunFactlint({"check", kDrilling, "tests/fixtures/topics/disasters-4.txt",
                                       "--no-config", "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;
  const auto& f = j["findings"][0];
  EXPECT_EQ(f["kind"], "stale") << f;
  EXPECT_EQ(f["subject"], "Silver Creek mine collapse rescue") << f;
  EXPECT_EQ(f["location"]["path"], kDrilling) << f;
  EXPECT_EQ(f["location"]["line"], 4) << f;
}

TEST(Obituaries, ADeathWeeksEarlierThatTheSentenceDatesAYearBackDoesNotHold) {
  const CommandResult r = RunFactlint(
      {"check", "tests/fixtures/topics/obituaries-3.txt", "--no-config", "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  // The husband's "only weeks earlier, on March 3, 2023" (two years back);
  // not the sister's "just days earlier, on Feb. 4, 2025".
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;
  const auto& f = j["findings"][0];
  EXPECT_EQ(f["location"]["line"], 4) << f;
  EXPECT_EQ(f["subject"], "Tom Vell") << f;
  EXPECT_NE(f["message"].get<std::string>().find("March 3, 2023"), std::string::npos) << f;
}

TEST(Disasters, StatusesAloneAreNoFinding) {
  const CommandResult r = RunFactlint({"check", kBefore, "--no-config", "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

// Deep time in science news: "40,000 years ago" is beyond any calendar date
// (Boost.Date_Time's years 1400-9999) and once aborted the whole check.
TEST(Science, DeepTimeIsNoDateAndTheRestIsStillRead) {
  const char kCave[] = "tests/fixtures/topics/science-3.txt";
  const CommandResult r = RunFactlint({"check", kCave, "--no-config", "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["findings"].empty()) << r.out;
  const CommandResult claims = RunFactlint({"claims", kCave});
  ASSERT_EQ(claims.exit_code, 0) << claims.err;
  EXPECT_NE(claims.out.find("\"from\":\"2019-03-03\""), std::string::npos) << claims.out;
}

}  // namespace
}  // namespace factlint::testing
