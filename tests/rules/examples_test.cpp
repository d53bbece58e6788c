// Every example of the shipped rules/ passes, and the runner reports a
// failing example with its file:line, text, expected and actual claims.
#include "checker/rules/examples.h"

#include <gtest/gtest.h>

#include <sstream>

namespace factlint::rules {
namespace {

TEST(Examples, EveryShippedExamplePasses) {
  Result<RuleSet> set = RuleSet::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules");
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  std::ostringstream out;
  const ExampleReport report = RunExamples(*set, nullptr, out);
  EXPECT_EQ(report.failed, 0) << out.str();
  EXPECT_GT(report.passed, 50) << out.str();
  EXPECT_NE(out.str().find(std::to_string(report.passed) + " passed, 0 failed\n"),
            std::string::npos);
}

const char* kWrongExample = R"(- kind: attribute
  id: age
  type: age
- kind: claim
  id: age-comma
  attribute: age
  pattern: '(?P<subject>[A-Z][a-z]+ [A-Z][a-z]+), (?P<value>\d+),'
  examples:
    - text: 'Ann Lee, 40, said so.'
      published: 2024-01-01
      claims: [{subject: Ann Lee, attribute: age, value: '41'}]
    - text: 'Ann Lee, 40, said so.'
      none: true
    - text: 'Nobody here.'
      none: true
)";

TEST(Examples, AFailureShowsWhereWhatWasExpectedAndWhatCameOut) {
  Result<RuleSet> set = RuleSet::LoadTexts({{"wrong.yaml", kWrongExample}});
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  std::ostringstream out;
  const ExampleReport report = RunExamples(*set, nullptr, out);
  EXPECT_EQ(report.passed, 1);
  EXPECT_EQ(report.failed, 2);
  const std::string text = out.str();
  EXPECT_NE(text.find("wrong.yaml:9: FAIL age-comma example 1"), std::string::npos) << text;
  EXPECT_NE(text.find("wrong.yaml:12: FAIL age-comma example 2 (negative)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Ann Lee | age | 41"), std::string::npos) << text;
  EXPECT_NE(text.find("Ann Lee | age | 40 (40) [age-comma]"), std::string::npos) << text;
  EXPECT_NE(text.find("\n1 passed, 2 failed\n"), std::string::npos) << text;
}

TEST(Examples, ExplainShowsTheRuleAndAnUnknownIdIsAnError) {
  Result<RuleSet> set = RuleSet::LoadTexts({{"wrong.yaml", kWrongExample}});
  ASSERT_TRUE(set.ok());
  Result<std::string> text = ExplainRule(*set, "age-comma");
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->find("kind: claim"), std::string::npos) << *text;
  EXPECT_NE(text->find("defined at: wrong.yaml:4:3"), std::string::npos) << *text;
  EXPECT_NE(text->find("attribute: age"), std::string::npos) << *text;
  EXPECT_FALSE(ExplainRule(*set, "no-such-rule").ok());
}

}  // namespace
}  // namespace factlint::rules
