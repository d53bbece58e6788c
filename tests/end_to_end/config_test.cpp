// .factlint.yaml through the command line: its settings apply, flags override
// them, and a bad key stops the run with its line and column.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

std::string WriteConfig(const std::string& name, const std::string& yaml) {
  const std::string dir = ::testing::TempDir() + "factlint_config_" + name;
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/.factlint.yaml", yaml);
  return dir + "/.factlint.yaml";
}

TEST(Config, ArchiveFactsSeverityAndFailOnApply) {
  const std::string src = SourceDir();
  const std::string config =
      WriteConfig("applies", "facts: " + src + "/facts\narchive: [" + src + "/samples/archive]\n" +
                                 "severity:\n  episode-air-date-internal: off\nfail-on: error\n");
  const CommandResult r =
      RunFactlint({"check", "samples/drafts", "--config", config, "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;
  EXPECT_EQ(j["findings"][0]["rule"], "age-fact-contradiction");
  EXPECT_EQ(j["documents"].size(), 6u);  // the draft and the five archive articles
}

TEST(Config, FlagsOverrideTheFile) {
  // Left with one warning (premiere-stale): the file's fail-on error passes
  // it, the flag's fail-on warning does not; the flag's format wins too.
  const std::string config = WriteConfig(
      "override", "fail-on: error\nformat: json\nseverity:\n  age-contradiction: off\n");
  const std::vector<std::string> inputs = {"check", "samples/archive/2024-01-29-season-two.md",
                                           "samples/archive/2024-06-01-reyes-interview.html",
                                           "--config", config};
  const CommandResult by_file = RunFactlint(inputs);
  EXPECT_EQ(by_file.exit_code, 0) << by_file.out << by_file.err;
  EXPECT_EQ(nlohmann::json::parse(by_file.out)["findings"].size(), 1u) << by_file.out;
  std::vector<std::string> flagged = inputs;
  flagged.insert(flagged.end(), {"--fail-on", "warning", "--format", "text"});
  const CommandResult by_flag = RunFactlint(flagged);
  EXPECT_EQ(by_flag.exit_code, 1) << by_flag.out << by_flag.err;
  EXPECT_NE(by_flag.out.find("warning: "), std::string::npos) << by_flag.out;
  EXPECT_NE(by_flag.out.find("[premiere-stale]"), std::string::npos) << by_flag.out;
}

// `claims` reads the configuration as `check` does, so the claims it lists
// are the ones `check` compares; it takes --config and --no-config too.
TEST(Config, ClaimsReadsItAsCheckDoes) {
  const std::string dir = ::testing::TempDir() + "factlint_config_claims";
  std::filesystem::create_directories(dir + "/house");
  WriteHouseRule(dir + "/house/house.yaml");
  WriteFile(dir + "/draft.txt", "The team fired coach Dana Ruiz (52) on Monday.\n");
  const std::string config = WriteConfig("claims", "rules: " + dir + "/house\nas-of: 2024-05-01\n");
  // The file's rules and its as-of (the draft has no date of its own).
  CommandResult r = RunFactlint({"claims", dir + "/draft.txt", "--config", config});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"rule\":\"house-coach-age\""), std::string::npos) << r.out;
  // Without it, neither: an undated draft needs --as-of.
  r = RunFactlint({"claims", dir + "/draft.txt", "--no-config"});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  r = RunFactlint({"claims", dir + "/draft.txt", "--no-config", "--as-of", "2024-05-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("house-coach-age"), std::string::npos) << r.out;
}

TEST(Config, UnknownKeyIsAnErrorAtItsPosition) {
  const std::string config = WriteConfig("bad", "rules: rules\nrulez: x\n");
  const CommandResult r = RunFactlint({"check", "samples", "--config", config});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(config + ":2:1: error: unknown key 'rulez'"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace factlint::testing
