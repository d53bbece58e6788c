// Checks(): the rule list SARIF and `rules list` show.
#include <gtest/gtest.h>

#include <algorithm>

#include "checker/constraints/evaluate.h"

namespace factlint::constraints {
namespace {

struct Case {
  const char* id;
  Severity severity;
};

TEST(ChecksTest, ListsEveryKindForDeclaredAndBuiltinAttributes) {
  Options options;
  const AttributeSpec nominations{"emmy-nominations", "", Unit::kCount, std::nullopt, "", ""};
  options.attributes["emmy-nominations"] = nominations;
  options.attributes["runtime"] = {"runtime", "", Unit::kMinute, Severity::kInfo, "", ""};
  options.rule_severity["age-stale"] = Severity::kError;
  options.kind_severity["internal"] = Severity::kWarning;
  const std::vector<CheckInfo> checks = Checks(options);
  const Case cases[] = {
      {"age-contradiction", Severity::kError},
      {"age-stale", Severity::kError},
      {"premiere-stale", Severity::kWarning},
      {"premiere-fact-contradiction", Severity::kError},
      {"date-internal", Severity::kWarning},
      {"emmy-nominations-contradiction", Severity::kError},
      {"runtime-contradiction", Severity::kInfo},
  };
  for (const Case& c : cases) {
    auto it = std::find_if(checks.begin(), checks.end(),
                           [&](const CheckInfo& info) { return info.id == c.id; });
    ASSERT_NE(it, checks.end()) << c.id;
    EXPECT_EQ(it->default_severity, c.severity) << c.id;
    EXPECT_FALSE(it->short_description.empty()) << c.id;
    EXPECT_EQ(it->short_description.find("%s"), std::string::npos) << c.id;
  }
  EXPECT_TRUE(std::is_sorted(checks.begin(), checks.end(),
                             [](const CheckInfo& a, const CheckInfo& b) { return a.id < b.id; }));
}

}  // namespace
}  // namespace factlint::constraints

namespace factlint::constraints {
namespace {

// The one severity policy: a rule's override beats its kind's, which beats
// the fallback (the claim's rule's or the attribute's level); "off" names a
// rule or a kind.
TEST(SeverityPolicy, TheRuleBeatsTheKindWhichBeatsTheFallback) {
  Options options;
  EXPECT_EQ(SeverityFor(options, "stale", "premiere-stale", Severity::kWarning),
            Severity::kWarning);
  options.kind_severity["stale"] = Severity::kInfo;
  EXPECT_EQ(SeverityFor(options, "stale", "premiere-stale", Severity::kWarning), Severity::kInfo);
  options.rule_severity["premiere-stale"] = Severity::kError;
  EXPECT_EQ(SeverityFor(options, "stale", "premiere-stale", Severity::kWarning), Severity::kError);
  EXPECT_EQ(SeverityFor(options, "stale", "release-stale", Severity::kWarning), Severity::kInfo);

  Finding finding;
  finding.rule = "age-contradiction";
  finding.kind = "contradiction";
  EXPECT_FALSE(TurnedOff(options, finding));
  options.off.insert("contradiction");
  EXPECT_TRUE(TurnedOff(options, finding));
  options.off = {"age-contradiction"};
  EXPECT_TRUE(TurnedOff(options, finding));
  finding.rule = "death-contradiction";
  EXPECT_FALSE(TurnedOff(options, finding));
}

}  // namespace
}  // namespace factlint::constraints
