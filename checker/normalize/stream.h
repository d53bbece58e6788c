// The `factlint normalize` command's engine: one expression per input line,
// exactly one JSON object per line out, in order (contract in DESIGN.md).
//
//   auto ref = normalize::ParseRef("2013-02-12");
//   if (!ref.ok()) { std::cerr << ref.error().ToString() << "\n"; return 2; }
//   return normalize::NormalizeStream(std::cin, std::cout, std::cerr, *ref,
//                                     normalize::Prefer::kNearest);
//
// Input is read and checked whole before anything is written: a line longer
// than kMaxLineBytes or with invalid UTF-8 gets
//   <stdin>:LINE:COL: error: ...
// on `err`, exit code 2 and no output at all, so a consumer never sees a
// partial result that looks complete.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "checker/core/date.h"
#include "checker/core/result.h"
#include "checker/normalize/normalize.h"

namespace factlint::normalize {

inline constexpr size_t kMaxLineBytes = 64 * 1024;

// Accepts "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (the time is checked, then
// dropped: the normalizer works in days). The error names what is wrong.
Result<Date> ParseRef(std::string_view text);
// The time of day of a valid --ref in minutes after midnight; -1 when it has
// none ("2013-02-12"). Clock times need it: "at 3am" on a 04:30 reference
// is the next day.
int RefMinute(std::string_view text);

// The JSON object for one input line; `value` is FindFirst's result.
std::string ToJsonLine(std::string_view input, const std::optional<Value>& value);

// Returns the exit code: 0, or 2 for bad input.
int NormalizeStream(std::istream& in, std::ostream& out, std::ostream& err, const Date& ref,
                    Prefer prefer, int ref_minute = -1);

}  // namespace factlint::normalize
