#include "checker/rules/tense.h"

#include <re2/re2.h>

namespace factlint::rules {

Tense SentenceTense(std::string_view sentence) {
  static const RE2 kFuture(
      "(?i)\\b(?:will|won['’]t|shall|(?:is|are|was|were)\\s+(?:set|scheduled|slated|expected|"
      "due|poised|going)\\s+to|is\\s+coming|are\\s+coming|upcoming|next\\s+(?:week|month|"
      "year)|later\\s+this)\\b|['’]ll\\b");
  static const RE2 kPast(
      "(?i)\\b(?:was|were|had|did|ago|yesterday|last\\s+(?:week|month|year)|"
      "(?:premiered|debuted|aired|released|began|started|ended|returned|announced|ratified|"
      "received|won|earned|lasted|wrapped|finished|said|told|wrote|posted|revealed))\\b");
  static const RE2 kPresent(
      "(?i)\\b(?:is|are|has|have|premieres|debuts|returns|airs|begins|starts|ends|now|"
      "currently)\\b");
  const re2::StringPiece text(sentence.data(), sentence.size());
  if (RE2::PartialMatch(text, kFuture)) return Tense::kFuture;
  if (RE2::PartialMatch(text, kPast)) return Tense::kPast;
  if (RE2::PartialMatch(text, kPresent)) return Tense::kPresent;
  return Tense::kUnknown;
}

}  // namespace factlint::rules
