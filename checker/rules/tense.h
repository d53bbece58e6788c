// A small tense detector for the rules' own use, until (or unless) the
// normalizer's DetectTense is available. It looks for markers, not grammar:
//
//   SentenceTense("Season 2 will premiere on January 17.")  -> kFuture
//   SentenceTense("The show premiered in February 2022.")   -> kPast
//   SentenceTense("Severance season 2 premieres on January 17.") -> kPresent
//
// Future markers win over past ones ("was announced it will return"),
// because a future date is what the normalizer must not push into the past.
#pragma once

#include <string_view>

#include "checker/core/claim.h"

namespace factlint::rules {

Tense SentenceTense(std::string_view sentence);

}  // namespace factlint::rules
