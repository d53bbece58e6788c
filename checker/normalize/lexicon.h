// The normalizer's lexicon: the English words for months, weekdays, numbers,
// ordinals, seasons and time units, as lookup functions and as RE2 pattern
// fragments the recognizers compose.
//
// Every fragment is case-insensitive only through the `(?i)` the rule table
// puts in front of every pattern, and has no capturing groups, so a rule can
// wrap it in its own group:
//
//   "(" + kMonthPattern + ")\\s+(" + kDayPattern + ")"   // "Sept. 5"
//   MonthNumber("Sept.") == 9, ParseNumber("twenty-one") == 21
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/core/unit.h"

namespace factlint::normalize::lexicon {

// "January", "Jan", "Jan.", "Sept." (the trailing period is part of it).
extern const char* const kMonthPattern;
// "Monday", "Mon.", "Tues.", "Thurs" (abbreviations need the period or a date after them;
// recognizers decide).
extern const char* const kWeekdayPattern;
// A day of the month: "5", "05", "5th", "fifth", "twenty-first".
extern const char* const kDayPattern;
// A four-digit year 1000-2999 or an apostrophe year "'22".
extern const char* const kYearPattern;
// A cardinal: "1,500", "2.5", "fourteen", "twenty-one", "two hundred", "a dozen",
// "1.5 million", "a", "an", "a few", "several", "a couple of".
extern const char* const kAmountPattern;
// "dozens", "hundreds", "tens of thousands", "millions" (no "of").
extern const char* const kVagueNumberPattern;
// A cardinal without the vague words (no "a", "a few"): digits or number words, with scale.
extern const char* const kNumberPattern;
// "1 point 1", "two point two million", "point 77".
extern const char* const kPointNumberPattern;
// "first", "21st", "twenty-first", "hundredth".
extern const char* const kOrdinalPattern;
// "day", "days", "week", "month", "yr", "decade", "century" ... (singular or plural).
extern const char* const kUnitPattern;
// "spring", "summer", "fall", "autumn", "winter".
extern const char* const kSeasonPattern;

// 1-12, or 0 when `word` is not a month name or abbreviation.
int MonthNumber(std::string_view word);
// Boost's numbering: 0 Sunday ... 6 Saturday; -1 when not a weekday.
int WeekdayNumber(std::string_view word);
// "spring" 0, "summer" 1, "fall"/"autumn" 2, "winter" 3; -1 otherwise.
int SeasonNumber(std::string_view word);

// A stated amount, maybe vague: "a few" is {2, 4}, "several" {3, 7}.
struct Amount {
  double min = 0;
  double max = 0;
  bool vague = false;  // "a few", "several", "dozens of"
};
// "a few" {2, 4}, "several" {3, 7}, "a number of" {2, 9}, "dozens" {24, 99}, "scores" {40, 99},
// "hundreds" {200, 999}, "thousands" {2000, 9999}, "tens of thousands" {20000, 99999},
// "hundreds of thousands", "millions", "tens/hundreds of millions", "billions" likewise.
// Digits (with thousands separators and decimals), number words, scale words,
// "a"/"an" (1), "a dozen", "half a" (0.5) and the vague words. nullopt when
// the text is not a number.
std::optional<Amount> ParseAmount(std::string_view text);
// As ParseAmount, or a range of two exact amounts: "10 to 12", "10-12", "two or three",
// "between 10 and 12" ({10, 12}); nullopt when the second is not larger.
std::optional<Amount> ParseAmountRange(std::string_view text);
// As ParseAmount, exact numbers only.
std::optional<double> ParseNumber(std::string_view text);
// "first" 1, "21st" 21, "twenty-first" 21; nullopt otherwise.
std::optional<int> ParseOrdinal(std::string_view text);

// The unit of time a word of the text names, as written: singular, plural or
// abbreviated ("hrs", "wk.", "centuries") -> kSecond ... kCentury; nullopt
// when the word is no unit of time. Where article text becomes a Unit.
std::optional<Unit> UnitOf(std::string_view word);

// Lowercase ASCII copy, with the curly apostrophe folded to '.
std::string Fold(std::string_view text);
// Fold, with tabs and line breaks as spaces and each run of spaces as one:
// a phrase matched across a line break ("two\n weeks") read as a word list.
std::string FoldWords(std::string_view text);

// Whether `word` is a whole entry of `entries`, a list written as a pattern's
// alternation: IsOneOf("of", "the|of|on") is true, IsOneOf("o", "the|of|on")
// false. Exact bytes: fold the word first where case may differ.
bool IsOneOf(std::string_view word, std::string_view entries);

}  // namespace factlint::normalize::lexicon
