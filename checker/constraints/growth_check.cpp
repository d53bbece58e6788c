// contradiction: a running total that shrinks. An attribute declared
// `changes: grows` (titles won, seasons made) is compared only on the same
// day like any `over-time` value, but a later date may never give less than
// an earlier one: "212 games" in 2024 and "190 games" in 2025 cannot both
// be right. Each claim is held against the largest value stated before its
// date (by another claim or a fact with an as_of).
#include <algorithm>
#include <map>

#include "checker/constraints/describe.h"
#include "checker/constraints/internal.h"

namespace factlint::constraints {
namespace {

// The day a total is stated for: the day the claim holds on, else its
// publication.
Date DayOf(const Claim& claim) {
  return claim.held_on ? claim.held_on->from : claim.published;
}

std::string CountText(double n) {
  return std::to_string(static_cast<long long>(n));
}

}  // namespace

void CheckGrowth(Context& context) {
  // (subject, unknown) -> the claims of a growing attribute.
  std::map<std::pair<std::string, std::string>, std::vector<const Claim*>> totals;
  for (const Claim& claim : context.input().claims) {
    if (claim.kind != ClaimKind::kValue || claim.quoted || !claim.quantity) continue;
    if (claim.subject.empty() || claim.subject.kind == SubjectKind::kMention) continue;
    const AttributeSpec* spec = context.Spec(claim.attribute);
    if (spec == nullptr || !spec->grows) continue;
    totals[{claim.subject.id, context.UnknownOf(claim)}].push_back(&claim);
  }
  const facts::FactBase* base = context.input().facts;
  for (const auto& [key, claims] : totals) {
    for (const Claim* later : claims) {
      if (!context.MayBePrimary(*later)) continue;
      const Date day = DayOf(*later);
      // The largest total stated on an earlier day.
      const Claim* earlier = nullptr;
      for (const Claim* other : claims)
        if (DayOf(*other) < day && other->quantity->min > later->quantity->max &&
            (earlier == nullptr || other->quantity->min > earlier->quantity->min))
          earlier = other;
      const facts::Fact* fact = nullptr;
      if (base != nullptr)
        for (const facts::Fact* f : base->FactsAbout(key.first, later->attribute))
          if (f->number && f->as_of && *f->as_of < day && f->number->min > later->quantity->max &&
              (fact == nullptr || f->number->min > fact->number->min))
            fact = f;
      if (earlier == nullptr && fact == nullptr) continue;

      Finding finding = context.Start(
          fact != nullptr ? FindingKind::kFactContradiction : FindingKind::kContradiction, *later);
      finding.timeline.push_back(ClaimTimeline(*later, /*primary=*/true, context.Where(*later)));
      std::string before, other_value, other_date;
      if (fact != nullptr) {
        other_value = CountText(fact->number->min);
        other_date = FormatIsoDate(*fact->as_of);
        before = other_value + " on " + other_date + " (fact base)";
        finding.related.push_back({fact->location, FactNote(*fact, finding.subject)});
      } else {
        const Document& doc = context.DocumentOf(*earlier);
        other_value = earlier->value_text;
        other_date = FormatIsoDate(DayOf(*earlier));
        before = "'" + earlier->value_text + "' on " + other_date + " (" + doc.path + ")";
        finding.related.push_back({doc.LocationOf(earlier->span), ClaimNote(*earlier)});
        finding.timeline.push_back(
            ClaimTimeline(*earlier, /*primary=*/false, context.Where(*earlier)));
      }
      const std::string why = "a running total does not shrink";
      finding.message = finding.subject + " " + later->attribute + " is '" + later->value_text +
                        "' here (" + FormatIsoDate(day) + "), less than " + before + ": " + why;
      context.Report(std::move(finding), *later, {why, other_value, other_date});
    }
  }
}

}  // namespace factlint::constraints
