// stale: a future-tense date that is already past on the date the article is
// judged as of ("will premiere on January 17, 2025" in a draft of 2026).
// The normalizer resolves a yearless "January 17" forward from publication,
// so only explicit years (or a copied sentence judged later) can trip this.
#include "checker/constraints/describe.h"
#include "checker/constraints/internal.h"

namespace factlint::constraints {

void CheckFuture(Context& context) {
  for (const Claim& claim : context.input().claims) {
    if (claim.kind != ClaimKind::kValue || claim.tense != Tense::kFuture || !claim.date) continue;
    if (claim.type != ValueType::kDate && claim.type != ValueType::kInterval) continue;
    // A mention that is only a claim about itself ("the 2021 film" in a
    // sentence about next year) borrows its clause's tense, which dates
    // the clause's verb, not the mention: only its calendar is checked.
    if (claim.subject.kind == SubjectKind::kMention) continue;
    if (!(claim.date->to < claim.published) || !context.MayBePrimary(claim)) continue;
    Finding finding = context.Start(FindingKind::kStale, claim);
    const std::string why = FormatRange(*claim.date) + " is already past on " +
                            FormatIsoDate(claim.published) +
                            ", the date this article is judged as of";
    finding.message = "'" + claim.value_text + "' is stale: it is in the future tense but " + why;
    finding.timeline.push_back(ClaimTimeline(claim, /*primary=*/true, context.Where(claim)));
    context.Report(std::move(finding), claim, {why, "", ""});
  }
}

}  // namespace factlint::constraints
