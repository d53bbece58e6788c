// SourceText: one input file's bytes, and the map from a byte offset to the
// 1-based line and column a person sees in an editor.
//
// Columns count Unicode code points, so "Ólafur" is 6 columns wide even though
// it is 7 bytes. A line ends at "\n" ("\r\n" is one line end; a lone "\r" is
// treated as a line end too, as editors do).
//
//   SourceText src("a.txt", "héllo\nworld");
//   src.PositionOf(7);   // {line 2, column 1}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct Position {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, Unicode code points
};

class SourceText {
 public:
  SourceText(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  const std::string& bytes() const { return bytes_; }

  // The position of the code point that starts at (or contains) `offset`.
  // `offset == bytes().size()` is allowed: one past the last character.
  Position PositionOf(size_t offset) const;

  // Text of 1-based line `line`, without its line end.
  std::string_view Line(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  std::string bytes_;
  std::vector<size_t> line_starts_;  // byte offset of each line's first byte
};

}  // namespace factlint
