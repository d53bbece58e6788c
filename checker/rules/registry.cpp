#include "checker/rules/registry.h"

#include <algorithm>

#include "checker/rules/attribute.h"
#include "checker/rules/claim_rule.h"
#include "checker/rules/frame_rule.h"
#include "checker/rules/lexicon.h"
#include "checker/rules/relation_rule.h"
#include "checker/rules/status_rule.h"

namespace factlint::rules {
namespace {

// Every kind, sorted by name: the one place a kind is listed.
constexpr const RuleKind* kKinds[] = {
    &AttributeRule::kKind, &ClaimRule::kKind,    &FrameRule::kKind,
    &LexiconRule::kKind,   &RelationRule::kKind, &StatusRule::kKind,
};

}  // namespace

const RuleKind* FindRuleKind(std::string_view name) {
  for (const RuleKind* kind : kKinds)
    if (name == kind->name) return kind;
  return nullptr;
}

std::vector<std::string> RuleKindNames() {
  std::vector<std::string> names;
  for (const RuleKind* kind : kKinds) names.emplace_back(kind->name);
  return names;
}

std::vector<std::string> AllowedKeys(const RuleKind& kind) {
  std::vector<std::string> keys = SharedKeys();
  if (kind.family_keys) {
    const std::vector<std::string>& family = kind.family_keys();
    keys.insert(keys.end(), family.begin(), family.end());
  }
  const std::string_view own = kind.own_keys;
  for (size_t start = 0; start < own.size();) {
    const size_t end = std::min(own.find(' ', start), own.size());
    keys.emplace_back(own.substr(start, end - start));
    start = end + 1;
  }
  return keys;
}

const std::vector<std::string>& SharedKeys() {
  static const std::vector<std::string> keys = {"id",      "kind", "description", "severity",
                                                "message", "link", "examples"};
  return keys;
}

}  // namespace factlint::rules
