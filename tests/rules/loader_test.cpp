// Loading rule files: every error kind points at the YAML's file:line:col
// and says what would be right. One table of bad snippets, one loop.
#include <gtest/gtest.h>

#include <string>

#include "checker/rules/rule_set.h"

namespace factlint::rules {
namespace {

// Declarations every snippet may use, in their own file.
const char* kBase = R"(- kind: attribute
  id: age
  type: age
  unit: year
  unknown: birth
- kind: lexicon
  id: base-lexicon
  entries:
    NAME: '[A-Z][a-z]+'
)";

// A valid claim rule; the bad cases below change one thing each.
const char* kGoodExamples = R"(examples:
  - text: 'Ann Lee, 40, said so.'
    claims: [{subject: Ann Lee, attribute: age, value: '40'}]
  - text: 'Nothing here.'
    none: true
)";

struct BadRule {
  const char* name;
  std::string yaml;  // the file bad.yaml
  int line;          // expected 1-based position
  int column;
  const char* says;  // a substring of the message
};

std::string Rule(const std::string& body) {
  return body + kGoodExamples;
}

const BadRule kBadRules[] = {
    {"unknown kind", Rule("kind: claimz\nid: x\n"), 1, 7,
     "unknown rule kind 'claimz'; expected one of: attribute, claim, frame, lexicon, relation or "
     "status"},
    {"missing kind", Rule("id: x\n"), 1, 1, "missing required key 'kind'"},
    {"unknown key",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), "
          "(?P<value>\\d+)'\nsevrity: error\n"),
     5, 1,
     "unknown key 'sevrity' in a claim rule; expected one of: id, kind, description, severity"},
    {"wrong type", Rule("kind: claim\nid: x\nattribute: [age]\npattern: 'a'\n"), 3, 12,
     "'attribute' must be a string, found a list"},
    {"missing id", Rule("kind: claim\nattribute: age\npattern: 'a'\n"), 1, 1,
     "missing required key 'id'"},
    {"id not kebab", Rule("kind: claim\nid: Age_Rule\nattribute: age\npattern: 'a'\n"), 2, 5,
     "must be kebab-case"},
    {"bad severity", Rule("kind: claim\nid: x\nseverity: fatal\nattribute: age\npattern: 'a'\n"), 3,
     11, "unknown severity 'fatal'; expected one of: error, warning or info"},
    {"bad regex",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), (?P<value>\\d+'\n"),
     4, 32, "invalid regex: this ( is never closed"},
    {"bad regex, an extra )",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<value>\\d+)) years'\n"), 4, 25,
     "invalid regex: this ) closes nothing"},
    {"bad regex, an escape",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<value>\\d+) \\q'\n"), 4, 26,
     "invalid regex: invalid escape sequence: \\q"},
    {"bad value_not_after regex",
     Rule("kind: frame\nid: x\nattribute: age\npattern: '(?P<verb>aged)'\n"
          "value_not_after: '(through'\n"),
     5, 19, "invalid regex: this ( is never closed"},
    {"bad value_reject regex",
     Rule("kind: frame\nid: x\nattribute: age\npattern: '(?P<verb>aged)'\n"
          "value_reject: 'next day)'\n"),
     5, 24, "invalid regex: this ) closes nothing"},
    {"value_reject is a string",
     Rule("kind: frame\nid: x\nattribute: age\npattern: '(?P<verb>aged)'\n"
          "value_reject: [a, b]\n"),
     5, 15, "'value_reject' must be a regex string"},
    {"bad sentence reject regex",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<value>\\d+) years'\n"
          "reject: {sentence: '(titles'}\n"),
     5, 21, "invalid regex: this ( is never closed"},
    {"unknown sub-pattern",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAMES}), (?P<value>\\d+)'\n"),
     4, 23, "unknown sub-pattern {NAMES}; known: NAME"},
    {"unknown attribute",
     Rule("kind: claim\nid: x\nattribute: height\npattern: '(?P<subject>{NAME}), "
          "(?P<value>\\d+)'\n"),
     3, 12, "unknown attribute 'height'; declared attributes: age"},
    {"missing value group",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), \\d+'\n"), 4, 10,
     "has no (?P<value>...) group"},
    {"unknown group",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), (?P<value>\\d+) "
          "(?P<other>x)'\n"),
     4, 10, "unknown capture (?P<other>...) for a claim rule"},
    {"unknown capture type",
     Rule("kind: claim\nid: x\nattribute: age\ncaptures: {value: color}\npattern: "
          "'(?P<subject>{NAME}), (?P<value>\\d+)'\n"),
     4, 19, "unknown value type 'color'"},
    {"unknown fallback",
     Rule("kind: status\nid: x\nattribute: age\nsubject_fallback: [last-thing]\npattern: 'a'\n"), 4,
     19, "unknown subject fallback 'last-thing'"},
    {"no negative example",
     "kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), "
     "(?P<value>\\d+)'\nexamples:\n  - text: 'Ann, 4'\n    claims: [{attribute: age}]\n",
     6, 3, "needs at least one positive example"},
    {"no examples",
     "kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), (?P<value>\\d+)'\n", 1, 1,
     "has no positive example"},
    {"example without expectation",
     "kind: claim\nid: x\nattribute: age\npattern: 'a'\nexamples:\n  - text: 'Ann'\n", 6, 5,
     "needs 'claims'"},
    {"bad example date",
     "kind: claim\nid: x\nattribute: age\npattern: 'a'\nexamples:\n  - text: 'Ann'\n    published: "
     "2024-02-30\n    none: true\n",
     7, 16, "'published'"},
    {"duplicate id",
     Rule(
         "kind: claim\nid: age\nattribute: age\npattern: '(?P<subject>{NAME}), (?P<value>\\d+)'\n"),
     2, 5, "duplicate rule id 'age'; first defined at base.yaml:1"},
    {"sub-pattern cycle",
     "kind: lexicon\nid: loop\nentries:\n  A: 'x{B}'\n  B: 'y{A}'\n---\n" +
         Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{A}), (?P<value>\\d+)'\n"),
     5, 8, "sub-pattern cycle: {A} -> {B} -> {A}"},
    {"named group in lexicon", "kind: lexicon\nid: bad-lex\nentries:\n  A: '(?P<x>a)'\n", 4, 6,
     "must not contain named groups"},
    {"lower-case sub-pattern name", "kind: lexicon\nid: bad-lex\nentries:\n  person: 'a'\n", 4, 3,
     "must be upper case"},
    {"attribute type", "kind: attribute\nid: weight\ntype: mass\n", 3, 7,
     "unknown attribute type 'mass'"},
    {"attribute unit", "kind: attribute\nid: weight\ntype: number\nunit: kilogram\n", 4, 7,
     "unknown unit 'kilogram'; expected one of: count, percent, second, minute, hour, day, week, "
     "fortnight, month, quarter, year, decade or century"},
    {"attribute bound", "kind: attribute\nid: wrap\ntype: date\nbound: finish\n", 4, 8,
     "unknown value 'finish' for 'bound'; expected one of: start, end"},
    {"bound on a count", "kind: attribute\nid: wins\ntype: number\nbound: end\n", 4, 8,
     "'bound' is for attributes of type date or interval"},
    {"unknown subject kind",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), "
          "(?P<value>\\d+)'\ncaptures: {subject: mention}\n"),
     5, 21,
     "unknown subject kind 'mention' for capture 'subject'; expected one of: person, work, "
     "season, next-season, upcoming, event, organization, award or any"},
    {"unknown subject_name_from",
     Rule("kind: claim\nid: x\nattribute: age\npattern: '(?P<subject>{NAME}), "
          "(?P<value>\\d+)'\nsubject_name: '{subject} trial'\nsubject_name_from: persons\n"),
     6, 20, "unknown subject kind 'persons'; expected one of: person, work, season"},
    {"yaml syntax", "kind: claim\nid: [x\n", 3, 1, "invalid YAML"},
    {"a quote inside single quotes", "kind: claim\nid: x\npattern: 'it's (?P<value>\\d+)'\n", 3, 14,
     "inside a single-quoted value a quote is written twice ('it''s')"},
    {"a backslash inside double quotes", "kind: claim\nid: x\npattern: \"(?P<value>\\d+)\"\n", 3,
     23, "write the pattern in single quotes"},
    {"not a map", "- just a string\n", 1, 3, "a rule must be a map"},
};

TEST(RuleSetLoad, EveryErrorNamesFileLineColumnAndWhatIsExpected) {
  for (const BadRule& c : kBadRules) {
    SCOPED_TRACE(c.name);
    Result<RuleSet> set = RuleSet::LoadTexts({{"base.yaml", kBase}, {"bad.yaml", c.yaml}});
    ASSERT_FALSE(set.ok());
    const Error& e = set.error();
    EXPECT_EQ(e.path, "bad.yaml") << e.ToString();
    EXPECT_EQ(e.line, c.line) << e.ToString();
    EXPECT_EQ(e.column, c.column) << e.ToString();
    EXPECT_NE(e.message.find(c.says), std::string::npos) << e.ToString();
    EXPECT_NE(e.ToString().find("bad.yaml:" + std::to_string(c.line) + ":"), std::string::npos);
    EXPECT_EQ(e.category, ErrorCategory::kRule) << e.ToString();
  }
}

// A sub-pattern bomb spread over many patterns, each under the 1 MiB one
// pattern may expand to: an error, not gigabytes of parsed regexps (found by
// fuzz_rules, which ran out of its 2 GiB).
TEST(RuleSetLoad, RulesThatExpandPast16MiBInAllAreAnError) {
  std::string lexicon = "kind: lexicon\nid: big\nentries:\n  L0: 'abcdefgh'\n";
  for (int i = 1; i <= 15; ++i)
    lexicon += "  L" + std::to_string(i) + ": '{L" + std::to_string(i - 1) + "}{L" +
               std::to_string(i - 1) + "}'\n";
  std::string rule = "kind: claim\nid: many\nattribute: age\ncaptures: {value: age}\npatterns:\n";
  for (int i = 0; i < 40; ++i) rule += "  - '(?P<value>\\d+){L15}'\n";
  rule += "subject_fallback: [salient]\n";
  Result<RuleSet> set =
      RuleSet::LoadTexts({{"base.yaml", kBase}, {"lex.yaml", lexicon}, {"many.yaml", rule}});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().path, "many.yaml");
  EXPECT_NE(set.error().message.find("more than 16 MiB of regex in all"), std::string::npos)
      << set.error().ToString();
}

TEST(RuleSetLoad, AGoodRuleLoadsWithItsInfoAndAttribute) {
  Result<RuleSet> set = RuleSet::LoadTexts(
      {{"base.yaml", kBase},
       {"good.yaml", Rule("kind: claim\nid: age-comma\ndescription: an age\nseverity: error\n"
                          "attribute: age\npattern: '(?P<subject>{NAME}), (?P<value>\\d+)'\n")}});
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  const rules::Rule* rule = set->FindRule("age-comma");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->info().kind, "claim");
  EXPECT_EQ(rule->info().path, "good.yaml");
  EXPECT_EQ(rule->info().line, 1);
  EXPECT_EQ(rule->info().severity, Severity::kError);
  EXPECT_EQ(rule->examples().size(), 2u);
  const AttributeDecl* age = set->FindAttribute("age");
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->unknown, "birth");
  EXPECT_EQ(set->FindAttribute("height"), nullptr);
  EXPECT_EQ(set->rules().size(), 3u);  // attribute, lexicon, claim
}

TEST(RuleSetLoad, AnAttributeCarriesBothMessageTemplates) {
  Result<RuleSet> set = RuleSet::LoadTexts(
      {{"attr.yaml",
        "kind: attribute\nid: release\ntype: date\nmessage: 'M {value}'\n"
        "stale_message: 'S {subject}: {value} was the plan on {published}; {why}'\n"}});
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  const AttributeDecl* release = set->FindAttribute("release");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->message, "M {value}");
  EXPECT_EQ(release->stale_message, "S {subject}: {value} was the plan on {published}; {why}");
}

TEST(RuleSetLoad, AStrayCommaAtADocumentsTopLevelIsAnErrorNotAHang) {
  // yaml-cpp 0.7's LoadAll never returned on these (fuzz_rules: memory grew
  // to the 2 GB limit); each document is now loaded on its own.
  const struct {
    const char* yaml;
    int line, column;
  } kCases[] = {{", ", 1, 1}, {"kind: lexicon\n---\n,\n", 3, 1}};
  for (const auto& c : kCases) {
    Result<RuleSet> set = RuleSet::LoadTexts({{"stray.yaml", c.yaml}});
    ASSERT_FALSE(set.ok()) << c.yaml;
    EXPECT_EQ(set.error().path, "stray.yaml");
    EXPECT_EQ(set.error().line, c.line) << c.yaml << set.error().message;
    EXPECT_EQ(set.error().column, c.column) << c.yaml << set.error().message;
    EXPECT_NE(set.error().message.find("invalid YAML"), std::string::npos) << set.error().message;
  }
  // After a node the comma is no longer a hang either, and the node is
  // judged as a rule.
  EXPECT_FALSE(RuleSet::LoadTexts({{"stray.yaml", "'a', b\n"}}).ok());
  EXPECT_FALSE(RuleSet::LoadTexts({{"stray.yaml", "--- {a: 1}\n,\n"}}).ok());
  // Empty documents and comments between rules are still nothing.
  EXPECT_TRUE(RuleSet::LoadTexts({{"empty.yaml", "---\n# nothing\n---\n...\n"}}).ok());
}

TEST(RuleSetLoad, MissingPathIsAnError) {
  Result<RuleSet> set = RuleSet::Load("/nonexistent/rules");
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.error().message.find("no such rule file or directory"), std::string::npos);
}

TEST(RuleSetLoad, ShippedRulesLoad) {
  Result<RuleSet> set = RuleSet::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules");
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  EXPECT_NE(set->FindAttribute("age"), nullptr);
  EXPECT_NE(set->FindRule("age-apposition"), nullptr);
}

}  // namespace
}  // namespace factlint::rules
