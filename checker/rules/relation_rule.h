// The `relation` rule kind: a distance between two events ("nearly two
// years since Severance premiered", "some 15 months after ... in October
// 2022", "three years for season 2").
//
//   kind: relation
//   id: time-since-premiere
//   attribute: time-between
//   pattern: '(?P<distance>{DURATION}) since (?P<subject>{WORK}) (?:premiered|debuted)'
//   captures: {subject: work}
//   from_event: premiere          # the earlier event, of `subject` (dated by `when`)
//   to_event: ""                  # the later event, of `to_subject` (dated by `to_when`);
//                                 # no event and no subject: the publication
//
// Groups: distance (a duration, required), subject / to_subject (subjects
// of the two ends), when / to_when (dates the text gives for them). The
// claim's subject is the earlier end's, else the later end's.
#pragma once

#include <memory>

#include "checker/rules/pattern_rule.h"
#include "checker/rules/registry.h"

namespace factlint::rules {

class RelationRule : public PatternRule {
 public:
  static const RuleKind kKind;  // "relation": its keys and parser (registry.h)
  std::string Explain() const override;

 protected:
  std::vector<std::string> AllowedCaptures() const override {
    return {"distance", "subject", "to_subject", "when", "to_when"};
  }
  std::vector<std::string> RequiredCaptures() const override { return {"distance"}; }
  std::vector<DeclaredType> AttributeTypesAllowed() const override {
    return {DeclaredType::kRelation, DeclaredType::kDuration};
  }
  void Build(const Match& match, const SentenceEnv& env, std::vector<Claim>& out) const override;

 private:
  friend class PatternRule;  // ParseAs<RelationRule> makes it
  explicit RelationRule(RuleInfo info) : PatternRule(std::move(info)) {}
  // from_event, to_event.
  Status ParseOwnKeys(const YamlFile& file, const YAML::Node& node) override;
  std::string from_event_;
  std::string to_event_;
};

}  // namespace factlint::rules
