// NameTable: the names of a closed enum's values, one per value in the
// enum's order, so that a value's name is found by indexing and a name's
// value by a search. Every enum of a closed vocabulary (SubjectKind, Unit,
// ClaimKind, Severity, ...) spells itself through one, instead of a switch
// to write names and a chain of comparisons to read them back.
//
// The table is checked where it is written: it names the enum's last value,
// and a table with a name too few or too many does not compile, so a value
// added to the enum cannot be left without its name.
//
//   enum class Tense { kUnknown, kPast, kPresent, kFuture };
//   constexpr NameTable<Tense::kFuture> kTenseNames{"unknown", "past", "present", "future"};
//   kTenseNames.Name(Tense::kPast)       // -> "past"
//   kTenseNames.Parse("future")          // -> Tense::kFuture
//   kTenseNames.Parse("Future")          // -> nullopt: names are exact
//   kTenseNames.NamesFrom(Tense::kPast)  // -> {"past", "present", "future"}
//
// The enum's values must run from 0 to the last without gaps (the default
// numbering). One enum may have several tables: Severity has its own
// names, SARIF's levels and GitHub's commands.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/check.h"

namespace factlint {

template <auto kLast>
class NameTable {
 public:
  using Enum = decltype(kLast);
  static constexpr size_t kSize = static_cast<size_t>(kLast) + 1;

  // The names of the values from the first to kLast, in the enum's order.
  template <typename... Names>
  constexpr NameTable(const Names&... names) : names_{names...} {
    static_assert(sizeof...(Names) == kSize, "a NameTable has one name per value, first to last");
  }

  // A NUL-terminated name (the tables hold string literals), so callers
  // that return `const char*` can hand it on.
  constexpr const char* Name(Enum value) const {
    FACTLINT_DCHECK(static_cast<size_t>(value) < kSize, "an enum holds a value it does not have");
    return names_[static_cast<size_t>(value)];
  }

  // The first value whose name is `name`, exactly; nullopt for any other text.
  std::optional<Enum> Parse(std::string_view name) const {
    for (size_t i = 0; i < kSize; ++i)
      if (name == names_[i]) return static_cast<Enum>(i);
    return std::nullopt;
  }

  // The names of `first` and of every value after it: what an error message
  // offers when the value before `first` (a "none") is not written in files.
  std::vector<std::string_view> NamesFrom(Enum first) const {
    return std::vector<std::string_view>(names_ + static_cast<size_t>(first), names_ + kSize);
  }

 private:
  const char* names_[kSize];
};

// The `name` of every row of a lookup table of structs (formats, subject
// captures), in the table's order: what a registry lists in --help or an
// error when the table is keyed by something that is no enum. Callers keep
// the result in a function-local static, built once.
//
//   struct Format { const char* name; Render render; };
//   constexpr Format kFormats[] = {{"text", RenderText}, {"json", RenderJson}};
//   NamesOf(kFormats)   // -> {"text", "json"}
template <typename Table>
std::vector<std::string> NamesOf(const Table& table) {
  std::vector<std::string> names;
  for (const auto& row : table) names.emplace_back(row.name);
  return names;
}

}  // namespace factlint
