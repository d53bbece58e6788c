// The rule kinds: which C++ class runs a rule of each `kind:`. A kind is
// one RuleKind — its name, the keys it allows and its parser — defined
// once, in its own .cpp, as its class's `kKind`, and listed once, in the
// table in registry.cpp (sorted by name, so the list of kinds is one place
// to read). The descriptors are constants of names and function pointers,
// so the table needs no static initializers and no registration step.
//
//   const RuleKind* kind = FindRuleKind("claim");   // nullptr if unknown
//   kind->parse(file, node, info);                  // the rule, or the error
//   RuleKindNames();   // {"attribute", "claim", "frame", "lexicon", "relation", "status"}
//
// A new kind: its class and `static const RuleKind kKind;` in its header,
// the definition of kKind in its .cpp, one row in registry.cpp's table. A
// pattern kind also befriends PatternRule (ParseAs makes it) and reads its
// own keys, if any, in ParseOwnKeys:
//
//   const RuleKind RelationRule::kKind = {"relation", &CommonKeys, "from_event to_event",
//                                         &ParseAs<RelationRule>};
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

struct RuleKind {
  const char* name;  // what `kind:` says
  // The keys a family of kinds shares (PatternRule::CommonKeys for the
  // pattern kinds); nullptr: none. A function, since a list of strings
  // could not be a constant.
  const std::vector<std::string>& (*family_keys)();
  // The kind's own keys after those, separated by spaces, in the order an
  // unknown key's error lists them ("within side held_on generic").
  const char* own_keys;
  // A pattern kind's is PatternRule::ParseAs<Kind>; another kind's is a
  // lambda in its kKind's initializer, which may use the class's private
  // constructor without the header declaring a parser.
  RuleFactory parse;
};

// The kind called `name`; nullptr for any other text.
const RuleKind* FindRuleKind(std::string_view name);
// Every kind's name, sorted: what an unknown kind's error offers.
std::vector<std::string> RuleKindNames();
// Every key a rule of `kind` may have: the shared ones, its family's, its own.
std::vector<std::string> AllowedKeys(const RuleKind& kind);

// The keys every rule may have, whatever its kind.
const std::vector<std::string>& SharedKeys();

}  // namespace factlint::rules
