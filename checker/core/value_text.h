// How factlint writes a value for people, in every output (text, JSON and
// SARIF messages, the HTML report, `rules why`, rule tests): numbers without
// trailing zeros, dates as ISO 8601, and one range separator, "…" (U+2026):
//
//   FormatNumber(118)                     // "118"
//   FormatNumber(2.5)                     // "2.5"
//   FormatNumbers(117, 119, "days")       // "117…119 days"
//   FormatRange({2024-01-30, 2025-01-29}) // "2024-01-30…2025-01-29"
//
// Rule examples may still write a range with "..", the YAML shorthand
// (ParseRangeText accepts both).
#pragma once

#include <string>
#include <string_view>

#include "checker/core/date.h"

namespace factlint {

inline constexpr std::string_view kRangeSeparator = "\xE2\x80\xA6";  // "…"

std::string FormatNumber(double value);
// "14", "12…14"; with " `unit`" appended when `unit` is not empty.
std::string FormatNumbers(double min, double max, std::string_view unit = "");
// "2024-03-05", or "2024-03-01…2024-03-31".
std::string FormatRange(const DateRange& range);
// `text` with each ".." (the shorthand rule examples may use) as "…".
std::string WithRangeSeparator(std::string_view text);

}  // namespace factlint
