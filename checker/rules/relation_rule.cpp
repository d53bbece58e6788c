#include "checker/rules/relation_rule.h"

namespace factlint::rules {

const RuleKind RelationRule::kKind = {"relation", &CommonKeys, "from_event to_event",
                                      &ParseAs<RelationRule>};

Status RelationRule::ParseOwnKeys(const YamlFile& file, const YAML::Node& node) {
  Result<std::string> from = file.OptionalString(node, "from_event");
  if (!from.ok()) return from.error();
  Result<std::string> to = file.OptionalString(node, "to_event");
  if (!to.ok()) return to.error();
  from_event_ = *from;
  to_event_ = *to;
  return {};
}

void RelationRule::Build(const Match& match, const SentenceEnv& env,
                         std::vector<Claim>& out) const {
  Claim claim = BaseClaim(match, env);
  std::optional<normalize::Value> distance = NormalizeGroup("distance", match, env);
  if (!distance || distance->kind != normalize::Kind::kDuration) return;
  Relation relation;
  relation.from.event = from_event_;
  relation.to.event = to_event_;
  const bool has_from =
      ResolveSubject("subject", match, env, true, relation.from.subject, relation.from.span);
  const bool has_to =
      ResolveSubject("to_subject", match, env, false, relation.to.subject, relation.to.span);
  if (match.Group("subject") && !has_from) return;  // named, but a character or a pronoun
  if (match.Group("to_subject") && !has_to) return;
  if (!has_from && !has_to) return;
  // A weekday that does not fit its date makes the claim inconsistent,
  // whichever date of it the weekday is on.
  if (std::optional<normalize::Value> when = NormalizeGroup("when", match, env)) {
    relation.from.when = when->range;
    if (claim.inconsistency.empty()) claim.inconsistency = when->inconsistency;
  }
  if (std::optional<normalize::Value> when = NormalizeGroup("to_when", match, env)) {
    relation.to.when = when->range;
    if (claim.inconsistency.empty()) claim.inconsistency = when->inconsistency;
  }
  relation.distance = distance->amount;
  relation.days = distance->days;
  if (relation.days.unit == Unit::kNone) relation.days.unit = Unit::kDay;
  relation.days.min -= attribute_->tolerance;
  relation.days.max += attribute_->tolerance;

  claim.kind = ClaimKind::kRelation;
  claim.type = ValueType::kDuration;
  claim.subject = has_from ? relation.from.subject : relation.to.subject;
  claim.subject_span = has_from ? relation.from.span : relation.to.span;
  claim.subject_text = std::string(env.doc->Text(claim.subject_span));
  claim.value_text = std::string(env.doc->Text(*match.Group("distance")));
  claim.quantity = relation.distance;
  claim.days = relation.days;
  claim.approximation = distance->approximation;
  claim.relation = std::move(relation);
  out.push_back(std::move(claim));
}

std::string RelationRule::Explain() const {
  std::string out = PatternRule::Explain();
  out += "from: " + (from_event_.empty() ? std::string("(the text's date)") : from_event_) + "\n";
  out += "to: " + (to_event_.empty() ? std::string("the publication") : to_event_) + "\n";
  return out;
}

}  // namespace factlint::rules
