#include "checker/core/value_text.h"

#include <cmath>
#include <cstdio>

namespace factlint {

std::string FormatNumber(double value) {
  char buffer[32];
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15)
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  else
    std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string FormatNumbers(double min, double max, std::string_view unit) {
  std::string text = FormatNumber(min);
  if (std::fabs(max - min) > 1e-9) text += std::string(kRangeSeparator) + FormatNumber(max);
  if (!unit.empty()) text += " " + std::string(unit);
  return text;
}

std::string FormatRange(const DateRange& range) {
  if (range.from == range.to) return FormatIsoDate(range.from);
  return FormatIsoDate(range.from) + std::string(kRangeSeparator) + FormatIsoDate(range.to);
}

std::string WithRangeSeparator(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "..") == 0) {
      out += kRangeSeparator;
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace factlint
