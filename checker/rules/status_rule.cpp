#include "checker/rules/status_rule.h"

namespace factlint::rules {

const RuleKind StatusRule::kKind = {"status", &CommonKeys, "", &ParseAs<StatusRule>};

void StatusRule::Build(const Match& match, const SentenceEnv& env, std::vector<Claim>& out) const {
  Claim claim = BaseClaim(match, env);
  const bool by_season = ResolveSeasonGroup(match, env, claim.subject, claim.subject_span);
  if (!by_season && !ResolveSubject("subject", match, env, true, claim.subject, claim.subject_span))
    return;
  claim.subject_text = std::string(env.doc->Text(claim.subject_span));
  claim.kind = ClaimKind::kStatus;
  claim.type = ValueType::kNone;
  claim.value_text = "unknown";
  out.push_back(std::move(claim));
}

}  // namespace factlint::rules
