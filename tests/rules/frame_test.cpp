// The `frame` rule kind (frame_rule.h): a trigger and the value its clause
// puts near it. A small rule set of its own, so each case shows one thing:
// how far a value may be, on which side, that clauses and verbs stop it,
// that the nearest trigger and a `claim` rule win, and every user error.
#include <gtest/gtest.h>

#include <string>

#include "checker/mentions/linker.h"
#include "checker/rules/examples.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"

namespace factlint::rules {
namespace {

const char* kDeclarations = R"(- kind: attribute
  id: death
  type: date
- kind: attribute
  id: birth
  type: date
- kind: attribute
  id: age
  type: age
  unit: year
  unknown: birth
)";

std::string Frame(const std::string& id, const std::string& attribute, const std::string& trigger,
                  const std::string& extra = "") {
  return "kind: frame\nid: " + id + "\nattribute: " + attribute + "\npattern: '" + trigger +
         "'\ncaptures: {subject: person}\nsubject_fallback: [nearest, salient]\n" + extra +
         "examples:\n  - text: 'Ann Lee died on May 2, 2020.'\n    claims: [{attribute: " +
         attribute + "}]\n  - text: 'Nothing here.'\n    none: true\n";
}

const std::string kDied = Frame("died", "death", "\\b(?P<verb>died)\\b", "within: 6\n");
const std::string kBorn =
    Frame("born", "birth", "\\b(?P<verb>born)\\b", "within: 8\nside: after\n");

std::vector<std::string> Claims(const RuleSet& set, const std::string& text) {
  Document doc;
  doc.path = "t.txt";
  doc.published = Date(2024, 5, 8);
  doc.text = text;
  doc.offsets.Add(0, 0);
  segment::Segment(doc);
  const mentions::Linker linker(nullptr);
  const mentions::DocumentMentions mentions = linker.Index(doc);
  std::vector<std::string> out;
  for (const Claim& c : set.Extract(doc, 0, *doc.published, mentions))
    out.push_back(DescribeClaim(c));
  return out;
}

RuleSet Load(const std::vector<std::string>& rules) {
  std::vector<std::pair<std::string, std::string>> files = {{"decl.yaml", kDeclarations}};
  for (size_t i = 0; i < rules.size(); ++i)
    files.emplace_back("r" + std::to_string(i) + ".yaml", rules[i]);
  Result<RuleSet> set = RuleSet::LoadTexts(files);
  EXPECT_TRUE(set.ok()) << set.error().ToString();
  return std::move(*set);
}

TEST(Frame, BindsTheValueTheClausePutsNearTheTrigger) {
  const RuleSet set = Load({kDied, kBorn});
  struct Case {
    const char* text;
    const char* want;  // "" for no claim
  } cases[] = {
      {"Ann Lee died at her home on Sunday.", "Ann Lee | death | Sunday (2024-05-05) [died]"},
      {"On Sunday, after a long illness, Ann Lee died.",
       "Ann Lee | death | Sunday (2024-05-05) [died]"},
      // More than `within` words away.
      {"Ann Lee died at her home in the hills above the town on Sunday.", ""},
      // Across a clause: the date is another predicate's.
      {"Ann Lee died at home, and her son moved on Sunday.", ""},
      // Across a verb: "was elected" owns 1976.
      {"Born in Georgia, Ann Lee was elected in 1976.", ""},
      // `side: after`: a date before "born" is not the birth.
      {"In 1990, Ann Lee was born again as a painter.", ""},
      {"Ann Lee was born in Lyon, France, on May 2, 1950.",
       "Ann Lee | birth | May 2, 1950 (1950-05-02) [born]"},
      // A value right before a coordinated predicate ends the one before it:
      // 1976 is when she was elected, not when she died.
      {"Ann Lee was elected in 1976 and died in Lyon.", ""},
      // Across "despite": the far side has its own predicate and dates.
      {"The town honored its mayor in 1976, despite Ann Lee having died in Lyon.", ""},
      // Hedged and negated triggers assert nothing.
      {"Ann Lee nearly died on Sunday.", ""},
      {"Ann Lee did not die on Sunday.", ""},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> got = Claims(set, c.text);
    if (*c.want == '\0') {
      EXPECT_TRUE(got.empty()) << c.text << "\n" << (got.empty() ? "" : got.front());
    } else {
      ASSERT_EQ(got.size(), 1u) << c.text;
      EXPECT_EQ(got.front(), c.want) << c.text;
    }
  }
}

TEST(Frame, AValueBelongsToTheNearestTriggerAndAClaimRuleWins) {
  // "born ... died on May 2": the date is the death's (nearer), not the birth's.
  const RuleSet frames = Load({kDied, kBorn});
  const std::vector<std::string> got =
      Claims(frames, "Ann Lee, who was born in Lyon and died on May 2, 2020, painted.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got.front(), "Ann Lee | death | May 2, 2020 (2020-05-02) [died]");

  const std::string spelled =
      "kind: claim\nid: died-on\nattribute: death\n"
      "pattern: '(?P<subject>Ann Lee) died on (?P<value>May 2, 2020)'\n"
      "captures: {subject: person, value: date}\n"
      "examples:\n  - text: 'Ann Lee died on May 2, 2020.'\n    claims: [{attribute: death}]\n"
      "  - text: 'Nothing.'\n    none: true\n";
  const RuleSet both = Load({kDied, spelled});
  const std::vector<std::string> one = Claims(both, "Ann Lee died on May 2, 2020.");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_NE(one.front().find("[died-on]"), std::string::npos) << one.front();
}

TEST(Frame, AnAgeHoldsOnTheDateOfItsClause) {
  const RuleSet set = Load({Frame("age-frame", "age", "(?i:\\b(?:years?[- ]old|age)\\b)",
                                  "side: over\nwithin: 0\nheld_on: clause-date\n")});
  const std::vector<std::string> dated =
      Claims(set, "Ann Lee retired at the age of 63 in June 2007.");
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_NE(dated.front().find("Ann Lee | age | at the age of 63"), std::string::npos);
  // In the past with no date: nothing to anchor it on.
  EXPECT_TRUE(Claims(set, "Ann Lee retired at the age of 63 and moved away.").empty());
  // In the present: the publication.
  EXPECT_EQ(Claims(set, "Ann Lee is 71 years old.").size(), 1u);
}

// An age at death without a date held in the week before publication: a
// birthday in those days ("died on Monday, two days before turning 66",
// published Friday) must not make it contradict the birth date.
TEST(Frame, AnAgeAtDeathWithoutADateHoldsInTheWeekBefore) {
  const RuleSet set =
      Load({Frame("died-at", "age", "\\b(?P<verb>died)\\b",
                  "side: after\nwithin: 6\nheld_on: clause-date-or-publication\n")});
  Document doc;
  doc.path = "t.txt";
  doc.published = Date(2023, 12, 1);
  doc.text = "Jane Roe has died at the age of 65.";
  doc.offsets.Add(0, 0);
  segment::Segment(doc);
  const mentions::Linker linker(nullptr);
  const std::vector<Claim> claims = set.Extract(doc, 0, *doc.published, linker.Index(doc));
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].date.has_value());
  // 65 on some day from 2023-11-24 to 2023-12-01: born 1957-11-25 .. 1958-12-01.
  EXPECT_EQ(FormatIsoDate(claims[0].date->from), "1957-11-25");
  EXPECT_EQ(FormatIsoDate(claims[0].date->to), "1958-12-01");
}

// "from May 2 to June 9": the closing end of a range dates only an
// attribute declared `bound: end`; a date after "since" only one declared
// `bound: start`.
TEST(Frame, ARangesClosingEndDatesOnlyAnEndAndSinceOnlyAStart) {
  const std::string kBounds =
      "- kind: attribute\n  id: show-open\n  type: date\n  bound: start\n"
      "- kind: attribute\n  id: show-close\n  type: date\n  bound: end\n"
      "- kind: attribute\n  id: show-day\n  type: date\n";
  const std::string kTrigger = "\\b(?P<verb>exhibited)\\b";
  auto claims = [&](const std::string& attribute, const std::string& text) {
    std::string all;
    for (const std::string& claim : Claims(Load({kBounds, Frame("f", attribute, kTrigger)}), text))
      all += claim + "\n";
    return all;
  };
  const std::string kRange = "Ann Lee exhibited from May 2 to June 9, 2020.";
  EXPECT_NE(claims("show-close", kRange).find("June 9, 2020"), std::string::npos);
  EXPECT_EQ(claims("show-open", kRange).find("June 9"), std::string::npos);
  const std::string day = claims("show-day", kRange);
  EXPECT_EQ(day.find("June 9"), std::string::npos) << day;
  EXPECT_NE(day.find("May 2"), std::string::npos) << day;
  const std::string kSince = "Ann Lee has exhibited since May 2.";
  EXPECT_NE(claims("show-open", kSince).find("May 2"), std::string::npos);
  EXPECT_EQ(claims("show-day", kSince), "");
  EXPECT_EQ(claims("show-close", kSince), "");
}

TEST(Frame, EveryMistakeIsAnErrorAtItsPlace) {
  struct Bad {
    std::string rule;
    const char* says;
  } cases[] = {
      {Frame("v", "death", "died (?P<value>\\d+)"), "has no (?P<value>...) group"},
      {Frame("s", "death", "died", "side: sideways\n"),
       "unknown side 'sideways'; expected one of: after, before, either or over"},
      {Frame("w", "death", "died", "within: 99\n"), "'within' must be a number of words"},
      {Frame("h", "death", "died", "held_on: clause-date\n"), "is for attributes of type age"},
      {Frame("n", "death", "died", "subject_name_from: person\n"),
       "'subject_name_from' needs a 'subject_name'"},
      {Frame("o", "death", "died", "held_on: someday\n"),
       "expected one of: clause-date, clause-date-or-publication, birthday"},
      {Frame("b", "death", "died", "held_on: birthday\n"), "is for attributes of type age"},
      {Frame("a", "death", "died", "asserted: sometimes\n"), "unknown asserted 'sometimes'"},
  };
  for (const Bad& c : cases) {
    Result<RuleSet> set = RuleSet::LoadTexts({{"decl.yaml", kDeclarations}, {"bad.yaml", c.rule}});
    ASSERT_FALSE(set.ok()) << c.says;
    EXPECT_EQ(set.error().path, "bad.yaml");
    EXPECT_GT(set.error().line, 0);
    EXPECT_NE(set.error().message.find(c.says), std::string::npos) << set.error().ToString();
  }
}

}  // namespace
}  // namespace factlint::rules
