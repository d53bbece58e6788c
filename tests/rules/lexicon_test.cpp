// Sub-pattern expansion, curly apostrophes and RE2::Set candidate selection.
#include "checker/rules/lexicon.h"

#include <gtest/gtest.h>

#include "checker/core/regex_letters.h"
#include "checker/rules/rule_set.h"

namespace factlint::rules {
namespace {

struct ExpansionCase {
  const char* pattern;
  const char* expanded;
};

TEST(Lexicon, ExpandsRecursivelyAndLeavesRe2BracesAlone) {
  Result<YamlFile> file = YamlFile::Parse("lex.yaml", "a: b\n");
  ASSERT_TRUE(file.ok());
  Lexicon lexicon;
  const YAML::Node none;
  ASSERT_TRUE(lexicon.Add("DIGIT", "\\d", none, &*file).ok());
  ASSERT_TRUE(lexicon.Add("NUM", "{DIGIT}{1,3}", none, &*file).ok());
  const ExpansionCase cases[] = {
      {"{NUM}", "(?:(?:\\d){1,3})"},
      {"a{2}b", "a{2}b"},
      {"\\{NUM}", "\\{NUM}"},
      {"{lower}", "{lower}"},
      {"x{DIGIT}y", "x(?:\\d)y"},
      {"\\p{Greek}{DIGIT}", "\\p{Greek}(?:\\d)"},
      // \p{Lu}, \p{Ll} and \p{L} become the compact classes of regex_letters.h.
      {"\\p{Lu}{DIGIT}", "[" FACTLINT_UPPER_LETTERS "](?:\\d)"},
  };
  for (const ExpansionCase& c : cases) {
    Result<std::string> out = lexicon.Expand(c.pattern, none, *file);
    ASSERT_TRUE(out.ok()) << c.pattern << ": " << out.error().ToString();
    EXPECT_EQ(*out, c.expanded) << c.pattern;
  }
  EXPECT_FALSE(lexicon.Add("NUM", "x", none, &*file).ok());
}

TEST(Lexicon, StraightApostrophesAlsoMatchCurlyOnes) {
  const ExpansionCase cases[] = {
      {"don't", "don['’]t"},
      {"[a']", "[a'’]"},
      {"\\'", "\\'"},
      {"[^']x", "[^'’]x"},
  };
  for (const ExpansionCase& c : cases) EXPECT_EQ(AcceptCurlyApostrophes(c.pattern), c.expanded);
}

const char* kSet = R"(- kind: attribute
  id: age
  type: age
- kind: attribute
  id: premiere
  type: status
- kind: claim
  id: age-comma
  attribute: age
  pattern: '(?P<subject>[A-Z][a-z]+), (?P<value>\d+),'
  examples:
    - {text: 'Ann, 40, said.', claims: [{attribute: age}]}
    - {text: 'x', none: true}
- kind: status
  id: no-date
  attribute: premiere
  subject_fallback: current-work
  pattern: '(?i)we don''t have a release date'
  examples:
    - {text: 'We don''t have a release date.', claims: [{attribute: premiere}]}
    - {text: 'x', none: true}
)";

struct SelectionCase {
  const char* sentence;
  std::vector<std::string> candidates;
};

TEST(RuleSetSelection, TheSetPicksOnlyTheRulesThatCanMatch) {
  Result<RuleSet> set = RuleSet::LoadTexts({{"set.yaml", kSet}});
  ASSERT_TRUE(set.ok()) << set.error().ToString();
  const SelectionCase cases[] = {
      {"Ann, 40, said hello.", {"age-comma"}},
      {"We don’t have a release date, Ann, 40, said.", {"age-comma", "no-date"}},
      {"WE DON'T HAVE A RELEASE DATE.", {"no-date"}},
      {"Nothing to see.", {}},
  };
  for (const SelectionCase& c : cases) {
    EXPECT_EQ(set->Candidates(c.sentence), c.candidates) << c.sentence;
  }
}

}  // namespace
}  // namespace factlint::rules
