#include "checker/core/utf8.h"

#include <cstdio>

#include "checker/core/source.h"

namespace factlint::utf8 {

std::optional<size_t> FindInvalid(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;  // a continuation byte, an overlong lead (C0, C1) or > F4
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::nullopt;
}

Status Validate(const std::string& path, std::string_view text, std::string_view what) {
  const std::optional<size_t> bad = FindInvalid(text);
  if (!bad) return {};
  // Position by the valid prefix: columns count the code points before it.
  const SourceText prefix(path, std::string(text.substr(0, *bad)));
  const Position at = prefix.PositionOf(*bad);
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02x",
                static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
  return Error{
      path, at.line, at.column,
      std::string("invalid UTF-8 (byte ") + byte + "); " + std::string(what) + " must be UTF-8",
      ""};
}

Status ValidateText(const std::string& path, std::string_view text, std::string_view what) {
  if (Status valid = Validate(path, text, what); !valid.ok()) return valid;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n' || c == '\r') continue;
    const SourceText prefix(path, std::string(text.substr(0, i)));
    const Position at = prefix.PositionOf(i);
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    return Error{
        path, at.line, at.column,
        std::string("control character ") + code + "; " + std::string(what) + " must be text", ""};
  }
  return {};
}

size_t CodePointCount(std::string_view text) {
  size_t count = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

bool LooksBinary(std::string_view text) {
  const std::string_view head = text.substr(0, 8192);
  int controls = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return controls > 8;
}

void Append(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t Decode(std::string_view text, size_t& pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len && pos + k < text.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  pos += len;
  return cp;
}

}  // namespace factlint::utf8
