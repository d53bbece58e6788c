#include "checker/rules/tense.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "checker/normalize/tense.h"
#include "checker/rules/plan_words.h"

namespace factlint::rules {
namespace {

re2::StringPiece Piece(std::string_view text) {
  return re2::StringPiece(text.data(), text.size());
}

bool IsClauseBreak(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return true;
  // An em or en dash (E2 80 94 / E2 80 93).
  return c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
         (text[i + 2] == '\x94' || text[i + 2] == '\x93');
}

// The clause around `match`: from the break before it to the break after.
TextRange ClauseOf(std::string_view sentence, TextRange match) {
  TextRange clause = match;
  while (clause.begin > 0 && !IsClauseBreak(sentence, clause.begin - 1)) --clause.begin;
  while (clause.end < sentence.size() && !IsClauseBreak(sentence, clause.end)) ++clause.end;
  return clause;
}

std::string_view Slice(std::string_view text, TextRange r) {
  return text.substr(r.begin, r.end - r.begin);
}

// "could return", "may premiere": possible, not planned.
const RE2& ModalOfPossibility() {
  // Case-sensitive: "May" is a month.
  static const RE2 re("\\b(?:[Cc]ould|[Mm]ight|may|[Ww]ould|[Ss]hould)\\b");
  return re;
}

// The tense of the words nearest `match`, growing a window one word each
// side until it holds a cue: in "On Monday, state officials said the span
// will open in 2030", Monday is dated by "said", not by the later "will".
Tense NearestTense(std::string_view sentence, TextRange match) {
  size_t begin = match.begin;
  size_t end = match.end;
  while (begin > 0 || end < sentence.size()) {
    while (begin > 0 && sentence[begin - 1] == ' ') --begin;
    while (begin > 0 && sentence[begin - 1] != ' ') --begin;
    while (end < sentence.size() && sentence[end] == ' ') ++end;
    while (end < sentence.size() && sentence[end] != ' ') ++end;
    const Tense tense = normalize::DetectTense(Slice(sentence, TextRange{begin, end}));
    if (tense != Tense::kUnknown) return tense;
  }
  return Tense::kUnknown;
}

}  // namespace

Tense SentenceTense(std::string_view sentence) {
  return normalize::DetectTense(sentence);
}

// The verb with the auxiliaries and adverbs right before it: a rule's verb
// group may start at "be released" in "will now be released".
TextRange WithAuxiliaries(std::string_view sentence, TextRange verb) {
  static const RE2 kAuxiliary(
      "(?i)will|would|shall|must|to|now|then|also|still|soon|finally|is|are|was|were|be|been|"
      "has|have|had|needs?|set|expected|scheduled|slated|due|going");
  constexpr int kMaxWords = 4;
  for (int i = 0; i < kMaxWords; ++i) {
    size_t end = verb.begin;
    while (end > 0 && sentence[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(sentence[begin - 1]))) --begin;
    if (begin == end || !RE2::FullMatch(Piece(Slice(sentence, {begin, end})), kAuxiliary)) break;
    verb.begin = begin;
  }
  return verb;
}

// Step 1a: the words right before `value` move a plan to it.
bool MovedTo(std::string_view sentence, TextRange value) {
  constexpr size_t kLookBack = 80;
  const size_t from = value.begin > kLookBack ? value.begin - kLookBack : 0;
  std::string lead(sentence.substr(from, value.begin - from));
  // The normalizer's interval may hold the "until" itself ("until Thursday").
  static const RE2 kOwnUntil("(?i)^(?:until|till)\\b");
  if (RE2::PartialMatch(Piece(Slice(sentence, value)), kOwnUntil)) lead += "until ";
  // A first plan keeps the tense it is told in: "originally delayed to".
  static const RE2 kMoved(std::string("(?i)(?:^|[^\\p{L}])((?:originally|initially|first|"
                                      "previously)[ ]+)?") +
                          kMovedVerb +
                          "(?:[ ]+[\\p{L}'’]+){0,4}[ ]+(?:for|until|till|to)[ ]+(?:(?:the|this|"
                          "next|on)[ ]+)?$");
  std::string first_plan;
  if (RE2::PartialMatch(Piece(lead), kMoved, &first_plan)) return first_plan.empty();
  // "date announced as 14 October", "confirmed for August 25": a day set
  // for what is to come.
  static const RE2 kSetFor(
      "(?i)\\b(?:announced|confirmed|set|fixed|named)[ ]+(?:as|for)[ ]+"
      "(?:(?:the|this|next|on)[ ]+)?$");
  if (RE2::PartialMatch(Piece(lead), kSetFor)) return true;
  // "ordered to evacuate the city by Friday": a deadline set for what is
  // still to be done.
  static const RE2 kDeadline(
      "(?i)\\b(?:ordered|told|asked|urged|must|have|has|needs?)[ ]+to[ ]+[a-z]+"
      "(?:[ ]+[\\p{L}'’]+){0,4}[ ]+by[ ]+$");
  if (RE2::PartialMatch(Piece(lead), kDeadline)) return true;
  static const RE2 kAtLeastUntil("(?i)\\bat[ ]+least[ ]+(?:until|till)[ ]+$");
  return RE2::PartialMatch(Piece(lead), kAtLeastUntil);
}

Tense ClaimTense(std::string_view sentence, TextRange match, std::optional<TextRange> verb,
                 std::optional<TextRange> value) {
  if (MovedTo(sentence, value ? *value : match)) return Tense::kFuture;
  // "Acme said the speaker would launch in December": what a report
  // foresaw lies ahead of the report (FutureInThePast turns it to the past
  // once the date is behind publication).
  if (FutureInThePast(sentence, value ? *value : match)) return Tense::kFuture;
  if (verb && verb->end > verb->begin) {
    const std::string_view text = Slice(sentence, WithAuxiliaries(sentence, *verb));
    if (RE2::PartialMatch(Piece(text), ModalOfPossibility())) return Tense::kFuture;
    // An obligation dates what is still to come: "must surrender April 27".
    static const RE2 kObligation("(?i)\\b(?:must|(?:has|have|needs?)[ ]+to|(?:is|are)[ ]+to)\\b");
    if (RE2::PartialMatch(Piece(text), kObligation)) return Tense::kFuture;
    // "followed by the second part on July 9": with its "by", a participle
    // that dates nothing by itself (DetectTense), and the clause decides.
    // "is confirmed to launch": with its infinitive, a plan.
    std::string read(text);
    const std::string_view after = sentence.substr(verb->end);
    static const RE2 kByOrInfinitive("^([ ]+(?:by|to[ ]+[a-z]+))\\b");
    re2::StringPiece next;
    if (RE2::PartialMatch(Piece(after), kByOrInfinitive, &next)) read += next.as_string();
    const Tense tense = normalize::DetectTense(read);
    if (tense != Tense::kUnknown) return tense;
  }
  // Without a verb of its own (a dated mention), a date tells when the
  // verb before it in its clause happened: "told ABC News on Monday that
  // the deal was going to happen" is last Monday. The clause's words before
  // it decide, else the whole clause, else the sentence's nearest cue.
  const TextRange clause_range = ClauseOf(sentence, match);
  if (!verb && match.begin > clause_range.begin) {
    const std::string_view lead = Slice(sentence, TextRange{clause_range.begin, match.begin});
    const Tense before = normalize::DetectTense(lead);
    if (before != Tense::kUnknown) return before;
  }
  const Tense clause = normalize::DetectTense(Slice(sentence, clause_range));
  if (clause != Tense::kUnknown) return clause;
  return NearestTense(sentence, match);
}

// "The studio said the game would arrive on Oct. 9": "would" after a verb
// of saying is the announcement's future, not a possibility; "could",
// "might", "may" and "should" stay hedges, as does "would" without one.
bool ReportedFuture(std::string_view sentence, std::string_view lead) {
  static const RE2 kOtherModal("\\b(?:[Cc]ould|[Mm]ight|may|[Ss]hould)\\b");
  if (RE2::PartialMatch(Piece(lead), kOtherModal)) return false;
  static const RE2 kWould("\\b([Ww]ould)\\b");
  re2::StringPiece would;
  if (!RE2::PartialMatch(Piece(lead), kWould, &would)) return false;
  // The sentence up to that "would" (`lead` is a piece of `sentence`).
  const auto before = static_cast<size_t>(would.data() - sentence.data());
  static const RE2 kSaid(
      "(?i)\\b(?:said|says|announced|confirmed|told|stated|revealed|added|promised|"
      "insisted|reported|claimed|predicted|vowed|pledged|estimated|projected)\\b[^.;]*$");
  return RE2::PartialMatch(Piece(sentence.substr(0, before)), kSaid);
}

bool FutureInThePast(std::string_view sentence, TextRange match) {
  const TextRange clause = ClauseOf(sentence, match);
  const std::string_view lead = sentence.substr(clause.begin, match.end - clause.begin);
  return ReportedFuture(sentence, lead);
}

bool IsUnasserted(std::string_view sentence, TextRange match, std::optional<TextRange> verb) {
  const TextRange clause = ClauseOf(sentence, match);
  // Up to the verb (or the whole match): what comes before it hedges it.
  const size_t until = verb ? verb->end : match.end;
  const std::string_view lead = sentence.substr(clause.begin, until - clause.begin);
  static const RE2 conditional("(?i)\\b(?:if|unless|whether|in[ ]+case)\\b");
  // "to decide whether to proceed with the trial Ana Ruiz is facing on
  // March 11": the choice is hedged, not the date the match's own verb
  // ("is facing") gives.
  static const RE2 whether_to("(?i)\\bwhether[ ]+to\\b");
  const bool own_verb = verb && verb->begin > match.begin;
  static const RE2 negation("(?i)(?:\\b(?:not|never|no longer)\\b|n['\xE2\x80\x99]t\\b)");
  // A condition before the subject: "if it premieres in May".
  const std::string_view before_match = sentence.substr(clause.begin, match.begin - clause.begin);
  if (RE2::PartialMatch(Piece(before_match), conditional)) {
    std::string without_choice(before_match);
    if (own_verb) RE2::GlobalReplace(&without_choice, whether_to, "");
    if (RE2::PartialMatch(without_choice, conditional)) return true;
  }
  // A conditional clause opening the sentence: "Unless delayed, filming
  // ends in May."
  static const RE2 opening("(?i)^\\W*(?:if|unless|whether|in[ ]+case)\\b");
  if (RE2::PartialMatch(Piece(sentence.substr(0, match.begin)), opening)) return true;
  // A hope is not a plan: "can look forward to reaching her 100th
  // birthday", "hopes to release it in May".
  static const RE2 hope(
      "(?i)\\b(?:hopes?|hoping|aims?|aiming|wants?|wanting|looks?[ ]+forward|looking[ ]+forward|"
      "dreams?|dreaming)[ ]+(?:to|of)\\b");
  if (RE2::PartialMatch(Piece(lead), hope)) return true;
  if (RE2::PartialMatch(Piece(lead), ModalOfPossibility()) && !ReportedFuture(sentence, lead))
    return true;
  // A negation next to the verb: "did not premiere", "has not aired".
  const size_t from = verb ? (verb->begin >= 16 ? verb->begin - 16 : 0) : match.begin;
  const size_t near_begin = std::max(from, clause.begin);
  if (RE2::PartialMatch(Piece(sentence.substr(near_begin, until - near_begin)), negation))
    return true;
  // A date a work will miss: "are not going to have the film ready for its
  // summer 2024 release date", "won't be ready in time for its May debut".
  static const RE2 not_ready(
      "(?i)(?:\\b(?:not|never)\\b|n['\xE2\x80\x99]t\\b)[^.;,]{0,60}"
      "\\b(?:ready|in[ ]+time|on[ ]+time)\\b[^.;,]{0,40}$");
  if (RE2::PartialMatch(Piece(sentence.substr(clause.begin, until - clause.begin)), not_ready))
    return true;
  // An event that did not happen: "nearly died in 2019", "narrowly missed".
  if (verb) {
    static const RE2 almost("(?i)\\b(?:nearly|almost|narrowly|barely)[ ]+$");
    const size_t from_near = verb->begin >= 12 ? verb->begin - 12 : 0;
    if (RE2::PartialMatch(Piece(sentence.substr(from_near, verb->begin - from_near)), almost))
      return true;
  }
  // A plan that was replaced: "was originally set to debut on November 3",
  // "had initially been scheduled for 2025". It was true of the old plan,
  // not of the event.
  static const RE2 superseded(
      "(?i)\\b(?:originally|initially|previously|formerly|once|first)[ ]+(?:been[ ]+)?"
      "(?:set|scheduled|slated|planned|intended|expected|due|supposed|meant|targeted|aimed|"
      "pegged|earmarked|announced|dated|estimated|projected|forecast|planning|aiming|hoping|"
      "targeting|intending|expecting)\\b|\\b(?:was|were|had[ "
      "]+been)[ ]+(?:supposed|meant|"
      "intended|originally|initially|(?:set|scheduled|slated|due|expected|promised|pledged)[ ]+"
      "to)\\b|"
      "\\bhad[ ]+(?:ordered|set|scheduled|planned)\\b|\\border(?:ed)?[ ]+(?:that[ "
      "]+)?(?:she|he|they|her|him|them)\\b");
  const size_t plan_from = verb ? (verb->begin >= 40 ? verb->begin - 40 : 0) : match.begin;
  const size_t plan_begin = std::max(plan_from, clause.begin);
  if (RE2::PartialMatch(Piece(sentence.substr(plan_begin, until - plan_begin)), superseded))
    return true;
  // "were scheduled for July 24, but the organizers postponed them": a
  // past plan the same sentence says was given up.
  static const RE2 past_plan(
      "(?i)\\b(?:was|were)[ ]+"
      "(?:set|scheduled|slated|due|planned|expected)[ ]+(?:for|on|in|to)\\b");
  static const RE2 given_up(
      "(?i)^[^.;!?]*?,?[ ]+but[ ]+(?:[^ .;!?]+[ ]+){0,8}?(?:postpon|delay|mov|push|cancel|scrap|"
      "pull|halt|suspend|call|reschedul|shelv)");
  if (RE2::PartialMatch(Piece(sentence.substr(plan_begin, until - plan_begin)), past_plan) &&
      RE2::PartialMatch(Piece(sentence.substr(match.end)), given_up))
    return true;
  // The old plan may name several things before the verb: "was initially
  // estimated to cost $1.9 billion and be completed by late 2028".
  static const RE2 old_plan_far(
      "(?i)\\b(?:originally|initially|previously|first)[ ]+(?:been[ ]+)?(?:set|scheduled|slated|"
      "planned|expected|estimated|projected|forecast|due|supposed|meant|targeted|planning|"
      "aiming|hoping|intending|expecting)[ ]+to[ ]"
      "(?:[^.;!?]|\\.\\d)*$");  // "$1.9 billion" is no sentence end
  const size_t far_from = verb ? (verb->begin >= 120 ? verb->begin - 120 : 0) : match.begin;
  const size_t far_begin = std::max(far_from, clause.begin);
  const size_t far_until = verb ? verb->begin : match.begin;
  return far_until > far_begin &&
         RE2::PartialMatch(Piece(sentence.substr(far_begin, far_until - far_begin)), old_plan_far);
}

}  // namespace factlint::rules
