// Spelling distance, for "did you mean …?" in error messages.
//
//   EditDistance("rulez", "rules")   // 1
#pragma once

#include <cstddef>
#include <string_view>

namespace factlint {

// Levenshtein distance: the fewest single-byte insertions, deletions and
// substitutions that turn `a` into `b`.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace factlint
