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

// Non-quoted value claims by (subject, unknown), earliest published
// first: the articles that may have made a status claim's value known.
using ValueClaims = std::unordered_map<std::string, std::vector<const Claim*>>;

// The value claims about the unknowns some status claim is about, and no
// others: only those can be weighed against a status.
ValueClaims ValuesForStatuses(const Context& context, const std::vector<Claim>& claims) {
  ValueClaims values;
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
  return values;
}

// The first article that states the value: not the status claim's own
// (that would be the article disagreeing with itself, not knowledge
// moving on).
const Claim* FirstOtherArticle(const ValueClaims& values, const Claim& status,
                               const std::string& unknown) {
  if (auto it = values.find(Key(status.subject.id, unknown)); it != values.end())
    for (const Claim* value : it->second)
      if (value->document != status.document) return value;
  return nullptr;
}

// What a finding on a status claim names: what was known, from where, and
// whether only after the claim was published (stale) or already before.
struct Known {
  const facts::Fact* fact;
  const Claim* article;
  bool stale;
  bool fact_before;
};

// The fact base's announcement as the finding's evidence: a related
// location, the timeline's entries, and its words for the message.
void AddFactEvidence(const facts::Fact& fact, Finding& finding, Context::Placeholders& words,
                     std::string& basis) {
  words.why = "announced on " + FormatIsoDate(*fact.announced_on) + " as " + FactValue(fact) +
              " (fact base)";
  basis = "announced on " + FormatIsoDate(*fact.announced_on) + ", fact base";
  finding.related.push_back({fact.location, FactNote(fact, finding.subject)});
  words.other_value = FactValue(fact);
  words.other_date = FormatIsoDate(*fact.announced_on);
  if (auto entry = FactTimeline(fact, finding.subject)) {
    entry->annotation = true;
    finding.timeline.push_back(*entry);
  }
  finding.timeline.push_back(AnnouncementTimeline(*fact.announced_on, "fact base", true));
}

// The article that gives the value as the finding's evidence, after the
// fact base's when there is one (`with_fact`).
void AddArticleEvidence(const Context& context, const Claim& article, bool with_fact,
                        Finding& finding, Context::Placeholders& words, std::string& basis) {
  const Document& doc = context.DocumentOf(article);
  words.why += (with_fact ? "; " : "") + doc.path + " (published " +
               FormatIsoDate(article.published) + ") gives " + ClaimValue(article);
  basis += (with_fact ? "; " : "") + doc.path + ", published " + FormatIsoDate(article.published) +
           (with_fact ? ", gives " + ClaimValue(article) : "");
  finding.related.push_back({doc.LocationOf(article.span), ClaimNote(article)});
  if (!with_fact)
    words.other_value = article.value_text, words.other_date = FormatIsoDate(article.published);
  // What the article gives and when it was made public, for context: a
  // status is stale by when, not by what.
  TimelineEntry value = ClaimTimeline(article, /*primary=*/false, context.Where(article));
  value.annotation = true;
  finding.timeline.push_back(std::move(value));
  finding.timeline.push_back(AnnouncementTimeline(article.published, context.Where(article)));
}

// The finding on a status claim, its message naming what was known.
void ReportStatus(Context& context, const Claim& status, const Known& known) {
  Finding finding = context.Start(known.stale         ? FindingKind::kStale
                                  : known.fact_before ? FindingKind::kFactContradiction
                                                      : FindingKind::kContradiction,
                                  status);
  // "report-release" reads "the report release of ...".
  std::string attribute = status.attribute;
  std::replace(attribute.begin(), attribute.end(), '-', ' ');
  const std::string what = "the " + attribute + " of " + finding.subject;
  // What was known and where, in plain words, the value first: "2024-10-04
  // (announced on 2024-05-20, fact base; b.txt, published 2024-06-01,
  // gives 2024-10-04)".
  Context::Placeholders words;
  std::string basis;
  finding.timeline.push_back(ClaimTimeline(status, /*primary=*/true, context.Where(status)));
  if (known.fact) AddFactEvidence(*known.fact, finding, words, basis);
  if (known.article)
    AddArticleEvidence(context, *known.article, known.fact != nullptr, finding, words, basis);
  const std::string known_value = known.fact ? FactValue(*known.fact) : ClaimValue(*known.article);
  finding.message = what + (known.stale ? " is now known: " : " was already known: ") +
                    known_value + " (" + basis + "); this says it is not yet (published " +
                    FormatIsoDate(status.published) + ")";
  context.Report(std::move(finding), status, words);
}

}  // namespace

void CheckStatus(Context& context) {
  const std::vector<Claim>& claims = context.input().claims;
  if (std::none_of(claims.begin(), claims.end(),
                   [](const Claim& c) { return c.kind == ClaimKind::kStatus; }))
    return;
  const ValueClaims values = ValuesForStatuses(context, claims);
  const auto announced = FirstAnnounced(context, context.input().facts);

  for (const Claim& status : claims) {
    if (status.kind != ClaimKind::kStatus || status.subject.empty()) continue;
    if (!context.MayBePrimary(status)) continue;
    const Date as_of = status.published;
    const std::string unknown = context.UnknownOf(status);
    const Claim* article = FirstOtherArticle(values, status, unknown);
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
    ReportStatus(context, status, Known{fact, article, stale, fact_before});
  }
}

}  // namespace factlint::constraints
