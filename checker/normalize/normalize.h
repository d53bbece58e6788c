// The temporal and numeric normalizer: turns what articles say about time
// and quantity into values the constraint engine can compare.
//
// Every value is an interval with a grain, relative to a reference date (the
// article's publication date): "February 2022" is [2022-02-01, 2022-02-28]
// at month grain, never a guessed day. "January 17" in a future-tense
// sentence published 2025-01-13 is 2025-01-17; in a past-tense one, the most
// recent January 17 on or before the reference.
//
//   normalize::Context ctx;
//   ctx.ref = Date(2025, 1, 13);
//   ctx.tense = Tense::kFuture;
//   auto v = normalize::Parse("January 17", normalize::Kind::kDate, ctx);
//   // v->kind == kDate, v->range == [2025-01-17, 2025-01-17], v->grain == "day",
//   // v->iso == "2025-01-17"
//
//   auto d = normalize::Parse("some 15 months", normalize::Kind::kDuration, ctx);
//   // d->amount == {15, 15, Unit::kMonth}, d->approximation == "some",
//   // d->days widened by the tolerance table for "some"
//
// Thread-safe: the compiled patterns are built once and shared.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/date.h"

namespace factlint::normalize {

enum class Kind { kDate, kInterval, kDuration, kNumber, kOrdinal, kAge, kNone };
const char* KindName(
    Kind kind);  // "date" | "interval" | "duration" | "number" | "ordinal" | "age" | "none"

// Where an undirected expression ("Monday", "Aug 8", "in April") falls when
// the sentence's tense does not decide.
enum class Prefer { kPast, kFuture, kNearest };

// How much an approximate word widens a value, as fractions of the amount
// (and at least `min_days` for time). Defaults are documented in
// docs/normalizer.md; rules and configuration may replace them.
struct Tolerance {
  double below = 0;  // the value may be this fraction lower ...
  double above = 0;  // ... or this fraction higher
};
struct ToleranceTable {
  // word ("nearly", "some", "about", "more than", ...) -> tolerance
  std::vector<std::pair<std::string, Tolerance>> words;
  static const ToleranceTable& Default();
  const Tolerance* Find(std::string_view word) const;
};

struct Context {
  Date ref;                          // the publication date (or --ref)
  Tense tense = Tense::kUnknown;     // of the sentence the expression is in
  Prefer prefer = Prefer::kNearest;  // used when tense is unknown/present
  std::optional<DateRange> anchor;   // last date mentioned before, for "the next month"
  // The reference's time of day in minutes after midnight (-1: not known).
  // Clock times ("at 3am", "in 15 minutes") fall on the next day when the
  // reference's clock has passed them.
  int ref_minute = -1;
  const ToleranceTable* tolerances = nullptr;  // nullptr: ToleranceTable::Default()
  // The anchor on demand, when `anchor` is empty: finding "the last date
  // mentioned before" means scanning the text before, which only the few
  // expressions that count from an anchor ("the next month", "three years
  // later", "that year") need. Called only by those, possibly more than once.
  //   ctx.anchor_source = [&] { return LastDateBefore(doc, offset); };
  std::function<std::optional<DateRange>()> anchor_source;

  // `anchor`, else what `anchor_source` finds, else nullopt.
  std::optional<DateRange> Anchor() const {
    if (anchor || !anchor_source) return anchor;
    return anchor_source();
  }
};

struct Value {
  Kind kind = Kind::kNone;
  size_t begin = 0;  // the recognized part, as byte offsets into the input
  size_t end = 0;
  std::string text;  // input.substr(begin, end - begin)

  // kDate, kInterval (and the anchor an age or a relative duration implies):
  DateRange range;    // inclusive days
  std::string grain;  // "day" | "week" | "weekend" | "month" | "quarter" | "half" |
                      // "season" | "year" | "decade" | "century"
  std::string iso;    // "2013-02-15", "2013-02", "2013-W07", "2013-Q1", "2013", "199X"

  // kNumber, kOrdinal, kAge: the number; kDuration: the amount in `unit`.
  Quantity amount;                // {min, max, unit}; unit kCount, kYear, kMonth, kDay, ...
  std::optional<double> seconds;  // kDuration: exact length in seconds when the unit is fixed
  Quantity days;                  // kDuration: the length in days, widened by the approximation
  std::string approximation;      // the approximate word ("nearly", "some", "more than"), or empty

  // A weekday that does not match the date it is given with ("Tuesday,
  // January 3, 2024" — that was a Wednesday): the date is still resolved,
  // and this says what is wrong. Empty when consistent.
  std::string inconsistency;

  // A part of the period named ("early 2023" -> "early"; "the end of October"
  // -> "end"): "start" | "early" | "mid" | "late" | "end", or empty. `range`
  // is already narrowed to the part.
  std::string modifier;
};

// Normalizes `expression` as a whole, as the given kind (kNone: whatever it
// is). Leading/trailing spaces and punctuation are ignored. nullopt when the
// text is not an expression of that kind.
std::optional<Value> Parse(std::string_view expression, Kind kind, const Context& context);

// Finds the longest leftmost expression in `text` (any kind), for the
// `normalize` command and for scanning sentences. nullopt when none.
std::optional<Value> FindFirst(std::string_view text, const Context& context);

// Every expression in `text`, left to right, not overlapping. A date found
// becomes the anchor for the ones after it ("in October 2022 ... the next
// month"), unless the context already has one.
std::vector<Value> FindAll(std::string_view text, const Context& context);

// Whether a weekday (`expression`, "Wednesday" or "on Sunday") is a weekly
// slot by the words `after` it: "airs on Wednesday nights", "Sunday
// mornings". Such a weekday names no day, and no date is made of it.
bool IsWeeklySlot(std::string_view expression, std::string_view after);

}  // namespace factlint::normalize
