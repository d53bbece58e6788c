// The README's worked rule example is real: saved alone in a folder it
// loads beside the shipped lexicon and attributes, and its examples pass.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

TEST(Readme, WorkedRuleExamplePassesItsExamples) {
  const std::string readme = ReadFile(SourceDir() + "/README.md");
  const size_t section = readme.find("## Writing a rule");
  ASSERT_NE(section, std::string::npos);
  const size_t begin = readme.find("```yaml\n", section);
  ASSERT_NE(begin, std::string::npos);
  const size_t end = readme.find("```", begin + 8);
  const std::string rule = readme.substr(begin + 8, end - begin - 8);

  const std::string dir = ::testing::TempDir() + "factlint_readme_rule";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  // Alone in its folder: `rules test DIR` loads it beside the shipped rules.
  WriteFile(dir + "/episodes.yaml", rule);
  const CommandResult r = RunFactlint({"rules", "test", dir});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(" passed, 0 failed"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace factlint::testing
