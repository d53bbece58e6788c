// Parts of a period: "early 2023", "mid-March", "late last year", "the end of
// October", "the beginning of the month", "the first half of the 1990s",
// "the week of October 7", "the weekend of May 4".
//
// early/beginning/start = the first third of the period, mid/middle = the
// middle third, late/end = the last third, cut at the next finer grain
// (months of a year, days of a month, years of a decade).
#include "checker/normalize/calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

std::string Squash(std::string_view text) {
  std::string out;
  for (char c : lexicon::Fold(text)) {
    if (c == '\t' || c == '\n' || c == '-') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Third `third` (0, 1, 2) of `range` at `grain`; half (0, 1) when halves.
DateRange Portion(const DateRange& range, const std::string& grain, int index, int parts) {
  if (grain == "year" || grain == "quarter" || grain == "half" || grain == "season") {
    // Whole months.
    const int months =
        (range.to.year() - range.from.year()) * 12 + range.to.month() - range.from.month() + 1;
    const int per = months / parts, extra = months % parts;
    const int start = index * per + std::min(index, extra);
    const int count = per + (index < extra ? 1 : 0);
    const Date from = calendar::AddMonths(range.from, start);
    const Date last = calendar::AddMonths(range.from, start + count - 1);
    return {from, last.end_of_month()};
  }
  if (grain == "decade" || grain == "century") {
    const int years = range.to.year() - range.from.year() + 1;
    const int bounds3[] = {0, years * 4 / 10, years * 7 / 10, years};
    const int bounds2[] = {0, years / 2, years};
    const int* b = parts == 3 ? bounds3 : bounds2;
    return {Date(static_cast<unsigned short>(range.from.year() + b[index]), 1, 1),
            Date(static_cast<unsigned short>(range.from.year() + b[index + 1] - 1), 12, 31)};
  }
  // Days: a month splits 1-10, 11-20, 21-end.
  const long days = (range.to - range.from).days() + 1;
  long first = 0, last = days - 1;
  if (parts == 3) {
    const long third = grain == "month" ? 10 : days / 3;
    first = index * third;
    last = index == 2 ? days - 1 : first + third - 1;
  } else {
    first = index == 0 ? 0 : days / 2;
    last = index == 0 ? days / 2 - 1 : days - 1;
  }
  if (last < first) last = first;
  return {calendar::AddDays(range.from, first), calendar::AddDays(range.from, last)};
}

std::optional<Value> Base(std::string_view text, const Context& context) {
  const std::string w = Squash(text);
  // "the year", "the month": the reference's (or the anchor's) own period.
  if (w == "the year" || w == "the month" || w == "the week" || w == "the decade" ||
      w == "the season" || w == "the quarter") {
    const Date d = context.ref;
    const std::string grain = w.substr(4);
    DateRange r;
    if (grain == "year") r = calendar::YearRange(d.year());
    if (grain == "month") r = calendar::MonthRange(d.year(), d.month());
    if (grain == "week") r = calendar::WeekRange(d);
    if (grain == "decade") r = calendar::DecadeRange(d.year() / 10 * 10);
    if (grain == "quarter") r = calendar::QuarterRange(d.year(), (d.month() + 2) / 3);
    if (grain == "season") return std::nullopt;
    return DateValue(r, grain, IsoFor(r, grain));
  }
  return ParseCoreDate(text, context);
}

// Groups: 1 part word, 2 the period.
std::optional<Value> Part(const Match& m, const Context& context) {
  auto base = Base(m.Get(2), context);
  if (!base || base->kind != Kind::kDate) return std::nullopt;
  const std::string word = Squash(m.Get(1));
  int index = 0, parts = 3;
  std::string modifier;
  if (word.find("half") != std::string::npos) {
    parts = 2;
    index = (word.find("second") != std::string::npos || word.find("latter") != std::string::npos ||
             word.find("back") != std::string::npos)
                ? 1
                : 0;
    modifier = index == 0 ? "early" : "late";
    if (base->grain == "year") {
      const DateRange r = calendar::HalfRange(base->range.from.year(), index + 1);
      Value v = DateValue(r, "half", IsoFor(r, "half"));
      return v;
    }
  } else if (word.find("mid") != std::string::npos || word.find("middle") != std::string::npos) {
    index = 1;
    modifier = "mid";
  } else if (word.find("late") != std::string::npos || word.find("end") != std::string::npos ||
             word.find("close") != std::string::npos) {
    index = 2;
    modifier = word.find("end") != std::string::npos || word.find("close") != std::string::npos
                   ? "end"
                   : "late";
  } else {
    modifier = word.find("early") != std::string::npos ? "early" : "start";
  }
  if (base->grain == "day") return std::nullopt;  // "early Monday" is a time of day
  Value v = *base;
  v.range = Portion(base->range, base->grain, index, parts);
  v.modifier = modifier;
  v.end = 0;
  return v;
}

// "the week of October 7", "the weekend of May 4".
std::optional<Value> WeekOf(const Match& m, const Context& context) {
  auto base = ParseCoreDate(m.Get(2), context);
  if (!base || base->grain != "day") return std::nullopt;
  const bool weekend = lexicon::Fold(m.Get(1)) == "weekend";
  const DateRange r =
      weekend ? calendar::WeekendRange(base->range.from) : calendar::WeekRange(base->range.from);
  Value v = DateValue(r, weekend ? "weekend" : "week", IsoFor(r, weekend ? "weekend" : "week"));
  v.inconsistency = base->inconsistency;
  return v;
}

}  // namespace

void AddPartRules(std::vector<Rule>& rules, const std::string& core) {
  const std::string period = "(" + core + "|the\\s+(?:year|month|week|decade|quarter))";
  rules.push_back(
      {Kind::kDate, "part-of-period",
       "((?:the\\s+)?(?:very\\s+)?(?:early|mid|middle|late)(?:\\s+part)?(?:\\s+of)?|mid-|"
       "(?:at\\s+)?the\\s+(?:beginning|start|end|middle|close|turn)\\s+of|"
       "(?:the\\s+)?(?:first|second|latter|back|front)\\s+half\\s+of)[\\s-]*" +
           period,
       Part, true});
  rules.push_back({Kind::kDate, "part-week-of",
                   "(?:the\\s+)?(week|weekend)\\s+of\\s+(" + core + ")", WeekOf, true});
}

}  // namespace factlint::normalize::internal
