#include "checker/constraints/evaluate.h"

#include <algorithm>
#include <set>

#include "checker/constraints/describe.h"
#include "checker/constraints/internal.h"

namespace factlint::constraints {
namespace {

// Used when a claim's normalizer gave no day count for a month or a year.
constexpr double kApproximateWidening = 0.10;

// The attributes every run knows, besides those the rules declare.
const char* const kBuiltinAttributes[] = {"age", "birth", "date", "duration", "premiere"};

struct KindInfo {
  FindingKind kind;
  const char* name;
  Severity severity;
  const char* short_description;
  const char* full_description;
};
// One row per FindingKind: its name, default severity and descriptions.
constexpr KindInfo kKinds[] = {
    {FindingKind::kContradiction, "contradiction", Severity::kError,
     "claims about %s that cannot all hold",
     "Two or more claims about the %s of one subject, in one article or across articles, "
     "cannot all be true; the finding is at the claim to fix and shows the others."},
    {FindingKind::kFactContradiction, "fact-contradiction", Severity::kError,
     "a claim about %s that the fact base rules out",
     "A claim about the %s of a subject disagrees with the reference fact base, or says the "
     "value is unknown after the fact base records it as announced."},
    {FindingKind::kInternal, "internal", Severity::kError,
     "a claim about %s inconsistent with itself",
     "A claim about the %s of a subject cannot hold by itself (a weekday that does not match "
     "its date), or claims in one sentence cannot both hold."},
    {FindingKind::kStale, "stale", Severity::kWarning,
     "a statement about %s that later knowledge superseded",
     "A statement about the %s of a subject was overtaken: 'not announced yet' when a later "
     "article or announcement gives the value, or a future-tense date that has passed."},
};

std::string Fill(const char* format, const std::string& attribute) {
  std::string text = format;
  const size_t at = text.find("%s");
  if (at != std::string::npos) text.replace(at, 2, attribute);
  return text;
}

std::string Substitute(std::string text, const std::string& key, const std::string& value) {
  const std::string placeholder = "{" + key + "}";
  for (size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size()))
    text.replace(at, placeholder.size(), value);
  return text;
}

}  // namespace

const char* FindingKindName(FindingKind kind) {
  for (const KindInfo& info : kKinds)
    if (info.kind == kind) return info.name;
  return "";  // never: every kind has its row
}

DayBounds DurationDays(const Quantity& stated, const std::optional<Quantity>& days,
                       const std::string& approximation) {
  if (stated.unit == Unit::kDay) return {stated.min - 1, stated.max};
  if (days && (days->min != 0 || days->max != 0)) return {days->min, days->max};
  double lo = 1, hi = 1;
  if (stated.unit == Unit::kWeek) lo = hi = 7;
  if (stated.unit == Unit::kMonth) lo = 28, hi = 31;
  if (stated.unit == Unit::kYear) lo = 365, hi = 366;
  DayBounds bounds{stated.min * lo, stated.max * hi};
  if (!approximation.empty()) {
    bounds.lo *= 1 - kApproximateWidening;
    bounds.hi *= 1 + kApproximateWidening;
  }
  return bounds;
}

std::optional<DateRange> BirthRange(const Claim& claim) {
  if (claim.date) return claim.date;
  if (!claim.quantity) return std::nullopt;
  const int oldest = static_cast<int>(claim.quantity->max);
  const int youngest = static_cast<int>(claim.quantity->min);
  return DateRange{BirthRangeForAge(oldest, claim.published).from,
                   BirthRangeForAge(youngest, claim.published).to};
}

DayBounds ClaimDays(const Claim& claim) {
  if (claim.relation) {
    const Relation& r = claim.relation.value();
    return DurationDays(r.distance, r.days, claim.approximation);
  }
  if (claim.quantity) return DurationDays(*claim.quantity, claim.days, claim.approximation);
  if (claim.days) return {claim.days->min, claim.days->max};
  return {0, 0};
}

const AttributeSpec* Context::Spec(std::string_view attribute) const {
  auto it = options_.attributes.find(attribute);
  return it == options_.attributes.end() ? nullptr : &it->second;
}

std::string Context::UnknownOf(const Claim& claim) const {
  if (!claim.unknown.empty()) return claim.unknown;
  if (const AttributeSpec* spec = Spec(claim.attribute); spec && !spec->unknown.empty())
    return spec->unknown;
  if (claim.type == ValueType::kAge) return "birth";
  return claim.attribute;
}

std::string Context::UnknownOfFact(const facts::Fact& fact) const {
  if (const AttributeSpec* spec = Spec(fact.attribute); spec && !spec->unknown.empty())
    return spec->unknown;
  return fact.attribute;
}

bool Context::MayBePrimary(const Claim& claim) const {
  return !claim.quoted && (options_.report_archive || DocumentOf(claim).role == Role::kDraft);
}

bool Context::ShouldFixBefore(const Claim& a, const Claim& b) const {
  const bool a_draft = DocumentOf(a).role == Role::kDraft;
  const bool b_draft = DocumentOf(b).role == Role::kDraft;
  if (a_draft != b_draft) return a_draft;
  if (a.published != b.published) return b.published < a.published;
  if (a.document != b.document) return a.document > b.document;
  return a.span.begin > b.span.begin;
}

std::string Context::SubjectName(const std::string& subject_id, const std::string& fallback) const {
  if (!fallback.empty()) return fallback;
  if (input_.facts)
    if (const facts::Entity* entity = input_.facts->Find(subject_id)) return entity->name;
  return subject_id;
}

Finding Context::Start(FindingKind kind, const Claim& primary) const {
  Finding finding;
  finding.kind = FindingKindName(kind);
  finding.attribute = primary.attribute.empty() ? "date" : primary.attribute;
  finding.rule = finding.attribute + "-" + finding.kind;
  finding.subject = SubjectName(primary.subject.id, primary.subject.name);
  finding.location = DocumentOf(primary).LocationOf(primary.span);

  // A stale statement was right when written: its severity is the kind's
  // (warning) unless a kind or rule override says otherwise, whatever the
  // attribute's or the claim's rule's level for contradictions.
  Severity severity = Severity::kWarning;
  if (kind != FindingKind::kStale) {
    severity = Severity::kError;
    const AttributeSpec* spec = Spec(primary.attribute);
    if (spec && spec->severity) severity = *spec->severity;
    if (auto parsed = ParseSeverity(primary.severity)) severity = *parsed;
  }
  finding.severity = SeverityFor(options_, finding.kind, finding.rule, severity);
  return finding;
}

void Context::Report(Finding finding, const Claim& primary, const Placeholders& placeholders) {
  const AttributeSpec* spec = Spec(primary.attribute);
  const std::string* format = nullptr;
  // An attribute's message speaks of values ("is said to premiere {value}
  // here"); a status claim has none, and its built-in message says what
  // was known when. Finding::kind is text (internal.h): a stale finding is
  // one Start gave kStale's name.
  const bool stale = finding.kind == FindingKindName(FindingKind::kStale);
  if (spec && primary.kind != ClaimKind::kStatus)
    format = stale ? &spec->stale_message : &spec->contradiction_message;
  if (format && !format->empty()) {
    const std::string published = FormatIsoDate(primary.published);
    const std::string held_on = HeldOnText(primary);
    const std::pair<const char*, const std::string*> values[] = {
        {"message", &finding.message},
        {"why", &placeholders.why},
        {"subject", &finding.subject},
        {"attribute", &finding.attribute},
        {"rule", &finding.rule},
        {"value", &primary.value_text},
        {"date", &held_on},
        {"published", &published},
        {"as_of", &held_on},
        {"other_value", &placeholders.other_value},
        {"other_date", &placeholders.other_date},
    };
    std::string text = *format;
    bool complete = true;
    for (const auto& [key, value] : values) {
      if (text.find("{" + std::string(key) + "}") == std::string::npos) continue;
      if (value->empty()) complete = false;
      text = Substitute(text, key, *value);
    }
    // A template that cannot be filled for this finding (a fact has no
    // publication date) gives way to the built-in message; one that does not
    // say why gets the explanation appended.
    if (complete && text.find('{') == std::string::npos) {
      if (format->find("{why}") == std::string::npos &&
          format->find("{message}") == std::string::npos && !placeholders.why.empty())
        text += ": " + placeholders.why;
      finding.message = std::move(text);
    }
  }
  findings_.push_back(std::move(finding));
}

void Evaluate(const Input& input, const Options& options, FindingSink& sink) {
  Context context(input, options);
  CheckSelf(context);
  CheckNetwork(context);
  CheckGrowth(context);
  CheckStatus(context);
  CheckFuture(context);
  std::vector<Finding>& findings = context.findings();
  SortFindings(findings);
  for (Finding& finding : findings) sink.OnFinding(std::move(finding));
}

Severity SeverityFor(const Options& options, std::string_view kind, std::string_view rule,
                     Severity fallback) {
  if (auto it = options.rule_severity.find(rule); it != options.rule_severity.end())
    return it->second;
  if (auto it = options.kind_severity.find(kind); it != options.kind_severity.end())
    return it->second;
  return fallback;
}

bool TurnedOff(const Options& options, const Finding& finding) {
  return options.off.count(finding.rule) > 0 || options.off.count(finding.kind) > 0;
}

std::vector<CheckInfo> Checks(const Options& options) {
  std::set<std::string> attributes(std::begin(kBuiltinAttributes), std::end(kBuiltinAttributes));
  for (const auto& [name, spec] : options.attributes) attributes.insert(name);
  std::vector<CheckInfo> checks;
  for (const std::string& attribute : attributes) {
    const auto spec = options.attributes.find(attribute);
    for (const KindInfo& kind : kKinds) {
      CheckInfo info;
      info.id = attribute + "-" + kind.name;
      info.short_description = Fill(kind.short_description, attribute);
      info.full_description = Fill(kind.full_description, attribute);
      Severity fallback = kind.severity;
      if (spec != options.attributes.end() && spec->second.severity &&
          kind.kind != FindingKind::kStale)
        fallback = *spec->second.severity;
      info.default_severity = SeverityFor(options, kind.name, info.id, fallback);
      checks.push_back(std::move(info));
    }
  }
  std::sort(checks.begin(), checks.end(),
            [](const CheckInfo& a, const CheckInfo& b) { return a.id < b.id; });
  return checks;
}

}  // namespace factlint::constraints
