#include "checker/normalize/tense.h"

#include <re2/re2.h>

#include "checker/normalize/lexicon.h"

namespace factlint::normalize {

Tense DetectTense(std::string_view sentence) {
  static const RE2 kFuture(
      "(?i)\\b(?:will|shall|won't|wo n't|going\\s+to|gonna|(?:is|are|'s|'re)\\s+(?:set|slated|"
      "scheduled|expected|due|poised|planned|about)\\s+to|upcoming|next\\s+(?:week|month|year)|"
      "tomorrow)\\b|\\w'll\\b");
  static const RE2 kPast(
      "(?i)\\b(?:was|were|had|did|didn't|wasn't|weren't|hadn't|ago|yesterday|last\\s+(?:week|"
      "month|year|night)|earlier\\s+this|previously|formerly|began|became|came|went|won|wrote|"
      "said|told|made|took|gave|got|left|ran|saw|found|held|led|met|paid|sent|spent|stood|"
      "began|broke|brought|built|bought|chose|drew|fell|felt|flew|forgot|grew|heard|kept|"
      "knew|lost|meant|rose|sang|sold|shot|showed|shown|spoke|struck|taught|thought|"
      "threw|understood|wore|[a-z]{2,}ed)\\b");
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
  if (RE2::PartialMatch(piece, kPast)) return Tense::kPast;
  if (RE2::PartialMatch(piece, kPresent)) return Tense::kPresent;
  return Tense::kUnknown;
}

}  // namespace factlint::normalize
