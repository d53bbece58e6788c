#include "checker/rules/rule.h"

#include "checker/core/value_text.h"

namespace factlint::rules {

Date DefaultExamplePublished() {
  return Date(2024, 6, 1);
}

std::string FormatNormalized(const Claim& claim) {
  if (claim.kind == ClaimKind::kStatus) return "unknown";
  if (claim.type == ValueType::kAge && claim.quantity) return FormatNumber(claim.quantity->min);
  if ((claim.type == ValueType::kDate || claim.type == ValueType::kInterval) && claim.date)
    return FormatRange(*claim.date);
  if (claim.quantity) {
    const Quantity& q = *claim.quantity;
    return FormatNumbers(q.min, q.max, q.unit == Unit::kCount ? "" : UnitName(q.unit));
  }
  return "";
}

}  // namespace factlint::rules
