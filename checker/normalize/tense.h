// A rough tense for a sentence, from simple English cues, for callers that
// have no parser: the normalizer needs to know whether "in April" looks back
// or ahead.
//
//   DetectTense("The show premieres on January 17.")      -> kPresent
//   DetectTense("Season 2 will premiere in January.")      -> kFuture
//   DetectTense("The strike ended two weeks ago.")         -> kPast
//
// Future cues: will, 'll, shall, going to, is/are set to, is/are slated to,
// is/are scheduled to, is/are expected to, is/are due to, upcoming. Past cues:
// was, were, had, did, ago, last, -ed verbs, common irregular past forms.
// Future wins when both appear ("was announced that it will premiere").
// Present (no cue either way) is kPresent when a present verb form
// ("premieres", "is") is seen, else kUnknown. Callers treat kPresent like
// kUnknown for direction unless a date follows (a scheduled present:
// "premieres January 17" is about the future).
#pragma once

#include <string_view>

#include "checker/core/claim.h"

namespace factlint::normalize {

Tense DetectTense(std::string_view sentence);

}  // namespace factlint::normalize
