#include "checker/rules/declared_type.h"

#include <cstddef>
#include <iterator>

namespace factlint::rules {
namespace {

// The names, in the enum's order (declared_type_test checks each pair).
constexpr std::string_view kNames[] = {"date",  "interval", "duration", "number",
                                       "count", "age",      "status",   "relation"};
static_assert(std::size(kNames) == static_cast<size_t>(DeclaredType::kRelation) + 1,
              "kNames has one name per DeclaredType");

}  // namespace

std::string_view DeclaredTypeName(DeclaredType type) {
  return kNames[static_cast<size_t>(type)];
}

std::optional<DeclaredType> ParseDeclaredType(std::string_view name) {
  for (size_t i = 0; i < std::size(kNames); ++i)
    if (kNames[i] == name) return static_cast<DeclaredType>(i);
  return std::nullopt;
}

std::vector<std::string> DeclaredTypeNames(const std::vector<DeclaredType>& types) {
  std::vector<std::string> names;
  for (const DeclaredType type : types) names.emplace_back(DeclaredTypeName(type));
  return names;
}

}  // namespace factlint::rules
