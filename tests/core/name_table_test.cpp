// NameTable: a value's name by index, a name's value by exact search.
#include "checker/core/name_table.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

enum class Tense { kUnknown, kPast, kPresent, kFuture };
constexpr NameTable<Tense::kFuture> kTenseNames{"unknown", "past", "present", "future"};

TEST(NameTableTest, NamesEachValueInTheEnumsOrder) {
  EXPECT_STREQ(kTenseNames.Name(Tense::kUnknown), "unknown");
  EXPECT_STREQ(kTenseNames.Name(Tense::kPast), "past");
  EXPECT_STREQ(kTenseNames.Name(Tense::kFuture), "future");
  static_assert(kTenseNames.Name(Tense::kPresent)[0] == 'p', "Name is usable at compile time");
}

TEST(NameTableTest, ParsesExactNamesOnly) {
  EXPECT_EQ(kTenseNames.Parse("present"), Tense::kPresent);
  EXPECT_EQ(kTenseNames.Parse("unknown"), Tense::kUnknown);
  EXPECT_EQ(kTenseNames.Parse("Present"), std::nullopt);
  EXPECT_EQ(kTenseNames.Parse("pres"), std::nullopt);
  EXPECT_EQ(kTenseNames.Parse(""), std::nullopt);
}

TEST(NameTableTest, ListsTheNamesFromAValueOn) {
  EXPECT_EQ(kTenseNames.NamesFrom(Tense::kPast),
            (std::vector<std::string_view>{"past", "present", "future"}));
  EXPECT_EQ(kTenseNames.NamesFrom(Tense::kUnknown).size(), 4u);
}

TEST(NameTableTest, EveryNameParsesBackToItsValue) {
  for (Tense t : {Tense::kUnknown, Tense::kPast, Tense::kPresent, Tense::kFuture})
    EXPECT_EQ(kTenseNames.Parse(kTenseNames.Name(t)), t);
}

}  // namespace
}  // namespace factlint
