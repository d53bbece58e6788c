// The `claim` rule kind: a pattern whose captures state a value of a
// subject's attribute — an age, a date, a duration, a count.
//
//   kind: claim
//   id: age-apposition
//   attribute: age                     # declared with kind: attribute
//   pattern: '(?P<subject>{PERSON}),\s+(?P<value>{AGE}),'
//   captures: {subject: person, value: age}
//
// Optional groups: (?P<verb>...) gives the claim its tense ("premiered" ->
// past, "premieres" -> a scheduled date, tense.h); (?P<season>...) names the
// season the claim is about when it follows the value ("is back this week
// for its second season"); (?P<when>...) (captures: {when: date}) is the date
// an age was stated AT when that is not the publication: "died on Tuesday at
// 85", "died in March at the age of 85", "turned 50 in April". The birth
// range is then BirthRangeForAge(N, d) over every day d the date allows, so
// an obituary's age stays right a year later. A clause that hedges or negates the match ("if
// it premieres", "could return", "did not premiere") makes no claim.
//
// The value's type comes from `captures` or, when not given, from the
// attribute. An age N fills Claim::date with BirthRangeForAge(N, published)
// and quantity {N, N, Unit::kYear}; a count is {N, N, Unit::kCount} and a four-digit
// year (1800–2100) is never a count; a duration is widened by the
// attribute's tolerance in days.
#pragma once

#include <memory>

#include "checker/rules/pattern_rule.h"
#include "checker/rules/registry.h"

namespace factlint::rules {

class ClaimRule : public PatternRule {
 public:
  static const RuleKind kKind;  // "claim": its keys and parser (registry.h)

 protected:
  std::vector<std::string> AllowedCaptures() const override {
    return {"subject", "value", "verb", "season", "when", "described"};
  }
  std::vector<std::string> RequiredCaptures() const override { return {"subject", "value"}; }
  std::vector<DeclaredType> AttributeTypesAllowed() const override {
    return {DeclaredType::kDate, DeclaredType::kInterval, DeclaredType::kDuration,
            DeclaredType::kNumber, DeclaredType::kAge};
  }
  void Build(const Match& match, const SentenceEnv& env, std::vector<Claim>& out) const override;
  // The steps of Build for an age in years ("Adam Scott, 50,"), held on
  // the publication unless a date says otherwise, and for a date or an
  // interval; false drops the claim.
  bool BuildAge(const Match& match, const SentenceEnv& env, const normalize::Value& value,
                Claim& claim) const;
  static bool BuildDate(const SentenceEnv& env, const normalize::Value& value, Claim& claim);
  // The day (or span of days) an age without a (?P<when>) group held, when
  // its sentence dates it (claim_rule.cpp says when); nullopt: publication.
  std::optional<DateRange> SentenceDateOfAge(const Match& match, const SentenceEnv& env,
                                             Tense tense) const;
  // Whether the match's verb tells of a death: an age at death without a
  // date held somewhere in the kDeathNewsDays before publication.
  bool DeathVerb(const Match& match, const SentenceEnv& env) const;
  static constexpr int kDeathNewsDays = 7;
  // A future-tense date written with its year that ended more than this
  // many days before publication is read as past: no plan is that stale
  // when written ("Premiering in 1990, the show will ...").
  static constexpr int kPlanGraceDays = 31;

 protected:
  friend class PatternRule;  // ParseAs<ClaimRule> makes it
  explicit ClaimRule(RuleInfo info) : PatternRule(std::move(info)) {}
};

}  // namespace factlint::rules
