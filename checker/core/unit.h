// Unit: what the numbers of a Quantity (claim.h) count. A closed set, so the
// engine compares units as values and a misspelt unit is an error where it
// is written, not a quantity that silently matches nothing.
//
//   kNone      no unit: the quantity of a value that has none (a date's)
//   kCount     a number of things: "14 Emmy nominations", "his 23rd season"
//   kPercent   a share in percent (a vote share)
//   kSecond, kMinute, kHour, kDay, kWeek, kFortnight
//              lengths of time with a fixed number of seconds
//   kMonth, kQuarter, kYear, kDecade, kCentury
//              lengths of time counted on the calendar: a month is 28 to 31
//              days, a year 365 or 366 (normalize/durations.cpp)
//
// Text becomes a Unit at the edges only, once:
//   ParseUnit   a unit's name, singular or plural ("day", "days"): fact
//               files (facts/load.cpp), rule files (rules/attribute.cpp),
//               ledger records (ledger/claim_record.cpp)
//   normalize::lexicon::UnitOf   a unit as an article writes it, with
//               abbreviations ("three hrs", "2 wks.") — normalize/lexicon.h
// and UnitName gives the name back for every output: the JSON contract
// ("unit":"day"), the ledger, the `normalize` command, findings.
//
//   ParseUnit("weeks")          // -> Unit::kWeek
//   UnitName(Unit::kWeek)       // -> "week"
//   ParseUnit(UnitName(u)) == u // for every u; kNone's name is ""
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace factlint {

enum class Unit {
  kNone,  // first, so a Quantity{} has no unit
  kCount,
  kPercent,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kFortnight,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury,  // the last (unit.cpp checks its table against it)
};

// The singular name: "count", "percent", "second", ..., "century"; "" for kNone.
std::string_view UnitName(Unit unit);

// The unit `name` names, singular or plural ("century", "centuries"); ""
// is kNone. nullopt for anything else, including other spellings ("Day",
// "hrs"): the edges that read files report it, listing UnitNames().
std::optional<Unit> ParseUnit(std::string_view name);

// Every unit's name but kNone's, in the order above: what an error
// message offers instead of a name ParseUnit does not know.
std::vector<std::string_view> UnitNames();

}  // namespace factlint
