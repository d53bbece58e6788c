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

}  // namespace factlint
