// The compositional grammar: a small chart parser that reads what the
// pattern-per-shape rules cannot, by combining typed pieces.
//
//   "Tuesday the 19th"      weekday + the + day-of-month        -> 2013-02-19
//   "20th of next month"    day-of-month + of + (next month)    -> 2013-03-20
//   "thanksgiving in a year"  holiday + (in + duration)         -> 2014-11-27
//   "a quarter past 3pm"    (a quarter) + past + clock          -> 15:15, the day
//   "2 years and 3 months"  duration + and + duration           -> 27 months
//
// Three layers, one file each:
//   grammar_lexicon.cpp  tokens (letters/digits runs, punctuation) and the
//                        pieces read off them: numbers in words and digits,
//                        ordinals, months, weekdays, units, holidays (RE2),
//                        clock tokens ("3pm", "15h30").
//   grammar_time.cpp,    productions: a production is a sequence of slots
//   grammar_duration.cpp, (a piece type or literal words) and a function that
//   grammar_interval.cpp combines the matched items into a new item, or
//                        refuses.
//   grammar.cpp          the chart: items indexed by start token; every
//                        production is tried at every start until no new
//                        item appears; the longest composed item at each start
//                        is a parse. Boost.Date_Time (calendar.h) does the
//                        calendar.
//
// The engine (normalize.cpp) runs the grammar beside the rules: a grammar
// parse wins only when it starts earlier or covers more than the rules'
// match, so what the rules already read keeps its reading.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/unit.h"
#include "checker/normalize/normalize.h"

namespace factlint::normalize::internal::grammar {

struct Token {
  size_t begin = 0, end = 0;  // byte offsets into the text
  std::string w;              // folded (lowercase, curly quotes and dashes folded)
  bool cap = false;           // starts with an uppercase ASCII letter
};

enum class T {
  kWord,      // any token, by its folded text
  kNumber,    // 3, 2.5, "twenty-one", "a hundred and five"
  kOrdinal,   // 3rd, "third", "twenty-first"
  kDom,       // a day of the month (from an ordinal or a number in a date position)
  kMonth,     // "March", "Oct."
  kWeekday,   // "Tuesday", "thu"; `plural` for "fridays"
  kUnit,      // "day", "hours", "wk"
  kHoliday,   // "thanksgiving", "christmas eve"
  kClock,     // a time of day
  kTime,      // a date, not necessarily placed yet (see Spec)
  kDuration,  // an amount of a unit
  kInterval,  // from one kTime to another ("from May until July next year")
};

struct Clock {
  int hour = 0;  // 0-23
  int minute = 0;
  bool ambiguous = false;  // "at 3", "3:30": 3 or 15
  bool next_day = false;   // "midnight": the end of the day, i.e. 00:00 of the next
};

// A date, placed or not. Placed: `range` and `grain` are set. Not placed: the
// fields say what is known ("the 15th": day; "Thu 15th": weekday and day;
// "thanksgiving": holiday), and Resolve picks the occurrence the direction
// (tense / --prefer) points to.
struct Spec {
  int year = 0, month = 0, day = 0, weekday = -1;
  std::string holiday;  // the holiday's name as written (holidays.cpp reads it)
  std::optional<DateRange> range;
  std::string grain;
  std::optional<Clock> clock;  // a time of day on that date (or on the reference day)
};

struct Item {
  T type = T::kWord;
  size_t b = 0, e = 0;      // token span [b, e)
  std::string w;            // kWord: the folded token
  double num = 0;           // kNumber; kDuration: the amount
  bool digits = false;      // kNumber written in digits
  int ndigits = 0;          // kNumber: how many digits (a year has 4)
  int n = 0;                // kOrdinal, kDom, kMonth, kWeekday
  bool plural = false;      // kWeekday "fridays", kUnit "days"
  bool at = false;          // kClock: after "at" ("at 8": an hour, but not a parse alone)
  Unit unit = Unit::kNone;  // kUnit, kDuration
  Clock clock;              // kClock
  Spec spec;                // kTime; kInterval: the opening end
  Spec until;               // kInterval: the closing end
  // Made by a production (or an unambiguous token like "3pm"): only such
  // items are parses; a bare month or number is left to the rules.
  bool composed = false;
};

// What a production sees besides its parts.
struct Env {
  const std::vector<Token>& tokens;
  const Context& context;
  size_t chunk_end;  // the token after the last one of the chunk
};

struct Slot {
  T type;
  const char* words = nullptr;  // kWord: '|'-separated alternatives
};

// Slots as productions spell them: S(T::kMonth) a piece of a type,
// W("of|in") one of some words.
inline Slot S(T type) {
  return {type, nullptr};
}
inline Slot W(const char* words) {
  return {T::kWord, words};
}

using Maker = std::optional<Item> (*)(const std::vector<const Item*>& parts, const Env& env);

struct Production {
  const char* name;
  std::vector<Slot> slots;
  Maker make;
};

// Lexical layer (grammar_lexicon.cpp).
// Whether `text` has any shape the grammar reads beyond the rules (a clock
// time, "on the 15th", "3 fridays from now", "2 years and 3 months"...): one
// DFA pass that lets most sentences skip the chart.
bool MayCompose(std::string_view text);
// MayCompose's pattern (RE2 syntax, no captures), for the engine's prefilter
// set, which then answers MayCompose in the DFA pass it makes anyway.
std::string TriggerPattern();
std::vector<Token> Tokenize(std::string_view text);
// True when the token may take part in a parse (a piece or a connector word).
bool InVocabulary(const Token& token);
// The pieces a chunk of tokens [b, e) starts with (one or more per token).
void AddPieces(std::string_view text, const std::vector<Token>& tokens, size_t b, size_t e,
               std::vector<Item>& out);

// Productions (grammar_time.cpp, grammar_duration.cpp).
void AddClockProductions(std::vector<Production>& out);
void AddTimeProductions(std::vector<Production>& out);
void AddDurationProductions(std::vector<Production>& out);
void AddIntervalProductions(std::vector<Production>& out);  // grammar_interval.cpp

// Placing a date (grammar_time.cpp): the occurrence of `spec` the context's
// direction points to; nullopt when there is none.
std::optional<Value> ResolveTime(const Spec& spec, const Context& context);
// A duration item as a Value (grammar_duration.cpp).
Value DurationOf(const Item& item, const Context& context);
// An interval item as a Value (grammar_interval.cpp): nullopt when its ends
// cannot be placed in order.
std::optional<Value> IntervalOf(const Item& item, const Context& context);

// Every parse in `text`: at each start, the longest composed item that
// yields a value, left to right (they may overlap; the caller chooses).
// `triggered`: the caller already knows MayCompose(text) is true.
std::vector<Value> Parses(std::string_view text, const Context& context, bool triggered = false);

}  // namespace factlint::normalize::internal::grammar
