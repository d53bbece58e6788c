// A sentence on which the rules' RE2::Set prefilter runs out of DFA memory
// must still yield every claim: the set's rules all become candidates and
// their own regexes decide (rule_set.h). Without that fallback such a
// sentence silently yields no claims at all; this test fails if it ever
// does again.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "checker/mentions/linker.h"
#include "checker/rules/examples.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"

namespace factlint::rules {
namespace {

Document OneLongSentence() {
  Document doc;
  doc.path = "long.txt";
  doc.published = Date(2026, 3, 4);
  // One sentence (no full stop until the end, under the segmenter's cut of
  // kMaxSentenceBytes) with a claim in every clause:
  // the set's DFA meets many distinct states on it.
  for (int i = 0; i < 20; ++i) {
    doc.text += "Maya Okafor, " + std::to_string(30 + i % 40) + ", said the " +
                std::to_string(3 + i % 90) + "-day strike of the " + std::to_string(2 + i % 9) +
                " unions had ended in March " + std::to_string(2000 + i % 26) + ", and ";
  }
  doc.text += "that was all.";
  segment::Segment(doc);
  return doc;
}

std::set<std::string> Described(const std::vector<Claim>& claims) {
  std::set<std::string> out;
  for (const Claim& c : claims) out.insert(DescribeClaim(c));
  return out;
}

TEST(PrefilterFallback, OutOfMemorySentenceKeepsEveryClaim) {
  const std::string rules_dir = std::string(FACTLINT_SOURCE_DIR) + "/rules";
  Result<RuleSet> normal = RuleSet::Load(rules_dir);
  ASSERT_TRUE(normal.ok()) << normal.error().ToString();
  const Document doc = OneLongSentence();
  ASSERT_EQ(doc.sentences.size(), 1u);
  const mentions::Linker linker(nullptr);
  const mentions::DocumentMentions mentions = linker.Index(doc);
  const std::vector<Claim> expected = normal->Extract(doc, 0, *doc.published, mentions);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(normal->prefilter_fallbacks(), 0u);

  // Every set match out of memory (what RE2 reports when a set's DFA
  // cache cannot hold a sentence's states).
  RuleSet::LoadOptions starved_options;
  starved_options.simulate_out_of_memory = true;
  Result<RuleSet> starved = RuleSet::Load(rules_dir, starved_options);
  ASSERT_TRUE(starved.ok()) << starved.error().ToString();
  const std::vector<Claim> found = starved->Extract(doc, 0, *doc.published, mentions);
  EXPECT_GT(starved->prefilter_fallbacks(), 0u);
  EXPECT_EQ(Described(found), Described(expected));
}

}  // namespace
}  // namespace factlint::rules
