// The `attribute` rule kind: declares a claim attribute — its value type,
// unit, the unknown it constrains, the tolerance, and the message findings
// about it use. Claim, status and relation rules name an attribute; the
// constraint engine reads the declaration through RuleSet::FindAttribute.
//
//   kind: attribute
//   id: age                       # the attribute's name (or give `name:`)
//   description: a person's age on the publication date
//   type: age                     # date | interval | duration | number | age | status | relation
//   unit: year
//   unknown: birth                # what it constrains (default: the name)
//   tolerance: 0                  # in `unit`, added on both sides
//   bound: start                  # start | end: the date opens or closes a span of time
//   severity: error
//   message: "{subject} is said to be {value} on {date} here but {other_value} on {other_date}"
//   stale_message: "{subject}: {value} was the plan on {published}; {why}"
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/claim.h"
#include "checker/rules/declared_type.h"
#include "checker/rules/registry.h"
#include "checker/rules/rule.h"
#include "checker/rules/yaml_file.h"

namespace factlint::rules {

struct AttributeDecl {
  std::string name;                         // "age", "premiere", "emmy-nominations"
  DeclaredType type = DeclaredType::kDate;  // any but kCount (AttributeTypes)
  Unit unit = Unit::kNone;                  // kYear, kDay, kCount, ... (kNone for dates)
  std::string unknown;                      // the unknown it constrains ("birth" for an age)
  double tolerance = 0;
  // `changes: over-time`: a running total (awards won, seasons made) that
  // grows as time passes, so only claims published on the same day — and a
  // fact whose as_of is that day — are compared. `fixed` (the default): the
  // value never changes once it exists (a birth date, a season's episodes).
  bool changes_over_time = false;
  // `changes: grows`: over-time, and a later day never gives less than an
  // earlier one (titles won, seasons made; not a death toll, which may be
  // revised down).
  bool grows = false;
  // `changes: per-mention`: every claim is its own event ("Carter won the
  // prize in 2002", "the couple married in 2005"): the text dates
  // something, but nothing says two such claims are about the same thing,
  // so they are never compared — only checked against themselves (a
  // weekday that does not fit its date).
  bool per_mention = false;
  // `bound: start`: the date begins something (a strike, a term), so a
  // date after "since" dates it ("on strike since May 2"). `bound: end`: the
  // date ends something, so the closing end of a range may date it ("filmed
  // from May 2 to June 9"). Other dates take neither.
  enum class Bound { kNone, kStart, kEnd };
  Bound bound = Bound::kNone;
  std::optional<Severity> severity;  // unset: the finding kind's default
  // Placeholders: {subject} {attribute} {value} {date} {other_value}
  // {other_date} {published} {rule}.
  std::string message;
  // The same for its stale findings ("{subject}'s {attribute} {value} was
  // the plan on {published}; {why}"); empty: the built-in wording.
  std::string stale_message;
  std::string link;
  std::string description;
  std::string path;
  int line = 0;
};

// The value types an attribute may declare: every DeclaredType but kCount
// (a capture's spelling of kNumber).
const std::vector<DeclaredType>& AttributeTypes();

class AttributeRule : public Rule {
 public:
  static const RuleKind kKind;  // "attribute": its keys and parser (registry.h)

  const AttributeDecl& decl() const { return decl_; }
  std::string Explain() const override;

 private:
  AttributeRule(RuleInfo info, AttributeDecl decl)
      : Rule(std::move(info)), decl_(std::move(decl)) {}
  AttributeDecl decl_;
};

}  // namespace factlint::rules
