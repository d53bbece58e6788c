#include "checker/core/regex_letters.h"

#include <array>

namespace factlint {

std::string CompactLetterClasses(std::string_view pattern) {
  struct Replacement {
    std::string_view escape;
    std::string_view members;
  };
  static constexpr std::array<Replacement, 3> kReplacements = {{
      {"\\p{Lu}", FACTLINT_UPPER_LETTERS},
      {"\\p{Ll}", FACTLINT_LOWER_LETTERS},
      {"\\p{L}", FACTLINT_LETTERS},
  }};
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      bool replaced = false;
      for (const Replacement& r : kReplacements) {
        if (pattern.compare(i, r.escape.size(), r.escape) != 0) continue;
        // Inside [...] the members join the class; outside they make one.
        if (in_class) {
          out += r.members;
        } else {
          out += '[';
          out += r.members;
          out += ']';
        }
        i += r.escape.size() - 1;
        replaced = true;
        break;
      }
      if (!replaced) {
        out += pattern.substr(i, 2);
        ++i;
      }
      continue;
    }
    if (!in_class && c == '[') {
      in_class = true;
      out += c;
      // "[^]...]" and "[]...]": a ']' first is a member, not the end.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      continue;
    }
    if (in_class && c == ']') in_class = false;
    out += c;
  }
  return out;
}

}  // namespace factlint
