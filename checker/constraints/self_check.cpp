// internal: a claim inconsistent with itself, as the normalizer found it
// ("Tuesday, January 3, 2024": that day was a Wednesday).
#include "checker/constraints/describe.h"
#include "checker/constraints/internal.h"

namespace factlint::constraints {

void CheckSelf(Context& context) {
  for (const Claim& claim : context.input().claims) {
    if (claim.inconsistency.empty() || !context.MayBePrimary(claim)) continue;
    Finding finding = context.Start(FindingKind::kInternal, claim);
    finding.message = "'" + claim.value_text + "' cannot hold: " + claim.inconsistency;
    finding.timeline.push_back(ClaimTimeline(claim, /*primary=*/true, context.Where(claim)));
    context.Report(std::move(finding), claim, {claim.inconsistency, "", ""});
  }
}

}  // namespace factlint::constraints
