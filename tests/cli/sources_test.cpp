// Flag over configuration over default, for the sources every reading
// command resolves the same way (commands.h ResolveSources, ReadConfig).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "checker/cli/commands.h"

namespace factlint::cli {
namespace {

config::Config WithSources() {
  config::Config cfg;
  cfg.dir = "/house";
  cfg.rules_dir = "/house/rules";
  cfg.facts_dir = "/house/facts";
  cfg.as_of = Date(2024, 5, 1);
  return cfg;
}

TEST(ResolveSources, TheConfigurationFillsWhatNoFlagSays) {
  const auto sources = ResolveSources(SourceFlags{}, WithSources());
  ASSERT_TRUE(sources.ok()) << sources.error().message;
  // The shipped rules first, then the configuration's.
  ASSERT_EQ(sources->rule_sources.size(), 2u);
  EXPECT_EQ(sources->rule_sources.back(), "/house/rules");
  EXPECT_EQ(sources->facts_dir, "/house/facts");
  EXPECT_EQ(sources->as_of, Date(2024, 5, 1));
  EXPECT_TRUE(sources->as_of_explicit);
}

TEST(ResolveSources, FlagsWinAndRulesAddUp) {
  SourceFlags flags;
  flags.rules = {"/mine"};
  flags.facts_dir = "/my-facts";
  flags.as_of = "2025-01-02";
  const auto sources = ResolveSources(flags, WithSources());
  ASSERT_TRUE(sources.ok()) << sources.error().message;
  // Configuration's rules, then the flag's, after the shipped ones.
  ASSERT_EQ(sources->rule_sources.size(), 3u);
  EXPECT_EQ(sources->rule_sources[1], "/house/rules");
  EXPECT_EQ(sources->rule_sources[2], "/mine");
  EXPECT_EQ(sources->facts_dir, "/my-facts");
  EXPECT_EQ(sources->as_of, Date(2025, 1, 2));
}

TEST(ResolveSources, WithoutEitherTheDefaults) {
  const auto sources = ResolveSources(SourceFlags{}, std::nullopt);
  ASSERT_TRUE(sources.ok());
  EXPECT_EQ(sources->rule_sources.size(), 1u);  // the shipped rules alone
  EXPECT_FALSE(sources->facts_dir.has_value());
  EXPECT_FALSE(sources->as_of_explicit);
}

TEST(ResolveSources, FlagsThatCannotBeUsedAreErrorsWithoutAFile) {
  SourceFlags no_rules;
  no_rules.no_default_rules = true;
  auto sources = ResolveSources(no_rules, std::nullopt);
  ASSERT_FALSE(sources.ok());
  EXPECT_EQ(sources.error().path, "");
  EXPECT_NE(sources.error().message.find("--no-default-rules needs --rules DIR"),
            std::string::npos);
  // With the configuration's rules instead, it is fine: only they load.
  sources = ResolveSources(no_rules, WithSources());
  ASSERT_TRUE(sources.ok());
  EXPECT_EQ(sources->rule_sources, std::vector<std::string>{"/house/rules"});

  SourceFlags bad_date;
  bad_date.as_of = "2025-02-30";
  sources = ResolveSources(bad_date, std::nullopt);
  ASSERT_FALSE(sources.ok());
  EXPECT_EQ(sources.error().message.rfind("--as-of ", 0), 0u) << sources.error().message;
  EXPECT_EQ(sources.error().category, ErrorCategory::kUsage);
}

// Everything a user can fix exits with 2 (the contract in README.md); only
// factlint's own failure exits with 3, so CI can tell "fix your input"
// from "report a bug".
TEST(ExitCodeFor, UserErrorsAreTwoAndOnlyInternalOnesThree) {
  for (ErrorCategory c :
       {ErrorCategory::kInput, ErrorCategory::kUsage, ErrorCategory::kRule, ErrorCategory::kFact,
        ErrorCategory::kConfig, ErrorCategory::kLedger, ErrorCategory::kOutput})
    EXPECT_EQ(ExitCodeFor(c), 2) << ErrorCategoryName(c);
  EXPECT_EQ(ExitCodeFor(ErrorCategory::kInternal), 3);
  Error internal{"", 0, 0, "a claim record's kind is unknown", ""};
  EXPECT_EQ(Fail(std::move(internal).In(ErrorCategory::kInternal)), 3);
}

TEST(ReadConfig, NoConfigReadsNothingAndAFileIsRead) {
  const std::string dir = ::testing::TempDir() + "factlint_cli_config";
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/.factlint.yaml";
  std::ofstream(path) << "as-of: 2024-05-01\n";
  ConfigFlags none;
  none.none = true;
  none.path = path;  // --no-config wins over --config
  auto cfg = ReadConfig(none);
  ASSERT_TRUE(cfg.ok());
  EXPECT_FALSE(cfg->has_value());
  ConfigFlags given;
  given.path = path;
  cfg = ReadConfig(given);
  ASSERT_TRUE(cfg.ok()) << cfg.error().message;
  ASSERT_TRUE(cfg->has_value());
  EXPECT_EQ((*cfg)->as_of, Date(2024, 5, 1));
  ConfigFlags missing;
  missing.path = dir + "/nope.yaml";
  EXPECT_FALSE(ReadConfig(missing).ok());
}

}  // namespace
}  // namespace factlint::cli
