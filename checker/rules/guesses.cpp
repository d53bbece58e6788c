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
  // remove_if tests each claim in place, before any is moved over it.
  claims.erase(std::remove_if(claims.begin(), claims.end(),
                              [&](const Claim& c) {
                                const bool gone = drop[static_cast<size_t>(&c - claims.data())];
                                if (gone && dropped != nullptr) dropped->push_back(c);
                                return gone;
                              }),
               claims.end());
}

}  // namespace factlint::rules
