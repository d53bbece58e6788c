#include "checker/core/source.h"

#include <algorithm>

#include "checker/core/utf8.h"

namespace factlint {
namespace {

bool StartsCodePoint(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

}  // namespace

SourceText::SourceText(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  block_code_points_.reserve(bytes_.size() / kBlock + 1);
  uint32_t code_points = 0;
  for (size_t i = 0; i < bytes_.size(); ++i) {
    if (i % kBlock == 0) block_code_points_.push_back(code_points);
    if (StartsCodePoint(bytes_[i])) ++code_points;
    if (bytes_[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (bytes_[i] == '\r' && !(i + 1 < bytes_.size() && bytes_[i + 1] == '\n')) {
      // "\r\n" ends the line at its '\n'; a lone '\r' ends it here.
      line_starts_.push_back(i + 1);
    }
  }
}

size_t SourceText::CodePointsBefore(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  if (block_code_points_.empty()) return 0;  // empty text
  // One past the end of a text whose size is a multiple of kBlock lies in
  // no block: count from the last one.
  const size_t block = std::min(offset / kBlock, block_code_points_.size() - 1);
  size_t count = block_code_points_[block];
  for (size_t i = block * kBlock; i < offset; ++i)
    if (StartsCodePoint(bytes_[i])) ++count;
  return count;
}

size_t SourceText::OffsetOfCodePoint(size_t index) const {
  // The last block that starts with at most `index` code points before it.
  auto it = std::upper_bound(block_code_points_.begin(), block_code_points_.end(), index);
  if (it == block_code_points_.begin()) return 0;
  const size_t block = static_cast<size_t>(it - block_code_points_.begin()) - 1;
  size_t count = block_code_points_[block];
  for (size_t i = block * kBlock; i < bytes_.size(); ++i) {
    if (StartsCodePoint(bytes_[i])) {
      if (count == index) return i;
      ++count;
    }
  }
  return bytes_.size();
}

Position SourceText::PositionOf(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  const size_t start = line_starts_[line_index];
  // Every byte that is not a UTF-8 continuation byte starts a code point.
  const size_t column = CodePointsBefore(offset) - CodePointsBefore(start) + 1;
  return {static_cast<int>(line_index) + 1, static_cast<int>(column)};
}

std::string_view SourceText::Line(int line) const {
  if (line < 1 || line > line_count()) return {};
  const size_t start = line_starts_[static_cast<size_t>(line) - 1];
  size_t end = static_cast<size_t>(line) < line_starts_.size()
                   ? line_starts_[static_cast<size_t>(line)]
                   : bytes_.size();
  while (end > start && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
  return std::string_view(bytes_).substr(start, end - start);
}

int SourceText::LineWidth(int line) const {
  const std::string_view text = Line(line);
  if (text.empty()) return 0;
  const auto start = static_cast<size_t>(text.data() - bytes_.data());
  return static_cast<int>(CodePointsBefore(start + text.size()) - CodePointsBefore(start));
}

size_t SourceText::ColumnOffset(int line, int column) const {
  const std::string_view text = Line(line);
  if (column <= 1 || text.empty()) return 0;
  const auto start = static_cast<size_t>(text.data() - bytes_.data());
  const size_t at = OffsetOfCodePoint(CodePointsBefore(start) + static_cast<size_t>(column) - 1);
  return std::min(at, start + text.size()) - start;
}

}  // namespace factlint
