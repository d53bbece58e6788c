// Letter classes for RE2 patterns that stay small.
//
// RE2 compiles \p{L} (every letter of every script) into a UTF-8 automaton
// of about 1,200 instructions, and \p{Lu} into about 800; a name pattern
// such as "\p{Lu}[\p{L}.-]*(?:[ ]+\p{Lu}[\p{L}.-]*){0,3}" becomes 7,953
// instructions and takes 2.8 ms to compile, the same pattern over the
// alphabets news is written in 61 instructions and 0.03 ms. The shipped
// rules use such names dozens of times, so the full classes cost most of
// factlint's start-up and make every sentence's automaton larger.
//
// Here a letter is one of the Latin (Basic, Latin-1, Extended-A/B and
// Extended Additional: "Ólafur", "Łukasz", "Nguyễn"), Greek and Cyrillic
// alphabets. Upper and lower case are told apart in Basic Latin, Latin-1,
// Greek and Cyrillic; in the Latin extensions, where the two alternate
// letter by letter, every letter counts as both (a word that begins with a
// lower-case "ł" is as good as never written in English news).
//
//   CompactLetterClasses("[\\p{Lu}\\d][\\p{L}'-]*")
//     -> "[A-Z\\x{C0}-...\\d][A-Za-z...'-]*"
#pragma once

#include <string>
#include <string_view>

namespace factlint {

// The members of each class, to write inside [...] ("[" kUpperLetters "\\d]").
#define FACTLINT_UPPER_LETTERS                                                                     \
  "A-Z\\x{C0}-\\x{D6}\\x{D8}-\\x{DE}\\x{100}-\\x{24F}\\x{386}-\\x{3AB}\\x{400}-\\x{42F}\\x{1E00}-" \
  "\\x{1EFF}"
#define FACTLINT_LOWER_LETTERS                                                                  \
  "a-z\\x{B5}\\x{DF}-\\x{F6}\\x{F8}-\\x{FF}\\x{100}-\\x{24F}\\x{3AC}-\\x{3CE}\\x{430}-\\x{45F}" \
  "\\x{1E00}-"                                                                                  \
  "\\x{1EFF}"
#define FACTLINT_LETTERS                                                                           \
  "A-Za-z\\x{AA}\\x{B5}\\x{BA}\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{24F}\\x{370}-\\x{3FF}\\x{" \
  "400}-"                                                                                          \
  "\\x{4FF}\\x{1E00}-\\x{1EFF}"

// `pattern` with every \p{L}, \p{Lu} and \p{Ll} (inside a class or not)
// replaced by the compact class above; \P{...}, \pL and other classes are
// left as written (RE2 then reads them over all of Unicode).
std::string CompactLetterClasses(std::string_view pattern);

}  // namespace factlint
