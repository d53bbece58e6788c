// contradiction, fact-contradiction, internal: claims and facts become
// constraints of one temporal network (see network.h); every set of them
// that cannot all hold becomes a finding at the claim to fix.
//
// Unknowns are (subject id, unknown): (person.adam_scott, birth),
// (season.severance.2, premiere), (event.x, start) and (event.x, end) for a
// duration; counts are numeric unknowns (subject, attribute) that never meet
// a time point. A relation's end with no subject and no event is the claim's
// publication date, a constant; an end with an event but no subject is a
// point of that claim only. Quoted claims are attributed, not asserted: they
// are left out.
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "checker/constraints/describe.h"
#include "checker/constraints/internal.h"
#include "checker/constraints/network.h"

namespace factlint::constraints {
namespace {

double Day(const Date& date) {
  return static_cast<double>(DayNumber(date));
}

class NetworkCheck {
 public:
  explicit NetworkCheck(Context& context) : context_(context), claims_(context.input().claims) {}

  void Run() {
    variables_.reserve(claims_.size());
    for (size_t i = 0; i < claims_.size(); ++i) AddClaim(static_cast<int>(i));
    AddFacts();
    network_.FindConflicts(
        [this](const Network::Conflict& conflict) { return OnConflict(conflict); },
        context_.options().max_conflicts_per_component);
  }

 private:
  static std::string Key(const std::string& subject, const std::string& unknown, bool numeric) {
    return subject + '\x1f' + unknown + (numeric ? "\x1f#" : "");
  }
  int Variable(const std::string& subject, const std::string& unknown, bool numeric) {
    auto [it, inserted] = variables_.try_emplace(Key(subject, unknown, numeric), 0);
    if (inserted) it->second = network_.AddVariable();
    return it->second;
  }
  // A running total is a different unknown on every day it is stated.
  static std::string DatedUnknown(const std::string& unknown, const Date& day) {
    return unknown + "@" + FormatIsoDate(day);
  }
  std::string NumberUnknown(const Claim& claim, const std::string& unknown, const Date& day) const {
    const AttributeSpec* spec = context_.Spec(claim.attribute);
    return spec != nullptr && spec->changes_over_time ? DatedUnknown(unknown, day) : unknown;
  }
  int Anonymous() { return network_.AddVariable(); }
  void Add(int x, int y, double lo, double hi, int source, bool authoritative = false) {
    network_.Add({x, y, lo, hi, source, authoritative});
  }
  void AddRange(int x, const DateRange& range, int source, bool authoritative = false) {
    Add(x, Network::kOrigin, Day(range.from), Day(range.to), source, authoritative);
  }

  // A relation's end: a variable plus a constant offset (the publication
  // date is the origin plus its day number).
  struct Point {
    int variable;
    double offset;
  };
  Point PointOf(const EventRef& ref, const Claim& claim, int source) {
    if (ref.subject.empty() && ref.event.empty()) return {Network::kOrigin, Day(claim.published)};
    const int v = ref.subject.empty()
                      ? Anonymous()
                      : Variable(ref.subject.id, ref.event.empty() ? "date" : ref.event, false);
    if (ref.when) AddRange(v, *ref.when, source);
    return {v, 0};
  }

  void AddClaim(int source) {
    const Claim& claim = claims_[static_cast<size_t>(source)];
    if (claim.quoted) return;
    if (const AttributeSpec* spec = context_.Spec(claim.attribute); spec && spec->per_mention)
      return;  // its own event: nothing to compare it with
    if (claim.subject.kind == SubjectKind::kMention) return;  // a claim about itself, likewise
    if (claim.kind == ClaimKind::kRelation && claim.relation) {
      const Point from = PointOf(claim.relation->from, claim, source);
      const Point to = PointOf(claim.relation->to, claim, source);
      if (from.variable == Network::kOrigin && to.variable == Network::kOrigin) return;
      const DayBounds d = ClaimDays(claim);
      // (to + to.offset) − (from + from.offset) in [lo, hi]
      const double shift = from.offset - to.offset;
      Add(to.variable, from.variable, d.lo + shift, d.hi + shift, source);
      return;
    }
    if (claim.kind != ClaimKind::kValue || claim.subject.empty()) return;
    const std::string unknown = context_.UnknownOf(claim);
    const std::string& subject = claim.subject.id;
    switch (claim.type) {
      case ValueType::kAge:
        if (auto range = BirthRange(claim))
          AddRange(Variable(subject, unknown, false), *range, source);
        break;
      case ValueType::kDate:
      case ValueType::kInterval:
        if (claim.date) AddRange(Variable(subject, unknown, false), *claim.date, source);
        break;
      case ValueType::kDuration: {
        const DayBounds d = ClaimDays(claim);
        if (unknown == "duration") {
          duration_subjects_.insert(subject);
          Add(Variable(subject, "end", false), Variable(subject, "start", false), d.lo, d.hi,
              source);
        } else {
          Add(Variable(subject, unknown, true), Network::kOrigin, d.lo, d.hi, source);
        }
        break;
      }
      case ValueType::kNumber:
        if (claim.quantity)
          Add(Variable(subject, NumberUnknown(claim, unknown, claim.published), true),
              Network::kOrigin, claim.quantity->min, claim.quantity->max, source);
        break;
      case ValueType::kNone: break;
    }
  }

  int AddFactSource(const facts::Fact* fact) {
    facts_.push_back(fact);
    return static_cast<int>(claims_.size() + facts_.size() - 1);
  }

  // Only the facts about unknowns some claim mentions: the rest cannot
  // contradict anything. One pass over the fact base, not a lookup per
  // unknown, so a large fact base costs O(facts + unknowns).
  void AddFacts() {
    const facts::FactBase* base = context_.input().facts;
    if (base == nullptr) return;
    for (const facts::Fact& fact : base->facts()) {
      const std::string unknown = context_.UnknownOfFact(fact);
      if (fact.date) {
        auto it = variables_.find(Key(fact.subject, unknown, false));
        if (it != variables_.end()) AddRange(it->second, *fact.date, AddFactSource(&fact), true);
      }
      if (!fact.number) continue;
      auto it = variables_.find(Key(fact.subject, unknown, true));
      if (it == variables_.end() && fact.as_of)
        it = variables_.find(Key(fact.subject, DatedUnknown(unknown, *fact.as_of), true));
      if (it != variables_.end())
        Add(it->second, Network::kOrigin, fact.number->min, fact.number->max, AddFactSource(&fact),
            true);
      if (fact.attribute == "duration" && duration_subjects_.count(fact.subject) != 0) {
        const DayBounds d = DurationDays(*fact.number, std::nullopt, "");
        Add(Variable(fact.subject, "end", false), Variable(fact.subject, "start", false), d.lo,
            d.hi, AddFactSource(&fact), true);
      }
    }
  }

  bool IsFact(int source) const { return source >= static_cast<int>(claims_.size()); }
  const facts::Fact& FactOf(int source) const {
    return *facts_[static_cast<size_t>(source) - claims_.size()];
  }
  const Claim& ClaimOf(int source) const { return claims_[static_cast<size_t>(source)]; }

  int OnConflict(const Network::Conflict& conflict) {
    const std::vector<int>& ids = conflict.ids;
    std::vector<int> claim_sources, fact_sources;
    for (int id : ids) {
      const int source = network_.constraints()[static_cast<size_t>(id)].source;
      std::vector<int>& list = IsFact(source) ? fact_sources : claim_sources;
      if (std::find(list.begin(), list.end(), source) == list.end()) list.push_back(source);
    }
    if (claim_sources.empty()) return fact_sources.front();  // the fact base disagrees with itself
    if (fact_sources.empty() && claim_sources.size() == 2 &&
        SomeArticleStatesBoth(ClaimOf(claim_sources[0]), ClaimOf(claim_sources[1])))
      return claim_sources.back();
    if (OnePair(ids)) {
      if (std::optional<int> plan = SupersededPlan(claim_sources, fact_sources)) {
        if (context_.MayBePrimary(ClaimOf(*plan))) ReportMoved(*plan, claim_sources, fact_sources);
        return *plan;
      }
    }
    const int primary = ClaimToFix(conflict, claim_sources);
    if (context_.MayBePrimary(ClaimOf(primary))) {
      claim_sources.erase(std::find(claim_sources.begin(), claim_sources.end(), primary));
      std::sort(claim_sources.begin(), claim_sources.end(), [&](int a, int b) {
        return std::tie(ClaimOf(a).document, ClaimOf(a).span.begin) <
               std::tie(ClaimOf(b).document, ClaimOf(b).span.begin);
      });
      ReportConflict(ids, primary, claim_sources, fact_sources);
    }
    return primary;
  }

  // Two dates of one event that some article gives side by side ("a
  // two-episode premiere Feb. 14 on streaming; its on-air debut Feb. 16",
  // "out November 12 in the US and November 19 everywhere else"): each is
  // right for its platform or region, so two other articles that give one
  // each do not contradict each other, nor has either plan gone stale.
  // Plans the article tells as given up (in the past, for a day ahead) are
  // not its statements. Within one article two dates still ahead are such
  // a pair; two it tells as past, for what only happens once ("died
  // Saturday", "died on Sunday"), are still reported.
  bool SomeArticleStatesBoth(const Claim& a, const Claim& b) const {
    if (!a.date || !b.date || a.date->Intersects(*b.date) || a.subject.id != b.subject.id ||
        a.attribute != b.attribute)
      return false;
    auto ahead = [](const Claim& c) {
      return c.tense == Tense::kFuture || c.tense == Tense::kPresent;
    };
    // Only where the text says which platform or region a date is for:
    // two dates of one premiere that say nothing of it are a mistake.
    if (a.document == b.document) return ahead(a) && ahead(b) && (SaysWhere(a) || SaysWhere(b));
    auto stated = [](const Claim& c) {
      return c.kind == ClaimKind::kValue && c.date && !c.quoted &&
             !(c.tense == Tense::kPast && c.published < c.date->from);
    };
    // Each date on its own: "in February" is neither.
    std::set<int> with_a, with_b;
    for (const Claim& c : claims_) {
      if (!stated(c) || c.subject.id != a.subject.id || c.attribute != a.attribute) continue;
      const bool on_a = c.date->Intersects(*a.date), on_b = c.date->Intersects(*b.date);
      if (on_a && !on_b) with_a.insert(c.document);
      if (on_b && !on_a) with_b.insert(c.document);
    }
    for (const Claim& c : claims_)
      if (with_a.count(c.document) != 0 && with_b.count(c.document) != 0 && SaysWhere(c))
        return true;
    return false;
  }

  // The sentence of `claim` names a platform, a way of release or a region:
  // "on-air debut", "for streaming subscribers", "on Showtime", "in the US",
  // "everywhere else".
  bool SaysWhere(const Claim& claim) const {
    const Document& doc = context_.DocumentOf(claim);
    // Its sentence; a document not segmented (claims a caller built by
    // hand) gives the words around the claim.
    const int index = doc.SentenceAt(claim.span.begin);
    constexpr uint32_t kAround = 120;
    const auto size = static_cast<uint32_t>(doc.text.size());
    const uint32_t from =
        std::min(size, claim.span.begin > kAround ? claim.span.begin - kAround : 0);
    const uint32_t to = std::max(from, std::min(size, claim.span.end + kAround));
    const Span around =
        index >= 0 ? doc.sentences[static_cast<size_t>(index)].span : Span{from, to};
    const std::string_view sentence = doc.Text(around);
    static const RE2 kWhere(
        "(?i)\\b(?:on[- ]air|streaming|streams?|streamer|broadcast|linear|cable|subscribers|"
        "theat(?:er|re)s|cinemas|digital(?:ly)?|on[ ]+demand|internationally|worldwide|"
        "everywhere[ ]+else|rest[ ]+of[ ]+the[ ]+world|overseas|(?:in|across)[ ]+the[ ]+"
        "(?:US|UK|States)|(?:in|across)[ ]+(?:North[ ]+America|Europe|Asia|Japan|Australia|"
        "Canada|India|Britain|China|Korea)|(?-i:Netflix|Hulu|HBO|Prime[ ]+Video|Peacock|"
        "Showtime|Starz|AMC|BBC|ITV|Crunchyroll|YouTube|PlayStation|Xbox|Steam))\\b|"
        "\\b(?-i:Disney|Paramount|Apple[ ]+TV)\\+|\\b(?:in|across)[ ]+the[ ]+U\\.[SK]\\.");
    return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kWhere);
  }

  // The claim a finding is about: the one whose removal leaves the fewest
  // conflicts (with three articles on a strike, the one wrong length, not
  // whichever date the cycle happened to pass last), then the one an editor
  // should fix first (a draft, the latest).
  int ClaimToFix(const Network::Conflict& conflict, const std::vector<int>& claim_sources) const {
    int primary = claim_sources.front();
    int primary_left = claim_sources.size() > 1 ? conflict.ConflictsLeftWithout(primary) : 0;
    for (int source : claim_sources) {
      if (source == primary) continue;
      const int left = conflict.ConflictsLeftWithout(source);
      if (left < primary_left ||
          (left == primary_left && context_.ShouldFixBefore(ClaimOf(source), ClaimOf(primary)))) {
        primary = source;
        primary_left = left;
      }
    }
    return primary;
  }

  // A schedule that moved: "will be released on November 17" in April, then
  // "delayed to March 2024" in August. The plan was right when written and
  // is stale now: the earliest future-tense claim, when every other claim of
  // the conflict was published later and every fact was announced later.
  std::optional<int> SupersededPlan(const std::vector<int>& claim_sources,
                                    const std::vector<int>& fact_sources) const {
    std::optional<int> plan;
    for (int source : claim_sources) {
      const Claim& claim = ClaimOf(source);
      if (claim.tense != Tense::kFuture || !claim.date) continue;
      if (!plan || claim.published < ClaimOf(*plan).published) plan = source;
    }
    if (!plan) return std::nullopt;
    const Date written = ClaimOf(*plan).published;
    for (int source : claim_sources)
      if (source != *plan && !(written < ClaimOf(source).published)) return std::nullopt;
    for (int source : fact_sources) {
      const std::optional<Date> known = KnownFrom(FactOf(source));
      if (!known || !(written < *known)) return std::nullopt;
    }
    return plan;
  }

  // When a fact became known at the latest: its announcement, else (for a
  // dated event with no announcement date) the day it happened — a plan
  // written before an event cannot have known how it went.
  static std::optional<Date> KnownFrom(const facts::Fact& fact) {
    if (fact.announced_on) return fact.announced_on;
    if (fact.date) return fact.date->from;
    return std::nullopt;
  }

  void ReportMoved(int plan_source, const std::vector<int>& claim_sources,
                   const std::vector<int>& fact_sources) {
    const Claim& plan = ClaimOf(plan_source);
    Finding finding = context_.Start(FindingKind::kStale, plan);
    finding.timeline.push_back(ClaimTimeline(plan, /*primary=*/true, context_.Where(plan)));
    std::string later;
    for (int source : claim_sources) {
      if (source == plan_source) continue;
      const Claim& other = ClaimOf(source);
      const Document& doc = context_.DocumentOf(other);
      later += std::string(later.empty() ? "" : "; ") + "'" + other.value_text + "' in " +
               doc.path + " (" + FormatIsoDate(other.published) + ")";
      finding.related.push_back({doc.LocationOf(other.span), ClaimNote(other)});
      finding.timeline.push_back(ClaimTimeline(other, /*primary=*/false, context_.Where(other)));
      finding.timeline.push_back(AnnouncementTimeline(other.published, context_.Where(other)));
    }
    for (int source : fact_sources) {
      const facts::Fact& fact = FactOf(source);
      const std::string subject = context_.SubjectName(fact.subject, "");
      later += std::string(later.empty() ? "" : "; ") + "the fact base: " + FactValue(fact) +
               (fact.announced_on ? ", announced " + FormatIsoDate(*fact.announced_on) : "");
      finding.related.push_back({fact.location, FactNote(fact, subject)});
      if (auto entry = FactTimeline(fact, subject)) finding.timeline.push_back(*entry);
      if (fact.announced_on)
        finding.timeline.push_back(AnnouncementTimeline(*fact.announced_on, "fact base", true));
    }
    const std::string why =
        "the date has moved since " + FormatIsoDate(plan.published) + ": " + later;
    finding.message = finding.subject + " " + plan.attribute + " '" + plan.value_text +
                      "' was the plan on " + FormatIsoDate(plan.published) +
                      " and is stale: " + why.substr(why.find(':') + 2);
    std::string other_value, other_date;
    if (claim_sources.size() > 1) {
      const int first_other =
          claim_sources.front() == plan_source ? claim_sources[1] : claim_sources.front();
      other_value = ClaimOf(first_other).value_text;
      other_date = FormatIsoDate(ClaimOf(first_other).published);
    } else if (!fact_sources.empty()) {
      other_value = FactValue(FactOf(fact_sources.front())) + " (fact base)";
    }
    context_.Report(std::move(finding), plan, {why, other_value, other_date});
  }

  // Every constraint between the same two unknowns: the conflict is two
  // ranges that do not overlap, not a longer cycle.
  bool OnePair(const std::vector<int>& ids) const {
    const Constraint& first = network_.constraints()[static_cast<size_t>(ids.front())];
    return std::all_of(ids.begin(), ids.end(), [&](int id) {
      const Constraint& c = network_.constraints()[static_cast<size_t>(id)];
      return (c.x == first.x && c.y == first.y) || (c.x == first.y && c.y == first.x);
    });
  }

  bool SameSentence(const Claim& a, const Claim& b) const {
    if (a.document != b.document) return false;
    const Document& doc = context_.DocumentOf(a);
    const int sentence = doc.SentenceAt(a.span.begin);
    return sentence >= 0 && sentence == doc.SentenceAt(b.span.begin);
  }

  static std::string RangeOnly(const Claim& claim) {
    if (claim.type == ValueType::kAge)
      if (auto range = BirthRange(claim)) return FormatRange(*range);
    return ClaimValue(claim);
  }

  // A length written in digits of days ("146-day", "146 days") gets the
  // days from start to end as its fix-it: the count newsrooms print (July
  // 14 to November 9 is "the 118-day strike"), the message giving both.
  std::optional<Fix> LengthFix(const Claim& claim, long days) const {
    const Document& doc = context_.DocumentOf(claim);
    const std::string_view written = doc.Text(claim.value_span);
    const size_t digits = written.find_first_not_of("0123456789");
    if (digits == 0 || digits == std::string_view::npos) return std::nullopt;
    // The words as the article writes them, not a Unit: the fix-it replaces
    // the digits only, so only these spellings of days take one.
    const std::string_view suffix = written.substr(digits);
    if (suffix != "-day" && suffix != " days" && suffix != " day" && suffix != "-days")
      return std::nullopt;
    const Span number{claim.value_span.begin,
                      claim.value_span.begin + static_cast<uint32_t>(digits)};
    return Fix{doc.LocationOf(number), std::to_string(days)};
  }

  // What a conflict's lengths are drawn from on its timeline: the start or
  // the end its other claims and facts give, else one common start, early
  // enough that every length ends by its article's publication.
  LengthAnchor AnchorOf(int primary_source, const std::vector<int>& others,
                        const std::vector<int>& fact_sources) const {
    LengthAnchor anchor;
    std::vector<int> claims{primary_source};
    claims.insert(claims.end(), others.begin(), others.end());
    std::optional<Date> origin;
    for (int source : claims) {
      const Claim& claim = ClaimOf(source);
      const std::string unknown = context_.UnknownOf(claim);
      if (claim.date && unknown == "start" && !anchor.start) anchor.start = claim.date;
      if (claim.date && unknown == "end" && !anchor.end) anchor.end = claim.date;
      if (claim.type == ValueType::kDuration && claim.days && unknown == "duration") {
        const std::optional<Date> from = ShiftedDay(claim.published, -claim.days->max);
        if (from && (!origin || *from < *origin)) origin = from;
      }
    }
    for (int source : fact_sources) {
      const facts::Fact& fact = FactOf(source);
      const std::string unknown = context_.UnknownOfFact(fact);
      if (fact.date && unknown == "start" && !anchor.start) anchor.start = fact.date;
      if (fact.date && unknown == "end" && !anchor.end) anchor.end = fact.date;
    }
    anchor.origin = origin;
    return anchor;
  }

  // What a conflict's other claims and facts say, gathered in one pass: each
  // value as the explanation lists it, each statement as the head quotes it.
  struct ConflictEvidence {
    std::vector<std::string> values;
    std::vector<std::string> stated;
  };

  void ReportConflict(const std::vector<int>& ids, int primary_source,
                      const std::vector<int>& others, const std::vector<int>& fact_sources) {
    const Claim& primary = ClaimOf(primary_source);
    const bool internal = fact_sources.empty() &&
                          std::all_of(others.begin(), others.end(),
                                      [&](int s) { return SameSentence(primary, ClaimOf(s)); });
    Finding finding = context_.Start(!fact_sources.empty() ? FindingKind::kFactContradiction
                                     : internal            ? FindingKind::kInternal
                                                           : FindingKind::kContradiction,
                                     primary);
    const bool age = primary.type == ValueType::kAge;

    ConflictEvidence evidence{{RangeOnly(primary)}, {}};
    const LengthAnchor anchor = AnchorOf(primary_source, others, fact_sources);
    finding.timeline.push_back(
        ClaimTimeline(primary, /*primary=*/true, context_.Where(primary), &anchor));
    AddOtherClaimEvidence(primary, others, anchor, finding, evidence);
    AddFactEvidence(fact_sources, finding, evidence);

    const std::string head = ConflictHead(primary, finding.subject, evidence.stated,
                                          others.empty() && fact_sources.empty());
    const bool one_pair = OnePair(ids);
    const std::string why = WhyNoneHold(std::move(evidence.values), fact_sources, one_pair, age);
    finding.message = head + ": " + why;
    if (age && one_pair && others.size() + fact_sources.size() == 1)
      SayRightAge(primary, others, fact_sources, finding);
    if (primary.type == ValueType::kDuration && others.size() + fact_sources.size() == 2)
      SayRightLength(primary, others, fact_sources, finding);
    context_.Report(std::move(finding), primary, PlaceholdersOf(why, others, fact_sources));
  }

  // Each other claim of a conflict: how the head quotes it (in the same
  // sentence, this article or another one), its value, a note and its place on
  // the timeline.
  void AddOtherClaimEvidence(const Claim& primary, const std::vector<int>& others,
                             const LengthAnchor& anchor, Finding& finding,
                             ConflictEvidence& evidence) const {
    const bool age = primary.type == ValueType::kAge;
    for (int source : others) {
      const Claim& other = ClaimOf(source);
      const Document& doc = context_.DocumentOf(other);
      const bool ages = age && other.type == ValueType::kAge;
      const std::string as_written = ages ? other.value_text : "'" + other.value_text + "'";
      if (SameSentence(primary, other))
        evidence.stated.push_back(as_written + " in the same sentence");
      else if (ages)
        evidence.stated.push_back(as_written + " on " + HeldOnText(other));
      else if (other.document == primary.document)
        evidence.stated.push_back("'" + other.value_text + "' in this article");
      else
        evidence.stated.push_back("'" + other.value_text + "' in " + doc.path + " (" +
                                  FormatIsoDate(other.published) + ")");
      evidence.values.push_back(age && other.type == ValueType::kAge ? RangeOnly(other)
                                                                     : ClaimValue(other));
      finding.related.push_back({doc.LocationOf(other.span), ClaimNote(other)});
      finding.timeline.push_back(
          ClaimTimeline(other, /*primary=*/false, context_.Where(other), &anchor));
    }
  }

  // The facts of a conflict: one statement for all of them ("the fact base
  // gives birth 1974-03-12, ..."), and each one's value, note and timeline
  // entry.
  void AddFactEvidence(const std::vector<int>& fact_sources, Finding& finding,
                       ConflictEvidence& evidence) const {
    std::string fact_text;
    for (int source : fact_sources) {
      const facts::Fact& fact = FactOf(source);
      const std::string subject = context_.SubjectName(fact.subject, "");
      fact_text += (fact_text.empty() ? "the fact base gives " : ", ") + fact.attribute + " " +
                   FactValue(fact);
      evidence.values.push_back(FactValue(fact));
      finding.related.push_back({fact.location, FactNote(fact, subject)});
      if (auto entry = FactTimeline(fact, subject)) finding.timeline.push_back(*entry);
    }
    if (!fact_text.empty()) evidence.stated.push_back(fact_text);
  }

  // The message's first half: what this claim says "but" what the others
  // say, or that it cannot hold by itself when nothing else is involved.
  static std::string ConflictHead(const Claim& primary, const std::string& name,
                                  const std::vector<std::string>& stated, bool alone) {
    if (alone) return "'" + primary.value_text + "' cannot hold by itself";
    std::string head =
        primary.type == ValueType::kAge
            ? name + " is " + primary.value_text + " here (" + HeldOnText(primary) + ")"
            : name + " " + primary.attribute + " is '" + primary.value_text + "' here";
    for (size_t i = 0; i < stated.size(); ++i) head += (i == 0 ? " but " : " and ") + stated[i];
    return head;
  }

  // The message's second half ({why}): two ranges that "do not overlap", or
  // for a longer cycle every value, each fact's named by its attribute, that
  // "cannot all hold". The facts' values are the last ones.
  std::string WhyNoneHold(std::vector<std::string> values, const std::vector<int>& fact_sources,
                          bool one_pair, bool age) const {
    if (!one_pair)  // a longer cycle: say which fact each value is
      for (size_t i = 0; i < fact_sources.size(); ++i) {
        const facts::Fact& fact = FactOf(fact_sources[i]);
        std::string& value = values[values.size() - fact_sources.size() + i];
        value = fact.attribute + " " + value;
      }
    std::string why;
    if (one_pair && values.size() > 1) {
      why = age ? "implied birth dates " : "";
      for (size_t i = 0; i < values.size(); ++i)
        why += (i == 0 ? "" : i + 1 == values.size() ? " and " : ", ") + values[i];
      why += " do not overlap";
    } else {
      for (size_t i = 0; i < values.size(); ++i) why += (i == 0 ? "" : "; ") + values[i];
      why += values.size() > 1 ? " cannot all hold" : "";
    }
    return why;
  }

  // An age with one other source says what it should be, first: "Maya
  // Okafor should be 51 here (2026-03-02), not 49: born 1974-03-12 (fact
  // base)". The birth ranges that do not overlap are in the notes (and in
  // {why} for an attribute's own message).
  void SayRightAge(const Claim& primary, const std::vector<int>& others,
                   const std::vector<int>& fact_sources, Finding& finding) const {
    const DateRange on = primary.held_on.value_or(DateRange{primary.published, primary.published});
    std::optional<DateRange> birth;
    std::string basis;
    if (!fact_sources.empty()) {
      const facts::Fact& fact = FactOf(fact_sources.front());
      if (fact.attribute == "birth") birth = fact.date;
      basis = ": born " + FactValue(fact) + " (fact base)";
    } else {
      const Claim& other = ClaimOf(others.front());
      birth = BirthRange(other);
      const std::string where = SameSentence(primary, other) ? "the same sentence"
                                : other.document == primary.document
                                    ? "this article"
                                    : context_.DocumentOf(other).path;
      basis = ", if " + other.value_text + " on " + HeldOnText(other) + " (" + where + ") is right";
    }
    if (!birth) return;
    const std::string expected = AgeText(*birth, on);
    finding.message = finding.subject + " should be " + expected + " here (" + HeldOnText(primary) +
                      "), not " + primary.value_text + basis;
    // One right age, written as digits in the text: a fix-it.
    const Document& doc = context_.DocumentOf(primary);
    const std::string_view written = doc.Text(primary.value_span);
    if (expected.find(' ') == std::string::npos && !written.empty() &&
        written.find_first_not_of("0123456789") == std::string_view::npos)
      finding.fix = Fix{doc.LocationOf(primary.value_span), expected};
  }

  // A length against its event's start and end says the length they give:
  // "the 2024 Coastal Crew Guild strike lasted 38 or 39 days (2024-01-15
  // to 2024-02-22, fact base), not 41-day".
  void SayRightLength(const Claim& primary, const std::vector<int>& others,
                      const std::vector<int>& fact_sources, Finding& finding) const {
    std::optional<Date> start, end;
    std::vector<std::string> where;
    auto take = [&](const std::string& unknown, const std::optional<DateRange>& when,
                    const std::string& from) {
      if (!when || when->from != when->to) return;
      if (unknown == "start") start = when->from, where.push_back(from);
      if (unknown == "end") end = when->from, where.push_back(from);
    };
    for (int source : fact_sources) {
      const facts::Fact& fact = FactOf(source);
      take(context_.UnknownOfFact(fact), fact.date, "fact base");
    }
    for (int source : others) {
      const Claim& other = ClaimOf(source);
      take(context_.UnknownOf(other), other.date, context_.DocumentOf(other).path);
    }
    if (!start || !end || *end < *start) return;
    const long days = (*end - *start).days();
    std::string sources = where.front();
    if (where.back() != where.front()) sources += ", " + where.back();
    finding.message = "the " + finding.subject + " lasted " + std::to_string(days) + " or " +
                      std::to_string(days + 1) + " days (" + FormatIsoDate(*start) + " to " +
                      FormatIsoDate(*end) + ", " + sources + "), not '" + primary.value_text + "'";
    finding.fix = LengthFix(primary, days);
  }

  // What a rule's own message may quote besides {why}: the first other
  // claim's value and date, else the first fact's.
  Context::Placeholders PlaceholdersOf(const std::string& why, const std::vector<int>& others,
                                       const std::vector<int>& fact_sources) const {
    Context::Placeholders placeholders{why, "", ""};
    if (!others.empty()) {
      const Claim& other = ClaimOf(others.front());
      placeholders.other_value = other.value_text;
      placeholders.other_date = HeldOnText(other);
    } else if (!fact_sources.empty()) {
      const facts::Fact& fact = FactOf(fact_sources.front());
      placeholders.other_value = FactValue(fact) + " (fact base)";
      if (fact.as_of) placeholders.other_date = FormatIsoDate(*fact.as_of);
    }
    return placeholders;
  }

  Context& context_;
  const std::vector<Claim>& claims_;
  Network network_;
  std::unordered_map<std::string, int> variables_;
  std::vector<const facts::Fact*> facts_;
  std::set<std::string> duration_subjects_;
};

}  // namespace

void CheckNetwork(Context& context) {
  NetworkCheck(context).Run();
}

}  // namespace factlint::constraints
