// `factlint rules test [DIR...]`, `factlint rules list [--rules DIR]`,
// `factlint rules explain ID [--rules DIR]`. Rules given are loaded beside
// the shipped ones unless --no-default-rules.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <filesystem>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/load/load.h"
#include "checker/mentions/linker.h"
#include "checker/rules/rule_set.h"
#include "checker/rules/why.h"
#include "checker/segment/segment.h"

namespace factlint::cli {
namespace {

struct RulesFlags {
  std::vector<std::string> test_sources;  // rules test DIR...
  std::vector<std::string> rules;         // --rules, added to the shipped rules
  bool no_default_rules = false;
  std::string explain_id;
  std::string facts_dir;
  std::vector<std::string> why_text;  // rules why TEXT...
  std::string published;              // rules why --published
};

Result<rules::RuleSet> Load(const std::vector<std::string>& added, bool no_default) {
  // --no-default-rules with nothing added would load nothing: say so rather
  // than quietly load the shipped rules.
  if (no_default && added.empty())
    return Error{"factlint rules",
                 0,
                 0,
                 "--no-default-rules needs rules to load instead: --rules DIR (rules test: DIR)",
                 "",
                 ErrorCategory::kUsage};
  return rules::RuleSet::Load(RuleSources(added, no_default));
}

// The fact base of --facts, if given, into `base`; false (the error
// printed) when it does not load.
bool LoadFacts(const std::string& dir, std::optional<facts::FactBase>& base) {
  if (dir.empty()) return true;
  auto loaded = facts::LoadFactBase(dir);
  if (!loaded.ok()) {
    std::cerr << loaded.error().ToString() << "\n";
    return false;
  }
  base = std::move(*loaded);
  return true;
}

// `rules test` runs the shipped rules' examples; `rules test DIR` loads DIR
// beside the shipped rules (its rules may use {PERSON} and the shipped
// attributes) and runs DIR's examples only.
int Test(const RulesFlags& flags) {
  auto set = Load(flags.test_sources, flags.no_default_rules);
  if (!set.ok()) return Fail(set.error());
  std::optional<facts::FactBase> base;
  if (!LoadFacts(flags.facts_dir, base)) return 2;
  // The given sources as they were loaded ("rules" may be the shipped
  // directory under another name): their rules' paths start with these.
  std::vector<std::string> only_from;
  const std::vector<std::string> loaded = RuleSources(flags.test_sources, flags.no_default_rules);
  for (const std::string& source : flags.test_sources)
    for (const std::string& as_loaded : loaded) {
      std::error_code error;
      if (source == as_loaded || std::filesystem::equivalent(source, as_loaded, error))
        only_from.push_back(as_loaded);
    }
  const rules::ExampleReport report =
      rules::RunExamples(*set, base ? &*base : nullptr, std::cout, only_from);
  return report.failed == 0 ? 0 : 1;
}

int List(const RulesFlags& flags) {
  auto set = Load(flags.rules, flags.no_default_rules);
  if (!set.ok()) return Fail(set.error());
  for (const rules::RuleInfo& r : set->rules())
    std::cout << r.id << "\t" << r.kind << "\t" << SeverityName(r.severity) << "\t" << r.description
              << "\n";
  return 0;
}

int Explain(const RulesFlags& flags) {
  auto set = Load(flags.rules, flags.no_default_rules);
  if (!set.ok()) return Fail(set.error());
  auto text = rules::ExplainRule(*set, flags.explain_id);
  if (!text.ok()) {
    std::cerr << "factlint rules explain: error: " << text.error().message << "\n";
    return 2;
  }
  std::cout << *text;
  return 0;
}

// `rules why "TEXT"`: the trace of rules/why.h for one text.
int Why(const RulesFlags& flags) {
  auto set = Load(flags.rules, flags.no_default_rules);
  if (!set.ok()) return Fail(set.error());
  Date published = boost::gregorian::day_clock::universal_day();
  if (!flags.published.empty()) {
    auto date = ParseIsoDate(flags.published);
    if (!date.ok()) {
      std::cerr << "factlint rules why: error: --published " << date.error().message << "\n";
      return 2;
    }
    published = *date;
  }
  std::optional<facts::FactBase> base;
  if (!LoadFacts(flags.facts_dir, base)) return 2;
  std::string text;
  for (const std::string& part : flags.why_text) text += (text.empty() ? "" : " ") + part;
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    std::cerr << "factlint rules why: error: no text to explain; expected a sentence in quotes\n";
    return 2;
  }
  auto docs =
      load::LoadBuffer("why.txt", " date " + FormatIsoDate(published) + " \n" + text, Role::kDraft);
  if (!docs.ok() || docs->empty()) {
    std::cerr << (docs.ok() ? std::string("factlint rules why: error: no text")
                            : docs.error().ToString())
              << "\n";
    return 2;
  }
  Document& doc = docs->front();
  segment::Segment(doc);
  const mentions::Linker linker(base ? &*base : nullptr);
  std::cout << rules::TraceRules(*set, doc, linker.Index(doc), published);
  return 0;
}

}  // namespace

Runner AddRulesCommand(CLI::App& app) {
  auto flags = std::make_shared<RulesFlags>();
  CLI::App* rules = app.add_subcommand("rules", "Test, list and explain YAML rules");
  rules->require_subcommand(1);
  CLI::App* test = rules->add_subcommand("test", "Run every rule's examples");
  test->add_option("dirs", flags->test_sources,
                   "Rules directories or files to test, loaded beside the shipped rules "
                   "(default: test the shipped rules)");
  test->add_option("--facts", flags->facts_dir, "Fact base to link names with");
  test->add_flag("--no-default-rules", flags->no_default_rules,
                 "Load only the given directories, without the shipped rules");
  CLI::App* list = rules->add_subcommand("list", "List the rules");
  AddRuleOptions(list, flags->rules, flags->no_default_rules);
  CLI::App* explain =
      rules->add_subcommand("explain", "Show one rule: pattern, attribute, examples");
  explain->add_option("id", flags->explain_id, "Rule id")->required();
  AddRuleOptions(explain, flags->rules, flags->no_default_rules);
  CLI::App* why = rules->add_subcommand(
      "why", "Show what the rules make of a text: values, names, every match, and why no claim");
  why->add_option("text", flags->why_text, "The text (one or more sentences)")->required();
  why->add_option("--published", flags->published,
                  "The text's publication date, YYYY-MM-DD (default: today, UTC)");
  why->add_option("--facts", flags->facts_dir, "Fact base to link names with");
  AddRuleOptions(why, flags->rules, flags->no_default_rules);
  return [=] {
    if (why->parsed()) return Why(*flags);
    if (test->parsed()) return Test(*flags);
    if (list->parsed()) return List(*flags);
    if (explain->parsed()) return Explain(*flags);
    return -1;
  };
}

}  // namespace factlint::cli
