#include "checker/rules/guesses.h"

#include <algorithm>

namespace factlint::rules {
namespace {

bool IsAge(const Claim& claim) {
  return claim.kind == ClaimKind::kValue && claim.type == ValueType::kAge && claim.date.has_value();
}

// Two ages of one subject in one document that cannot both hold.
bool Conflict(const Claim& a, const Claim& b) {
  return &a != &b && a.document == b.document && a.subject.id == b.subject.id &&
         a.unknown == b.unknown && !a.date->Intersects(*b.date);
}

}  // namespace

void DropGuessesTheArticleContradicts(std::vector<Claim>& claims, std::vector<Claim>* dropped) {
  std::vector<bool> drop(claims.size(), false);
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& guess = claims[i];
    if (!guess.subject_guessed || !IsAge(guess)) continue;
    drop[i] = std::any_of(claims.begin(), claims.end(), [&](const Claim& other) {
      return IsAge(other) && Conflict(guess, other);
    });
  }
  size_t kept = 0;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (drop[i]) {
      if (dropped != nullptr) dropped->push_back(claims[i]);
      continue;
    }
    if (kept != i) claims[kept] = std::move(claims[i]);
    ++kept;
  }
  claims.resize(kept);
}

}  // namespace factlint::rules
