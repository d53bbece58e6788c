#include "checker/facts/name_key.h"

namespace factlint::facts {

std::string NameKey(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    // U+2018/U+2019 (E2 80 98/99): typographic apostrophes.
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(name[i + 2]) == 0x98 ||
         static_cast<unsigned char>(name[i + 2]) == 0x99)) {
      out += '\'';
      i += 2;
      continue;
    }
    // Latin-1 capitals U+00C0..U+00DE (C3 80..C3 9E) but U+00D7 (x sign).
    if (c == 0xC3 && i + 1 < name.size()) {
      const unsigned char d = static_cast<unsigned char>(name[i + 1]);
      out += name[i];
      out += (d >= 0x80 && d <= 0x9E && d != 0x97) ? static_cast<char>(d + 0x20) : name[i + 1];
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string NameWithoutSuffix(std::string_view name) {
  static const std::string_view kSuffixes[] = {" II", " III", " IV", " Jr.", " Jr", " Sr.", " Sr"};
  for (const std::string_view suffix : kSuffixes) {
    if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix)
      continue;
    std::string shorter(name.substr(0, name.size() - suffix.size()));
    if (!shorter.empty() && shorter.back() == ',') shorter.pop_back();
    if (shorter.find(' ') == std::string::npos) return std::string();
    return shorter;
  }
  return std::string();
}

}  // namespace factlint::facts
