// Words of a text with their byte spans, as the linker needs them: which
// are capitalized, which are initials ("B."), which carry a possessive
// ("Scott's", "Things'"), and what separates one word from the next.
//
//   auto words = mentions::Tokenize("Scott's Mark S. (Adam Scott)");
//   // "Scott's" (possessive, name "Scott"), "Mark", "S." (initial),
//   // "Adam", "Scott"; words[3].gap_before == " ("
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::mentions {

struct Word {
  uint32_t begin = 0;
  uint32_t end = 0;          // past the word, possessive included
  uint32_t name_end = 0;     // past the word without its possessive
  bool capitalized = false;  // starts with an upper-case letter
  bool all_caps = false;     // two or more letters, all upper case ("WGA", "TV")
  bool initial = false;      // one capital and a dot: "B."
  bool possessive = false;   // "Scott's", "Scott’s", "Things'"
  bool numeric = false;      // starts with a digit
};

// Words of `text`. Letters are ASCII letters and non-ASCII letters; an
// apostrophe or hyphen between two letters is part of the word ("O'Brien",
// "SAG-AFTRA", "Jean-Luc").
std::vector<Word> Tokenize(std::string_view text);

// True when the code point at `text[pos]` is a letter or digit (a word
// character for boundaries).
bool IsWordCharAt(std::string_view text, size_t pos);

// Lower case with Latin-1 diacritics folded ("Ólafur" -> "olafur"),
// typographic apostrophes as "'", spaces collapsed: the key of a name.
std::string FoldName(std::string_view name);

}  // namespace factlint::mentions
