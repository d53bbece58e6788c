#include "checker/rules/claim_rule.h"

#include <cmath>

#include "checker/annotate/annotate.h"
#include "checker/mentions/linker.h"
#include "checker/rules/subject_clause.h"
#include "checker/rules/tense.h"

namespace factlint::rules {

const RuleKind ClaimRule::kKind = {"claim", &CommonKeys, "", &ParseAs<ClaimRule>};

// An age in a sentence that dates what it tells. Two shapes only, since a
// sentence's date is more often about something else ("Ana Ruiz, 47, who
// wrote a book about 1922"):
//  - the present of a photo caption ("FILE - ... (AP Photo/...)"): "Ana
//    Ruiz, 83, waves goodbye as she tapes her last show on June 6, 2007" is
//    83 on that day — a date with its year, more than a year back, in the
//    age's clause;
//  - victims: "Eli Sand, 20, and Mia Roe, 21, were stabbed to death on Nov.
//    13" were those ages then, whenever the article is written. A date
//    without a year in a past-tense sentence could be in any of the last
//    few years, so the age holds somewhere in that span (the claim keeps
//    the uncertainty instead of guessing the year).
// The verb of an age at death ("died at 85", "dies at 91", "has passed
// away aged 70", "dead at 88").
bool ClaimRule::DeathVerb(const Match& match, const SentenceEnv& env) const {
  const Span* verb = match.Group("verb");
  if (verb == nullptr) return false;
  static const RE2 kDeath("(?i)\\b(?:died|dies|dead|passed[ ]+away|passes[ ]+away)\\b");
  return RE2::PartialMatch(re2::StringPiece(env.doc->Text(*verb)), kDeath);
}

std::optional<DateRange> ClaimRule::SentenceDateOfAge(const Match& match, const SentenceEnv& env,
                                                      Tense tense) const {
  if (env.annotations == nullptr) return std::nullopt;
  const annotate::SentenceAnnotations& notes = env.annotations->Get();
  const Span* value = match.Group("value");
  const Span age = value != nullptr ? *value : match.span;
  const std::string_view sentence = env.doc->Text(env.sentence->span);
  // The victims' side only: "Jane Roe, 33, murdered five patients from
  // 2015" is the killer's age now, not in 2015.
  static const RE2 kKilled(
      "(?i)\\b(?:(?:was|were|been|being)[ ]+(?:[a-z]+[ ]+)?(?:killed|stabbed|murdered|slain|shot)|"
      "shot[ ]+dead|to[ ]+death|were[ ]+found[ ]+dead|victims?)\\b");
  // A body found on a day a year or more back dates the age too: "Ana
  // Roe, 49, was found dead on Oct. 19, 2019", "the body of Tom Roe, a
  // 52-year-old father, was found on July 11, 2019" (a day with its year
  // only: "recovered March 27" is this year's, as of publication).
  static const RE2 kFound("(?i)\\b(?:was[ ]+found[ ]+dead|(?:body|bodies|remains)[ ]+of)\\b");
  static const RE2 kKiller(
      "(?i),[ ]*\\d{1,3},[ ]+(?:[a-z]+ly[ ]+)?(?:killed|stabbed|murdered|shot|attacked|strangled|"
      "poisoned)\\b");
  const re2::StringPiece whole(sentence.data(), sentence.size());
  const bool victims = tense == Tense::kPast && RE2::PartialMatch(whole, kKilled) &&
                       !RE2::PartialMatch(whole, kKiller);
  const bool found = tense == Tense::kPast && !victims && RE2::PartialMatch(whole, kFound) &&
                     !RE2::PartialMatch(whole, kKiller);
  // Wire photos carry captions that open with "FILE -" or end with a
  // credit ("(AP Photo/...)"): their present tense is the day of the photo.
  static const RE2 kCaption(
      "(?:^\\W*FILE\\b|\\bPhoto/|\\((?:AP|Reuters|AFP|Getty)[ ]+(?:Photo|Images)\\b)");
  const bool caption = tense == Tense::kPresent && RE2::PartialMatch(whole, kCaption);
  if (!victims && !found && !caption) return std::nullopt;
  for (const annotate::ValueSpan& v : notes.values()) {
    if (v.kind != normalize::Kind::kDate && v.kind != normalize::Kind::kInterval) continue;
    const std::string_view text = env.doc->Text(v.span);
    normalize::Context context;
    context.ref = env.judged;
    context.tense = Tense::kPast;
    const std::optional<normalize::Value> date =
        normalize::Parse(text, normalize::Kind::kDate, context);
    if (!date || date->range.from.is_not_a_date() || date->range.to.is_not_a_date()) continue;
    if (!(date->range.to < env.judged)) continue;
    if (WritesAYear(text)) {
      if ((env.judged - date->range.to).days() <= 365 || notes.ClauseBreakBetween(v.span, age))
        continue;
      return date->range;
    }
    if (victims) return DateRange{date->range.from - boost::gregorian::years(3), date->range.to};
  }
  return std::nullopt;
}

namespace {

// Whether the sentence names `subject` (by any of its mentions): a
// fallback that found it there ("Ann Lee died at 85") did not guess.
bool NamedInSentence(const SentenceEnv& env, const Subject& subject) {
  const Span sentence = env.sentence->span;
  for (const mentions::Mention& m : env.mentions->Around(sentence))
    if (m.span.begin >= sentence.begin && m.span.end <= sentence.end && m.subject.id == subject.id)
      return true;
  return false;
}

// "Great Film, Elvis (which received nine nominations in total) and ...":
// a claim inside brackets that open with "which" or "who" right after a
// word is about that word. The word's span, when the match is in such
// brackets.
std::optional<Span> BracketAntecedent(const SentenceEnv& env, const Span& match) {
  const Span sentence = env.sentence->span;
  const std::string_view before = env.doc->Text(Span{sentence.begin, match.begin});
  const size_t open = before.rfind('(');
  if (open == std::string_view::npos || before.find(')', open) != std::string_view::npos)
    return std::nullopt;
  static const RE2 kRelative("^\\((?i:which|who)\\b");
  if (!RE2::PartialMatch(re2::StringPiece(before.substr(open)), kRelative)) return std::nullopt;
  size_t end = open;
  while (end > 0 && before[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && before[begin - 1] != ' ' && before[begin - 1] != ',') --begin;
  if (begin == end) return std::nullopt;
  return Span{sentence.begin + static_cast<uint32_t>(begin),
              sentence.begin + static_cast<uint32_t>(end)};
}

}  // namespace

bool ClaimRule::BuildAge(const Match& match, const SentenceEnv& env, const normalize::Value& value,
                         Claim& claim) const {
  const double years = value.amount.min;
  if (value.amount.max != years || years < 0 || years > 130 || std::floor(years) != years)
    return false;
  claim.type = ValueType::kAge;
  claim.quantity = Quantity{years, years, Unit::kYear};
  claim.date = BirthRangeForAge(static_cast<int>(years), env.judged);
  // "died on Tuesday at 85": the age held on that day, not on publication.
  if (match.Group("when") != nullptr) {
    const std::optional<normalize::Value> when = NormalizeGroup("when", match, env);
    const bool dated =
        when && (when->kind == normalize::Kind::kDate || when->kind == normalize::Kind::kInterval);
    // An age whose date cannot be read is not claimed at all: anchoring
    // it on the publication would be wrong once the date is a year back.
    if (!dated || when->range.from.is_not_a_date() || when->range.to.is_not_a_date()) return false;
    const int age = static_cast<int>(years);
    claim.date = DateRange{BirthRangeForAge(age, when->range.from).from,
                           BirthRangeForAge(age, when->range.to).to};
    claim.held_on = when->range;
  } else if (std::optional<DateRange> held = SentenceDateOfAge(match, env, claim.tense)) {
    const int age = static_cast<int>(years);
    claim.date =
        DateRange{BirthRangeForAge(age, held->from).from, BirthRangeForAge(age, held->to).to};
    claim.held_on = *held;
  } else if (DeathVerb(match, env)) {
    // "has died at the age of 65" with no date in the clause: the news of
    // a death is days old, and a birthday in those days must not turn
    // the age into a contradiction ("died on Monday, two days before
    // turning 66", published Friday).
    const int age = static_cast<int>(years);
    const Date week_before = env.judged - boost::gregorian::days(kDeathNewsDays);
    claim.date =
        DateRange{BirthRangeForAge(age, week_before).from, BirthRangeForAge(age, env.judged).to};
  }
  claim.grain = "day";
  return true;
}

bool ClaimRule::BuildDate(const SentenceEnv& env, const normalize::Value& value, Claim& claim) {
  if (value.kind != normalize::Kind::kDate && value.kind != normalize::Kind::kInterval)
    return false;
  claim.date = value.range;
  claim.grain = value.grain;
  // "six weeks later", "two months after the vote": a round count of
  // weeks or months from another date is as loose as "about"; one unit
  // either side.
  static const RE2 kCounted(
      "(?i)\\b(?:weeks?|months?|years?)[ ]+(?:later|earlier|after|before|ago)\\b");
  if (RE2::PartialMatch(re2::StringPiece(claim.value_text), kCounted)) {
    const int slack = value.grain == "week" ? 7 : value.grain == "month" ? 31 : 0;
    if (slack > 0 && !claim.date->from.is_not_a_date() && !claim.date->to.is_not_a_date())
      claim.date = DateRange{claim.date->from - boost::gregorian::days(slack),
                             claim.date->to + boost::gregorian::days(slack)};
  }
  claim.type = (value.grain == "day" && value.range.from == value.range.to) ? ValueType::kDate
                                                                            : ValueType::kInterval;
  // "premieres on January 17" after publication: a statement about the
  // future, which goes stale once the date passes.
  if (claim.tense == Tense::kPresent && env.judged < value.range.from) claim.tense = Tense::kFuture;
  // "Premiering in 1990, the show will bid farewell": a date written with
  // its year that ended a month or more before publication is no plan,
  // whatever tense the sentence's main verb lends it.
  if (claim.tense == Tense::kFuture && WritesAYear(claim.value_text) &&
      value.range.to + boost::gregorian::days(kPlanGraceDays) < env.judged)
    claim.tense = Tense::kPast;
  // "will be buried on the hill where crowds gathered yesterday": a day
  // the words put behind publication is never a plan, whatever the tense
  // of the main clause.
  static const RE2 kBehind(
      "(?i)(?:^|[^\\p{L}])(?:yesterday|[a-z-]+[ ]+ago|last[ ]+(?:night|week|weekend|month|year|"
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?:$|[^\\p{L}])");
  if (claim.tense == Tense::kFuture &&
      RE2::PartialMatch(re2::StringPiece(claim.value_text), kBehind) &&
      claim.value_text.find("the last") == std::string::npos)
    claim.tense = Tense::kPast;
  // "claimed in 2019 that the van would hit the market by 2021", written
  // in 2022: what a past report foresaw, already past when written.
  if (claim.tense == Tense::kFuture && value.range.to < env.judged &&
      FutureInThePast(env.doc->Text(env.sentence->span),
                      TextRange{claim.span.begin - env.sentence->span.begin,
                                claim.span.end - env.sentence->span.begin}))
    claim.tense = Tense::kPast;
  return true;
}

void ClaimRule::Build(const Match& match, const SentenceEnv& env, std::vector<Claim>& out) const {
  // "could return in 2026", "did not premiere in 2023": nothing asserted.
  if (Unasserted(match, env)) return;
  // A count in "Elvis (which received nine nominations)" is Elvis's: the
  // mention ending at that word, or no claim when the linker knows none.
  const mentions::Mention* bracketed = nullptr;
  if (match.Group("subject") == nullptr) {
    if (const std::optional<Span> word = BracketAntecedent(env, match.span)) {
      bracketed = env.mentions->MentionAt(*word);
      if (bracketed == nullptr || bracketed->span.end != word->end) return;
    }
  }
  Claim claim = BaseClaim(match, env);
  // "<Title> is back this week for its second season": the season named
  // after the value is what the claim is about.
  const bool by_season = ResolveSeasonGroup(match, env, claim.subject, claim.subject_span);
  // "an eight-episode second season" of a work the article never names as
  // one: the count is that season's, never the whole series'.
  if (!by_season && match.Group("subject") == nullptr && NumberedSeasonGroup(match, env)) return;
  if (bracketed != nullptr) {
    claim.subject = bracketed->subject;
    claim.subject_span = bracketed->span;
  } else if (!by_season &&
             !ResolveSubject("subject", match, env, true, claim.subject, claim.subject_span)) {
    return;
  } else if (!by_season) {
    // Named, or a pronoun that opens the clause ("He is 53"): no guess.
    const Span* named = match.Group("subject");
    claim.subject_guessed = (named == nullptr || named->size() == 0) &&
                            !NamedInSentence(env, claim.subject) &&
                            !ClauseOpensWithPersonPronoun(env, match.span);
  }
  claim.subject_text = std::string(env.doc->Text(claim.subject_span));
  const Span* value_span = match.Group("value");
  if (!value_span) return;
  claim.value_text = std::string(env.doc->Text(*value_span));
  claim.value_span = *value_span;
  // "Fort Smith, 1,450 kilometres away": a value a thousands group goes on
  // from is only the first digits of a larger number.
  static const RE2 kThousands("^,\\d{3}\\b");
  if (RE2::PartialMatch(env.Trail(value_span->end, 5), kThousands)) return;
  std::optional<normalize::Value> value = NormalizeGroup("value", match, env);
  if (!value) return;
  claim.approximation = value->approximation;
  claim.inconsistency = value->inconsistency;
  const std::optional<DeclaredType> type = ValueTypeOf("value");
  if (type == DeclaredType::kAge &&
      (value->amount.unit == Unit::kMonth || value->amount.unit == Unit::kWeek ||
       value->amount.unit == Unit::kDay)) {
    // "a nine-month-old girl": months, not years; the normalizer's birth
    // range counts back from the day it was read against.
    if (value->amount.max != value->amount.min || value->range.from.is_not_a_date()) return;
    claim.type = ValueType::kAge;
    claim.quantity = Quantity{value->amount.min, value->amount.max, value->amount.unit};
    claim.date = value->range;
    claim.grain = "day";
  } else if (type == DeclaredType::kAge) {
    if (!BuildAge(match, env, *value, claim)) return;
  } else if (type == DeclaredType::kNumber || type == DeclaredType::kCount) {
    const double n = value->amount.min;
    const bool looks_like_year = value_span->size() == 4 && n >= 1800 && n <= 2100;
    if (looks_like_year) return;
    claim.type = ValueType::kNumber;
    claim.quantity = Quantity{value->amount.min, value->amount.max,
                              attribute_->unit == Unit::kNone ? Unit::kCount : attribute_->unit};
  } else if (type == DeclaredType::kDuration) {
    if (value->kind != normalize::Kind::kDuration) return;
    claim.type = ValueType::kDuration;
    claim.quantity = value->amount;
    Quantity days = value->days;
    if (days.unit == Unit::kNone) days.unit = Unit::kDay;
    days.min -= attribute_->tolerance;
    days.max += attribute_->tolerance;
    claim.days = days;
  } else if (!BuildDate(env, *value, claim)) {  // date, interval
    return;
  }
  out.push_back(std::move(claim));
}

}  // namespace factlint::rules
