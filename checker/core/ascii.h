// ASCII case folding, for the closed vocabularies factlint compares (format
// names, HTML tags, YAML keywords, month names): only A-Z change, so a
// UTF-8 string stays valid and the result never depends on the C locale.
// And trimming by bytes, for the formats that each say which bytes are
// white space (Markdown: space and tab; a suppression: ASCII space).
//
//   AsciiLower("HTML Table")                          // -> "html table"
//   TrimBytes(" \tx y\t", [](char c) { return c == ' ' || c == '\t'; })  // -> "x y"
#pragma once

#include <string>
#include <string_view>

namespace factlint {

inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// `text` without the bytes `is_trimmed` accepts at its start and its end.
template <typename IsTrimmed>
std::string_view TrimBytes(std::string_view text, IsTrimmed is_trimmed) {
  while (!text.empty() && is_trimmed(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_trimmed(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace factlint
