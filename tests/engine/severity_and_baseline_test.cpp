// RunCheck's own policy over the bundled samples (five findings: an age
// contradiction, two fact contradictions, a stale premiere, an internal
// air date): a severity for a rule id wins over one for its finding kind,
// which wins over the rule's own; "off" removes the finding; a baseline
// hides exactly the findings it lists and keeps the rest.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>

#include "checker/engine/check.h"
#include "checker/suppress/baseline.h"

namespace factlint::engine {
namespace {

CheckOptions Samples() {
  CheckOptions options;
  const std::string src = FACTLINT_SOURCE_DIR;
  options.inputs = {src + "/samples"};
  options.rule_sources = {src + "/rules"};
  options.facts_dir = src + "/facts";
  options.as_of = Date(2026, 3, 2);
  options.as_of_explicit = true;
  return options;
}

// rule id -> severity name of each finding.
std::map<std::string, std::string> SeverityByRule(const CheckOptions& options) {
  const Result<CheckResult> run = RunCheck(options);
  EXPECT_TRUE(run.ok()) << (run.ok() ? "" : run.error().message);
  std::map<std::string, std::string> out;
  if (!run.ok()) return out;
  for (const Finding& f : run->report.findings) out[f.rule] = SeverityName(f.severity);
  return out;
}

TEST(EngineSeverity, TheRulesOwnWithoutOverrides) {
  const auto by_rule = SeverityByRule(Samples());
  ASSERT_EQ(by_rule.size(), 5u);
  EXPECT_EQ(by_rule.at("age-contradiction"), "error");
  EXPECT_EQ(by_rule.at("premiere-stale"), "warning");
}

TEST(EngineSeverity, ARuleIdWinsOverItsKind) {
  CheckOptions options = Samples();
  options.severity = {{"contradiction", "info"},
                      {"age-contradiction", "warning"},
                      {"fact-contradiction", "warning"}};
  const auto by_rule = SeverityByRule(options);
  EXPECT_EQ(by_rule.at("age-contradiction"), "warning");            // its id
  EXPECT_EQ(by_rule.at("age-fact-contradiction"), "warning");       // its kind
  EXPECT_EQ(by_rule.at("duration-fact-contradiction"), "warning");  // its kind
  EXPECT_EQ(by_rule.at("premiere-stale"), "warning");               // untouched
}

TEST(EngineSeverity, OffRemovesTheFinding) {
  CheckOptions options = Samples();
  options.severity = {{"stale", "off"}, {"episode-air-date-internal", "off"}};
  const auto by_rule = SeverityByRule(options);
  EXPECT_EQ(by_rule.count("premiere-stale"), 0u);
  EXPECT_EQ(by_rule.count("episode-air-date-internal"), 0u);
  EXPECT_EQ(by_rule.size(), 3u);
}

TEST(EngineBaseline, HidesExactlyWhatItLists) {
  const Result<CheckResult> first = RunCheck(Samples());
  ASSERT_TRUE(first.ok());
  // A baseline of every finding but the age contradiction.
  std::vector<Finding> known;
  for (const Finding& f : first->report.findings)
    if (f.rule != "age-contradiction") known.push_back(f);
  const std::string path = ::testing::TempDir() + "factlint_engine_baseline.json";
  std::ofstream(path) << suppress::WriteBaseline(known);
  CheckOptions options = Samples();
  options.baseline_path = path;
  const Result<CheckResult> second = RunCheck(options);
  ASSERT_TRUE(second.ok()) << second.error().message;
  ASSERT_EQ(second->report.findings.size(), 1u);
  EXPECT_EQ(second->report.findings[0].rule, "age-contradiction");
  EXPECT_EQ(second->unfiltered.size(), first->report.findings.size());
}

}  // namespace
}  // namespace factlint::engine
