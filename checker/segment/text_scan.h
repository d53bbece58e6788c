// Small code point helpers for scanning Document::text (valid UTF-8).
#pragma once

#include <cstdint>
#include <string_view>

#include "checker/core/utf8.h"

namespace factlint::segment {

struct CodePoint {
  char32_t value = 0;
  uint32_t begin = 0;
  uint32_t end = 0;  // one past its last byte
};

// The code point starting at `at` (at < text.size()).
inline CodePoint At(std::string_view text, uint32_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return {byte, at, at + 1};  // ASCII, most of any text: no call
  size_t pos = at;
  const char32_t value = utf8::Decode(text, pos);
  return {value, at, static_cast<uint32_t>(pos)};
}

// The code point ending just before `at` (at > 0).
inline CodePoint Before(std::string_view text, uint32_t at) {
  uint32_t begin = at - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  return At(text, begin);
}

inline bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x3000;
}

inline bool IsDigit(char32_t c) {
  return c >= '0' && c <= '9';
}

// Uppercase letters of the Latin, Greek and Cyrillic scripts (enough for
// names in news text; no locale involved).
inline bool IsUpper(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;  // Latin Extended-A pairs (approximately)
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

inline bool IsLetter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return c >= 0x370 && c < 0x2000;  // Greek, Cyrillic, ... (not punctuation blocks)
}

}  // namespace factlint::segment
