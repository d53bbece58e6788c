// DeclaredType: the type of value a rule file declares — an attribute's
// `type:` (attribute.h) and the type of a pattern's capture (`captures:
// {value: age}`, pattern_rule.h). A closed set, so the rule kinds compare
// types as values and a misspelt type is an error at its line and column in
// the rule file, not a capture that silently reads nothing.
//
//   kDate      a day or a span of days: "January 17", "in March 2025"
//   kInterval  the same; a claim made from either is a date when it names
//              one day, else an interval (claim_rule.cpp)
//   kDuration  a length of time: "the 118-day strike"
//   kNumber    a count or an amount: "14 Emmy nominations"
//   kCount     a capture only: read as a number, but named as written
//   kAge       a person's age: "Adam Scott, 50,", "a nine-month-old girl"
//   kStatus    an attribute only: a value not known as of publication
//   kRelation  an attribute only: a distance between two events
//
// Not the Claim's ValueType (claim.h: what a claim turned out to be), nor
// normalize::Kind (what the normalizer read in the text): a rule's value
// capture of kNumber asks the normalizer for a kNumber and makes a claim of
// ValueType::kNumber, but a kDate capture may make an interval.
//
// Text becomes a DeclaredType where a rule file is read, once:
//   ParseDeclaredType   attribute.cpp (`type:`, all but count),
//                       pattern_rule.cpp (captures, date to age)
// and DeclaredTypeName gives the name back for `rules explain`, `rules why`
// and error messages.
//
//   ParseDeclaredType("age")                        // -> DeclaredType::kAge
//   DeclaredTypeName(DeclaredType::kAge)            // -> "age"
//   ParseDeclaredType(DeclaredTypeName(t)) == t     // for every t
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::rules {

// In the order of the names (declared_type.cpp), kRelation the last.
enum class DeclaredType { kDate, kInterval, kDuration, kNumber, kCount, kAge, kStatus, kRelation };

// The name: "date", "interval", ..., "relation".
std::string_view DeclaredTypeName(DeclaredType type);

// The type `name` names; nullopt for anything else, including other
// spellings ("Date", "dates"): the rule loader reports it, listing the
// names the key accepts (DeclaredTypeNames).
std::optional<DeclaredType> ParseDeclaredType(std::string_view name);

// The names of `types`, in their order: what an error message offers.
std::vector<std::string> DeclaredTypeNames(const std::vector<DeclaredType>& types);

}  // namespace factlint::rules
