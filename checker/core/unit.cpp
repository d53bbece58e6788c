#include "checker/core/unit.h"

#include "checker/core/name_table.h"

namespace factlint {
namespace {

// In the enum's order, kNone's "" first. "percent" is its own plural.
constexpr NameTable<Unit::kCentury> kSingulars{"",        "count", "percent", "second",    "minute",
                                               "hour",    "day",   "week",    "fortnight", "month",
                                               "quarter", "year",  "decade",  "century"};
constexpr NameTable<Unit::kCentury> kPlurals{
    "",      "counts",     "percent", "seconds",  "minutes", "hours",   "days",
    "weeks", "fortnights", "months",  "quarters", "years",   "decades", "centuries"};

}  // namespace

std::string_view UnitName(Unit unit) {
  return kSingulars.Name(unit);
}

std::optional<Unit> ParseUnit(std::string_view name) {
  if (std::optional<Unit> unit = kSingulars.Parse(name)) return unit;
  return kPlurals.Parse(name);
}

std::vector<std::string_view> UnitNames() {
  return kSingulars.NamesFrom(Unit::kCount);
}

}  // namespace factlint
