#include "checker/rules/rule.h"

#include <cmath>
#include <sstream>

namespace factlint::rules {
namespace {

std::string FormatNumber(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  std::ostringstream out;
  out << value;
  return out.str();
}

std::string FormatQuantity(const Quantity& q) {
  std::string out = FormatNumber(q.min);
  if (q.max != q.min) out += ".." + FormatNumber(q.max);
  if (!q.unit.empty() && q.unit != "count") out += " " + q.unit;
  return out;
}

}  // namespace

Date DefaultExamplePublished() {
  return Date(2024, 6, 1);
}

std::string FormatNormalized(const Claim& claim) {
  if (claim.kind == ClaimKind::kStatus) return "unknown";
  if (claim.type == ValueType::kAge && claim.quantity) return FormatNumber(claim.quantity->min);
  if ((claim.type == ValueType::kDate || claim.type == ValueType::kInterval) && claim.date) {
    std::string out = FormatIsoDate(claim.date->from);
    if (claim.date->to != claim.date->from) out += ".." + FormatIsoDate(claim.date->to);
    return out;
  }
  if (claim.quantity) return FormatQuantity(*claim.quantity);
  return "";
}

}  // namespace factlint::rules
