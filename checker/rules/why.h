// `factlint rules why "TEXT"`: what the rules make of a text, and why a
// sentence gave no claim. For each sentence it lists the values the
// normalizer reads, the names the linker finds, every rule whose pattern
// matched (what each group captured) with the claims it made or the reason
// it made none, the frames that claimed, and the claims kept.
//
//   factlint rules why "The team fired coach Dana Ruiz (52) on Monday." --published 2024-05-01
//   sentence 1: The team fired coach Dana Ruiz (52) on Monday.
//     values: '52' number 52; 'Monday' date 2024-04-29
//     names: 'Dana Ruiz' person:dana ruiz (name)
//     house-coach-age (claim): 'coach Dana Ruiz (52)' subject='Dana Ruiz' value='52'
//       claim: Dana Ruiz | age | 52 (52) [house-coach-age]
//   ...
#pragma once

#include <string>

#include "checker/core/document.h"
#include "checker/mentions/linker.h"
#include "checker/rules/rule_set.h"

namespace factlint::rules {

// The trace of `doc` (segmented) as the rule set reads it, judged as of `judged`.
std::string TraceRules(const RuleSet& set, const Document& doc,
                       const mentions::DocumentMentions& mentions, const Date& judged);

}  // namespace factlint::rules
