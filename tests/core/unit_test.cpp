// Units by name: the names every output prints, and what the file edges accept.
#include "checker/core/unit.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(Unit, NamesAreTheSingularsOutputsPrint) {
  const struct {
    Unit unit;
    const char* name;
  } kCases[] = {
      {Unit::kNone, ""},         {Unit::kCount, "count"},     {Unit::kPercent, "percent"},
      {Unit::kSecond, "second"}, {Unit::kMinute, "minute"},   {Unit::kHour, "hour"},
      {Unit::kDay, "day"},       {Unit::kWeek, "week"},       {Unit::kFortnight, "fortnight"},
      {Unit::kMonth, "month"},   {Unit::kQuarter, "quarter"}, {Unit::kYear, "year"},
      {Unit::kDecade, "decade"}, {Unit::kCentury, "century"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(UnitName(c.unit), c.name);
    EXPECT_EQ(ParseUnit(UnitName(c.unit)), c.unit) << c.name;
  }
}

TEST(Unit, ParsesSingularAndPlural) {
  EXPECT_EQ(ParseUnit("days"), Unit::kDay);
  EXPECT_EQ(ParseUnit("weeks"), Unit::kWeek);
  EXPECT_EQ(ParseUnit("centuries"), Unit::kCentury);
  EXPECT_EQ(ParseUnit("percent"), Unit::kPercent);
}

TEST(Unit, RejectsOtherSpellings) {
  for (const char* bad : {"Day", "hrs", "wk", "day ", "million", "centurys", "s"})
    EXPECT_FALSE(ParseUnit(bad).has_value()) << bad;
}

TEST(Unit, NamesListEveryUnitButNone) {
  const std::vector<std::string_view> names = UnitNames();
  ASSERT_EQ(names.size(), 13u);
  EXPECT_EQ(names.front(), "count");
  EXPECT_EQ(names.back(), "century");
}

}  // namespace
}  // namespace factlint
