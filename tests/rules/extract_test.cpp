// Extraction over a fixture article with the shipped rules: the claims it
// must find (ages through descriptors, a count before a year, a duration,
// a status) and the ones it must not (characters).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
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

// The claims the shipped rules make from one paragraph published on
// `published`, with no fact base.
std::vector<Claim> ExtractText(Date published, const std::string& text) {
  static const Result<RuleSet> set = RuleSet::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules");
  EXPECT_TRUE(set.ok()) << set.error().ToString();
  if (!set.ok()) return {};
  Document doc;
  doc.path = "paragraph.txt";
  doc.published = published;
  doc.text = text;
  doc.offsets.Add(0, 0);
  segment::Segment(doc);
  const mentions::Linker linker(nullptr);
  return set->Extract(doc, 0, published, linker.Index(doc));
}

TEST(Extract, AgeClaimsCarryTheBirthRangeAndQuotesAreMarked) {
  const std::vector<Claim> claims = ExtractText(
      Date(2024, 1, 29), "Adam Ruiz, 50, spoke first. \"Ben Cole, 58, runs it,\" he said.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].type, ValueType::kAge);
  EXPECT_EQ(claims[0].unknown, "birth");
  ASSERT_TRUE(claims[0].date);
  EXPECT_EQ(*claims[0].date, BirthRangeForAge(50, Date(2024, 1, 29)));
  EXPECT_FALSE(claims[0].quoted);
  EXPECT_TRUE(claims[1].quoted);
  EXPECT_EQ(claims[1].value_text, "58");
}

// A date written with its year, long past, is no plan however the
// sentence's main verb runs: "Premiering in 1990, the show will bid
// farewell" is not a premiere still to come (it would go stale at once).
TEST(Extract, ALongPastYearIsNoPlan) {
  bool premiere = false;
  for (const Claim& c : ExtractText(Date(2022, 7, 28),
                                    "The quiz show Brainstorm ends after 32 years. Premiering in "
                                    "1990, the show will bid farewell on Sunday.")) {
    if (c.attribute != "premiere") continue;
    premiere = true;
    EXPECT_EQ(c.value_text, "1990");
    EXPECT_EQ(c.tense, Tense::kPast);
  }
  EXPECT_TRUE(premiere);
}

// A day the words put behind publication ("yesterday"), or one a past
// report foresaw that is behind publication too ("claimed the van would hit
// the market by 2021", written in 2022), is told in the past whatever the
// main clause's tense: neither goes stale.
TEST(Extract, WhatIsBehindPublicationIsNoPlan) {
  const struct {
    Date published;
    const char* text;
    const char* value;
  } cases[] = {
      {Date(2021, 3, 26), "Ana Ruiz will be buried on the hill where crowds gathered yesterday.",
       "yesterday"},
      {Date(2022, 1, 17),
       "When the van was first announced, Dana Whitcombe claimed that the Zephyr van would hit the "
       "market by 2021.",
       "2021"},
  };
  for (const auto& c : cases) {
    bool found = false;
    for (const Claim& claim : ExtractText(c.published, c.text)) {
      if (claim.value_text != c.value || claim.attribute == "dated-mention") continue;
      found = true;
      EXPECT_EQ(claim.tense, Tense::kPast) << c.text;
    }
    EXPECT_TRUE(found) << c.text;
  }
}

// An age beside a death or a body found on a day years before publication
// held on that day: anchored on the publication it would be five years off.
TEST(Extract, AnAgeAtADeathYearsBackHoldsOnThatDay) {
  std::map<std::string, DateRange> birth;
  for (const Claim& c : ExtractText(Date(2024, 3, 1),
                                    "Nora Pell, 49, was found dead in her home on Oct. 19, 2019. "
                                    "The body of Tom Pell, a 52-year-old father of two, was found "
                                    "on July 11, 2019."))
    if (c.attribute == "age" && c.date) birth[c.subject.name] = *c.date;
  ASSERT_EQ(birth.count("Nora Pell"), 1u);
  EXPECT_EQ(birth["Nora Pell"], BirthRangeForAge(49, Date(2019, 10, 19)));
  ASSERT_EQ(birth.count("Tom Pell"), 1u);
  EXPECT_EQ(birth["Tom Pell"], BirthRangeForAge(52, Date(2019, 7, 11)));
}

}  // namespace
}  // namespace factlint::rules
