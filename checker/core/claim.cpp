#include "checker/core/claim.h"

namespace factlint {

const char* ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kValue: return "value";
    case ClaimKind::kStatus: return "status";
    case ClaimKind::kRelation: return "relation";
  }
  return "value";
}

const char* ValueTypeName(ValueType type) {
  switch (type) {
    case ValueType::kDate: return "date";
    case ValueType::kInterval: return "interval";
    case ValueType::kDuration: return "duration";
    case ValueType::kNumber: return "number";
    case ValueType::kAge: return "age";
    case ValueType::kNone: return "none";
  }
  return "none";
}

const char* TenseName(Tense tense) {
  switch (tense) {
    case Tense::kUnknown: return "unknown";
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
  }
  return "unknown";
}

}  // namespace factlint
