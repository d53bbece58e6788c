// SourceText: one input file's bytes, and the map from a byte offset to the
// 1-based line and column a person sees in an editor.
//
// Columns count Unicode code points, so "Ólafur" is 6 columns wide even though
// it is 7 bytes. A position costs the same however long its line is: a CMS
// export may put a whole article on one line, and counting from the line's
// start for every finding would make reporting quadratic in the line length
// (see the code point index below). A line ends at "\n" ("\r\n" is one line end; a lone "\r" is
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
  // The number of columns (code points) of 1-based line `line`, without its
  // line end.
  int LineWidth(int line) const;
  // The byte offset of 1-based `column` of 1-based `line`, measured from the
  // line's start; the line's length in bytes past its last column.
  size_t ColumnOffset(int line, int column) const;

 private:
  // Code points before byte `offset` (the bytes that are not UTF-8
  // continuation bytes), in O(kBlock) time.
  size_t CodePointsBefore(size_t offset) const;
  // The byte offset of the code point with index `index` (or the end).
  size_t OffsetOfCodePoint(size_t index) const;

  std::string path_;
  std::string bytes_;
  std::vector<size_t> line_starts_;  // byte offset of each line's first byte
  // The code point index: block_code_points_[b] is the number of code points
  // in bytes [0, b * kBlock). A column is then a difference of two counts,
  // each at most one block's scan away: linear memory / kBlock, constant time.
  static constexpr size_t kBlock = 256;
  std::vector<uint32_t> block_code_points_;
};

}  // namespace factlint
