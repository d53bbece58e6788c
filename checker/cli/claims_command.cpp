// `factlint claims PATH... [--rules DIR] [--facts DIR] [--as-of YYYY-MM-DD]
// [--config FILE | --no-config]`: every claim as one JSON object per line
// (the contract in docs/DESIGN.md). It reads .factlint.yaml as `check` does
// (rules, facts, as-of, ignore, max-document-size), so the claims listed are
// the ones `check` compares.
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
  SourceFlags sources;  // --rules, --no-default-rules, --facts, --as-of
  ConfigFlags config;
  std::string output;
  int jobs = HardwareJobs();
};

int Run(const ClaimsFlags& flags) {
  engine::ClaimsOptions options;
  options.inputs = flags.paths;
  auto cfg = ReadConfig(flags.config);
  if (!cfg.ok()) return Fail(cfg.error());
  auto sources = ResolveSources(flags.sources, *cfg);
  if (!sources.ok()) {
    std::cerr << "factlint claims: error: " << sources.error().message << "\n";
    return 2;
  }
  options.rule_sources = sources->rule_sources;
  options.facts_dir = sources->facts_dir;
  options.as_of = sources->as_of;
  options.as_of_explicit = sources->as_of_explicit;
  if (const auto& c = *cfg) {
    options.ignore = c->ignore;
    options.ignore_base_dir = c->dir;
    if (c->max_document_size) options.max_document_size = *c->max_document_size;
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
  AddRuleOptions(cmd, flags->sources.rules, flags->sources.no_default_rules);
  cmd->add_option("--facts", flags->sources.facts_dir,
                  "Fact base directory (YAML), for linking names");
  cmd->add_option("--as-of", flags->sources.as_of, "Date for undated articles (YYYY-MM-DD)");
  AddConfigOptions(cmd, flags->config);
  cmd->add_option("-j,--jobs", flags->jobs,
                  "Threads that read articles (default: the number of cores); the output is the "
                  "same for any number")
      ->check(CLI::Range(1, 256));
  cmd->add_option("-o,--output", flags->output, "Write to FILE instead of standard output");
  return [cmd, flags] { return cmd->parsed() ? Run(*flags) : -1; };
}

}  // namespace factlint::cli
