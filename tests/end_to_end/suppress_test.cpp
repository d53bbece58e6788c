// Suppressions in articles and baselines, through the command line.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

const char kDraft[] =
    "---\ndate: 2026-03-02\n---\n\n"
    "<!-- factlint-disable-next-line age-fact-contradiction -- the profile is from 2023 -->\n"
    "Maya Okafor, 49, still gets stopped in the street.\n\n"
    "<!-- factlint-disable-next-line premiere-stale -- nothing here to suppress -->\n"
    "Daniel Reyes has said the third season will be the last.\n";

TEST(Suppress, DirectiveHidesItsFindingAndAnUnusedOneIsReported) {
  const std::string dir = ::testing::TempDir() + "factlint_suppress";
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/draft.md", kDraft);
  const CommandResult r = RunFactlint(
      {"check", dir + "/draft.md", "--facts", "facts", "--format", "json", "--no-config"});
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;
  EXPECT_EQ(j["findings"][0]["rule"], "unused-suppression");
  EXPECT_EQ(j["findings"][0]["location"]["line"], 8);
}

TEST(Suppress, BaselineReportsOnlyNewFindings) {
  const std::string baseline = ::testing::TempDir() + "factlint_baseline.json";
  std::filesystem::remove(baseline);
  const std::vector<std::string> run = {"check",       "samples",  "--facts", "facts",
                                        "--no-config", "--format", "json"};
  std::vector<std::string> write = run;
  write.insert(write.end(), {"--write-baseline", baseline});
  const CommandResult first = RunFactlint(write);
  EXPECT_EQ(first.exit_code, 1) << first.err;
  ASSERT_TRUE(std::filesystem::exists(baseline));
  std::vector<std::string> with = run;
  with.insert(with.end(), {"--baseline", baseline});
  const CommandResult second = RunFactlint(with);
  EXPECT_EQ(second.exit_code, 0) << second.out << second.err;
  EXPECT_TRUE(nlohmann::json::parse(second.out)["findings"].empty()) << second.out;
}

}  // namespace
}  // namespace factlint::testing
