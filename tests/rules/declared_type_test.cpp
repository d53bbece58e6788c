// Declared value types by name: the names rule files write for an
// attribute's `type:` and a capture's type, and what the loader accepts.
#include "checker/rules/declared_type.h"

#include <gtest/gtest.h>

namespace factlint::rules {
namespace {

TEST(DeclaredType, NamesAreTheOnesRuleFilesWrite) {
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kDate), "date");
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kInterval), "interval");
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kDuration), "duration");
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kNumber), "number");
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kCount), "count");
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kAge), "age");
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kStatus), "status");
  EXPECT_EQ(DeclaredTypeName(DeclaredType::kRelation), "relation");
}

TEST(DeclaredType, ParsesEveryNameBack) {
  for (const DeclaredType type :
       {DeclaredType::kDate, DeclaredType::kInterval, DeclaredType::kDuration,
        DeclaredType::kNumber, DeclaredType::kCount, DeclaredType::kAge, DeclaredType::kStatus,
        DeclaredType::kRelation})
    EXPECT_EQ(ParseDeclaredType(DeclaredTypeName(type)), type) << DeclaredTypeName(type);
}

TEST(DeclaredType, RejectsOtherSpellings) {
  // A subject kind is a subject capture's type, not a value's.
  for (const char* bad : {"", "Date", "dates", " age", "age ", "numbers", "person", "any", "none"})
    EXPECT_FALSE(ParseDeclaredType(bad).has_value()) << bad;
}

TEST(DeclaredType, NamesListTheGivenTypesInOrder) {
  EXPECT_EQ(DeclaredTypeNames({DeclaredType::kRelation, DeclaredType::kDuration}),
            (std::vector<std::string>{"relation", "duration"}));
  EXPECT_TRUE(DeclaredTypeNames({}).empty());
}

}  // namespace
}  // namespace factlint::rules
