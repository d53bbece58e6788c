// The atom filter may only ever leave out patterns that cannot match: a
// rule it wrongly skipped would silently lose its claims. These tests fail
// if a pattern whose words are in the text (in any case) is left out, if a
// pattern without usable words is ever left out, or if the shipped rules
// pick different candidates once the filter is built than before.
#include "checker/rules/atom_filter.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "checker/rules/rule_set.h"

namespace factlint::rules {
namespace {

RE2::Options Quiet() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

std::vector<int> PossibleIn(const AtomFilter& filter, const std::string& text) {
  std::vector<int> possible;
  filter.Possible(text, possible);
  return possible;
}

TEST(AtomFilter, LeavesOutOnlyPatternsWhoseWordsAreMissing) {
  const AtomFilter filter(
      {R"((?i)\bdied\b.*\b(\d+))", R"(\bstrike (?:ended|began)\b)", R"(\d+-day)"}, Quiet());
  // "died" present (capitalized): pattern 0; "strike began" present: 1;
  // "-day" present: 2.
  EXPECT_EQ(PossibleIn(filter, "Jo Ruiz Died at 85."), (std::vector<int>{0}));
  EXPECT_EQ(PossibleIn(filter, "The strike began in May."), (std::vector<int>{1}));
  EXPECT_EQ(PossibleIn(filter, "A 61-day walkout."), (std::vector<int>{2}));
  // The filter is a prefilter: the words being there is enough, even when
  // the pattern as a whole does not match ("strike ended" without digits).
  EXPECT_EQ(PossibleIn(filter, "Nothing here."), (std::vector<int>{}));
}

TEST(AtomFilter, FoldsCaseBeyondAscii) {
  const AtomFilter filter({R"((?i)\bélysée\b)"}, Quiet());
  EXPECT_EQ(PossibleIn(filter, "At the ÉLYSÉE today."), (std::vector<int>{0}));
}

TEST(AtomFilter, PatternWithoutUsableWordsIsAlwaysPossible) {
  // "\d+" and "at" (shorter than kMinAtomLength) give the filter nothing.
  const AtomFilter filter({R"(\d+)", R"(\bat\b)", R"(premiere)"}, Quiet());
  EXPECT_EQ(PossibleIn(filter, "no digits at all"), (std::vector<int>{0, 1}));
  EXPECT_EQ(PossibleIn(filter, "the premiere"), (std::vector<int>{0, 1, 2}));
}

TEST(LazyAtomFilter, IsBuiltOnceTheRunHasReadEnough) {
  const LazyAtomFilter lazy({"premiere"}, Quiet(), 100);
  EXPECT_EQ(lazy.After(60), nullptr);
  const AtomFilter* built = lazy.After(60);  // 120 bytes: past the threshold
  ASSERT_NE(built, nullptr);
  EXPECT_EQ(lazy.After(1), built);  // the same filter from then on
  EXPECT_EQ(PossibleIn(*built, "no"), (std::vector<int>{}));
}

TEST(LazyAtomFilter, ShippedRulesPickTheSameCandidatesWithAndWithoutIt) {
  const std::string rules_dir = std::string(FACTLINT_SOURCE_DIR) + "/rules";
  RuleSet::LoadOptions never, always;
  never.atom_filter_after_bytes = SIZE_MAX;
  always.atom_filter_after_bytes = 0;
  Result<RuleSet> unfiltered = RuleSet::Load(rules_dir, never);
  Result<RuleSet> filtered = RuleSet::Load(rules_dir, always);
  ASSERT_TRUE(unfiltered.ok() && filtered.ok());
  // Every shipped example, positive and negative: the sentences the rules
  // are written for and the near misses they must refuse.
  size_t compared = 0, with_candidates = 0;
  for (const Rule* rule : unfiltered->AllRules()) {
    for (const Example& example : rule->examples()) {
      const std::vector<std::string> expected = unfiltered->Candidates(example.text);
      EXPECT_EQ(filtered->Candidates(example.text), expected) << example.text;
      ++compared;
      if (!expected.empty()) ++with_candidates;
    }
  }
  EXPECT_GT(compared, 300u);
  EXPECT_GT(with_candidates, 200u);
}

}  // namespace
}  // namespace factlint::rules
