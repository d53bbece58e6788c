// Plans an article itself replaces. News gives the new date first and the
// history after it: "The studio on Tuesday pushed the sequel to December
// 2021 ... It had been slated for 2014, then delayed to 2017 and then to
// December 2020." The old plan, told in the past tense of a day still
// ahead, is not the article's claim when the article's lead (its headline
// and first sentence) gave the same subject and attribute another date
// before it. Compared with other articles it would only report what the
// article already says changed.
//
//   std::vector<Claim> claims = ...;  // one document's claims
//   DropPlansTheArticleReplaces(claims, mentions.LeadEnd(), is_plan_attribute);
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "checker/core/claim.h"

namespace factlint::rules {

// Removes every dated claim told in the past tense whose date lies after
// publication when a claim about the same subject and attribute, earlier
// in the same document and in its lead (ending by `lead_end`), gives a
// date that cannot hold with it.
// `replaceable(attribute)` says which attributes are plans that change
// (a premiere, a release; not a birth or a per-mention event).
void DropPlansTheArticleReplaces(std::vector<Claim>& claims, uint32_t lead_end,
                                 const std::function<bool(const std::string&)>& replaceable);

}  // namespace factlint::rules
