#include "checker/report/html_timeline.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

#include "checker/report/escape.h"

namespace factlint::report {
namespace {

// Geometry, in SVG user units (the SVG scales to the page's width).
constexpr double kWidth = 1000;
constexpr double kLabelWidth = 330;
constexpr double kPlotLeft = kLabelWidth + 10;
constexpr double kPlotRight = kWidth - 20;
constexpr double kTopMargin = 8;
constexpr double kGapLabelHeight = 14;  // one line of gap label above the rows
constexpr double kRowHeight = 26;
constexpr double kBarHeight = 12;
constexpr double kAxisHeight = 40;
constexpr size_t kLabelCodePoints = 46;
constexpr size_t kWhereCodePoints = 52;

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// The first `limit` code points of `text`, with "…" when cut.
std::string Shorten(const std::string& text, size_t limit) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count == limit) return text.substr(0, i) + "\xE2\x80\xA6";
    ++count;
  }
  return text;
}

// The last `limit` code points of `text`, with "…" before them when cut.
std::string ShortenFromLeft(const std::string& text, size_t limit) {
  size_t count = 0;
  for (size_t i = text.size(); i > 0; --i) {
    if ((static_cast<unsigned char>(text[i - 1]) & 0xC0) == 0x80) continue;
    if (count == limit) return "\xE2\x80\xA6" + text.substr(i);
    ++count;
  }
  return text;
}

struct Scale {
  long first_day;  // the plot's left edge
  long last_day;   // the plot's right edge (inclusive)
  // The x of the start of `day`; day last_day + 1 is the right edge.
  double X(long day) const {
    const double span = static_cast<double>(last_day - first_day + 1);
    return kPlotLeft + static_cast<double>(day - first_day) / span * (kPlotRight - kPlotLeft);
  }
};

struct Tick {
  long day;
  std::string label;
};

// Ticks on the first of a month, every `step` months, or on January 1st every
// `step` years, so that about 4 to 12 fit.
std::vector<Tick> Ticks(const Scale& scale) {
  const Date first = FromDayNumber(scale.first_day);
  const Date last = FromDayNumber(scale.last_day);
  const long months = (last.year() - first.year()) * 12L + (last.month() - first.month());
  std::vector<Tick> ticks;
  if (months > 36) {
    const int years = last.year() - first.year();
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100}) {
      step = candidate;
      if (years / candidate <= 10) break;
    }
    for (int year = (first.year() / step + 1) * step; year <= last.year(); year += step) {
      ticks.push_back(
          {DayNumber(Date(static_cast<unsigned short>(year), 1, 1)), std::to_string(year)});
    }
    return ticks;
  }
  int step = 1;
  for (int candidate : {1, 2, 3, 6, 12}) {
    step = candidate;
    if (months / candidate <= 10) break;
  }
  int year = first.year();
  int month = first.month() + 1;  // the first whole month inside the plot
  if (month > 12) month = 1, ++year;
  while ((month - 1) % step != 0) {
    if (++month > 12) month = 1, ++year;
  }
  for (;;) {
    const Date day(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    if (last < day) break;
    char label[32];
    std::snprintf(label, sizeof label, "%04d-%02d", year, month);
    ticks.push_back({DayNumber(day), month == 1 ? std::to_string(year) : std::string(label)});
    month += step;
    while (month > 12) month -= 12, ++year;
  }
  return ticks;
}

// The plot's days: every row's range and span, with room on either side,
// never past the calendar's ends (1400-01-01, 9999-12-31): the ticks turn
// the edges back into dates.
Scale PlotScale(const std::vector<TimelineRow>& rows) {
  long min_day = DayNumber(rows.front().range.from);
  long max_day = DayNumber(rows.front().range.to);
  for (const TimelineRow& row : rows) {
    for (const DateRange& r : {row.range, row.span.value_or(row.range)}) {
      min_day = std::min(min_day, DayNumber(r.from));
      max_day = std::max(max_day, DayNumber(r.to));
    }
  }
  const long pad = std::max(20L, (max_day - min_day) / 12);
  static const long kFirstDay = DayNumber(Date(1400, 1, 1));
  static const long kLastDay = DayNumber(Date(9999, 12, 31));
  return Scale{std::max(min_day - pad, kFirstDay), std::min(max_day + pad, kLastDay)};
}

// Days on which a finding's own claim and another row cannot both hold.
struct Gap {
  long begin;  // first day of no overlap
  long end;    // one past the last
  size_t first_row;
  size_t last_row;
};

// Where a finding's own claim and another row cannot both hold: the days
// strictly between the earlier range's end and the later one's start,
// drawn over the rows of the two claims. Every row that cannot hold with a
// finding's claim is marked in `conflict`; of its gaps only the narrowest
// is drawn — the least that would have to change — so a busy subject stays
// readable.
std::vector<Gap> NarrowestGaps(const std::vector<TimelineRow>& rows, std::vector<bool>& conflict) {
  std::vector<Gap> gaps;
  for (size_t p = 0; p < rows.size(); ++p) {
    if (!rows[p].primary || rows[p].annotation) continue;
    std::optional<Gap> narrowest;
    for (size_t o = 0; o < rows.size(); ++o) {
      // Two findings' own claims are not evidence against each other.
      if (rows[o].primary || rows[o].annotation || rows[p].range.Intersects(rows[o].range))
        continue;
      conflict[o] = true;
      const DateRange& a = rows[p].range;
      const DateRange& b = rows[o].range;
      const bool a_first = a.to < b.from;
      const Gap gap{DayNumber(a_first ? a.to : b.to) + 1, DayNumber(a_first ? b.from : a.from),
                    std::min(p, o), std::max(p, o)};
      if (!narrowest || gap.end - gap.begin < narrowest->end - narrowest->begin) narrowest = gap;
    }
    if (!narrowest) continue;
    const bool seen = std::any_of(gaps.begin(), gaps.end(), [&](const Gap& g) {
      return g.begin == narrowest->begin && g.end == narrowest->end;
    });
    if (!seen) gaps.push_back(*narrowest);
  }
  return gaps;
}

// Row bands, so the eye can follow a row, and each row's label.
void DrawRowLabels(const std::vector<TimelineRow>& rows, double top, std::string& svg) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const double y = top + static_cast<double>(i) * kRowHeight;
    if (i % 2 == 0) {
      svg += "<rect class=\"row-band\" x=\"0\" y=\"" + Number(y) + "\" width=\"" + Number(kWidth) +
             "\" height=\"" + Number(kRowHeight) + "\"/>\n";
    }
    // The label, and under it where the reader finds the claim (its file's
    // end kept when long: the name matters more than the folders).
    const bool two_lines = !rows[i].where.empty();
    svg += "<text class=\"row-label" + std::string(rows[i].is_fact ? " fact" : "") +
           "\" x=\"6\" y=\"" + Number(y + (two_lines ? 11 : kRowHeight / 2 + 4)) + "\">" +
           HtmlEscape(Shorten(rows[i].label, kLabelCodePoints)) + "<title>" +
           HtmlEscape(rows[i].detail) + "</title></text>\n";
    if (two_lines)
      svg += "<text class=\"row-where\" x=\"6\" y=\"" + Number(y + 22) + "\">" +
             HtmlEscape(ShortenFromLeft(rows[i].where, kWhereCodePoints)) + "</text>\n";
  }
}

// Gap bands behind the bars, each labelled with its length on its own line
// above the rows, so that labels of nearby gaps never overprint.
void DrawGaps(const std::vector<Gap>& gaps, const Scale& scale, double top, std::string& svg) {
  for (size_t g = 0; g < gaps.size(); ++g) {
    const Gap& gap = gaps[g];
    const double x0 = scale.X(gap.begin);
    const double x1 = std::max(scale.X(gap.end), x0 + 2);
    const long days = gap.end - gap.begin;
    const std::string what = days == 0 ? std::string("no overlap")
                                       : "no overlap: " + std::to_string(days) +
                                             (days == 1 ? " day" : " days") + " apart";
    const double label_y = kTopMargin + kGapLabelHeight * static_cast<double>(g) + 10;
    const double band_top = top + static_cast<double>(gap.first_row) * kRowHeight + 2;
    const double band_bottom = top + static_cast<double>(gap.last_row + 1) * kRowHeight - 2;
    svg += "<rect class=\"gap\" x=\"" + Number(x0) + "\" y=\"" + Number(band_top) + "\" width=\"" +
           Number(x1 - x0) + "\" height=\"" + Number(band_bottom - band_top) + "\"><title>" + what +
           "</title></rect>\n";
    svg += "<line class=\"gap-lead\" x1=\"" + Number((x0 + x1) / 2) + "\" y1=\"" +
           Number(label_y + 2) + "\" x2=\"" + Number((x0 + x1) / 2) + "\" y2=\"" +
           Number(band_top) + "\"/>\n";
    svg += "<text class=\"gap-label\" x=\"" + Number((x0 + x1) / 2) + "\" y=\"" + Number(label_y) +
           "\" text-anchor=\"middle\">" + what + "</text>\n";
  }
}

// Each row's range as a bar, styled by what the row is (a finding's own
// claim, a fact, context, a claim in conflict) so the reader sees which
// claims disagree.
void DrawBars(const std::vector<TimelineRow>& rows, const std::vector<bool>& conflict,
              const Scale& scale, double top, std::string& svg) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const TimelineRow& row = rows[i];
    const double y = top + static_cast<double>(i) * kRowHeight + (kRowHeight - kBarHeight) / 2;
    const double x0 = scale.X(DayNumber(row.range.from));
    const double x1 = std::max(scale.X(DayNumber(row.range.to) + 1), x0 + 5);
    if (row.span) {
      // A length: its whole span lightly, the end it implies as the bar.
      const double s0 = scale.X(DayNumber(row.span->from));
      const double s1 = std::max(scale.X(DayNumber(row.span->to) + 1), s0 + 5);
      svg += "<rect class=\"span\" x=\"" + Number(s0) + "\" y=\"" + Number(y + 3) + "\" width=\"" +
             Number(s1 - s0) + "\" height=\"" + Number(kBarHeight - 6) + "\"><title>" +
             HtmlEscape(row.detail) + ": " + FormatIsoDate(row.span->from) + " \xE2\x80\xA6 " +
             FormatIsoDate(row.span->to) + "</title></rect>\n";
    }
    std::string classes = "bar";
    if (row.annotation) classes += " annotation";
    if (row.is_fact) classes += " fact";
    if (row.primary) classes += " primary";
    if (conflict[i]) classes += " conflict";
    const std::string span =
        row.range.from == row.range.to
            ? FormatIsoDate(row.range.from)
            : FormatIsoDate(row.range.from) + " \xE2\x80\xA6 " + FormatIsoDate(row.range.to);
    svg += "<rect class=\"" + classes + "\" x=\"" + Number(x0) + "\" y=\"" + Number(y) +
           "\" width=\"" + Number(x1 - x0) + "\" height=\"" + Number(kBarHeight) +
           "\" rx=\"2\"><title>" + HtmlEscape(row.detail) + ": " + span + "</title></rect>\n";
  }
}

// The axis under the rows with its ticks, and the as-of date the run
// judged by, so the reader can tell the dates apart.
void DrawAxis(const Scale& scale, double top, double axis_y, const Date& as_of, std::string& svg) {
  svg += "<line class=\"axis\" x1=\"" + Number(kPlotLeft) + "\" y1=\"" + Number(axis_y) +
         "\" x2=\"" + Number(kPlotRight) + "\" y2=\"" + Number(axis_y) + "\"/>\n";
  for (const Tick& tick : Ticks(scale)) {
    const double x = scale.X(tick.day);
    svg += "<line class=\"tick\" x1=\"" + Number(x) + "\" y1=\"" + Number(top) + "\" x2=\"" +
           Number(x) + "\" y2=\"" + Number(axis_y + 4) + "\"/>\n";
    svg += "<text class=\"tick-label\" x=\"" + Number(x) + "\" y=\"" + Number(axis_y + 17) +
           "\" text-anchor=\"middle\">" + HtmlEscape(tick.label) + "</text>\n";
  }
  const long as_of_day = DayNumber(as_of);
  if (as_of_day >= scale.first_day && as_of_day <= scale.last_day) {
    const double x = scale.X(as_of_day);
    svg += "<line class=\"asof\" x1=\"" + Number(x) + "\" y1=\"" + Number(top) + "\" x2=\"" +
           Number(x) + "\" y2=\"" + Number(axis_y) + "\"/>\n";
    svg += "<text class=\"asof-label\" x=\"" + Number(x - 4) + "\" y=\"" + Number(axis_y + 28) +
           "\" text-anchor=\"end\">as of " + FormatIsoDate(as_of) + "</text>\n";
  }
}

}  // namespace

std::string TimelineSvg(const std::vector<TimelineRow>& rows, const Date& as_of) {
  if (rows.empty()) return "";
  const Scale scale = PlotScale(rows);
  std::vector<bool> conflict(rows.size(), false);
  const std::vector<Gap> gaps = NarrowestGaps(rows, conflict);
  // Each gap's label has a line of its own above the rows.
  const double top = kTopMargin + kGapLabelHeight * static_cast<double>(gaps.size());

  const double plot_height = static_cast<double>(rows.size()) * kRowHeight;
  const double height = top + plot_height + kAxisHeight;
  std::string svg =
      "<svg class=\"timeline-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
      Number(kWidth) + " " + Number(height) +
      "\" role=\"img\" aria-label=\"timeline of the claims about this subject\">\n";
  DrawRowLabels(rows, top, svg);
  DrawGaps(gaps, scale, top, svg);
  DrawBars(rows, conflict, scale, top, svg);
  DrawAxis(scale, top, top + plot_height + 4, as_of, svg);
  svg += "</svg>";
  return svg;
}

}  // namespace factlint::report
