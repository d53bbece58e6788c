// `factlint rules test [DIR]`, `factlint rules list [--rules DIR]`,
// `factlint rules explain ID [--rules DIR]`.
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/rules/rule_set.h"

namespace factlint::cli {
namespace {

struct RulesFlags {
  std::string test_dir;
  std::string rules_dir;
  std::string explain_id;
  std::string facts_dir;
};

Result<rules::RuleSet> Load(const std::string& dir) {
  return rules::RuleSet::Load(dir.empty() ? DefaultRulesDir() : dir);
}

int Test(const RulesFlags& flags) {
  auto set = Load(flags.test_dir);
  if (!set.ok()) {
    std::cerr << set.error().ToString() << "\n";
    return 2;
  }
  std::optional<facts::FactBase> base;
  if (!flags.facts_dir.empty()) {
    auto loaded = facts::LoadFactBase(flags.facts_dir);
    if (!loaded.ok()) {
      std::cerr << loaded.error().ToString() << "\n";
      return 2;
    }
    base = std::move(*loaded);
  }
  const rules::ExampleReport report = rules::RunExamples(*set, base ? &*base : nullptr, std::cout);
  return report.failed == 0 ? 0 : 1;
}

int List(const RulesFlags& flags) {
  auto set = Load(flags.rules_dir);
  if (!set.ok()) {
    std::cerr << set.error().ToString() << "\n";
    return 2;
  }
  for (const rules::RuleInfo& r : set->rules())
    std::cout << r.id << "\t" << r.kind << "\t" << SeverityName(r.severity) << "\t" << r.description
              << "\n";
  return 0;
}

int Explain(const RulesFlags& flags) {
  auto set = Load(flags.rules_dir);
  if (!set.ok()) {
    std::cerr << set.error().ToString() << "\n";
    return 2;
  }
  auto text = rules::ExplainRule(*set, flags.explain_id);
  if (!text.ok()) {
    std::cerr << "factlint rules explain: error: " << text.error().message << "\n";
    return 2;
  }
  std::cout << *text;
  return 0;
}

}  // namespace

Runner AddRulesCommand(CLI::App& app) {
  auto flags = std::make_shared<RulesFlags>();
  CLI::App* rules = app.add_subcommand("rules", "Test, list and explain YAML rules");
  rules->require_subcommand(1);
  CLI::App* test = rules->add_subcommand("test", "Run every rule's examples");
  test->add_option("dir", flags->test_dir, "Rules directory or file (default: the shipped rules)");
  test->add_option("--facts", flags->facts_dir, "Fact base to link names with");
  CLI::App* list = rules->add_subcommand("list", "List the rules");
  list->add_option("--rules", flags->rules_dir, "Rules directory");
  CLI::App* explain =
      rules->add_subcommand("explain", "Show one rule: pattern, attribute, examples");
  explain->add_option("id", flags->explain_id, "Rule id")->required();
  explain->add_option("--rules", flags->rules_dir, "Rules directory");
  return [=] {
    if (test->parsed()) return Test(*flags);
    if (list->parsed()) return List(*flags);
    if (explain->parsed()) return Explain(*flags);
    return -1;
  };
}

}  // namespace factlint::cli
