// The HTML report's timeline: one inline SVG per subject, a row per claim or
// fact, each a bar over the days it allows, and a shaded band wherever a
// finding's own claim and another row fail to overlap. Drawn here rather than
// in the browser, so the picture is there with scripts off and in the golden
// file. Internal to factlint_report.
//
//   std::vector<TimelineRow> rows = {
//       {"age 50 on 2024-01-29", "…", {from, to}, false, true, "drafts/a.md:3"},
//       {"fact: born 1973-04-03", "…", {d, d}, true, false, "fact base"}};
//   std::string svg = TimelineSvg(rows, as_of);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/core/date.h"

namespace factlint::report {

struct TimelineRow {
  std::string label;   // shown at the row's left (shortened if long)
  std::string detail;  // the full label and where it comes from, as a tooltip
  DateRange range;
  bool is_fact = false;
  bool primary = false;    // a finding's own claim
  std::string where = {};  // "drafts/a.md:3", under the label
  // A length's whole span, drawn lightly behind `range` (the end it implies).
  std::optional<DateRange> span = {};
  bool annotation = false;  // context ("made public"), never marked as a conflict
};

// The <svg> element; empty when `rows` is empty. All text is escaped.
std::string TimelineSvg(const std::vector<TimelineRow>& rows, const Date& as_of);

}  // namespace factlint::report
