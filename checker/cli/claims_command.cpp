// `factlint claims PATH... [--rules DIR] [--facts DIR] [--as-of YYYY-MM-DD]`:
// every claim as one JSON object per line (the contract in docs/DESIGN.md).
#include <boost/date_time/gregorian/gregorian.hpp>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/output.h"
#include "checker/core/parallel.h"
#include "checker/engine/check.h"
#include "checker/engine/claim_json.h"

namespace factlint::cli {
namespace {

struct ClaimsFlags {
  std::vector<std::string> paths;
  std::vector<std::string> rules;  // added to the shipped rules
  bool no_default_rules = false;
  std::string facts_dir;
  std::string as_of;
  std::string output;
  int jobs = HardwareJobs();
};

int Run(const ClaimsFlags& flags) {
  engine::ClaimsOptions options;
  options.inputs = flags.paths;
  if (flags.no_default_rules && flags.rules.empty()) {
    std::cerr << "factlint claims: error: --no-default-rules needs --rules DIR\n";
    return 2;
  }
  options.rule_sources = RuleSources(flags.rules, flags.no_default_rules);
  if (!flags.facts_dir.empty()) options.facts_dir = flags.facts_dir;
  options.as_of = boost::gregorian::day_clock::universal_day();
  if (!flags.as_of.empty()) {
    auto date = ParseIsoDate(flags.as_of);
    if (!date.ok()) {
      std::cerr << "factlint claims: error: --as-of " << date.error().message << "\n";
      return 2;
    }
    options.as_of = *date;
    options.as_of_explicit = true;
  }
  options.jobs = flags.jobs;
  auto result = engine::ExtractClaims(options);
  if (!result.ok()) return Fail(result.error());
  for (const std::string& note : result->notes) std::cerr << "factlint: note: " << note << "\n";
  std::string out;
  for (const Claim& claim : result->claims)
    out += engine::ClaimToJson(claim, result->documents[static_cast<size_t>(claim.document)])
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
           "\n";
  Status s = WriteOutput(flags.output, out);
  if (!s.ok()) return Fail(s.error());
  return 0;
}

}  // namespace

Runner AddClaimsCommand(CLI::App& app) {
  auto flags = std::make_shared<ClaimsFlags>();
  CLI::App* cmd = app.add_subcommand("claims", "Print every claim found, as JSON Lines");
  cmd->add_option("paths", flags->paths, "Articles: files or directories")->required();
  AddRuleOptions(cmd, flags->rules, flags->no_default_rules);
  cmd->add_option("--facts", flags->facts_dir, "Fact base directory (YAML), for linking names");
  cmd->add_option("--as-of", flags->as_of, "Date for undated articles (YYYY-MM-DD)");
  cmd->add_option("-j,--jobs", flags->jobs,
                  "Threads that read articles (default: the number of cores); the output is the "
                  "same for any number")
      ->check(CLI::Range(1, 256));
  cmd->add_option("-o,--output", flags->output, "Write to FILE instead of standard output");
  return [cmd, flags] { return cmd->parsed() ? Run(*flags) : -1; };
}

}  // namespace factlint::cli
