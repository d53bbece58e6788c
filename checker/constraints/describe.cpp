#include "checker/constraints/describe.h"

#include <cmath>
#include <cstdio>

#include "checker/constraints/internal.h"

namespace factlint::constraints {
namespace {

std::string EventName(const EventRef& ref, const Claim& claim) {
  if (ref.subject.empty() && ref.event.empty()) return FormatIsoDate(claim.published);
  std::string name = ref.subject.name.empty() ? ref.subject.id : ref.subject.name;
  if (!ref.event.empty()) name += name.empty() ? ref.event : " " + ref.event;
  if (ref.when) name += " (" + FormatRange(*ref.when) + ")";
  return name;
}

}  // namespace

std::string ClaimValue(const Claim& claim) {
  if (claim.kind == ClaimKind::kStatus) return "unknown as of " + FormatIsoDate(claim.published);
  if (claim.kind == ClaimKind::kRelation && claim.relation) {
    const DayBounds d = ClaimDays(claim);
    return EventName(claim.relation->to, claim) + " \u2212 " +
           EventName(claim.relation->from, claim) + " " + FormatNumbers(d.lo, d.hi, "days");
  }
  switch (claim.type) {
    case ValueType::kAge:
      if (auto range = BirthRange(claim)) return "born " + FormatRange(*range);
      break;
    case ValueType::kDate:
    case ValueType::kInterval:
      if (claim.date) return FormatRange(*claim.date);
      break;
    case ValueType::kDuration: {
      const DayBounds d = ClaimDays(claim);
      return "end \u2212 start " + FormatNumbers(d.lo, d.hi, "days");
    }
    case ValueType::kNumber:
      if (claim.quantity) return FormatNumbers(claim.quantity->min, claim.quantity->max);
      break;
    case ValueType::kNone: break;
  }
  return claim.value_text;
}

std::string HeldOnText(const Claim& claim) {
  if (!claim.held_on) return FormatIsoDate(claim.published);
  if (claim.held_on->from == claim.held_on->to) return FormatIsoDate(claim.held_on->from);
  return FormatIsoDate(claim.held_on->from) + "\u2026" + FormatIsoDate(claim.held_on->to);
}

std::string AgeText(const DateRange& birth, const DateRange& on) {
  // Whole years from `born` to `day` (a February 29 birthday comes on March 1
  // in other years).
  auto age = [](const Date& born, const Date& day) {
    int years = day.year() - born.year();
    if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day()))
      --years;
    return years;
  };
  const int youngest = age(birth.to, on.from);
  const int oldest = age(birth.from, on.to);
  if (youngest == oldest) return std::to_string(youngest);
  return std::to_string(youngest) + (oldest == youngest + 1 ? " or " : " to ") +
         std::to_string(oldest);
}

std::string ClaimNote(const Claim& claim) {
  const std::string name = claim.subject.name.empty() ? claim.subject.id : claim.subject.name;
  std::string note = name;
  if (claim.type == ValueType::kAge)
    note += ", " + claim.value_text;
  else
    note += (note.empty() ? "" : " ") + claim.attribute + " '" + claim.value_text + "'";
  note += " on " + HeldOnText(claim);
  if (claim.quoted) note += " (quoted)";
  return note + ": " + ClaimValue(claim);
}

std::string FactValue(const facts::Fact& fact) {
  if (fact.date) return FormatRange(*fact.date);
  if (fact.number) {
    const Unit unit = fact.number->unit;
    return FormatNumbers(fact.number->min, fact.number->max,
                         unit == Unit::kCount ? ""
                         : unit == Unit::kDay ? "days"
                                              : UnitName(unit));
  }
  return "?";
}

std::string FactNote(const facts::Fact& fact, const std::string& subject_name) {
  std::string note = "fact: " + subject_name + " " + fact.attribute + " " + FactValue(fact);
  if (fact.announced_on) note += ", announced on " + FormatIsoDate(*fact.announced_on);
  if (fact.as_of) note += ", as of " + FormatIsoDate(*fact.as_of);
  if (!fact.sources.empty()) note += " \u2014 " + fact.sources.front().url;
  return note;
}

std::optional<Date> ShiftedDay(const Date& day, double days) {
  // The calendar Boost.Date_Time keeps: 1400-01-01 to 9999-12-31.
  static const long kFirst = DayNumber(Date(1400, 1, 1)), kLast = DayNumber(Date(9999, 12, 31));
  const double at = static_cast<double>(DayNumber(day)) + days;
  if (!(at >= static_cast<double>(kFirst) && at <= static_cast<double>(kLast))) return std::nullopt;
  return FromDayNumber(static_cast<long>(at));
}

TimelineEntry AnnouncementTimeline(const Date& day, std::string where, bool is_fact) {
  TimelineEntry entry;
  entry.label = "made public " + FormatIsoDate(day);
  entry.range = {day, day};
  entry.is_fact = is_fact;
  entry.annotation = true;
  entry.where = std::move(where);
  return entry;
}

std::string WhereOf(const Document& doc, const Claim& claim) {
  return doc.path + ":" + std::to_string(doc.LocationOf(claim.span).line);
}

TimelineEntry ClaimTimeline(const Claim& claim, bool primary, std::string where,
                            const LengthAnchor* anchor) {
  TimelineEntry entry;
  entry.label = ClaimNote(claim);
  entry.primary = primary;
  entry.where = std::move(where);
  // "Not known as of P" has no value to hold against other rows: it is
  // drawn where it was said, for context.
  entry.annotation = claim.kind == ClaimKind::kStatus;
  if (claim.type == ValueType::kDuration && claim.days && anchor != nullptr) {
    // From the start the finding gives to the end the length implies; else
    // back from its end to the start the length implies. A length that
    // would leave the calendar ("a 400000-day strike") stays a dot.
    const double lo = claim.days->min, hi = claim.days->max;
    if (anchor->start || anchor->origin) {
      const Date from = anchor->start ? anchor->start->from : *anchor->origin;
      const auto first = ShiftedDay(from, lo), last = ShiftedDay(from, hi);
      if (first && last) {
        entry.range = {*first, *last};
        entry.span = DateRange{from, entry.range.to};
        if (!anchor->start) entry.label += " (drawn from a common start)";
        return entry;
      }
    } else if (anchor->end) {
      const auto first = ShiftedDay(anchor->end->to, -hi), last = ShiftedDay(anchor->end->to, -lo);
      if (first && last) {
        entry.range = {*first, *last};
        entry.span = DateRange{entry.range.from, anchor->end->to};
        return entry;
      }
    }
  }
  if (claim.type == ValueType::kAge) {
    if (auto range = BirthRange(claim)) entry.range = *range;
  } else if (claim.date) {
    entry.range = *claim.date;
  } else if (claim.relation && claim.relation->from.when) {
    entry.range = *claim.relation->from.when;
  }
  // A count or a length has no date of its own: it is shown where it was said.
  if (entry.range.from.is_not_a_date()) entry.range = {claim.published, claim.published};
  return entry;
}

std::optional<TimelineEntry> FactTimeline(const facts::Fact& fact,
                                          const std::string& subject_name) {
  TimelineEntry entry;
  entry.label = FactNote(fact, subject_name);
  entry.is_fact = true;
  entry.where = "fact base";
  if (fact.date)
    entry.range = *fact.date;
  else if (fact.as_of)
    entry.range = {*fact.as_of, *fact.as_of};
  else if (fact.announced_on)
    entry.range = {*fact.announced_on, *fact.announced_on};
  else
    return std::nullopt;
  return entry;
}

}  // namespace factlint::constraints
