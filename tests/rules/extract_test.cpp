// Extraction over a fixture article with the shipped rules: the claims it
// must find (ages through descriptors, a count before a year, a duration,
// a status) and the ones it must not (characters).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "checker/core/value_text.h"
#include "checker/mentions/linker.h"
#include "checker/rules/examples.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"

namespace factlint::rules {
namespace {

// Reads a " date YYYY-MM-DD text" fixture into a segmented document.
Document LoadFixture(const std::string& name) {
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/rules/" + name);
  std::ostringstream all;
  all << in.rdbuf();
  const std::string text = all.str();
  Document doc;
  doc.path = name;
  doc.published = *ParseIsoDate(text.substr(6, 10));
  doc.text = text.substr(17);
  doc.offsets.Add(0, 17);
  segment::Segment(doc);
  return doc;
}

struct Want {
  const char* attribute;
  const char* subject;     // name or text as written
  const char* normalized;  // FormatNormalized
};

bool Has(const std::vector<Claim>& claims, const Want& want) {
  for (const Claim& c : claims) {
    if (c.attribute != want.attribute || FormatNormalized(c) != WithRangeSeparator(want.normalized))
      continue;
    if (c.subject.name == want.subject || c.subject_text == want.subject) return true;
  }
  return false;
}

TEST(Extract, FindsTheFixtureArticlesClaimsAndNoneAboutCharacters) {
  Result<RuleSet> set = RuleSet::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules");
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  const Document doc = LoadFixture("season_article.txt");
  const mentions::Linker linker(nullptr);
  const mentions::DocumentMentions mentions = linker.Index(doc);
  const std::vector<Claim> claims = set->Extract(doc, 0, *doc.published, mentions);
  std::string all;
  for (const Claim& c : claims) all += DescribeClaim(c) + "\n";

  const Want wants[] = {
      {"age", "Lena Ortiz", "39"},
      {"age", "Marcus Bell", "52"},
      {"premiere", "Night Harbor", "2022-02-01..2022-02-28"},
      {"emmy-nominations", "Night Harbor", "11"},
      {"duration", "SAG-AFTRA strike", "118 day"},
      {"premiere", "Night Harbor season 2", "unknown"},
  };
  for (const Want& want : wants) {
    EXPECT_TRUE(Has(claims, want))
        << want.attribute << " " << want.subject << " " << want.normalized << "\nclaims:\n"
        << all;
  }
  for (const Claim& c : claims) {
    for (const char* character : {"Iris Vale", "Tom Vale"}) {
      EXPECT_EQ(c.subject.name.find(character), std::string::npos) << all;
    }
    EXPECT_FALSE(c.attribute == "emmy-nominations" && c.quantity && c.quantity->min == 2022) << all;
  }
  // Sorted by span, each with its rule, document and judged date.
  for (size_t i = 1; i < claims.size(); ++i)
    EXPECT_LE(claims[i - 1].span.begin, claims[i].span.begin);
  for (const Claim& c : claims) {
    EXPECT_FALSE(c.rule.empty());
    EXPECT_EQ(c.document, 0);
    EXPECT_EQ(c.published, *doc.published);
  }
}

TEST(Extract, AgeClaimsCarryTheBirthRangeAndQuotesAreMarked) {
  Result<RuleSet> set = RuleSet::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules");
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  Document doc;
  doc.path = "quote.txt";
  doc.published = Date(2024, 1, 29);
  doc.text = "Adam Ruiz, 50, spoke first. \"Ben Cole, 58, runs it,\" he said.";
  doc.offsets.Add(0, 0);
  segment::Segment(doc);
  const mentions::Linker linker(nullptr);
  const std::vector<Claim> claims = set->Extract(doc, 0, *doc.published, linker.Index(doc));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].type, ValueType::kAge);
  EXPECT_EQ(claims[0].unknown, "birth");
  ASSERT_TRUE(claims[0].date);
  EXPECT_EQ(*claims[0].date, BirthRangeForAge(50, Date(2024, 1, 29)));
  EXPECT_FALSE(claims[0].quoted);
  EXPECT_TRUE(claims[1].quoted);
  EXPECT_EQ(claims[1].value_text, "58");
}

}  // namespace
}  // namespace factlint::rules
