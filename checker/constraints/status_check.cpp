// Knowledge-time: "no release date has been announced" (a status claim, as
// of its publication date P) against when the value became known — the fact
// base's announced_on, and the earliest other article that states it.
// Known strictly before P: the claim was already wrong when published
// (fact-contradiction when the fact base says so, else contradiction).
// Known on P or later: the claim was right then and is stale now (an
// announcement on the day of publication may well have come after writing).
#include <algorithm>
#include <unordered_map>

#include "checker/constraints/describe.h"
#include "checker/constraints/internal.h"

namespace factlint::constraints {
namespace {

std::string Key(const std::string& subject, const std::string& unknown) {
  return subject + '\x1f' + unknown;
}

// The fact announced first about each (subject, unknown): one pass over the
// fact base.
std::unordered_map<std::string, const facts::Fact*> FirstAnnounced(const Context& context,
                                                                   const facts::FactBase* base) {
  std::unordered_map<std::string, const facts::Fact*> first;
  if (base == nullptr) return first;
  for (const facts::Fact& fact : base->facts()) {
    if (!fact.announced_on || (!fact.date && !fact.number)) continue;
    const facts::Fact*& known = first[Key(fact.subject, context.UnknownOfFact(fact))];
    if (known == nullptr || *fact.announced_on < *known->announced_on) known = &fact;
  }
  return first;
}

}  // namespace

void CheckStatus(Context& context) {
  const std::vector<Claim>& claims = context.input().claims;
  if (std::none_of(claims.begin(), claims.end(),
                   [](const Claim& c) { return c.kind == ClaimKind::kStatus; }))
    return;

  // Non-quoted value claims by (subject, unknown), earliest published first;
  // only for the unknowns some status claim is about.
  std::unordered_map<std::string, std::vector<const Claim*>> values;
  for (const Claim& claim : claims)
    if (claim.kind == ClaimKind::kStatus && !claim.subject.empty())
      values[Key(claim.subject.id, context.UnknownOf(claim))];
  for (const Claim& claim : claims) {
    if (claim.kind != ClaimKind::kValue || claim.quoted || claim.subject.empty()) continue;
    auto it = values.find(Key(claim.subject.id, context.UnknownOf(claim)));
    if (it != values.end()) it->second.push_back(&claim);
  }
  // Within one article the most precise statement names the value best
  // ("premieres on January 17" over "coming back this week").
  auto width = [](const Claim* c) -> long {
    return c->date ? DayNumber(c->date->to) - DayNumber(c->date->from) : 1L << 30;
  };
  for (auto& [key, list] : values)
    std::stable_sort(list.begin(), list.end(), [&](const Claim* a, const Claim* b) {
      return std::make_tuple(a->published, a->document, width(a), a->span.begin) <
             std::make_tuple(b->published, b->document, width(b), b->span.begin);
    });
  const auto announced = FirstAnnounced(context, context.input().facts);

  for (const Claim& status : claims) {
    if (status.kind != ClaimKind::kStatus || status.subject.empty()) continue;
    if (!context.MayBePrimary(status)) continue;
    const Date as_of = status.published;
    const std::string unknown = context.UnknownOf(status);

    // An article that states the value: not the status claim's own (that
    // would be the article disagreeing with itself, not knowledge moving on).
    const Claim* article = nullptr;
    if (auto it = values.find(Key(status.subject.id, unknown)); it != values.end())
      for (const Claim* value : it->second)
        if (value->document != status.document) {
          article = value;
          break;
        }
    const auto known = announced.find(Key(status.subject.id, unknown));
    const facts::Fact* fact = known == announced.end() ? nullptr : known->second;
    if (article == nullptr && fact == nullptr) continue;

    const bool fact_before = fact && *fact->announced_on < as_of;
    const bool article_before = article && article->published < as_of;
    const bool stale = !fact_before && !article_before;
    if (!stale) {  // name only what was already known
      if (!fact_before) fact = nullptr;
      if (!article_before) article = nullptr;
    }

    Finding finding = context.Start(stale         ? "stale"
                                    : fact_before ? "fact-contradiction"
                                                  : "contradiction",
                                    status);
    // "report-release" reads "the report release of ...".
    std::string attribute = status.attribute;
    std::replace(attribute.begin(), attribute.end(), '-', ' ');
    const std::string what = "the " + attribute + " of " + finding.subject;
    // What was known and where, in plain words, the value first: "2024-10-04
    // (announced on 2024-05-20, fact base; b.txt, published 2024-06-01,
    // gives 2024-10-04)".
    std::string why, other_value, other_date, basis;
    finding.timeline.push_back(ClaimTimeline(status, /*primary=*/true, context.Where(status)));
    if (fact) {
      why = "announced on " + FormatIsoDate(*fact->announced_on) + " as " + FactValue(*fact) +
            " (fact base)";
      basis = "announced on " + FormatIsoDate(*fact->announced_on) + ", fact base";
      finding.related.push_back({fact->location, FactNote(*fact, finding.subject)});
      other_value = FactValue(*fact);
      other_date = FormatIsoDate(*fact->announced_on);
      if (auto entry = FactTimeline(*fact, finding.subject)) {
        entry->annotation = true;
        finding.timeline.push_back(*entry);
      }
      finding.timeline.push_back(AnnouncementTimeline(*fact->announced_on, "fact base", true));
    }
    if (article) {
      const Document& doc = context.DocumentOf(*article);
      why += (fact ? "; " : "") + doc.path + " (published " + FormatIsoDate(article->published) +
             ") gives " + ClaimValue(*article);
      basis += (fact ? "; " : "") + doc.path + ", published " + FormatIsoDate(article->published) +
               (fact ? ", gives " + ClaimValue(*article) : "");
      finding.related.push_back({doc.LocationOf(article->span), ClaimNote(*article)});
      if (!fact) other_value = article->value_text, other_date = FormatIsoDate(article->published);
      // What the article gives and when it was made public, for context: a
      // status is stale by when, not by what.
      TimelineEntry value = ClaimTimeline(*article, /*primary=*/false, context.Where(*article));
      value.annotation = true;
      finding.timeline.push_back(std::move(value));
      finding.timeline.push_back(AnnouncementTimeline(article->published, context.Where(*article)));
    }
    const std::string known_value = fact ? FactValue(*fact) : ClaimValue(*article);
    finding.message = what + (stale ? " is now known: " : " was already known: ") + known_value +
                      " (" + basis + "); this says it is not yet (published " +
                      FormatIsoDate(as_of) + ")";
    context.Report(std::move(finding), status, {why, other_value, other_date});
  }
}

}  // namespace factlint::constraints
