// Named periods of a year: seasons ("summer 2023", "last fall", "this
// winter"), quarters ("Q1 2023", "the third quarter of 2022", "4th qtr") and
// halves ("H2 2023", "the first half of 2024").
#include <re2/re2.h>

#include "checker/normalize/calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

int Int(std::string_view s) {
  int v = 0;
  for (char c : s)
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  return v;
}

// The year named by "2023", "'23", "this year", "last year", "next year".
std::optional<int> NamedYear(std::string_view text, const Context& context) {
  const std::string w = lexicon::Fold(text);
  if (w.find("this") != std::string::npos || w.find("current") != std::string::npos)
    return context.ref.year();
  if (w.find("last") != std::string::npos || w.find("past") != std::string::npos)
    return context.ref.year() - 1;
  if (w.find("next") != std::string::npos) return context.ref.year() + 1;
  if (w.find("the year") != std::string::npos) {
    const std::optional<DateRange> anchor = context.Anchor();
    return anchor ? anchor->from.year() : context.ref.year();
  }
  const int y = YearOf(text, context.ref);
  if (!calendar::ValidYear(y)) return std::nullopt;
  return y;
}

// Groups: 1 modifier, 2 season, 3 year.
std::optional<Value> Season(const Match& m, const Context& context) {
  const int season = lexicon::SeasonNumber(m.Get(2));
  if (season < 0) return std::nullopt;
  const bool whole = m.begin == 0 && m.end == m.text.size();
  // A bare "fall" or "spring" is a verb or a noun; ask for a cue.
  if (!m.Has(1) && !m.Has(3) && !whole &&
      !PrecededBy(m.text, m.begin, "the|in|during|by|until|through|since|this|over|early|late|mid"))
    return std::nullopt;
  // "the fall of Saigon", "the fall of the Berlin Wall": a downfall; a
  // season "of" something names its year ("the fall of 2024", above).
  if (!m.Has(3)) {
    static const RE2 kOfSomething("(?i)^[ ]+of[ ]+(?:the[ ]+)?[\\p{L}]");
    const std::string_view rest = m.text.substr(m.end);
    if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kOfSomething))
      return std::nullopt;
  }
  auto at = [season](int y) -> std::optional<DateRange> {
    return calendar::SeasonRange(y, season);
  };
  std::optional<DateRange> range;
  if (m.Has(3)) {
    auto y = NamedYear(m.Get(3), context);
    if (!y) return std::nullopt;
    range = at(*y);
  } else {
    range = calendar::ResolveAnnualModified(at, context.ref,
                                            m.Has(1) ? calendar::CanonicalModifier(m.Get(1)) : "",
                                            calendar::DirectionOf(context));
  }
  if (!range) return std::nullopt;
  return DateValue(*range, "season", IsoFor(*range, "season"));
}

int QuarterNumber(std::string_view word) {
  const std::string w = lexicon::Fold(word);
  if (w == "final" || w == "last") return 4;
  if (auto o = lexicon::ParseOrdinal(w)) return *o;
  return Int(w);
}

std::optional<Value> PeriodOfYear(int n, int count, std::optional<std::string_view> year_text,
                                  const Context& context) {
  const bool quarter = count == 4;
  if (n < 1 || n > count) return std::nullopt;
  auto at = [n, quarter](int y) -> std::optional<DateRange> {
    return quarter ? calendar::QuarterRange(y, n) : calendar::HalfRange(y, n);
  };
  std::optional<DateRange> range;
  if (year_text) {
    auto y = NamedYear(*year_text, context);
    if (!y) return std::nullopt;
    range = at(*y);
  } else {
    range = calendar::ResolveAnnual(at, context.ref, calendar::DirectionOf(context));
  }
  if (!range) return std::nullopt;
  const std::string grain = quarter ? "quarter" : "half";
  return DateValue(*range, grain, IsoFor(*range, grain));
}

// "the third quarter of 2022", "fourth-quarter", "the first half of 2024".
std::optional<Value> OrdinalPeriod(const Match& m, const Context& context) {
  const std::string unit = lexicon::Fold(m.Get(2));
  const int count = unit.rfind("half", 0) == 0 ? 2 : 4;
  int n = QuarterNumber(m.Get(1));
  const std::string w = lexicon::Fold(m.Get(1));
  if (count == 2 && (w == "latter" || w == "back" || w == "final" || w == "last")) n = 2;
  std::optional<std::string_view> year;
  if (m.Has(3)) year = m.Get(3);
  // Without a year, "the first half" and "the fourth quarter" in running
  // text are as often a match's as the calendar's ("scored in the first
  // half"): a period of the year only with a business word after it
  // ("fourth-quarter results") or "fiscal" in it.
  const bool whole = m.begin == 0 && m.end == m.text.size();
  const std::string matched = lexicon::Fold(m.text.substr(m.begin, m.end - m.begin));
  if (!year && !whole && matched.find("fiscal") == std::string::npos) {
    static const RE2 kBusinessAfter(
        "(?i)^[\\s-]+(?:results?|earnings|sales|revenues?|profits?|loss(?:es)?|gdp|growth|"
        "figures|report|deliveries|shipments|outlook|guidance|forecast|dividends?|income|"
        "margins?|output|production|filings?)\\b");
    const std::string_view after = m.After();
    if (!RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kBusinessAfter))
      return std::nullopt;
    // Results are reported once their period is over, whatever the tense
    // ("will report fourth-quarter results" in February: last year's);
    // revenue and profit may be forecast, and follow the tense.
    static const RE2 kResultsAfter("(?i)^[\\s-]+(?:results?|earnings|figures|report|filings?)\\b");
    if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kResultsAfter) && n >= 1 &&
        n <= count) {
      int y = context.ref.year();
      auto at = [&](int in) {
        return count == 4 ? calendar::QuarterRange(in, n) : calendar::HalfRange(in, n);
      };
      if (at(y).to >= context.ref) --y;
      const DateRange range = at(y);
      const std::string grain = count == 4 ? "quarter" : "half";
      return DateValue(range, grain, IsoFor(range, grain));
    }
  }
  return PeriodOfYear(n, count, year, context);
}

// "Q1 2023", "Q3", "H2 2023", "Q4'22".
std::optional<Value> ShortPeriod(const Match& m, const Context& context) {
  const std::string letter = lexicon::Fold(m.Get(1));
  std::optional<std::string_view> year;
  if (m.Has(3)) year = m.Get(3);
  return PeriodOfYear(Int(m.Get(2)), letter == "q" ? 4 : 2, year, context);
}

// "fiscal 2024", "fiscal year 2024", "FY2024", "FY24": fiscal years differ by
// organization (US government: Oct-Sep; many retailers: Feb-Jan; Microsoft:
// Jul-Jun; most others: the calendar year), and every convention names the
// year by the one it ends in. Without knowing whose, the value is every day
// such a year can cover: Feb 1 of the year before to Dec 31, labeled as
// TimeML does ("FY2024"). Groups: 1 year.
std::optional<Value> FiscalYear(const Match& m, const Context& context) {
  const int year = YearOf(m.Get(1), context.ref);
  if (!calendar::ValidYear(year) || !calendar::ValidYear(year - 1)) return std::nullopt;
  const DateRange r{Date(static_cast<unsigned short>(year - 1), 2, 1),
                    Date(static_cast<unsigned short>(year), 12, 31)};
  return DateValue(r, "year", "FY" + calendar::IsoYear(year));
}

}  // namespace

void AddPeriodRules(std::vector<Rule>& rules) {
  rules.push_back({Kind::kDate, "period-fiscal-year",
                   "(?:fiscal(?:\\s+year)?\\s+|fy\\s*['’]?)([12][0-9]{3}|[0-9]{2})", FiscalYear,
                   true});
  const std::string year =
      std::string("(") + lexicon::kYearPattern +
      "|this\\s+year|last\\s+year|next\\s+year|the\\s+year|the\\s+current\\s+year|"
      "the\\s+past\\s+year)";
  rules.push_back({Kind::kDate, "period-season",
                   "(?:(last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+)?(" +
                       std::string(lexicon::kSeasonPattern) + ")(?:,?\\s+(?:of\\s+)?" + year + ")?",
                   Season, true});
  rules.push_back({Kind::kDate, "period-ordinal",
                   "(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|latter|back)"
                   "[\\s-]+(?:fiscal\\s+)?(quarter|qtr|half)(?:\\s+(?:of\\s+)?" +
                       year + ")?",
                   OrdinalPeriod, true});
  rules.push_back({Kind::kDate, "period-short",
                   "(q|h)([1-4])(?:(?:\\s+of\\s+|\\s*-\\s*|\\s+)?" + year + ")?", ShortPeriod,
                   true});
}

}  // namespace factlint::normalize::internal
