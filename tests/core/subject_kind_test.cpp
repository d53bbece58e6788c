// Subject kinds by name: the names ids and ledgers are written with, and
// what the file edges accept.
#include "checker/core/subject_kind.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(SubjectKind, NamesAreTheOnesIdsAndLedgersUse) {
  const struct {
    SubjectKind kind;
    const char* name;
  } kCases[] = {
      {SubjectKind::kNone, ""},
      {SubjectKind::kPerson, "person"},
      {SubjectKind::kCharacter, "character"},
      {SubjectKind::kWork, "work"},
      {SubjectKind::kSeason, "season"},
      {SubjectKind::kEvent, "event"},
      {SubjectKind::kOrganization, "organization"},
      {SubjectKind::kAward, "award"},
      {SubjectKind::kPlace, "place"},
      {SubjectKind::kMention, "mention"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(SubjectKindName(c.kind), c.name);
    EXPECT_EQ(ParseSubjectKind(SubjectKindName(c.kind)), c.kind) << c.name;
  }
}

TEST(SubjectKind, RejectsOtherSpellings) {
  // "any", "next-season" and "upcoming" are what a rule's capture asks
  // for, not kinds a subject has (rules/pattern_rule.cpp).
  for (const char* bad :
       {"Person", "people", "persons", " work", "season ", "any", "next-season", "upcoming", "x"})
    EXPECT_FALSE(ParseSubjectKind(bad).has_value()) << bad;
}

TEST(SubjectKind, NamesListEveryKindButNone) {
  const std::vector<std::string_view> names = SubjectKindNames();
  ASSERT_EQ(names.size(), 9u);
  EXPECT_EQ(names.front(), "person");
  EXPECT_EQ(names.back(), "mention");
}

}  // namespace
}  // namespace factlint
