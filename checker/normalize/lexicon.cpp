#include "checker/normalize/lexicon.h"

#include <array>
#include <cstdlib>
#include <vector>

#include "checker/core/ascii.h"

namespace factlint::normalize::lexicon {

#define FL_UNITS                                                                           \
  "zero|naught|nought|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
  "thirteen|"                                                                              \
  "fourteen|"                                                                              \
  "fifteen|sixteen|seventeen|eighteen|nineteen"
#define FL_TENS "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
#define FL_SCALES "hundred|thousand|million|billion|trillion|lakh|crore"
// Scales after a number may be plural ("three billions", "12 lakhs", "2 dozens").
// Indian scales in their common spellings: "12 lakhs", "3 lac", "30 lkh",
// "300 crores", "Rs 300 cr", "three hundred koti"; a whole word ("seven
// criminal counts" holds no crore).
#define FL_SCALES_AFTER \
  "(?:(?:hundred|thousand|million|billion|trillion|lakh|lac|lkh|crore|krore|cr|dozen)s?|koti)\\b"
#define FL_ORD_UNITS "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
#define FL_ORD_TEENS                                                                         \
  "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|" \
  "nineteenth"
#define FL_ORD_TENS "twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth"
// ".77": a decimal without its leading zero.
#define FL_DIGITS "(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+)"
#define FL_WORD_ATOM "(?:" FL_TENS "|" FL_UNITS ")"
#define FL_WORDS                                                                   \
  "(?:" FL_WORD_ATOM "(?:(?:[ -]|\\s+and\\s+)(?:" FL_WORD_ATOM "|" FL_SCALES_AFTER \
  "))*(?:\\s+"                                                                     \
  "(?:" FL_SCALES_AFTER "))?)"
#define FL_VAGUE                                                                          \
  "(?:(?:tens|hundreds)\\s+of\\s+(?:thousands|millions|billions)|dozens|scores|hundreds|" \
  "thousands|millions|billions)"
#define FL_NUMBER                                                                      \
  "(?:" FL_DIGITS "(?:\\s*(?:" FL_SCALES_AFTER "|mn|bn))?|" FL_WORDS                   \
  "|(?:a|one)\\s+(?:half\\s+)?"                                                        \
  "(?:hundred|thousand|million|billion|dozen)|half\\s+a\\s+(?:dozen|million|billion)|" \
  "a\\s+dozen|a\\s+(?:couple|pair)(?:\\s+of)?|single)"
// Decimals said with "point": "1 point 1", "two point two million", "point
// 77" (a rule of their own, so the
// number pattern the other families embed stays small).
#define FL_POINT_NUMBER                                                                   \
  "(?:(?:[0-9]+|" FL_WORDS ")\\s+point\\s+(?:[0-9]+|" FL_WORD_ATOM "(?:\\s+" FL_WORD_ATOM \
  ")*)(?:\\s+" FL_SCALES_AFTER ")?|point\\s+[0-9]+)"

const char* const kMonthPattern =
    "(?:january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|"
    "nov\\.?|dec\\.?)";
const char* const kWeekdayPattern =
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\\.|tues?\\.|wed\\.|"
    "thu(?:rs?)?\\.|fri\\.|sat\\.|sun\\.)";
const char* const kDayPattern =
    "(?:(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?|(?:twenty|thirty)[ -](?:" FL_ORD_UNITS
    ")|thirtieth|twentieth|" FL_ORD_TEENS "|" FL_ORD_UNITS ")";
const char* const kYearPattern = "(?:[12][0-9]{3}|['’][0-9]{2})";
const char* const kNumberPattern = FL_NUMBER;
const char* const kPointNumberPattern = FL_POINT_NUMBER;
const char* const kAmountPattern =
    "(?:" FL_NUMBER
    "|an?|a\\s+few|few|a\\s+couple(?:\\s+of)?|couple\\s+of|several|a\\s+handful\\s+of|"
    "a\\s+number\\s+of|" FL_VAGUE "\\s+of|(?:just|only|mere|a\\s+matter\\s+of)(?:\\s+a\\s+few)?)";
const char* const kVagueNumberPattern = FL_VAGUE;
const char* const kOrdinalPattern =
    "(?:[0-9]*(?:1st|2nd|3rd|[04-9]th|1[123]th)|(?:" FL_TENS ")[ -](?:" FL_ORD_UNITS
    ")|" FL_ORD_TEENS "|" FL_ORD_TENS "|" FL_ORD_UNITS "|hundredth|thousandth|millionth)";
const char* const kUnitPattern =
    "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|mos?|"
    "quarters?|years?|yrs?|decades?|centur(?:y|ies))";
const char* const kSeasonPattern = "(?:spring|summer|fall|autumn|winter)";

std::string FoldWords(std::string_view text) {
  std::string out;
  for (char c : Fold(text)) {
    if (c == '\t' || c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  return out;
}

bool IsOneOf(std::string_view word, std::string_view entries) {
  size_t start = 0;
  while (start <= entries.size()) {
    size_t bar = entries.find('|', start);
    if (bar == std::string_view::npos) bar = entries.size();
    if (entries.substr(start, bar - start) == word) return true;
    start = bar + 1;
  }
  return false;
}

namespace {

// The ASCII stand-in for the punctuation at text[i] that Fold folds, or 0:
// ' for the curly single quotes U+2018 and U+2019, - for the en and em dashes
// U+2013 and U+2014. All four are three bytes in UTF-8, E2 80 and one more.
char FoldedPunctuation(std::string_view text, size_t i) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2 ||
      static_cast<unsigned char>(text[i + 1]) != 0x80)
    return 0;
  switch (static_cast<unsigned char>(text[i + 2])) {
    case 0x98:
    case 0x99: return '\'';
    case 0x93:
    case 0x94: return '-';
  }
  return 0;
}

}  // namespace

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (const char folded = FoldedPunctuation(text, i)) {
      out += folded;
      i += 2;
      continue;
    }
    out += AsciiLower(text[i]);
  }
  return out;
}

namespace {

std::string StripDot(std::string_view word) {
  std::string w = Fold(word);
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
  return w;
}

// Splits on spaces and hyphens.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : Fold(text)) {
    if (c == ' ' || c == '-' || c == '\t') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

struct WordValue {
  const char* word;
  int value;
};

constexpr std::array<WordValue, 32> kCardinals = {{
    {"zero", 0},       {"naught", 0},    {"nought", 0},    {"nil", 0},      {"one", 1},
    {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},
    {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11},
    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},
    {"forty", 40},     {"fourty", 40},   {"fifty", 50},    {"sixty", 60},   {"seventy", 70},
    {"eighty", 80},    {"ninety", 90},
}};

constexpr std::array<WordValue, 27> kOrdinals = {{
    {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
    {"thirtieth", 30},   {"fortieth", 40},   {"fiftieth", 50},   {"sixtieth", 60},
    {"seventieth", 70},  {"eightieth", 80},  {"ninetieth", 90},
}};

int Lookup(const std::string& w, const WordValue* table, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (w == table[i].word) return table[i].value;
  return -1;
}

double ScaleOf(const std::string& w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn" || w == "m") return 1e6;
  if (w == "billion" || w == "bn") return 1e9;
  if (w == "trillion") return 1e12;
  if (w == "lakh" || w == "lakhs" || w == "lac" || w == "lacs" || w == "lkh" || w == "lkhs")
    return 1e5;
  if (w == "crore" || w == "crores" || w == "krore" || w == "krores" || w == "cr" || w == "crs" ||
      w == "koti")
    return 1e7;
  if (w == "millions") return 1e6;
  if (w == "billions") return 1e9;
  if (w == "thousands") return 1e3;
  if (w == "hundreds") return 1e2;
  if (w == "dozens") return 12;
  if (w == "dozen") return 12;
  return 0;
}

// "twenty-one", "two hundred and five", "three thousand", "a hundred".
std::optional<double> ParseWords(const std::vector<std::string>& words) {
  double total = 0, current = 0;
  bool any = false;
  int last_kind = 0;  // 0 none, 1 unit/teen, 2 tens, 3 scale
  int last_value = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "and") {
      if (last_kind != 3) return std::nullopt;
      continue;
    }
    if ((w == "a" || w == "an") && i == 0 && words.size() > 1) {
      current = 1;
      last_kind = 1;
      any = true;
      continue;
    }
    if (w == "half" && i == 0 && words.size() > 2 && words[1] == "a") {
      current = 0.5;
      ++i;  // skip "a"
      last_kind = 1;
      any = true;
      continue;
    }
    const int v = Lookup(w, kCardinals.data(), kCardinals.size());
    if (v >= 0) {
      if (v >= 20) {
        if (last_kind == 1 || last_kind == 2) return std::nullopt;
        last_kind = 2;
      } else {
        if (last_kind == 1) return std::nullopt;
        if (last_kind == 2 && (v >= 10 || v == 0)) return std::nullopt;
        last_kind = 1;
      }
      last_value = v;
      current += v;
      any = true;
      continue;
    }
    if (w == "point" && any && i + 1 < words.size()) {
      // "two point two million": the digits after "point" are decimals.
      double decimals = 0, place = 0.1;
      size_t j = i + 1;
      for (; j < words.size(); ++j) {
        const int d = Lookup(words[j], kCardinals.data(), kCardinals.size());
        if (d < 0 || d > 9) break;
        decimals += d * place;
        place /= 10;
      }
      if (j == i + 1) return std::nullopt;
      current += decimals;
      i = j - 1;
      last_kind = 1;
      continue;
    }
    const double scale = ScaleOf(w);
    // A plural scale alone ("millions") is vague, not a million.
    if (scale > 0 && last_kind == 0 && w.back() == 's') return std::nullopt;
    if (scale > 0) {
      if (scale == 100 || scale == 12) {
        // "two hundred dozens": a scale of what came before.
        if (current == 0 && total > 0 && last_kind == 3)
          total *= scale;
        else
          current = (last_kind == 0 ? 1 : current) * scale;
      } else if (current == 0 && total > 0 && last_kind == 3 && scale > total) {
        total *= scale;  // "three thousand millions"
      } else {
        total += (last_kind == 0 ? 1 : current) * scale;
        current = 0;
      }
      last_kind = 3;
      any = true;
      continue;
    }
    return std::nullopt;
  }
  (void)last_value;
  if (!any) return std::nullopt;
  return total + current;
}

}  // namespace

int MonthNumber(std::string_view word) {
  static const char* const kNames[] = {"january",   "february", "march",    "april",
                                       "may",       "june",     "july",     "august",
                                       "september", "october",  "november", "december"};
  const std::string w = StripDot(word);
  if (w.size() < 3) return 0;
  if (w == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    const std::string_view name = kNames[i];
    if (w == name) return i + 1;
    if (w.size() == 3 && name.substr(0, 3) == w) return i + 1;
  }
  return 0;
}

int WeekdayNumber(std::string_view word) {
  static const char* const kNames[] = {"sunday",   "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday"};
  const std::string w = StripDot(word);
  if (w.size() < 3) return -1;
  for (int i = 0; i < 7; ++i) {
    const std::string_view name = kNames[i];
    if (w == name || (w.size() <= 5 && name.substr(0, w.size()) == w)) return i;
  }
  return -1;
}

int SeasonNumber(std::string_view word) {
  const std::string w = StripDot(word);
  if (w == "spring") return 0;
  if (w == "summer") return 1;
  if (w == "fall" || w == "autumn") return 2;
  if (w == "winter") return 3;
  return -1;
}

std::optional<Amount> ParseAmount(std::string_view text) {
  std::string w = Fold(text);
  while (!w.empty() && w.back() == ' ') w.pop_back();
  auto strip_of = [&w] {
    if (w.size() > 3 && w.compare(w.size() - 3, 3, " of") == 0) w.resize(w.size() - 3);
  };
  strip_of();
  if (w == "a" || w == "an") return Amount{1, 1, false};
  if (w == "a couple" || w == "couple") return Amount{2, 2, false};
  if (w == "a few" || w == "few") return Amount{2, 4, true};
  if (w == "several" || w == "a handful") return Amount{3, 7, true};
  if (w == "a number") return Amount{2, 9, true};
  // "just weeks earlier", "only days before": a small number of the unit
  // (a plural: two or more), well short of the next unit's worth.
  if (w == "just a few" || w == "only a few" || w == "a matter of a few") return Amount{2, 4, true};
  if (w == "just" || w == "only" || w == "mere" || w == "a matter") return Amount{2, 9, true};
  // Vague plurals: from two of the unit to just under the next unit.
  static const struct {
    const char* word;
    double min, max;
  } kVague[] = {
      {"dozens", 24, 99},
      {"scores", 40, 99},
      {"hundreds", 200, 999},
      {"thousands", 2e3, 9999},
      {"tens of thousands", 2e4, 99999},
      {"hundreds of thousands", 2e5, 999999},
      {"millions", 2e6, 9999999},
      {"tens of millions", 2e7, 99999999},
      {"hundreds of millions", 2e8, 999999999},
      {"billions", 2e9, 9999999999},
  };
  std::string squashed;
  for (char c : w) {
    if (c == '\t' || c == '\n') c = ' ';
    if (c == ' ' && !squashed.empty() && squashed.back() == ' ') continue;
    squashed += c;
  }
  for (const auto& v : kVague)
    if (squashed == v.word) return Amount{v.min, v.max, true};
  if (auto n = ParseNumber(w)) return Amount{*n, *n, false};
  return std::nullopt;
}

std::optional<Amount> ParseAmountRange(std::string_view text) {
  if (auto whole = ParseAmount(text)) return whole;
  const std::string w = Fold(text);
  // The last separator splits ("twenty-one to twenty-five", "10-12", "two or three").
  for (const char* sep : {" to ", " or ", " and ", "-"}) {
    const size_t at = w.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    std::string left = w.substr(0, at), right = w.substr(at + std::string(sep).size());
    while (!left.empty() && left.back() == ' ') left.pop_back();
    while (!right.empty() && right.front() == ' ') right.erase(0, 1);
    if (left.rfind("between ", 0) == 0) left = left.substr(8);
    const auto a = ParseAmount(left), b = ParseAmount(right);
    if (!a || !b || a->vague || b->vague || b->max <= a->min) continue;
    return Amount{a->min, b->max, false};
  }
  return std::nullopt;
}

std::optional<double> ParseNumber(std::string_view text) {
  const std::string w = Fold(text);
  if (w.empty()) return std::nullopt;
  if (w.compare(0, 6, "point ") == 0) return ParseNumber("0 " + w);
  if (w == "a couple" || w == "a couple of" || w == "a pair" || w == "a pair of") return 2;
  if (w == "single") return 1;  // "a single day", "a single title"
  if ((w[0] >= '0' && w[0] <= '9') || (w[0] == '.' && w.size() > 1 && w[1] >= '0' && w[1] <= '9')) {
    std::string digits;
    size_t i = 0;
    for (; i < w.size(); ++i) {
      const char c = w[i];
      if ((c >= '0' && c <= '9') || c == '.')
        digits += c;
      else if (c != ',')
        break;
    }
    double v = std::strtod(digits.c_str(), nullptr);
    while (i < w.size() && w[i] == ' ') ++i;
    // "1 point 1".
    if (w.compare(i, 6, "point ") == 0) {
      size_t j = i + 6;
      while (j < w.size() && w[j] == ' ') ++j;
      size_t k = j;
      while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
      if (k == j) return std::nullopt;
      v = std::strtod(
          (digits + (digits.find('.') == std::string::npos ? "." : "") + w.substr(j, k - j))
              .c_str(),
          nullptr);
      i = k;
      while (i < w.size() && w[i] == ' ') ++i;
    }
    if (i < w.size()) {
      const double scale = ScaleOf(w.substr(i));
      if (scale == 0) return std::nullopt;
      v *= scale;
    }
    return v;
  }
  return ParseWords(Words(w));
}

std::optional<int> ParseOrdinal(std::string_view text) {
  const std::string w = StripDot(text);
  if (w.empty()) return std::nullopt;
  if (w[0] >= '0' && w[0] <= '9') {
    int v = 0;
    size_t i = 0;
    for (; i < w.size() && w[i] >= '0' && w[i] <= '9'; ++i) {
      // "2666666660th" (found by fuzz_normalize): no ordinal, and no overflow.
      if (v > 99999999) return std::nullopt;
      v = v * 10 + (w[i] - '0');
    }
    const std::string suffix = w.substr(i);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    return v;
  }
  const std::vector<std::string> words = Words(w);
  if (words.empty() || words.size() > 2) return std::nullopt;
  int tens = 0;
  if (words.size() == 2) {
    tens = Lookup(words[0], kCardinals.data(), kCardinals.size());
    if (tens < 20) return std::nullopt;
  }
  const std::string& last = words.back();
  if (last == "hundredth" && tens == 0) return 100;
  if (last == "thousandth" && tens == 0) return 1000;
  if (last == "millionth" && tens == 0) return 1000000;
  const int v = Lookup(last, kOrdinals.data(), kOrdinals.size());
  if (v < 0 || (tens > 0 && v >= 10)) return std::nullopt;
  return tens + v;
}

std::optional<Unit> UnitOf(std::string_view word) {
  std::string w = StripDot(word);
  if (w == "centuries") return Unit::kCentury;
  if (w.size() > 3 && w.back() == 's') w.pop_back();
  if (w == "second" || w == "sec" || w == "secs") return Unit::kSecond;
  if (w == "minute" || w == "min" || w == "mins") return Unit::kMinute;
  if (w == "hour" || w == "hr" || w == "hrs") return Unit::kHour;
  if (w == "day") return Unit::kDay;
  if (w == "week" || w == "wk" || w == "wks") return Unit::kWeek;
  if (w == "fortnight") return Unit::kFortnight;
  if (w == "month" || w == "mo" || w == "mos") return Unit::kMonth;
  if (w == "quarter" || w == "qtr") return Unit::kQuarter;
  if (w == "year" || w == "yr" || w == "yrs") return Unit::kYear;
  if (w == "decade") return Unit::kDecade;
  if (w == "century") return Unit::kCentury;
  return std::nullopt;
}

}  // namespace factlint::normalize::lexicon
