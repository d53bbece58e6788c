// FormatSourceExcerpt: the source line and the caret line under a span.
#include <algorithm>
#include <string>

#include "checker/report/report.h"

namespace factlint::report {
namespace {

// An article's paragraph is often one line of several hundred characters;
// past this width only a window around the span is quoted, with "..." at the
// cut ends, so the excerpt stays readable in a terminal.
constexpr int kMaxLineWidth = 160;
constexpr int kContext = 60;  // code points kept on each side of the span

}  // namespace

std::string FormatSourceExcerpt(const SourceText& source, const Location& location, bool color) {
  if (location.line < 1 || location.line > source.line_count()) return "";
  const std::string_view line = source.Line(location.line);
  // Only the window around the span is measured (SourceText finds a
  // column's byte without scanning the line), so an excerpt of a line that
  // holds a whole article costs the same as one of a short line.
  const int width = source.LineWidth(location.line);
  const auto byte_of = [&](int column) {
    return column <= width ? source.ColumnOffset(location.line, column) : line.size();
  };

  const int first = std::max(location.column, 1);
  const bool same_line = location.end_line == location.line || location.end_line <= 0;
  // One past the span's last column on this line; the line's end when the
  // span runs on.
  const int past_last = same_line ? std::max(location.end_column, first + 1) : width + 1;

  int window_first = 1;
  int window_last = width;
  if (width > kMaxLineWidth) {
    window_first = std::max(1, std::min(first, width) - kContext);
    window_last = std::min(width, std::max(past_last - 1, first) + kContext);
    window_last = std::min(window_last, window_first + kMaxLineWidth - 1);
  }
  const bool cut_before = window_first > 1;
  const bool cut_after = window_last < width;

  std::string out = cut_before ? "..." : "";
  out.append(line.substr(byte_of(window_first), byte_of(window_last + 1) - byte_of(window_first)));
  if (cut_after) out += "...";
  out += '\n';

  // Before the span each code point becomes a space (a tab stays a tab, so
  // the caret lines up however wide the terminal's tabs are); the span's
  // first is '^' and the rest '~'.
  std::string caret = cut_before ? "   " : "";
  int column = window_first;
  for (size_t at = byte_of(window_first); column <= window_last && column < past_last; ++column) {
    if (column < first) {
      caret += line[at] == '\t' ? '\t' : ' ';
    } else {
      caret += column == first ? '^' : '~';
    }
    // On to the next code point's first byte.
    do ++at;
    while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80);
  }
  // A span at the line's end (a missing word) still gets its caret.
  if (column <= first) {
    caret.append(static_cast<size_t>(first - column), ' ');
    caret += '^';
  }
  if (color) out += "\x1b[1;32m";
  out += caret;
  if (color) out += "\x1b[0m";
  out += '\n';
  return out;
}

}  // namespace factlint::report
