#include "checker/segment/abbreviations.h"

#include <algorithm>

namespace factlint::segment {
namespace {

struct Abbreviation {
  std::string_view word;  // without the final '.'
  AbbreviationKind kind;
};

// The one list of abbreviations. Case matters: "No" is "number", "no" is not.
constexpr Abbreviation kAbbreviations[] = {
    // Titles and ranks, always followed by a name.
    {"Mr", AbbreviationKind::kTitle},
    {"Mrs", AbbreviationKind::kTitle},
    {"Ms", AbbreviationKind::kTitle},
    {"Mx", AbbreviationKind::kTitle},
    {"Dr", AbbreviationKind::kTitle},
    {"St", AbbreviationKind::kTitle},
    {"Prof", AbbreviationKind::kTitle},
    {"Gov", AbbreviationKind::kTitle},
    {"Sen", AbbreviationKind::kTitle},
    {"Rep", AbbreviationKind::kTitle},
    {"Gen", AbbreviationKind::kTitle},
    {"Lt", AbbreviationKind::kTitle},
    {"Col", AbbreviationKind::kTitle},
    {"Capt", AbbreviationKind::kTitle},
    {"Sgt", AbbreviationKind::kTitle},
    {"Rev", AbbreviationKind::kTitle},
    {"Hon", AbbreviationKind::kTitle},
    {"Pres", AbbreviationKind::kTitle},
    {"Supt", AbbreviationKind::kTitle},
    {"Mt", AbbreviationKind::kTitle},
    {"Ft", AbbreviationKind::kTitle},
    {"vs", AbbreviationKind::kTitle},
    {"v", AbbreviationKind::kTitle},
    {"e.g", AbbreviationKind::kTitle},
    {"i.e", AbbreviationKind::kTitle},
    {"cf", AbbreviationKind::kTitle},
    {"approx", AbbreviationKind::kTitle},
    // Before a number.
    {"No", AbbreviationKind::kBeforeNumber},
    {"Nos", AbbreviationKind::kBeforeNumber},
    {"no", AbbreviationKind::kBeforeNumber},
    {"Vol", AbbreviationKind::kBeforeNumber},
    {"vol", AbbreviationKind::kBeforeNumber},
    {"Ep", AbbreviationKind::kBeforeNumber},
    {"ep", AbbreviationKind::kBeforeNumber},
    {"pp", AbbreviationKind::kBeforeNumber},
    {"Fig", AbbreviationKind::kBeforeNumber},
    // Months, as AP style abbreviates them.
    {"Jan", AbbreviationKind::kMonth},
    {"Feb", AbbreviationKind::kMonth},
    {"Mar", AbbreviationKind::kMonth},
    {"Apr", AbbreviationKind::kMonth},
    {"Jun", AbbreviationKind::kMonth},
    {"Jul", AbbreviationKind::kMonth},
    {"Aug", AbbreviationKind::kMonth},
    {"Sep", AbbreviationKind::kMonth},
    {"Sept", AbbreviationKind::kMonth},
    {"Oct", AbbreviationKind::kMonth},
    {"Nov", AbbreviationKind::kMonth},
    {"Dec", AbbreviationKind::kMonth},
    // Soft: may end a sentence too.
    {"Jr", AbbreviationKind::kSoft},
    {"Sr", AbbreviationKind::kSoft},
    {"Inc", AbbreviationKind::kSoft},
    {"Co", AbbreviationKind::kSoft},
    {"Corp", AbbreviationKind::kSoft},
    {"Ltd", AbbreviationKind::kSoft},
    {"Bros", AbbreviationKind::kSoft},
    {"Ave", AbbreviationKind::kSoft},
    {"Blvd", AbbreviationKind::kSoft},
    {"etc", AbbreviationKind::kSoft},
    {"U.S", AbbreviationKind::kSoft},
    {"U.K", AbbreviationKind::kSoft},
    {"D.C", AbbreviationKind::kSoft},
    {"L.A", AbbreviationKind::kSoft},
    {"N.Y", AbbreviationKind::kSoft},
    {"a.m", AbbreviationKind::kSoft},
    {"p.m", AbbreviationKind::kSoft},
    {"Ph.D", AbbreviationKind::kSoft},
};

// Words that usually begin a sentence; after a soft abbreviation they mean it
// ended ("... moved to the U.S. The move ..."), where a name would not.
constexpr std::string_view kSentenceOpeners[] = {
    "A",       "After",  "Also",    "Although", "An",    "And",  "As",    "At",        "But",
    "Despite", "During", "Earlier", "For",      "He",    "Her",  "Here",  "His",       "However",
    "I",       "If",     "In",      "It",       "Its",   "Last", "Later", "Meanwhile", "My",
    "Now",     "On",     "Our",     "She",      "Since", "So",   "Still", "That",      "The",
    "Their",   "Then",   "There",   "These",    "They",  "This", "Those", "Though",    "We",
    "What",    "When",   "While",   "Who",      "Why",   "With", "Yet",   "You",
};

bool IsUpperAscii(char c) {
  return c >= 'A' && c <= 'Z';
}
bool IsLetterAscii(char c) {
  return (c >= 'a' && c <= 'z') || IsUpperAscii(c);
}

// "F.B.I", "a.m", "U.S": single letters joined by dots.
bool IsDottedInitialism(std::string_view word) {
  if (word.size() < 3) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool letter_slot = i % 2 == 0;
    if (letter_slot != IsLetterAscii(word[i]) || (!letter_slot && word[i] != '.')) return false;
  }
  return word.size() % 2 == 1;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  for (const Abbreviation& a : kAbbreviations)
    if (a.word == word) return a.kind;
  if (word.size() == 1 && IsUpperAscii(word[0])) return AbbreviationKind::kSoft;  // "B. Jordan"
  if (IsDottedInitialism(word)) return AbbreviationKind::kSoft;
  return AbbreviationKind::kNone;
}

bool IsSentenceOpener(std::string_view word) {
  return std::find(std::begin(kSentenceOpeners), std::end(kSentenceOpeners), word) !=
         std::end(kSentenceOpeners);
}

}  // namespace factlint::segment
