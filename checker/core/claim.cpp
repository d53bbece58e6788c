#include "checker/core/claim.h"

#include "checker/core/name_table.h"

namespace factlint {
namespace {

constexpr NameTable<ClaimKind::kRelation> kClaimKindNames{"value", "status", "relation"};
constexpr NameTable<ValueType::kNone> kValueTypeNames{"date",   "interval", "duration",
                                                      "number", "age",      "none"};
constexpr NameTable<Tense::kFuture> kTenseNames{"unknown", "past", "present", "future"};

}  // namespace

const char* ClaimKindName(ClaimKind kind) {
  return kClaimKindNames.Name(kind);
}

const char* ValueTypeName(ValueType type) {
  return kValueTypeNames.Name(type);
}

const char* TenseName(Tense tense) {
  return kTenseNames.Name(tense);
}

const char* ClaimShapeProblem(const Claim& claim) {
  if (claim.document < 0) return "a claim without its document";
  if (claim.rule.empty() || claim.attribute.empty()) return "a claim without its rule or attribute";
  if (claim.span.begin > claim.span.end) return "a claim whose span ends before it begins";
  switch (claim.kind) {
    case ClaimKind::kStatus:
      if (claim.type != ValueType::kNone || claim.date || claim.quantity || claim.relation)
        return "a status claim with a value";
      return nullptr;
    case ClaimKind::kRelation:
      if (!claim.relation || claim.type != ValueType::kDuration || !claim.quantity || !claim.days)
        return "a relation claim without its ends, distance and days";
      return nullptr;
    case ClaimKind::kValue: break;
  }
  switch (claim.type) {
    case ValueType::kDate:
    case ValueType::kInterval: return claim.date ? nullptr : "a date claim without its date range";
    case ValueType::kDuration:
      return claim.quantity && claim.days ? nullptr : "a duration claim without its length in days";
    case ValueType::kNumber: return claim.quantity ? nullptr : "a count without its number";
    case ValueType::kAge:
      return claim.quantity && claim.date ? nullptr : "an age without its years and birth range";
    case ValueType::kNone: break;
  }
  return "a value claim without a value type";
}

}  // namespace factlint
