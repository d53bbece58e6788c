// The `status` rule kind: a sentence saying a subject's attribute is not
// known as of publication ("a release date has not yet been announced",
// "it's unclear when season 2 will premiere"). The claim has kind kStatus,
// no value, and is judged as of the publication date; the staleness check
// compares it with when the value became known.
//
//   kind: status
//   id: release-date-not-announced
//   attribute: premiere
//   pattern: '(?i)release date (?:for (?P<subject>{WORK_OR_SEASON}) )?has not (?:yet )?been
//   announced' captures: {subject: season} subject_fallback: [last-season, current-work]
#pragma once

#include <memory>

#include "checker/rules/pattern_rule.h"
#include "checker/rules/registry.h"

namespace factlint::rules {

class StatusRule : public PatternRule {
 public:
  static const RuleKind kKind;  // "status": its keys and parser (registry.h)

 protected:
  std::vector<std::string> AllowedCaptures() const override {
    return {"subject", "verb", "season", "described"};
  }
  std::vector<std::string> RequiredCaptures() const override { return {"subject"}; }
  std::vector<DeclaredType> AttributeTypesAllowed() const override {
    return {DeclaredType::kDate,   DeclaredType::kInterval, DeclaredType::kDuration,
            DeclaredType::kNumber, DeclaredType::kAge,      DeclaredType::kStatus};
  }
  void Build(const Match& match, const SentenceEnv& env, std::vector<Claim>& out) const override;

 private:
  friend class PatternRule;  // ParseAs<StatusRule> makes it
  explicit StatusRule(RuleInfo info) : PatternRule(std::move(info)) {}
};

}  // namespace factlint::rules
