// How the normalizer's recognizers are written: a family file (dates.cpp,
// durations.cpp, ...) appends Rules, each one RE2 pattern and one handler
// that turns the pattern's captures into a Value.
//
//   rules.push_back({Kind::kAge, "age-years-old",
//                    "(" + std::string(lexicon::kNumberPattern) + ")[ -]years?[ -]old",
//                    [](const Match& m, const Context& c) -> std::optional<Value> { ... }});
//
// Patterns are compiled once, case-insensitively, in leftmost-longest mode.
// A handler may refuse a match (return nullopt): the engine then looks for
// the next one. The engine fills Value::begin/end/text from the match unless
// the handler set `end` itself (to leave out a word the pattern needed only
// as context, like the "on" before a weekday).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/normalize/normalize.h"

namespace factlint::normalize::internal {

struct Match {
  std::string_view text;                // the whole input
  size_t begin = 0, end = 0;            // the match, as byte offsets into text
  std::vector<std::string_view> group;  // [0] the match, [i] capture i (data() null: absent)
  bool shaped =
      false;  // the groups come from the rule's cheap shape (normalize.cpp), not its pattern

  bool Has(size_t i) const { return i < group.size() && group[i].data() != nullptr; }
  std::string_view Get(size_t i) const { return Has(i) ? group[i] : std::string_view(); }
  size_t Offset(size_t i) const { return static_cast<size_t>(group[i].data() - text.data()); }
  // The text before the match and after it, for handlers that look at context.
  std::string_view Before() const { return text.substr(0, begin); }
  std::string_view After() const { return text.substr(end); }
};

using Handler = std::optional<Value> (*)(const Match&, const Context&);

struct Rule {
  Kind kind;            // the kind of value the rule produces
  const char* name;     // stable id, for tests and debugging
  std::string pattern;  // RE2 syntax, no (?i) needed
  Handler handle;
  // A point-like date rule ("Oct. 31, 2022", "last year") that intervals and
  // period parts ("from X to Y", "early X") may contain.
  bool composable = false;
  // What the unanchored prefilter looks for: a part every match holds (the
  // holiday names without the "next" and the year around them), so the
  // prefilter's automaton stays small; empty: the whole pattern.
  std::string search;
  // Looked for in a prefilter set of its own: a long alternation of names
  // (the lunisolar holidays) in a shared set multiplies that set's states
  // on text not seen before (cold `normalize` of 639 paragraphs: 1.078x
  // the instructions of the rules without it, shared; see normalize.cpp).
  bool own_prefilter_set = false;
};

// Each family appends its rules. `core` is the union of all composable date
// patterns without captures, for the families that build on dates.
void AddNumberRules(std::vector<Rule>& rules);
void AddAgeRules(std::vector<Rule>& rules);
void AddDurationRules(std::vector<Rule>& rules);
void AddDateRules(std::vector<Rule>& rules);
void AddRelativeRules(std::vector<Rule>& rules);
void AddHolidayRules(std::vector<Rule>& rules);
void AddPeriodRules(std::vector<Rule>& rules);
void AddPartRules(std::vector<Rule>& rules, const std::string& core);
void AddIntervalRules(std::vector<Rule>& rules, const std::string& core);
void AddAnchoredOffsetRules(std::vector<Rule>& rules, const std::string& core);
void AddTimeRules(std::vector<Rule>& rules, const std::string& core);

// Parse restricted to the composable date rules (for intervals and parts).
std::optional<Value> ParseCoreDate(std::string_view text, const Context& context);

// Holidays (holidays.cpp), for the grammar: the union of every holiday's name
// (RE2, no captures) and the date of the holiday `name` (as written) in `year`.
std::string HolidayNamesPattern();
std::optional<Date> HolidayDate(std::string_view name, int year);

// Helpers shared by the families.
Value DateValue(const DateRange& range, const std::string& grain, const std::string& iso);
// The interval from `left`'s start to `right`'s end (intervals.cpp); nullopt
// when `right` ends before `left` starts.
std::optional<Value> JoinInterval(const Value& left, const Value& right);
// "Thursday does not match 2024-02-23, which is a Friday" when `weekday`
// (0 Sunday .. 6 Saturday, written as `written`) is not `d`'s; else "".
std::string WeekdayMismatch(std::string_view written, int weekday, const Date& d);
// "Sunday" for 0 .. "Saturday" for 6.
const char* WeekdayName(int weekday);
// A label for an arbitrary range at a grain: the ISO form of range.from at that grain.
std::string IsoFor(const DateRange& range, const std::string& grain);
// The year in "2022" or "'22" (the apostrophe form is 19xx when > ref's two digits + 10).
int YearOf(std::string_view text, const Date& ref);
// True when the word before `pos` in `text` (ignoring spaces) is one of `words`
// (lowercase, '|' separated, e.g. "in|on|by").
bool PrecededBy(std::string_view text, size_t pos, std::string_view words);
// True when `word` begins with an uppercase ASCII letter.
bool Capitalized(std::string_view word);
// The seconds in one `unit` of fixed length, kSecond to kFortnight (a
// fortnight is 1209600); nullopt for the units counted on the calendar (a
// month, a year) and for kNone and kCount.
std::optional<double> SecondsPer(Unit unit);

}  // namespace factlint::normalize::internal
