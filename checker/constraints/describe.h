// How the constraint stage puts claims and facts into words: the normalized
// value a note shows, the note itself, and the timeline entry of the HTML
// report. Internal to checker/constraints.
//
//   ClaimNote(age_50_claim)   -> "Adam Scott, 50 on 2024-01-29: born 1973-01-30…1974-01-29"
//   ClaimValue(date_claim)    -> "2025-01-17"
//   FactNote(birth_fact, ...) -> "fact: Adam Scott birth 1973-04-03 (https://…)"
#pragma once

#include <optional>
#include <string>

#include "checker/core/claim.h"
#include "checker/core/finding.h"
#include "checker/core/value_text.h"
#include "checker/facts/fact_base.h"

namespace factlint::constraints {

// Values are written by core/value_text.h (FormatRange, FormatNumbers).

// The claim's normalized value: "born 1973-01-30…1974-01-29", "2025-01-17",
// "end − start 117…118 days", "14".
std::string ClaimValue(const Claim& claim);
// A related location's note: "<subject>, <as written> on <published>: <value>".
std::string ClaimNote(const Claim& claim);
// The day a claim's value held: Claim::held_on ("2024-03-05", or a range)
// when the text dates it, else the publication date.
std::string HeldOnText(const Claim& claim);

// The age, or the ages, of someone born within `birth` on a day within
// `on`: "51", "50 or 51", "49 to 51".
std::string AgeText(const DateRange& birth, const DateRange& on);

// The fact's value: "1973-04-03", "14", "118 days".
std::string FactValue(const facts::Fact& fact);
// "fact: <subject name> <attribute> <value> (announced on …) — <source url>".
std::string FactNote(const facts::Fact& fact, const std::string& subject_name);

// Where a finding's lengths (end − start) are drawn from: the event's start
// or end as the finding's other evidence gives it, else one common start
// for all of them (a length alone has no place in time).
struct LengthAnchor {
  std::optional<DateRange> start;
  std::optional<DateRange> end;
  std::optional<Date> origin;
};

// The claim as a timeline row, found at `where` ("drafts/a.md:3"). A length
// with an anchor is the span from the anchor to the end it implies; without
// one, like a count, it is shown where it was said (its publication).
TimelineEntry ClaimTimeline(const Claim& claim, bool primary, std::string where,
                            const LengthAnchor* anchor = nullptr);
// The day a later value was made public (a later article's publication, a
// fact's announcement), drawn beside a stale statement: "made public".
TimelineEntry AnnouncementTimeline(const Date& day, std::string where, bool is_fact = false);
// `day` moved by `days` (either way), or nullopt when that leaves the
// calendar (years 1400-9999): never an exception, never a cast out of range.
std::optional<Date> ShiftedDay(const Date& day, double days);
// "drafts/a.md:3" for a claim of `doc`.
std::string WhereOf(const Document& doc, const Claim& claim);
// Facts without any date (a bare count) have no place on a timeline.
std::optional<TimelineEntry> FactTimeline(const facts::Fact& fact, const std::string& subject_name);

}  // namespace factlint::constraints
