#include "checker/core/source.h"

#include <algorithm>

#include "checker/core/utf8.h"

namespace factlint {

SourceText::SourceText(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < bytes_.size(); ++i) {
    if (bytes_[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (bytes_[i] == '\r') {
      if (i + 1 < bytes_.size() && bytes_[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

Position SourceText::PositionOf(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  const size_t start = line_starts_[line_index];
  // Count code points between the line start and offset: every byte that is
  // not a UTF-8 continuation byte starts one.
  int column = 1;
  for (size_t i = start; i < offset; ++i)
    if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) ++column;
  return {static_cast<int>(line_index) + 1, column};
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

}  // namespace factlint
