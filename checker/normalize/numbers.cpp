// Numbers and ordinals: "1,500", "2.5", "fourteen", "twenty-one", "a dozen",
// "two hundred", "1.5 million"; ranges "10 to 12", "10-12", "between 10 and
// 12" (amount {10, 12}); vague plurals "dozens", "hundreds", "tens of
// thousands" (a documented range, see lexicon.h); ordinals "first", "21st",
// "twenty-first", "101st".
//
// A number that is a clock time ("9 p.m.", "9:30") is not a count: the date
// next to it is what the normalizer reports (times.cpp).
#include <cctype>

#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// "9 p.m.", "9pm", "9 o'clock", "9:30", the "30" of "9:30".
bool ClockTime(const Match& m) {
  const std::string_view before = m.Before();
  if (before.size() >= 2 && before.back() == ':' && IsDigit(before[before.size() - 2])) return true;
  std::string_view after = m.After();
  if (after.size() >= 2 && after[0] == ':' && IsDigit(after[1])) return true;
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  const std::string next = lexicon::Fold(after.substr(0, 7));
  for (const char* suffix : {"a.m", "p.m", "am", "pm", "o'clock"}) {
    const std::string s = suffix;
    if (next.compare(0, s.size(), s) != 0) continue;
    const char following = next.size() > s.size() ? next[s.size()] : ' ';
    if (!((following >= 'a' && following <= 'z') || IsDigit(following))) return true;
  }
  return false;
}

Value NumberOf(double min, double max) {
  Value v;
  v.kind = Kind::kNumber;
  v.amount = {min, max, Unit::kCount};
  return v;
}

// "-504", "- 1,200,000", "minus 1,200,000", "negative five": the sign
// before the match, with its start when there is one (else npos). A hyphen
// right after a digit or a word ("10-12", "COVID-19") is no sign.
size_t SignStart(const Match& m) {
  const std::string_view before = m.Before();
  size_t end = before.size();
  while (end > 0 && before[end - 1] == ' ') --end;
  if (end > 0 && before[end - 1] == '-') {
    const size_t at = end - 1;
    size_t prev = at;
    while (prev > 0 && before[prev - 1] == ' ') --prev;
    if (prev == 0 || !std::isalnum(static_cast<unsigned char>(before[prev - 1]))) return at;
    return std::string_view::npos;
  }
  // Compared without a folded copy: this runs on every number found.
  auto same = [](std::string_view text, std::string_view word) {
    for (size_t i = 0; i < word.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
    return true;
  };
  for (const std::string_view word : {"minus", "negative"}) {
    if (end >= word.size() && same(before.substr(end - word.size(), word.size()), word) &&
        (end == word.size() ||
         !std::isalnum(static_cast<unsigned char>(before[end - word.size() - 1]))))
      return end - word.size();
  }
  return std::string_view::npos;
}

std::optional<Value> NumberValue(const Match& m, const Context&) {
  if (ClockTime(m)) return std::nullopt;
  const auto n = lexicon::ParseNumber(m.Get(1));
  if (!n) return std::nullopt;
  if (const size_t sign = SignStart(m); sign != std::string_view::npos) {
    Value v = NumberOf(-*n, -*n);
    v.begin = sign;
    v.end = m.end;
    return v;
  }
  return NumberOf(*n, *n);
}

// "100K", "1.2M", ".0012G": a metric suffix written against the digits.
// Only an uppercase M or G: "2m" is two minutes (or metres), not two million.
std::optional<Value> SuffixValue(const Match& m, const Context&) {
  const std::string_view suffix = m.Get(2);
  if (suffix.empty() || ((suffix[0] == 'm' || suffix[0] == 'g'))) return std::nullopt;
  const auto n = lexicon::ParseNumber(m.Get(1));
  if (!n) return std::nullopt;
  const double scale = (suffix[0] == 'k' || suffix[0] == 'K') ? 1e3 : suffix[0] == 'M' ? 1e6 : 1e9;
  const double v = *n * scale;
  if (const size_t sign = SignStart(m); sign != std::string_view::npos) {
    Value out = NumberOf(-v, -v);
    out.begin = sign;
    out.end = m.end;
    return out;
  }
  return NumberOf(v, v);
}

// "twenty-one", "seven hundred twenty-one": a hyphen inside a compound
// number word is no range.
bool CompoundWord(const Match& m) {
  const std::string_view between =
      m.text.substr(m.Offset(1) + m.Get(1).size(), m.Offset(2) - m.Offset(1) - m.Get(1).size());
  if (between != "-") return false;
  const std::string low = lexicon::Fold(m.Get(1));
  static const char* const kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                      "sixty",  "seventy", "eighty", "ninety"};
  for (const char* tens : kTens) {
    const std::string t = tens;
    if (low.size() >= t.size() && low.compare(low.size() - t.size(), t.size(), t) == 0) return true;
  }
  return false;
}

// "10 to 12", "10-12", "two or three", "between 10 and 12". Groups: 1 low, 2 high.
std::optional<Value> RangeValue(const Match& m, const Context&) {
  if (ClockTime(m) || CompoundWord(m)) return std::nullopt;
  const auto low = lexicon::ParseNumber(m.Get(1));
  const auto high = lexicon::ParseNumber(m.Get(2));
  // "won 24-17" is a score, "3-2" too: a range goes up.
  if (!low || !high || *high <= *low) return std::nullopt;
  return NumberOf(*low, *high);
}

std::optional<Value> VagueValue(const Match& m, const Context&) {
  const auto amount = lexicon::ParseAmount(m.Get(1));
  if (!amount) return std::nullopt;
  return NumberOf(amount->min, amount->max);
}

std::optional<Value> OrdinalValue(const Match& m, const Context&) {
  const auto n = lexicon::ParseOrdinal(m.Get(1));
  if (!n) return std::nullopt;
  Value v;
  v.kind = Kind::kOrdinal;
  v.amount = {static_cast<double>(*n), static_cast<double>(*n), Unit::kCount};
  return v;
}

// "20/100": a fraction, where no date can be read (the denominator is no
// day, month or year: "3/15" and "5/2024" stay dates). Groups: 1, 2.
std::optional<Value> FractionValue(const Match& m, const Context&) {
  const auto numerator = lexicon::ParseNumber(m.Get(1));
  const auto denominator = lexicon::ParseNumber(m.Get(2));
  if (!numerator || !denominator || *denominator <= 31 || *denominator >= 1000) return std::nullopt;
  return NumberOf(*numerator / *denominator, *numerator / *denominator);
}

// "one twenty two": a three-digit number read out digit by tens (flight
// and room numbers). Groups: 1 hundreds, 2 tens, 3 units.
std::optional<Value> ReadOutValue(const Match& m, const Context&) {
  const auto hundreds = lexicon::ParseNumber(m.Get(1));
  const auto tens = lexicon::ParseNumber(m.Get(2));
  const auto units = lexicon::ParseNumber(m.Get(3));
  if (!hundreds || !tens || !units) return std::nullopt;
  const double v = *hundreds * 100 + *tens + *units;
  return NumberOf(v, v);
}

}  // namespace

void AddNumberRules(std::vector<Rule>& rules) {
  const std::string number = std::string("(") + lexicon::kNumberPattern + ")";
  rules.push_back(
      {Kind::kOrdinal, "ordinal", std::string("(") + lexicon::kOrdinalPattern + ")", OrdinalValue});
  rules.push_back({Kind::kNumber, "number-range",
                   number + "\\s*(?:-|–|\\s+to\\s+|\\s+or\\s+)\\s*" + number, RangeValue});
  rules.push_back({Kind::kNumber, "number-between", "between\\s+" + number + "\\s+and\\s+" + number,
                   RangeValue});
  rules.push_back({Kind::kNumber, "number-vague",
                   std::string("(") + lexicon::kVagueNumberPattern + ")", VagueValue});
  rules.push_back(
      {Kind::kNumber, "number-suffix", "([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)([kmg])", SuffixValue});
  rules.push_back({Kind::kNumber, "number-point",
                   std::string("(") + lexicon::kPointNumberPattern + ")", NumberValue});
  rules.push_back(
      {Kind::kNumber, "number-fraction", "\\b([0-9]{1,3})\\s*/\\s*([0-9]{2,3})\\b", FractionValue});
  const std::string digit = "(one|two|three|four|five|six|seven|eight|nine)";
  rules.push_back({Kind::kNumber, "number-read-out",
                   "\\b" + digit +
                       "\\s+(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-]+" +
                       digit + "\\b",
                   ReadOutValue});
  rules.push_back({Kind::kNumber, "number", number, NumberValue});
}

}  // namespace factlint::normalize::internal
