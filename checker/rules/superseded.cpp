#include "checker/rules/superseded.h"

#include <algorithm>

namespace factlint::rules {
namespace {

bool Dated(const Claim& c) {
  return c.kind == ClaimKind::kValue &&
         (c.type == ValueType::kDate || c.type == ValueType::kInterval) && c.date.has_value();
}

// A plan told in the past: "was delayed to December 2020", written before
// December 2020.
bool PastPlan(const Claim& c) {
  return Dated(c) && c.tense == Tense::kPast && c.published < c.date->from;
}

// The news that replaces it: a date the lead gives before it.
bool LeadReplaces(const Claim& now, const Claim& old, uint32_t lead_end) {
  return Dated(now) && now.span.end <= lead_end && now.span.end <= old.span.begin;
}

}  // namespace

void DropPlansTheArticleReplaces(std::vector<Claim>& claims, uint32_t lead_end,
                                 const std::function<bool(const std::string&)>& replaceable) {
  std::vector<bool> drop(claims.size(), false);
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& old = claims[i];
    if (!PastPlan(old) || !replaceable(old.attribute)) continue;
    for (size_t j = 0; j < claims.size() && !drop[i]; ++j) {
      const Claim& now = claims[j];
      drop[i] = j != i && now.document == old.document && now.subject.id == old.subject.id &&
                now.attribute == old.attribute && LeadReplaces(now, old, lead_end) &&
                !now.date->Intersects(*old.date);
    }
  }
  // remove_if tests each claim in place, before any is moved over it.
  claims.erase(
      std::remove_if(claims.begin(), claims.end(),
                     [&](const Claim& c) { return drop[static_cast<size_t>(&c - claims.data())]; }),
      claims.end());
}

}  // namespace factlint::rules
