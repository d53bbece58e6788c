// The tense and the modality of one claim, not of its whole sentence.
//
//   "The second season premieres on October 4, a date the streamer
//    announced on May 20."
//   ClaimTense(...) for the match "The second season premieres on October 4"
//   with the verb "premieres" -> kPresent (a scheduled date: the normalizer
//   looks forward), although the sentence also says "announced".
//
// Where the tense comes from, first that decides:
//  1. the rule's `tense:` key (the caller checks it);
//  1a. a plan moved to the value ("rescheduled for Wednesday", "postponed
//     until Friday", "has delayed it at least until Thursday") -> kFuture:
//     the day a plan is moved to lies after the move, which the news
//     reports as just made, whatever the tense of the verb that moved it;
//  2. the rule's (?P<verb>...) capture: "premiered" -> kPast, "will
//     premiere", "is set to premiere", "could return" -> kFuture,
//     "premieres", "returns" -> kPresent;
//  3. the clause around the match (between commas, semicolons, dashes);
//  4. the sentence.
// Words are read by normalize::DetectTense, the one tense detector of the
// project; this file only chooses the text it reads.
//
// Modality: a claim the text does not assert — "if it premieres in May",
// "could return in 2026", "did not premiere in 2023" — is not a value claim
// (IsUnasserted). A plan ("is expected to premiere in the fall") is asserted,
// in the future tense.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "checker/core/claim.h"

namespace factlint::rules {

// A byte range of the sentence text.
struct TextRange {
  size_t begin = 0;
  size_t end = 0;
};

// The tense of a sentence (step 4).
Tense SentenceTense(std::string_view sentence);

// Steps 1a-4 for the match `match` of `sentence`, whose verb (if the rule
// captures one) is `verb` and whose value (when not the whole match) is
// `value`.
Tense ClaimTense(std::string_view sentence, TextRange match, std::optional<TextRange> verb,
                 std::optional<TextRange> value = std::nullopt);

// True when `match` is told in the future of a past report: "claimed the
// van would hit the market by 2021", "said the game would arrive on Oct. 9"
// ("would" after a verb of saying, ReportedFuture). A date such a clause
// gives that is already past on publication is history the writer knows,
// not a plan still standing.
bool FutureInThePast(std::string_view sentence, TextRange match);

// True when the clause of `match` hedges or negates what the match states:
// a conditional ("if", "unless", "whether") or a modal of possibility
// ("could", "might", "may", "would"; not "would" after a verb of saying,
// "said the game would arrive on Oct. 9", an announcement) before the
// verb, or a negation ("not",
// "never", "n't") right before or inside it, or a plan that was replaced
// ("was originally set to debut on November 3", "was set to go on trial
// Aug. 18", "had ordered her to surrender on April 27").
bool IsUnasserted(std::string_view sentence, TextRange match, std::optional<TextRange> verb);

}  // namespace factlint::rules
