// FormatSourceExcerpt: the source line and the caret line under a span.
#include <algorithm>
#include <string>

#include "checker/report/report.h"

namespace factlint::report {

std::string FormatSourceExcerpt(const SourceText& source, const Location& location, bool color) {
  if (location.line < 1 || location.line > source.line_count()) return "";
  const std::string_view line = source.Line(location.line);

  // Walk the line's code points: before the span each becomes a space (a tab
  // stays a tab, so the caret lines up however wide the terminal's tabs are);
  // the span's first is '^' and the rest '~'.
  const int first = std::max(location.column, 1);
  const bool same_line = location.end_line == location.line || location.end_line <= 0;
  // One past the span's last column on this line; to the line's end when the
  // span runs on.
  const int past_last = same_line ? std::max(location.end_column, first + 1) : 1 << 30;

  std::string caret;
  int column = 1;
  for (size_t i = 0; i < line.size(); ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte: same code point
    if (column >= past_last) break;
    if (column < first) {
      caret += line[i] == '\t' ? '\t' : ' ';
    } else {
      caret += column == first ? '^' : '~';
    }
    ++column;
  }
  // A span at the line's end (a missing word) still gets its caret.
  if (column <= first) {
    caret.append(static_cast<size_t>(first - column), ' ');
    caret += '^';
  }

  std::string out(line);
  out += '\n';
  if (color) out += "\x1b[1;32m";
  out += caret;
  if (color) out += "\x1b[0m";
  out += '\n';
  return out;
}

}  // namespace factlint::report
