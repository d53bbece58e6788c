// The shipped rules' claims in a text of one's own, for tests that assert
// what the whole rule set (every frame competing for every value) makes of
// a sentence, as `factlint claims` would, without a fact base.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/mentions/linker.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"

namespace factlint::rules::testing {

inline const RuleSet& Shipped() {
  static const Result<RuleSet> set = RuleSet::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules");
  EXPECT_TRUE(set.ok());
  return *set;
}

// The shipped rules' claims in `text`, published on `published`.
inline std::vector<Claim> ClaimsOf(const std::string& text, const Date& published) {
  Document doc;
  doc.path = "t.txt";
  doc.published = published;
  doc.text = text;
  doc.offsets.Add(0, 0);
  segment::Segment(doc);
  const mentions::Linker linker(nullptr);
  return Shipped().Extract(doc, 0, published, linker.Index(doc));
}

}  // namespace factlint::rules::testing
