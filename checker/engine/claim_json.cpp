#include "checker/engine/claim_json.h"

#include <cmath>

#include "checker/core/value_text.h"
#include "checker/report/location_json.h"

namespace factlint::engine {
namespace {

// Whole numbers print without a decimal point ("118", not "118.0").
nlohmann::ordered_json Number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return static_cast<long long>(v);
  return v;
}

std::string RangeText(double lo, double hi, Unit unit) {
  if (unit == Unit::kNone || unit == Unit::kCount) return FormatNumbers(lo, hi);
  return FormatNumbers(lo, hi, std::string(UnitName(unit)) + (lo == 1 && hi == 1 ? "" : "s"));
}

}  // namespace

nlohmann::ordered_json ClaimToJson(const Claim& claim, const Document& doc) {
  nlohmann::ordered_json j = report::LocationJson(doc.LocationOf(claim.span));
  j["rule"] = claim.rule;
  j["subject"] = claim.subject.name;
  j["attribute"] = claim.attribute;
  j["value"] = claim.value_text;
  nlohmann::ordered_json normalized = nullptr;
  if (claim.date) {
    normalized = {{"from", FormatIsoDate(claim.date->from)}, {"to", FormatIsoDate(claim.date->to)}};
  } else if (claim.days) {
    normalized = {
        {"min", Number(claim.days->min)}, {"max", Number(claim.days->max)}, {"unit", "day"}};
  } else if (claim.quantity) {
    // The contract has no unitless quantity: a bare number is a count.
    const Unit unit = claim.quantity->unit == Unit::kNone ? Unit::kCount : claim.quantity->unit;
    normalized = {{"min", Number(claim.quantity->min)},
                  {"max", Number(claim.quantity->max)},
                  {"unit", std::string(UnitName(unit))}};
  } else if (claim.relation) {
    normalized = {{"min", Number(claim.relation->days.min)},
                  {"max", Number(claim.relation->days.max)},
                  {"unit", "day"}};
  }
  j["normalized"] = normalized;
  j["published"] = FormatIsoDate(claim.published);
  j["quoted"] = claim.quoted;
  return j;
}

std::string NormalizedLabel(const Claim& claim) {
  if (claim.kind == ClaimKind::kStatus) return "not known as of " + FormatIsoDate(claim.published);
  if (claim.type == ValueType::kAge && claim.date && claim.quantity)
    return "age " + FormatNumber(claim.quantity->min) + " on " + FormatIsoDate(claim.published) +
           ": born " + FormatRange(*claim.date);
  if (claim.date) return FormatRange(*claim.date);
  if (claim.days) return RangeText(claim.days->min, claim.days->max, Unit::kDay);
  if (claim.quantity)
    return RangeText(claim.quantity->min, claim.quantity->max, claim.quantity->unit);
  if (claim.relation)
    return RangeText(claim.relation->days.min, claim.relation->days.max, Unit::kDay) +
           " between events";
  return claim.value_text;
}

}  // namespace factlint::engine
