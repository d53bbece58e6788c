// Shared by the normalizer's table tests: a case is an input and the expected
// value written as a short line, compared by prefix of whole words, so a case
// states as much as it means to pin:
//
//   {"Oct. 31, 2022", "date 2022-10-31"}                 // kind and ISO value
//   {"February 2022", "date 2022-02 month 2022-02-01 2022-02-28"}
//   {"some 15 months", "duration 15 month 408 504"}      // amount, unit, days
//   {"Tuesday, January 3, 2024", "date! 2024-01-03"}     // '!': inconsistency
//   {"nothing here", "none"}
#pragma once

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "checker/normalize/normalize.h"

namespace factlint::normalize::testing {

struct Case {
  const char* input;
  const char* expected;
  char tense = 'n';  // n: unknown, p: past, f: future, P/F: prefer past/future, N: present
  const char* text = nullptr;  // the recognized part, when the case pins it
};

inline std::string Num(double v) {
  std::ostringstream out;
  if (v == std::floor(v))
    out << static_cast<long long>(v);
  else
    out << v;
  return out.str();
}

inline std::string Describe(const std::optional<Value>& v) {
  if (!v) return "none";
  std::string out = KindName(v->kind);
  if (!v->inconsistency.empty()) out += "!";
  switch (v->kind) {
    case Kind::kDate:
    case Kind::kInterval:
      out += " " + v->iso + " " + v->grain + " " + FormatIsoDate(v->range.from) + " " +
             FormatIsoDate(v->range.to);
      break;
    case Kind::kDuration:
      out += " " + Num(v->amount.min) +
             (v->amount.max != v->amount.min ? "-" + Num(v->amount.max) : "") + " " +
             std::string(UnitName(v->amount.unit)) + " " + Num(v->days.min) + " " +
             Num(v->days.max);
      if (!v->range.from.is_special())
        out += " " + FormatIsoDate(v->range.from) + " " + FormatIsoDate(v->range.to);
      break;
    case Kind::kAge:
      out += " " + Num(v->amount.min) +
             (v->amount.max != v->amount.min ? "-" + Num(v->amount.max) : "") + " " +
             std::string(UnitName(v->amount.unit)) + " " + FormatIsoDate(v->range.from) + " " +
             FormatIsoDate(v->range.to);
      break;
    default:
      out += " " + Num(v->amount.min) +
             (v->amount.max != v->amount.min ? "-" + Num(v->amount.max) : "");
      break;
  }
  return out;
}

// True when `expected` is `actual` or its prefix ending at a word boundary.
inline bool PrefixMatch(const std::string& actual, const std::string& expected) {
  if (actual.compare(0, expected.size(), expected) != 0) return false;
  return actual.size() == expected.size() || actual[expected.size()] == ' ';
}

inline Context ContextFor(const Date& ref, char tense) {
  Context c;
  c.ref = ref;
  switch (tense) {
    case 'p': c.tense = Tense::kPast; break;
    case 'f': c.tense = Tense::kFuture; break;
    case 'N': c.tense = Tense::kPresent; break;
    case 'P': c.prefer = Prefer::kPast; break;
    case 'F': c.prefer = Prefer::kFuture; break;
    default: break;
  }
  return c;
}

// Runs each case through FindFirst as of `ref` (and `ref_minute`, the time
// of day clock times count from; -1: none), failing with the input, the expected and
// the actual value; a case with `text` also checks what was recognized.
inline void RunCases(const std::vector<Case>& table, const Date& ref, int ref_minute = -1) {
  for (const Case& c : table) {
    Context context = ContextFor(ref, c.tense);
    context.ref_minute = ref_minute;
    const auto value = FindFirst(c.input, context);
    const std::string actual = Describe(value);
    EXPECT_TRUE(PrefixMatch(actual, c.expected))
        << "input: \"" << c.input << "\" (tense '" << c.tense << "')\n  expected: " << c.expected
        << "\n  actual:   " << actual;
    if (c.text) {
      ASSERT_TRUE(value.has_value()) << c.input;
      EXPECT_EQ(value->text, c.text) << "input: \"" << c.input << "\"";
    }
  }
}

}  // namespace factlint::normalize::testing
