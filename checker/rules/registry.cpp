#include "checker/rules/registry.h"

#include "checker/rules/attribute.h"
#include "checker/rules/claim_rule.h"
#include "checker/rules/frame_rule.h"
#include "checker/rules/lexicon.h"
#include "checker/rules/relation_rule.h"
#include "checker/rules/status_rule.h"

namespace factlint::rules {

const KindEntry* Registry::Find(std::string_view kind) const {
  for (const KindEntry& entry : entries_)
    if (entry.kind == kind) return &entry;
  return nullptr;
}

std::vector<std::string> Registry::Kinds() const {
  std::vector<std::string> kinds;
  for (const KindEntry& entry : entries_) kinds.push_back(entry.kind);
  return kinds;
}

const std::vector<std::string>& SharedKeys() {
  static const std::vector<std::string> keys = {"id",      "kind", "description", "severity",
                                                "message", "link", "examples"};
  return keys;
}

void RegisterBuiltins(Registry& registry) {
  registry.Add({AttributeRule::Kind(), AttributeRule::Keys(), &AttributeRule::Parse});
  registry.Add({ClaimRule::Kind(), ClaimRule::Keys(), &ClaimRule::Parse});
  registry.Add({FrameRule::Kind(), FrameRule::Keys(), &FrameRule::Parse});
  registry.Add({LexiconRule::Kind(), LexiconRule::Keys(), &LexiconRule::Parse});
  registry.Add({RelationRule::Kind(), RelationRule::Keys(), &RelationRule::Parse});
  registry.Add({StatusRule::Kind(), StatusRule::Keys(), &StatusRule::Parse});
}

}  // namespace factlint::rules
