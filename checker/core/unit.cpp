#include "checker/core/unit.h"

#include <cstddef>

namespace factlint {
namespace {

struct UnitSpelling {
  Unit unit;
  std::string_view singular;
  std::string_view plural;
};

// One row per unit, in the enum's order.
constexpr UnitSpelling kSpellings[] = {
    {Unit::kNone, "", ""},
    {Unit::kCount, "count", "counts"},
    {Unit::kPercent, "percent", "percent"},
    {Unit::kSecond, "second", "seconds"},
    {Unit::kMinute, "minute", "minutes"},
    {Unit::kHour, "hour", "hours"},
    {Unit::kDay, "day", "days"},
    {Unit::kWeek, "week", "weeks"},
    {Unit::kFortnight, "fortnight", "fortnights"},
    {Unit::kMonth, "month", "months"},
    {Unit::kQuarter, "quarter", "quarters"},
    {Unit::kYear, "year", "years"},
    {Unit::kDecade, "decade", "decades"},
    {Unit::kCentury, "century", "centuries"},
};

// A unit added to the enum needs its row here, in its place.
constexpr bool EveryUnitInOrder() {
  size_t i = 0;
  for (const UnitSpelling& s : kSpellings)
    if (static_cast<size_t>(s.unit) != i++) return false;
  return i == static_cast<size_t>(Unit::kCentury) + 1;
}
static_assert(EveryUnitInOrder(), "kSpellings has one row per Unit, in the enum's order");

}  // namespace

std::string_view UnitName(Unit unit) {
  return kSpellings[static_cast<size_t>(unit)].singular;
}

std::optional<Unit> ParseUnit(std::string_view name) {
  for (const UnitSpelling& s : kSpellings)
    if (name == s.singular || name == s.plural) return s.unit;
  return std::nullopt;
}

std::vector<std::string_view> UnitNames() {
  std::vector<std::string_view> names;
  for (const UnitSpelling& s : kSpellings)
    if (s.unit != Unit::kNone) names.push_back(s.singular);
  return names;
}

}  // namespace factlint
