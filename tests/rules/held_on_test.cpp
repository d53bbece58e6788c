// The day an age held, with the shipped rules: a victim's age on the day of
// the killing, a killer's age on publication, a death's age in the week
// before it (claim_rule.cpp). Each case fails if the age is anchored on
// the wrong day.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "shipped_claims.h"

namespace factlint::rules {
namespace {

using testing::ClaimsOf;

// The age claim about `who` in `text`, published on `published`.
std::optional<Claim> AgeOf(const std::string& text, const Date& published, const std::string& who) {
  for (const Claim& c : ClaimsOf(text, published))
    if (c.attribute == "age" && c.subject.name == who) return c;
  return std::nullopt;
}

// A victim's age holds when the killing was: a yearless date told in the
// past, some time in the years before the article.
TEST(HeldOn, AVictimsAgeHoldsWhenTheKillingWas) {
  const auto age =
      AgeOf("Eli Sand, 20, was stabbed to death on Nov. 13.", Date(2024, 5, 8), "Eli Sand");
  ASSERT_TRUE(age && age->held_on);
  EXPECT_EQ(FormatIsoDate(age->held_on->to), "2023-11-13");
}

TEST(HeldOn, AKillersAgeHoldsOnPublication) {
  const auto age =
      AgeOf("Jane Roe, 33, murdered five patients at the hospital over 13 months from 2015.",
            Date(2023, 8, 21), "Jane Roe");
  ASSERT_TRUE(age && age->date);
  EXPECT_FALSE(age->held_on.has_value());
  EXPECT_EQ(FormatIsoDate(age->date->to), "1990-08-21");
}

// An age in months is months: a nine-month-old was born within the month
// nine months back, not nine years back.
TEST(HeldOn, AnAgeInMonthsCountsMonths) {
  bool found = false;
  for (const Claim& c :
       ClaimsOf("The baby, a nine-month-old girl, was taken to hospital.", Date(2024, 4, 14))) {
    if (c.type != ValueType::kAge || !c.date) continue;
    found = true;
    EXPECT_EQ(FormatIsoDate(c.date->from), "2023-06-15");
    EXPECT_EQ(FormatIsoDate(c.date->to), "2023-07-14");
  }
  EXPECT_TRUE(found);
}

// A birthday's month without a year is the nearest one, even in a past
// sentence: a birthday already past is "last December".
TEST(HeldOn, ABirthdaysMonthIsTheNearestOne) {
  const auto age = AgeOf("About his 99th birthday in December, the old comic Dan Hale joked.",
                         Date(2024, 9, 25), "Dan Hale");
  ASSERT_TRUE(age && age->date);
  EXPECT_EQ(FormatIsoDate(age->date->to), "1925-12-31");  // 99 in December 2024
}

}  // namespace
}  // namespace factlint::rules
