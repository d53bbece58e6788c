#include "checker/mentions/tokens.h"

#include <algorithm>
#include <iterator>

#include "checker/core/utf8.h"

namespace factlint::mentions {

namespace {

bool IsApostrophe(char32_t c) {
  return c == '\'' || c == U'\u2019';
}

// Letters of the scripts our articles use; punctuation blocks, symbols and
// emoji are not letters.
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, arrows, symbols
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0x1F000) return false;                // emoji
  return true;
}

bool IsDigit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool IsWordChar(char32_t c) {
  return IsLetter(c) || IsDigit(c);
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;  // Latin Extended-A pairs
  return false;
}

char32_t At(std::string_view text, size_t pos, size_t* next = nullptr) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {  // ASCII, most of any text: no call
    if (next) *next = pos + 1;
    return byte;
  }
  size_t p = pos;
  const char32_t c = utf8::Decode(text, p);
  if (next) *next = p;
  return c;
}

// "New York", "New Jersey": places whose first word is one that opens
// sentences and headlines ("New trailer for ..."), so the name-word lists
// treat it as no name. Written as one word, "New Jersey Gov. Ana Ruiz" and
// "the New York Jets" keep their place.
void JoinPlacesNamedNew(std::string_view text, std::vector<Word>& words) {
  static constexpr std::string_view kSecond[] = {"York",      "Jersey",  "Mexico",    "Zealand",
                                                 "Delhi",     "Orleans", "Hampshire", "Haven",
                                                 "Brunswick", "Guinea",  "England",   "Caledonia"};
  size_t out = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    Word w = words[i];
    if (i + 1 < words.size() && text.substr(w.begin, w.end - w.begin) == "New" &&
        words[i + 1].begin == w.end + 1 && text[w.end] == ' ') {
      const Word& next = words[i + 1];
      const std::string_view second = text.substr(next.begin, next.name_end - next.begin);
      if (std::find(std::begin(kSecond), std::end(kSecond), second) != std::end(kSecond)) {
        w.end = next.end;
        w.name_end = next.name_end;
        w.possessive = next.possessive;
        ++i;
      }
    }
    words[out++] = w;
  }
  words.resize(out);
}

}  // namespace

bool IsWordCharAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsWordChar(At(text, pos));
}

std::vector<Word> Tokenize(std::string_view text) {
  std::vector<Word> words;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = 0;
    const char32_t first = At(text, pos, &next);
    if (!IsWordChar(first)) {
      pos = next;
      continue;
    }
    Word w;
    w.begin = static_cast<uint32_t>(pos);
    w.capitalized = IsUpper(first);
    w.numeric = IsDigit(first);
    int letters = 0, upper = 0;
    size_t end = pos;
    size_t p = pos;
    while (p < text.size()) {
      size_t after = 0;
      const char32_t c = At(text, p, &after);
      if (IsWordChar(c)) {
        letters += IsLetter(c) ? 1 : 0;
        upper += IsUpper(c) ? 1 : 0;
        end = p = after;
        continue;
      }
      // A joiner stays inside the word only between two word characters.
      if ((c == '-' || IsApostrophe(c)) && after < text.size() && IsWordChar(At(text, after))) {
        p = after;
        continue;
      }
      break;
    }
    w.end = w.name_end = static_cast<uint32_t>(end);
    w.all_caps = letters >= 2 && upper == letters;
    // "B." — an initial.
    if (letters == 1 && upper == 1 && end < text.size() && text[end] == '.') {
      w.initial = true;
      w.end = w.name_end = static_cast<uint32_t>(end + 1);
    }
    // Possessive: "Scott's" / "Scott’s", or "Things'" before a space.
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
      if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
        w.possessive = true;
        w.name_end = static_cast<uint32_t>(w.end - suffix.size());
      }
    }
    if (!w.possessive && w.end < text.size() && text[w.end - 1] == 's') {
      size_t after = 0;
      const char32_t c = At(text, w.end, &after);
      if (IsApostrophe(c) && (after >= text.size() || text[after] == ' ')) {
        w.possessive = true;
        w.end = static_cast<uint32_t>(after);
      }
    }
    words.push_back(w);
    pos = w.end;
  }
  JoinPlacesNamedNew(text, words);
  return words;
}

std::string FoldName(std::string_view name) {
  // U+00C0..U+00FF folded to ASCII; '*' marks the two signs (x, /).
  static constexpr std::string_view kLatin1 =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo*ouuuuyty";
  std::string out;
  size_t pos = 0;
  while (pos < name.size()) {
    const char32_t c = At(name, pos, &pos);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c >= 0xC0 && c <= 0xFF && kLatin1[c - 0xC0] != '*') {
      out += kLatin1[c - 0xC0];
    } else if (IsApostrophe(c) || c == U'\u2018') {
      out += '\'';
    } else if (c == ' ' || c == '\t' || c == '\n' || c == 0xA0) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      utf8::Append(c, out);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace factlint::mentions
