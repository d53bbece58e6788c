#include "checker/normalize/tense.h"

#include <re2/re2.h>

#include "checker/normalize/lexicon.h"

namespace factlint::normalize {

Tense DetectTense(std::string_view sentence) {
  static const RE2 kFuture(
      "(?i)\\b(?:will|shall|won't|wo n't|going\\s+to|gonna|(?:is|are|'s|'re)\\s+(?:set|slated|"
      "scheduled|expected|due|poised|planned|about|confirmed|tipped|likely|bound)\\s+to|upcoming|"
      "next\\s+(?:week|month|year)|"
      "tomorrow)\\b|\\w'll\\b");
  static const RE2 kPast(
      "(?i)\\b(?:was|were|had|did|didn't|wasn't|weren't|hadn't|ago|yesterday|last\\s+(?:week|"
      "month|year|night)|earlier\\s+this|previously|formerly|began|became|came|went|won|wrote|"
      "said|told|made|took|gave|got|left|ran|saw|found|held|led|met|paid|sent|spent|stood|"
      "began|broke|brought|built|bought|chose|drew|fell|felt|flew|forgot|grew|heard|kept|"
      "knew|lost|meant|rose|sang|sold|shot|showed|shown|spoke|struck|taught|thought|"
      "threw|understood|wore|swept|caught|dealt|fled|fought|hid|laid|lent|sought|shook|slid|"
      "stole|stuck|swore|swam|swung|tore|wept|woke|withdrew|overtook|forbade|froze|bit|bled|"
      "drove|ate|hung|led|rode|rang|sank|sent|slept|spent|spun|stood|strove|sprang|[a-z]{2,}ed)"
      "\\b");
  static const RE2 kPresent(
      "(?i)\\b(?:is|are|am|premieres|airs|opens|starts|begins|returns|debuts|arrives|lands|"
      "launches|releases|drops|hits|streams|runs)\\b");
  // "shot defensive end Will Smith in 2016": after a lower-case word, a
  // capitalized "Will" before a capitalized word is a first name, not the
  // modal (a title-case headline, "Sequel Will Open In May", keeps it).
  static const RE2 kFirstNameWill("(\\b[a-z][\\p{L}'’-]*,?[ ]+)Will([ ]+\\p{Lu})");
  std::string text;
  if (sentence.find("Will") != std::string_view::npos) {
    std::string unnamed(sentence);
    RE2::GlobalReplace(&unnamed, kFirstNameWill, "\\1Wyll\\2");
    text = lexicon::Fold(unnamed);
  } else {
    text = lexicon::Fold(sentence);
  }
  const re2::StringPiece piece(text.data(), text.size());
  if (RE2::PartialMatch(piece, kFuture)) return Tense::kFuture;
  // "the probe, to be launched in September": a passive infinitive is
  // still to come, unless "was to be" puts the plan in the past.
  static const RE2 kToBeDone("(?i)\\bto\\s+be\\s+[a-z]{2,}ed\\b");
  static const RE2 kWasToBe("(?i)\\b(?:was|were)\\s+to\\s+be\\b");
  if (RE2::PartialMatch(piece, kToBeDone) && !RE2::PartialMatch(piece, kWasToBe))
    return Tense::kFuture;
  // Headline style drops the copula: "Finale to come out on New Year's Eve",
  // "Sequel set for May release". A plan still to come, unless a past form
  // owns it ("agreed to return", "was originally set for May"), the story
  // goes on with it ("only to return weeks later"), or a copula keeps it in
  // the tense the rest of the sentence gives ("is scheduled for").
  static const RE2 kPlan(
      "(?i)\\b([a-z'’-]+)\\s+(?:to\\s+(?:come\\s+out|debut|premiere|air|open|launch|release|"
      "return|arrive|hit|land|stream|drop)|(?:set|slated|scheduled|poised|due)\\s+(?:to|for))"
      "\\b");
  static const RE2 kNotAPlan(
      "(?i)(?:be|been|being|is|are|am|originally|initially|first|once|not|never|only)");
  // "the first heavy storm to hit Oregon", "the only woman to win it": an
  // infinitive after a superlative or an ordinal says who did it, no plan.
  static const RE2 kFirstTo(
      "(?i)\\b(?:first|last|only|second|third|fourth|fifth|latest|biggest|largest|strongest|"
      "worst|deadliest|youngest|oldest|highest|lowest|longest|fastest|best|greatest|most|"
      "least)(?:\\s+[a-z'’-]+){0,3}$");
  re2::StringPiece rest = piece;
  re2::StringPiece owner;  // a piece of `piece`: where the plan's word is
  while (RE2::FindAndConsume(&rest, kPlan, &owner)) {
    const auto plan_at = static_cast<size_t>(owner.data() - piece.data());
    const re2::StringPiece lead(piece.data(), plan_at + owner.size());
    if (RE2::PartialMatch(lead, kFirstTo)) continue;
    if (!RE2::FullMatch(owner, kPast) && !RE2::FullMatch(owner, kNotAPlan)) return Tense::kFuture;
    // "(is) confirmed to launch on December 25", "expected to arrive": a
    // participle of planning is a plan, unless "was" or "had been" puts it
    // in the past ("was expected to launch in 2020").
    static const RE2 kPlanning(
        "(?i)confirmed|expected|scheduled|slated|tipped|planned|poised|rumou?red|touted");
    static const RE2 kPastCopula("(?i)\\b(?:was|were|had|been)[ ]+$");
    if (RE2::FullMatch(owner, kPlanning) &&
        !RE2::PartialMatch(re2::StringPiece(piece.data(), plan_at), kPastCopula))
      return Tense::kFuture;
  }
  // "followed by the second part on July 9", "a film directed by Ana Ruiz":
  // a participle that describes a noun has no tense of its own; the finite
  // verb of the clause, or of the sentence, gives it.
  static const RE2 kParticiple(
      "(?i)\\b(?:followed|preceded|accompanied|joined|flanked|directed|written|produced|"
      "created|narrated|voiced|hosted|organi[sz]ed|sponsored|backed|funded|owned|operated)\\s+"
      "by\\b");
  // "is scheduled for liftoff on Saturday", "are now set for May 3": a
  // schedule in the present, whose participle is no past.
  static const RE2 kScheduled(
      "(?i)\\b(?:is|are|'s|'re)\\s+(?:(?:now|currently|tentatively|still|also)\\s+)?"
      "(?:set|slated|scheduled|due|planned)\\s+(?:for|on)\\b");
  std::string finite;
  if (RE2::PartialMatch(piece, kParticiple) || RE2::PartialMatch(piece, kScheduled)) {
    finite = text;
    RE2::GlobalReplace(&finite, kParticiple, " ");
    RE2::GlobalReplace(&finite, kScheduled, " is ");
  }
  const re2::StringPiece verbs = finite.empty() ? piece : re2::StringPiece(finite);
  if (RE2::PartialMatch(verbs, kPast)) return Tense::kPast;
  if (RE2::PartialMatch(verbs, kPresent)) return Tense::kPresent;
  return Tense::kUnknown;
}

}  // namespace factlint::normalize
