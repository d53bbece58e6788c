// ASCII case folding, for the closed vocabularies factlint compares (format
// names, HTML tags, YAML keywords, month names): only A-Z change, so a
// UTF-8 string stays valid and the result never depends on the C locale.
//
//   AsciiLower("HTML Table")  // -> "html table"
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

}  // namespace factlint
