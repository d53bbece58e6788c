// Claim: one dated statement an article makes, normalized.
//
// The rule engine (checker/rules) makes claims from sentences; the linker
// (checker/mentions) decides which subject each is about; the constraint
// engine (checker/constraints) turns them into constraints on unknowns and
// finds the sets that cannot all hold. A claim never changes after linking.
//
// Examples, for an article published 2024-01-29:
//   "The Parks and Recreation alum, 50,"  -> kind kValue, type kAge,
//        subject Adam Scott, attribute "age", unknown "birth",
//        quantity {50, 50, Unit::kYear}, date (the implied birth range)
//        [1973-01-30, 1974-01-29]
//   "the 118-day SAG-AFTRA strike" -> type kDuration, attribute "duration",
//        quantity {118, 118, Unit::kDay}, days {117, 119} (inclusive counting)
//   "premieres on January 17" (published 2025-01-13) -> type kDate,
//        attribute "premiere", date [2025-01-17, 2025-01-17], tense kFuture
//   "a release date has not yet been announced" -> kind kStatus,
//        attribute "premiere", status "unknown as of" the publication date
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/core/date.h"
#include "checker/core/document.h"
#include "checker/core/subject_kind.h"
#include "checker/core/unit.h"

namespace factlint {

enum class ClaimKind {
  kValue,     // states a value: an age, a date, a duration, a count
  kStatus,    // says a value is not known as of publication
  kRelation,  // states a distance between two events
};
const char* ClaimKindName(ClaimKind kind);  // "value" | "status" | "relation"

enum class ValueType { kDate, kInterval, kDuration, kNumber, kAge, kNone };
const char* ValueTypeName(ValueType type);  // "date" | "interval" | ... | "none"

enum class Tense { kUnknown, kPast, kPresent, kFuture };
const char* TenseName(Tense tense);  // "unknown" | "past" | "present" | "future"

// A number with its uncertainty: [min, max] in `unit` (kDay, kWeek, kMonth,
// kYear, kCount, or the unit a rule's attribute declares; unit.h).
struct Quantity {
  double min = 0;
  double max = 0;
  Unit unit = Unit::kNone;
};

// Who or what a claim is about. `id` is the fact base id when the subject is
// in the fact base ("person.adam_scott"), else a key made from the normalized
// name ("person:zach cherry"), so unknown people are still compared across
// articles. `name` is for display.
struct Subject {
  std::string id;
  std::string name;
  SubjectKind kind = SubjectKind::kNone;
  // Other names the article gives the same subject, for a subject the fact
  // base lacks ("the Lahaina fire" in an article about "the Maui fires"):
  // what ties it to other articles that use those names (mentions/
  // cross_document.h).
  std::vector<std::string> aliases = {};
  bool empty() const { return id.empty(); }
};

// One end of a relation: an event of a subject ("premiere" of Severance
// season 1), optionally with the date the text gives for it ("October 2022").
// An end with no subject and no event is the article's publication date.
struct EventRef {
  Subject subject;
  std::string event;
  std::optional<DateRange> when;
  Span span;
};

struct Relation {
  EventRef from;      // the earlier event
  EventRef to;        // the later event (or the publication)
  Quantity distance;  // to − from, as stated ("some 15 months")
  Quantity days;      // the same in days, widened by the tolerance
};

struct Claim {
  int document = -1;  // index into the run's documents
  Span span;          // the claim's text in Document::text
  std::string rule;   // id of the rule that made it
  ClaimKind kind = ClaimKind::kValue;
  ValueType type = ValueType::kNone;

  Subject subject;
  Span subject_span;         // the mention the subject was resolved from
  std::string subject_text;  // that mention as written ("Stiller", "the actor")
  // The match named no subject, nor its sentence, nor a pronoun opening its
  // clause: a fallback found it ("the 47-year-old rapper" -> the article's
  // most salient person). A guess, which a statement the same article
  // makes may prove wrong (rules/guesses.h).
  bool subject_guessed = false;
  std::string attribute;   // "age", "birth", "premiere", "duration", "emmy-nominations", ...
  std::string unknown;     // the unknown the attribute constrains ("birth" for an age)
  std::string value_text;  // the value as written ("50", "January 17", "118-day")
  Span value_span;         // where the value is written (inside `span`)

  std::optional<DateRange> date;     // kDate, kInterval; kAge: the implied birth range
  std::optional<Quantity> quantity;  // kDuration, kNumber, kAge (as stated, widened)
  std::optional<Quantity> days;      // kDuration: the length in days, widened
  std::optional<Relation> relation;  // kRelation

  std::string grain;          // "day" | "month" | "year" | ... for dates
  std::string approximation;  // "nearly", "some", "about", "more than", ... or empty
  Date published;             // the date the claim is judged as of
  // When the value held, if not on `published`: "died on Tuesday at 85"
  // is an age on the day of death. Reports name this date instead.
  std::optional<DateRange> held_on;
  bool quoted = false;  // inside a quotation: attributed, not asserted
  Tense tense = Tense::kUnknown;
  std::string severity;  // the rule's severity for findings on this claim ("" = default)
  // A claim inconsistent with itself, as the normalizer found it ("Tuesday,
  // January 3, 2024": that date was a Wednesday). Empty when consistent.
  std::string inconsistency;
};

// What is wrong with the shape of `claim`, or nullptr: which value fields its
// kind and type must fill (a kDuration without its length in days, a status
// with a value, a relation without its ends). Every rule kind builds claims
// of these shapes, and every later stage reads them without asking, so the
// rule set checks each claim it hands on (FACTLINT_DCHECK, core/check.h).
const char* ClaimShapeProblem(const Claim& claim);

}  // namespace factlint
