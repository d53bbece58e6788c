// The abbreviations whose final '.' does not end a sentence, and the words
// that, following a soft abbreviation, show a new sentence has begun.
#pragma once

#include <string_view>

namespace factlint::segment {

enum class AbbreviationKind {
  kNone,          // not an abbreviation: the '.' may end a sentence
  kTitle,         // Mr. Dr. Gov. St. — always followed by a name: never ends a sentence
  kBeforeNumber,  // No. — an abbreviation only before a number ("No. 1")
  kMonth,         // Oct. — never ends before a number ("Oct. 31"), else soft
  kSoft,          // U.S. Inc. a.m. J. — ends only before a typical sentence opener
};

// What `word` (the letters and inner dots before a '.', without that '.':
// "Oct", "U.S", "a.m", "J") is. Single capital letters and dotted
// initialisms ("F.B.I") are soft even when not listed.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for words that typically open a sentence: "The", "He", "In", "But"...
bool IsSentenceOpener(std::string_view word);

}  // namespace factlint::segment
