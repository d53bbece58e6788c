// The grammar's lexical layer: splits a sentence into tokens and reads the
// typed pieces off them. A token is a run of ASCII letters and digits ("3pm",
// "15th", "2018q4" stay whole) or one punctuation character; "a.m."/"p.m."
// become one token so the productions see "am"/"pm". Pieces:
//
//   "twenty-one", "a hundred and five", "2.5", "1,200"  number (every run the
//                                                        lexicon reads, so
//                                                        "nine fifty nine" is
//                                                        9, 59 and 50)
//   "3rd", "third", "twenty first"                      ordinal
//   "Oct", "march"                                      month
//   "Tue", "fridays"                                    weekday (plural kept)
//   "hours", "wk"                                       unit
//   "thanksgiving", "christmas eve"                     holiday (RE2, from holidays.cpp)
//   "3pm", "15h30", "15h", "3ish", "noon", "midnight"   clock
//   "2018q4", "18q4"                                    quarter
//
// Whether a piece becomes a value is the productions' business: a bare month
// or number is never a parse here (the rules, with their context checks for
// "may" the verb and counts, decide those).
#include <re2/re2.h>

#include <unordered_map>
#include <unordered_set>

#include "checker/normalize/calendar.h"
#include "checker/normalize/grammar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal::grammar {

namespace {

bool Alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool Digit(char c) {
  return c >= '0' && c <= '9';
}

// The connector words the productions use; a chunk is a run of tokens that
// are pieces or connectors, so most of a news sentence is skipped unread.
const std::unordered_set<std::string>& Connectors() {
  static const auto* set = new std::unordered_set<std::string>{"the",       "of",
                                                               "on",        "at",
                                                               "in",        "a",
                                                               "an",        "and",
                                                               "this",      "next",
                                                               "last",      "after",
                                                               "before",    "from",
                                                               "now",       "ago",
                                                               "back",      "hence",
                                                               "today",     "tonight",
                                                               "tomorrow",  "yesterday",
                                                               "upcoming",  "past",
                                                               "to",        "till",
                                                               "half",      "quarter",
                                                               "quarters",  "am",
                                                               "pm",        "a",
                                                               "p",         "m",
                                                               "o",         "oh",
                                                               "ou",        "zero",
                                                               "clock",     "oclock",
                                                               "morning",   "afternoon",
                                                               "evening",   "night",
                                                               "current",   "previous",
                                                               "following", "coming",
                                                               "month",     "week",
                                                               "year",      "day",
                                                               "s",         "ides",
                                                               "more",      "additional",
                                                               "extra",     "less",
                                                               "fewer",     "about",
                                                               "around",    "approximately",
                                                               "ish",       "right",
                                                               "gmt",       "utc",
                                                               "cet",       "pst",
                                                               "pdt",       "est",
                                                               "edt",       "et",
                                                               "pt",        "ct",
                                                               "cst",       "cdt",
                                                               "mt",        "mst",
                                                               "bst",       "z",
                                                               "noon",      "midnight",
                                                               "midday",    "mid",
                                                               "for",       "h",
                                                               "couple",    "few",
                                                               "pair",      "until",
                                                               "through",   "thru",
                                                               "between"};
  return *set;
}

std::unique_ptr<RE2> Anchored(const std::string& pattern) {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return std::make_unique<RE2>(pattern, o);
}

// The families of shapes TriggerPattern joins, in its order.

// Clock times.
std::vector<std::string> ClockShapes() {
  const std::string hourword = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  return {
      "[0-9]\\s*[ap]\\.?\\s?m\\b",
      "\\b[0-9]{1,2}[ap]\\b",
      "[0-9]:[0-9][0-9]",
      "\\b[0-9]{1,2}h(?:[0-9][0-9])?\\b",
      "\\b(?:noon|midnight|midday|mid day|o'?clock)\\b",
      "\\b(?:ides|upcoming)\\b",
      "\\bafter\\s+next\\b",
      "\\bhalf\\s+(?:past|after|an?\\s+(?:hour|day)|hour|day|" + hourword + ")\\b",
      "\\bquarter\\s+(?:past|to|after|till|before|of\\s+an?)\\b",
      "\\bquarters\\s+(?:of|hours?)\\b",
      "\\b(?:at|@|around|about|approximately)\\s+[0-9]{3,4}\\b",
      "\\bat\\s+[0-9]{1,2}\\s+[0-9]{2}\\b",
      "\\b(?:[0-9]{1,2}|" + hourword +
          ")\\s+(?:in\\s+the\\s+|this\\s+)?(?:morning|afternoon|evening|am|pm|"
          "tonight|tomorrow)\\b",
      "\\b(?:in\\s+the|this)\\s+(?:morning|afternoon|evening)\\s+at\\b",
      "\\b" + hourword + "[\\s-]+(?:oh|o|ou|zero|ten|fifteen|twenty|thirty|forty|fifty)\\b",
      "\\b(?:[0-5]?[0-9]|ten|fifteen|twenty|five)\\s+(?:minutes?\\s+)?(?:past|after|to|till|before|"
      "from)\\s+(?:[0-9]|noon|midnight|" +
          hourword + ")",
  };
}

// Days of the month and weekdays.
std::vector<std::string> DayShapes() {
  const std::string ord =
      "(?:[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
      "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
      "eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second|third|"
      "fourth|fifth|sixth|seventh|eighth|ninth))";
  const std::string wd =
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|"
      "fri|sat|sun)";
  const std::string month = lexicon::kMonthPattern;
  return {
      "\\bon\\s+(?:the\\s+)?" + ord + "\\b",
      "\\bthe\\s+" + ord + "\\W*$",
      "^\\W*the\\s+[0-9]{1,2}\\W*$",
      "\\bon\\s+[0-9]{1,2}\\W*$",
      ord + "\\s+(?:day\\s+)?of\\s+(?:the\\s+)?(?:" + month +
          "|next|last|this|current|previous|following|coming)",
      ord + "\\s+" + month + "\\s+[0-9]{2}\\b",
      "\\b" + wd + "\\.?,?\\s+(?:the\\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\\b",
      "(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\\s+(?:from|ago|back|"
      "hence)",
      ord + "\\s+" + wd + "\\s+(?:of|in|after)\\b",
      ord + "\\s+last\\s+(?:week|day)\\b",
      "\\b" + wd + "\\s+(?:from|of)\\s+(?:last|next|this)\\s+week",
      "\\bweek'?s\\s+" + wd,
      "^\\W*" + wd + "\\W*$",
  };
}

// Annual dates moved or given a year.
std::vector<std::string> AnnualShapes() {
  const std::string month = lexicon::kMonthPattern;
  return {
      month +
          "\\s+(?:in|of)\\s+(?:a|an|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|the|"
          "next|last|this)\\b",
      month + "\\s+(?:next|last|this)\\s+year\\b",
      "\\b(?:in|of)\\s+(?:a|an|[0-9]+|one|two|three|the)\\s+(?:next\\s+|following\\s+)?years?\\b",
      "\\btwo\\s+thousand",
      "\\b[0-9]{1,2}\\s+of\\s+(?:the\\s+)?(?:next|last|this|current|previous|following)\\s+month",
      "ish\\s+[ap]\\.?m\\b",
      "\\b(?:at|@)\\s+[0-9]{1,2}(?::[0-9]{2})?\\s*(?:gmt|utc|cet|pst|pdt|est|edt|et|pt|ct|cst|cdt|"
      "mt|mst|bst)\\b",
      "\\bof\\s+(?:the\\s+)?(?:next|last|this|following|previous)\\s+year\\b",
  };
}

// Durations.
std::vector<std::string> DurationShapes() {
  const std::string small =
      "(?:[0-9][0-9.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|few|"
      "a few|a couple(?: of)?|couple of|a pair of)";
  const std::string subday = "(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)";
  const std::string unit =
      "(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)";
  return {
      "\\bin\\s+(?:about\\s+)?" + small + "\\s+(?:more\\s+)?" + subday + "\\b",
      subday + "\\s+from\\s+(?:right\\s+)?(?:now|today)",
      "\\bdays?\\s+from\\s+(?:right\\s+)?now",
      subday + "\\s+hence",
      "[0-9]\\s*['\"]\\W*$",
      "[0-9]+\\s*/\\s*[0-9]+\\s*(?:h|hours?|days?|mins?)\\b",
      unit +
          "\\s*(?:,|and)\\s*(?:and\\s+)?(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|"
          "eleven|twelve|fifteen|twenty|thirty|forty|fifty|an?\\s|half)",
      "\\b(?:hours?|hrs?)\\s+(?:and\\s+)?(?:[0-9]|ten|fifteen|twenty|thirty|forty|fifty)",
      "\\b(?:[0-9]+|one|two|three|four|five|ten)\\s+(?:more|additional|extra|less|fewer)\\s+" +
          unit,
      unit + "\\s+(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+" + unit,
      "\\band\\s+(?:an?\\s+|one\\s+|two\\s+|three\\s+)?(?:half|quarters?)\\b",
  };
}

// Numeric dates.
std::vector<std::string> NumericDateShapes() {
  const std::string month = lexicon::kMonthPattern;
  return {
      "\\b[0-9]{1,2}\\s+/\\s*[0-9]|[0-9]\\s*/\\s+[0-9]",
      "\\b[0-9]{1,2}[-/]" + month + "[-/][0-9]{2,4}\\b",
      "\\b[0-9]{4}/[0-9]{1,2}\\b",
      "(?:^|[^/0-9])[0-9]{1,2}/[0-9]{4}\\b",
      "\\b(?:[0-9]{2}|[0-9]{4})q[1-4]\\b",
  };
}

}  // namespace

// The shapes only the grammar reads, as one RE2 (a DFA pass, no captures).
// A sentence without any of them ("premiered on Oct. 31, 2022", "in 15
// months") is left to the rules unparsed: the chart costs more than the
// rules' scan, and most news sentences have nothing for it.
std::string TriggerPattern() {
  std::string out;
  for (const std::vector<std::string>& family :
       {ClockShapes(), DayShapes(), AnnualShapes(), DurationShapes(), NumericDateShapes()})
    for (const std::string& shape : family) out += (out.empty() ? "(?:" : "|(?:") + shape + ")";
  return out;
}

bool MayCompose(std::string_view text) {
  static const RE2* trigger = [] {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(true);
    o.set_max_mem(64 << 20);
    return new RE2(TriggerPattern(), o);
  }();
  if (!trigger->ok()) return true;
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *trigger);
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (Alnum(c)) {
      while (i < text.size() && Alnum(text[i])) ++i;
      // "1,200,000" and "2.5": one number.
      while (i + 1 < text.size() && (text[i] == ',' || text[i] == '.') && Digit(text[i - 1]) &&
             Digit(text[i + 1]) && Digit(text[t.begin])) {
        ++i;
        while (i < text.size() && Digit(text[i])) ++i;
      }
      t.end = i;
      t.w = lexicon::Fold(text.substr(t.begin, t.end - t.begin));
      t.cap = c >= 'A' && c <= 'Z';
      // "3:18am", "330pm": the digits and the half of the day, as two tokens.
      {
        size_t k = 0;
        while (k < t.w.size() && Digit(t.w[k])) ++k;
        const std::string rest = t.w.substr(k);
        if (k > 0 && k < t.w.size() &&
            (rest == "am" || rest == "pm" || rest == "a" || rest == "p")) {
          Token digits = t;
          digits.end = t.begin + k;
          digits.w = t.w.substr(0, k);
          out.push_back(std::move(digits));
          t.begin += k;
          t.w = rest;
          t.cap = false;
        }
      }
      // "a.m." / "p.m." / "a.m" -> "am" / "pm".
      if ((t.w == "a" || t.w == "p") && i + 2 < text.size() + 1 && i + 1 < text.size() &&
          text[i] == '.' && (text[i + 1] == 'm' || text[i + 1] == 'M') &&
          (i + 2 >= text.size() || !Alnum(text[i + 2]))) {
        i += 2;
        if (i < text.size() && text[i] == '.') ++i;
        t.end = i;
        t.w += "m";
      }
      out.push_back(std::move(t));
      continue;
    }
    const unsigned char u = static_cast<unsigned char>(c);
    size_t len = 1;
    if (u >= 0xF0)
      len = 4;
    else if (u >= 0xE0)
      len = 3;
    else if (u >= 0xC0)
      len = 2;
    len = std::min(len, text.size() - i);
    t.end = i + len;
    const std::string folded = lexicon::Fold(text.substr(i, len));
    t.w = folded.size() == 1 ? folded : std::string("\x01");  // other UTF-8: a breaker
    i += len;
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

bool LookUp(const std::string& w) {
  if (Connectors().count(w)) return true;
  if (Digit(w[0])) return true;
  if (w.size() == 1 && !Alnum(w[0]))
    return w == "/" || w == "-" || w == ":" || w == "," || w == "'" || w == "." || w == "@" ||
           w == "\"";
  if (Connectors().count(w)) return true;
  if (lexicon::ParseNumber(w) || lexicon::ParseOrdinal(w)) return true;
  if (lexicon::MonthNumber(w) || lexicon::WeekdayNumber(w) >= 0) return true;
  if (w.size() > 3 && w.back() == 's' && lexicon::WeekdayNumber(w.substr(0, w.size() - 1)) >= 0)
    return true;
  if (lexicon::UnitOf(w)) return true;
  return false;
}

}  // namespace

bool InVocabulary(const Token& t) {
  const std::string& w = t.w;
  if (w.empty()) return false;
  if (Digit(w[0])) return true;
  if (w.size() == 1 && !Alnum(w[0]))
    return w == "/" || w == "-" || w == ":" || w == "," || w == "'" || w == "." || w == "@" ||
           w == "\"";
  // The lexicon's lookups allocate; a sentence's words repeat across a
  // document, so each thread remembers the answers (bounded).
  thread_local std::unordered_map<std::string, bool> memo;
  if (auto it = memo.find(w); it != memo.end()) return it->second;
  if (memo.size() > 50000) memo.clear();
  return memo[w] = LookUp(w);
}

// The steps of AddPieces, each the pieces one token (or the chunk) starts.
namespace {

Item ItemAt(T type, size_t from, size_t to) {
  Item it;
  it.type = type;
  it.b = from;
  it.e = to;
  return it;
}

// Numbers: the token alone, and runs of number words ("twenty one", "a
// hundred and five"); amounts that are numbers only in front of a unit ("a
// couple of", "a few").
void AddNumbers(const std::vector<Token>& tokens, size_t i, size_t e, std::vector<Item>& out) {
  const std::string& w = tokens[i].w;
  if (Digit(w[0])) {
    if (auto n = lexicon::ParseNumber(w);
        n && w.find_first_not_of("0123456789.,") == std::string::npos) {
      Item num = ItemAt(T::kNumber, i, i + 1);
      num.num = *n;
      num.digits = true;
      num.ndigits = static_cast<int>(w.find_first_of(".,") == std::string::npos ? w.size() : 0);
      out.push_back(num);
    }
  } else if (w == "a" || w == "an" || lexicon::ParseNumber(w)) {
    std::string run;
    for (size_t j = i; j < e && j < i + 9; ++j) {
      if (!run.empty() && tokens[j].w != "-") run += ' ';
      if (tokens[j].w == "-") {
        run += '-';
        continue;
      }
      run += tokens[j].w;
      if (j == i && (w == "a" || w == "an" || w == "and")) continue;
      if (auto n = lexicon::ParseNumber(run)) {
        Item num = ItemAt(T::kNumber, i, j + 1);
        num.num = *n;
        out.push_back(num);
      } else if (j > i + 1 && tokens[j].w != "and" && !lexicon::ParseNumber(tokens[j].w)) {
        break;
      }
    }
  }
  // Amounts that are numbers only in front of a unit: "a couple of", "a few".
  if ((w == "a" || w == "couple" || w == "few") && i + 1 <= e) {
    static const struct {
      const char* words[3];
      double value;
    } kAmounts[] = {{{"a", "couple", "of"}, 2},     {{"a", "couple", nullptr}, 2},
                    {{"couple", "of", nullptr}, 2}, {{"a", "pair", "of"}, 2},
                    {{"a", "few", nullptr}, 3},     {{"few", nullptr, nullptr}, 3}};
    for (const auto& a : kAmounts) {
      size_t k = 0;
      while (k < 3 && a.words[k] && i + k < e && tokens[i + k].w == a.words[k]) ++k;
      if (k < 3 && a.words[k]) continue;
      Item num = ItemAt(T::kNumber, i, i + k);
      num.num = a.value;
      out.push_back(num);
    }
  }
}

// Ordinals: "3rd", "third", "twenty first", "twenty-first".
void AddOrdinals(const std::vector<Token>& tokens, size_t i, size_t e, std::vector<Item>& out) {
  const std::string& w = tokens[i].w;
  if (auto o = lexicon::ParseOrdinal(w)) {
    Item ord = ItemAt(T::kOrdinal, i, i + 1);
    ord.n = *o;
    out.push_back(ord);
  }
  if (i + 1 < e && w.size() >= 5 && w.back() == 'y' && lexicon::ParseNumber(w)) {
    const size_t j = tokens[i + 1].w == "-" && i + 2 < e ? i + 2 : i + 1;
    if (auto o = lexicon::ParseOrdinal(w + " " + tokens[j].w)) {
      Item ord = ItemAt(T::kOrdinal, i, j + 1);
      ord.n = *o;
      out.push_back(ord);
    }
  }
}

// Months ("Oct."), weekdays ("Tues.", "Mondays") and units of time.
void AddCalendarWords(const std::vector<Token>& tokens, size_t i, size_t e,
                      std::vector<Item>& out) {
  const std::string& w = tokens[i].w;
  if (int m = lexicon::MonthNumber(w)) {
    Item month = ItemAt(T::kMonth, i, i + 1);
    month.n = m;
    // "Oct." keeps its period.
    if (i + 1 < e && tokens[i + 1].w == "." && w.size() <= 4) month.e = i + 2;
    out.push_back(month);
  }
  int wd = lexicon::WeekdayNumber(w);
  bool plural = false;
  if (wd < 0 && w.size() > 6 && w.back() == 's') {
    wd = lexicon::WeekdayNumber(w.substr(0, w.size() - 1));
    plural = wd >= 0;
  }
  if (wd >= 0) {
    Item day = ItemAt(T::kWeekday, i, i + 1);
    day.n = wd;
    day.plural = plural;
    if (i + 1 < e && tokens[i + 1].w == "." && w.size() <= 5) day.e = i + 2;
    out.push_back(day);
  }
  if (std::optional<Unit> unit = lexicon::UnitOf(w); unit || w == "h") {
    Item u = ItemAt(T::kUnit, i, i + 1);
    u.unit = unit.value_or(Unit::kHour);  // "h": "3/4h"
    u.plural = w.size() > 1 && w.back() == 's';
    out.push_back(u);
  }
}

// Clock tokens: "7pm", "14h30", "3ish", "noon"; "2h" is also two hours.
void AddClock(const std::string& w, size_t i, std::vector<Item>& out) {
  static const auto* clock_ampm = Anchored("([0-9]{1,2})(a|p|am|pm)").release();
  static const auto* clock_h = Anchored("([0-9]{1,2})h([0-9]{2})?").release();
  static const auto* clock_ish = Anchored("([0-9]{1,2})ish").release();
  int h = 0;
  std::string ap, mm;
  if (RE2::FullMatch(w, *clock_ampm, &h, &ap) && h >= 1 && h <= 12) {
    Item c = ItemAt(T::kClock, i, i + 1);
    c.clock.hour = h % 12 + (ap[0] == 'p' ? 12 : 0);
    c.composed = true;
    out.push_back(c);
  } else if (RE2::FullMatch(w, *clock_h, &h, &mm) && h <= 23) {
    Item c = ItemAt(T::kClock, i, i + 1);
    c.clock.hour = h;
    c.clock.minute = mm.empty() ? 0 : std::stoi(mm);
    c.composed = !mm.empty() || h > 12;
    if (c.clock.minute <= 59) out.push_back(c);
    // "2h" is also two hours.
    if (mm.empty()) {
      Item d = ItemAt(T::kDuration, i, i + 1);
      d.num = h;
      d.unit = Unit::kHour;
      out.push_back(d);
    }
  } else if (RE2::FullMatch(w, *clock_ish, &h) && h >= 1 && h <= 12) {
    Item c = ItemAt(T::kClock, i, i + 1);
    c.clock.hour = h;
    c.clock.ambiguous = true;
    out.push_back(c);
  } else if (w == "noon" || w == "midday" || w == "midnight") {
    Item c = ItemAt(T::kClock, i, i + 1);
    c.clock.hour = w == "midnight" ? 0 : 12;
    c.clock.next_day = w == "midnight";
    c.composed = true;
    out.push_back(c);
  }
}

// A year's quarter written as one token: "24q3", "2024q3".
void AddQuarter(const std::string& w, size_t i, std::vector<Item>& out) {
  static const auto* quarter = Anchored("([0-9]{2}|[0-9]{4})q([1-4])").release();
  std::string yy;
  int q = 0;
  if (RE2::FullMatch(w, *quarter, &yy, &q)) {
    int year = std::stoi(yy);
    if (yy.size() == 2) year += 2000;
    if (calendar::ValidYear(year)) {
      Item time = ItemAt(T::kTime, i, i + 1);
      time.spec.range = calendar::QuarterRange(year, q);
      time.spec.grain = "quarter";
      time.composed = true;
      out.push_back(time);
    }
  }
}

// Holidays, by RE2 over the chunk's text, kept when they sit on token boundaries.
void AddHolidays(std::string_view text, const std::vector<Token>& tokens, size_t b, size_t e,
                 std::vector<Item>& out) {
  static const auto* holidays = [] {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_longest_match(true);
    o.set_log_errors(false);
    return new RE2("(" + HolidayNamesPattern() + ")", o);
  }();
  const size_t from = tokens[b].begin, to = tokens[e - 1].end;
  re2::StringPiece input(text.data() + from, to - from), found;
  while (RE2::FindAndConsume(&input, *holidays, &found)) {
    const size_t fb = static_cast<size_t>(found.data() - text.data()), fe = fb + found.size();
    size_t tb = e, te = e;
    for (size_t i = b; i < e; ++i) {
      if (tokens[i].begin == fb) tb = i;
      if (tokens[i].end == fe) te = i + 1;
    }
    if (tb < e && te <= e && tb < te) {
      Item hol = ItemAt(T::kHoliday, tb, te);
      hol.w = std::string(found.data(), found.size());
      out.push_back(hol);
    }
    if (found.empty()) break;
  }
}

}  // namespace

void AddPieces(std::string_view text, const std::vector<Token>& tokens, size_t b, size_t e,
               std::vector<Item>& out) {
  for (size_t i = b; i < e; ++i) {
    const std::string& w = tokens[i].w;
    Item word = ItemAt(T::kWord, i, i + 1);
    word.w = w;
    out.push_back(word);
    AddNumbers(tokens, i, e, out);
    AddOrdinals(tokens, i, e, out);
    AddCalendarWords(tokens, i, e, out);
    AddClock(w, i, out);
    AddQuarter(w, i, out);
  }
  AddHolidays(text, tokens, b, e, out);
}

}  // namespace factlint::normalize::internal::grammar
