// A running total declared `changes: grows` (titles won) never shrinks: a
// later article that gives less than an earlier one is a contradiction; more
// is simply news.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

TEST(Totals, ARunningTotalThatShrinksIsAContradiction) {
  const std::string dir = ::testing::TempDir() + "factlint_totals";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/a.txt", " date 2024-06-01 \nLucia Brandt has won 14 Grand Slam titles.\n");
  WriteFile(dir + "/b.txt", " date 2025-06-01 \nLucia Brandt has won 12 Grand Slam titles.\n");
  WriteFile(dir + "/c.txt", " date 2025-07-01 \nLucia Brandt has won 15 Grand Slam titles.\n");
  const CommandResult r = RunFactlint({"check", dir, "--no-config", "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto findings = nlohmann::json::parse(r.out)["findings"];
  ASSERT_EQ(findings.size(), 1u) << r.out;
  EXPECT_EQ(findings[0]["rule"], "titles-contradiction");
  EXPECT_EQ(findings[0]["location"]["path"], dir + "/b.txt");
  EXPECT_NE(findings[0]["message"].get<std::string>().find("less than '14' on 2024-06-01"),
            std::string::npos)
      << findings[0];
}

}  // namespace
}  // namespace factlint::testing
