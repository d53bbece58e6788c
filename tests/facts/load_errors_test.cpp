// Every way a fact file can be wrong, and the error that says where and what
// would be right: one table, one loop.
#include <gtest/gtest.h>

#include "checker/facts/fact_base.h"

namespace factlint::facts {
namespace {

// Two valid entities most cases refer to.
constexpr const char* kBase = R"(entities:
  - id: person.jane_porter
    kind: person
    name: Jane Porter
  - id: work.lighthouse
    kind: work
    name: The Lighthouse Keepers
    seasons: [1, 2]
)";

struct ErrorCase {
  const char* name;
  const char* yaml;     // facts/x.yaml, loaded after kBase (facts/base.yaml)
  const char* where;    // "facts/x.yaml:LINE:COL"
  const char* message;  // a substring of the message
};

const ErrorCase kCases[] = {
    {"unknown top-level key", "entites: []\n", "facts/x.yaml:1:1",
     "unknown key 'entites' in a fact file; did you mean 'entities'?"},
    {"unknown entity key",
     "entities:\n  - id: person.x\n    kind: person\n    name: X Y\n    born: 1970-01-01\n",
     "facts/x.yaml:5:5", "unknown key 'born' in a person; expected one of: id, kind, name"},
    {"played_by on a person",
     "entities:\n  - id: person.x\n    kind: person\n    name: X Y\n    played_by: person.y\n",
     "facts/x.yaml:5:5", "unknown key 'played_by' in a person"},
    {"unknown kind", "entities:\n  - id: x.y\n    kind: persn\n    name: X\n", "facts/x.yaml:3:11",
     "unknown kind 'persn'; did you mean 'person'?; expected one of: person, character"},
    {"a kind the linker makes, never a fact file",
     "entities:\n  - id: x.y\n    kind: mention\n    name: X\n", "facts/x.yaml:3:11",
     "unknown kind 'mention'; expected one of: person, character, work, season, event, "
     "organization, award"},
    {"entity without name", "entities:\n  - id: person.x\n    kind: person\n", "facts/x.yaml:2:5",
     "entity 'person.x' has no `name`"},
    {"invalid id", "entities:\n  - id: Person X\n    kind: person\n    name: X\n",
     "facts/x.yaml:2:9", "invalid id 'Person X'"},
    {"duplicate id across files",
     "entities:\n  - id: person.jane_porter\n    kind: person\n    name: Jane Porter\n",
     "facts/x.yaml:2:9", "duplicate id 'person.jane_porter'; first defined at facts/base.yaml:2:9"},
    {"duplicate key",
     "entities:\n  - id: person.x\n    id: person.y\n    kind: person\n    name: X\n",
     "facts/x.yaml:3:5", "duplicate key 'id'"},
    {"dangling fact subject",
     "facts:\n  - subject: person.jane_portr\n    attribute: birth\n    value: 1970-01-01\n"
     "    source: {url: https://example.org/a, quote: born 1970}\n",
     "facts/x.yaml:2:14",
     "the fact's subject 'person.jane_portr' is not an entity of the fact base; did you mean "
     "'person.jane_porter'?"},
    {"character's actor is a work",
     "entities:\n  - id: character.tom\n    kind: character\n    name: Tom Porter\n"
     "    work: work.lighthouse\n    played_by: work.lighthouse\n",
     "facts/x.yaml:6:16",
     "the character's actor (`played_by`) 'work.lighthouse' is a work; expected a person"},
    {"character's work missing",
     "entities:\n  - id: character.tom\n    kind: character\n    name: Tom Porter\n"
     "    work: work.lighthous\n",
     "facts/x.yaml:5:11", "the character's work 'work.lighthous' is not an entity"},
    {"character without work",
     "entities:\n  - id: character.tom\n    kind: character\n    name: Tom Porter\n",
     "facts/x.yaml:2:5", "the character 'character.tom' has no `work`"},
    {"season number zero",
     "entities:\n  - id: work.w\n    kind: work\n    name: W\n    seasons: [0]\n",
     "facts/x.yaml:5:15", "a season must be a positive whole number"},
    {"month out of range",
     "facts:\n  - subject: person.jane_porter\n    attribute: birth\n    value: 1970-13-01\n"
     "    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:4:12",
     "attribute 'birth' takes a date (YYYY-MM-DD, YYYY-MM or YYYY), found '1970-13-01'"},
    {"month precision out of range",
     "facts:\n  - subject: person.jane_porter\n    attribute: birth\n    value: 1970-00\n"
     "    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:4:12", "month 0 is out of range"},
    {"number where a date belongs",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: premiere\n    value: 14\n"
     "    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:4:12", "attribute 'premiere' takes a date"},
    {"date where a number belongs",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: emmy-nominations\n"
     "    value: 2022-02-18\n    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:4:12",
     "attribute 'emmy-nominations' takes a number (unit count, a whole number like 14), found "
     "'2022-02-18'"},
    {"fractional count",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: new-cast-members\n    value: 2.5\n"
     "    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:4:12", "takes a number (unit count"},
    {"list as a value",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: premiere\n    value: [2022]\n"
     "    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:4:12", "not a list or mapping"},
    {"unknown attribute",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: premier\n    value: 2022\n"
     "    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:3:16", "unknown attribute 'premier'; did you mean 'premiere'?"},
    {"unknown unit",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: viewers\n    type: number\n"
     "    unit: million\n    value: 1.5\n    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:5:11",
     "unknown unit 'million'; expected one of: count, percent, second, minute, hour, day, week, "
     "fortnight, month, quarter, year, decade, century"},
    {"missing value",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: premiere\n"
     "    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:2:5", "this fact has no `value`"},
    {"missing source",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: premiere\n    value: 2022-02\n",
     "facts/x.yaml:2:5", "this fact has no `source`; every fact needs a source with `url` and"},
    {"source without quote",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: premiere\n    value: 2022-02\n"
     "    source:\n      url: https://example.org/a\n",
     "facts/x.yaml:6:7", "this source has no `quote`"},
    {"source url not a URL",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: premiere\n    value: 2022-02\n"
     "    source: {url: example.org, quote: q}\n",
     "facts/x.yaml:5:19", "must start with https:// or http://"},
    {"bad as_of",
     "facts:\n  - subject: season.lighthouse.1\n    attribute: emmy-nominations\n    value: 3\n"
     "    as_of: 2022-07\n    source: {url: https://example.org/a, quote: q}\n",
     "facts/x.yaml:5:12", "`as_of` takes a day, YYYY-MM-DD, found '2022-07'"},
    {"entities not a list", "entities:\n  id: person.x\n", "facts/x.yaml:2:3",
     "`entities` must be a list of entities"},
    {"invalid YAML", "entities:\n  - id: [person.x\n", "facts/x.yaml:3:1", "invalid YAML"},
    {"column counts code points",
     "entities:\n  - {id: person.o, kind: person, name: \"\xC3\x93lafur\", nme: x}\n",
     "facts/x.yaml:2:50", "unknown key 'nme'"},
};

TEST(LoadFactBase, ReportsWhereAndWhat) {
  for (const ErrorCase& c : kCases) {
    SCOPED_TRACE(c.name);
    auto base = LoadFactBaseFromFiles({{"facts/base.yaml", kBase}, {"facts/x.yaml", c.yaml}});
    ASSERT_FALSE(base.ok());
    const std::string text = base.error().ToString();
    EXPECT_EQ(text.rfind(std::string(c.where) + ": error: ", 0), 0u) << text;
    EXPECT_NE(text.find(c.message), std::string::npos) << text;
    EXPECT_EQ(base.error().category, ErrorCategory::kFact) << text;
  }
}

TEST(LoadFactBase, ErrorQuotesTheLineWithACaret) {
  auto base = LoadFactBaseFromFiles({{"facts/x.yaml", "entites: []\n"}});
  ASSERT_FALSE(base.ok());
  EXPECT_EQ(base.error().context, " 1 | entites: []\n   | ^");
}

TEST(LoadFactBase, MissingDirectoryIsAnError) {
  auto base = LoadFactBase("/nonexistent/facts");
  ASSERT_FALSE(base.ok());
  EXPECT_NE(base.error().message.find("directory not found"), std::string::npos);
  EXPECT_EQ(base.error().category, ErrorCategory::kFact);
}

}  // namespace
}  // namespace factlint::facts
