// Guesses an article proves wrong. A claim whose match named no subject
// takes one from a fallback ("The 47-year-old rapper has 11 trophies" ->
// the article's most salient person). When the same article gives that
// subject an age that cannot hold together with the guessed one ("the
// 29-year-old singer" bound to the same person two sentences on), the
// writer did not contradict themselves: the guess picked the wrong person.
// Such guesses are dropped before any check sees them; ages the article
// states with a name ("Kip Dane, 47, and Kip Dane, 29") stay and are
// reported.
//
//   std::vector<Claim> claims = ...;     // one document's claims
//   DropGuessesTheArticleContradicts(claims);
#pragma once

#include <vector>

#include "checker/core/claim.h"

namespace factlint::rules {

// Removes every age claim with a guessed subject whose implied birth range
// misses that of another age claim about the same subject in the same
// document. Order of the rest is kept. `dropped`, when given, receives
// the claims removed.
void DropGuessesTheArticleContradicts(std::vector<Claim>& claims,
                                      std::vector<Claim>* dropped = nullptr);

}  // namespace factlint::rules
