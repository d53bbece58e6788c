// Registry: which C++ class runs a rule of each `kind:`. Every kind is
// registered once, in RegisterBuiltins, in sorted order — no static
// initializers — so the list of kinds is one place to read.
//
//   Registry registry;
//   RegisterBuiltins(registry);
//   const KindEntry* entry = registry.Find("claim");   // nullptr if unknown
//   registry.Kinds();   // {"attribute", "claim", "lexicon", "relation", "status"}
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/rules/rule.h"
#include "checker/rules/yaml_file.h"

namespace factlint::rules {

// Parses the kind's own keys of `node`; the shared ones are already in `info`.
using RuleFactory = Result<std::unique_ptr<Rule>> (*)(const YamlFile& file, const YAML::Node& node,
                                                      RuleInfo info);

struct KindEntry {
  std::string kind;
  std::vector<std::string> keys;  // the kind's own keys, besides the shared ones
  RuleFactory parse = nullptr;
};

class Registry {
 public:
  void Add(KindEntry entry) { entries_.push_back(std::move(entry)); }
  const KindEntry* Find(std::string_view kind) const;
  std::vector<std::string> Kinds() const;

 private:
  std::vector<KindEntry> entries_;
};

void RegisterBuiltins(Registry& registry);

// The keys every rule may have, whatever its kind.
const std::vector<std::string>& SharedKeys();

}  // namespace factlint::rules
