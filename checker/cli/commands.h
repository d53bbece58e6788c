// The `factlint` subcommands. Each registers its options on a CLI11 app and
// returns the process exit code when it runs:
//   0  success, or no finding at or above the failing severity
//   1  findings (check), failing examples (rules test)
//   2  usage or input error, reported on stderr as path:line:col: error: …
//   3  factlint could not finish: out of memory, or a bug (an internal error)
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/config/config.h"
#include "checker/core/date.h"
#include "checker/core/result.h"

namespace factlint::cli {

// What a registered subcommand runs once the command line has been parsed.
using Runner = std::function<int()>;

Runner AddCheckCommand(CLI::App& app);
Runner AddClaimsCommand(CLI::App& app);
Runner AddNormalizeCommand(CLI::App& app);
Runner AddRulesCommand(CLI::App& app);
Runner AddFactsCommand(CLI::App& app);
Runner AddIndexCommand(CLI::App& app);   // index, with the ledger
Runner AddLedgerCommand(CLI::App& app);  // ledger stats|vacuum

// Where the shipped rules are when neither --rules nor configuration says:
// $FACTLINT_RULES_DIR, else <exe>/../share/factlint/rules, else the source
// tree's rules/ the binary was built from.
std::string DefaultRulesDir();

// The rule sources a command loads: the shipped rules, then every --rules
// (and configuration `rules:`) directory or file added to them; with
// --no-default-rules only the added ones.
std::vector<std::string> RuleSources(const std::vector<std::string>& added, bool no_default);

// Adds --rules (repeatable) and --no-default-rules to `cmd`.
void AddRuleOptions(CLI::App* cmd, std::vector<std::string>& added, bool& no_default);

constexpr int kExitUsageOrInput = 2;
constexpr int kExitInternal = 3;

// The exit code of an error of `category`: 2 for anything the user can fix
// (a flag, an article, a rule, a fact, the configuration, the ledger, an
// output path), 3 for an internal error.
int ExitCodeFor(ErrorCategory category);

// Prints `error` on stderr and returns its exit code (ExitCodeFor):
// `if (!loaded.ok()) return Fail(loaded.error());`.
int Fail(const Error& error);

// --config FILE and --no-config, as every command that reads articles
// takes them (check, claims).
struct ConfigFlags {
  std::string path;   // --config FILE
  bool none = false;  // --no-config
};
void AddConfigOptions(CLI::App* cmd, ConfigFlags& flags);

// The configuration a command runs with: --config FILE, else .factlint.yaml
// in this directory or above; none with --no-config.
Result<std::optional<config::Config>> ReadConfig(const ConfigFlags& flags);

// What a reading command takes from its flags, else the configuration, else
// the default, the same way for check and claims: the rule sources (the
// configuration's `rules:` first, then every --rules), the fact base, and the
// date undated drafts are judged as of. An Error (no file named) for a flag
// that cannot be used.
struct SourceFlags {
  std::vector<std::string> rules;
  bool no_default_rules = false;
  std::string facts_dir;
  std::string as_of;
};
struct Sources {
  std::vector<std::string> rule_sources;
  std::optional<std::string> facts_dir;
  Date as_of;
  bool as_of_explicit = false;
};
Result<Sources> ResolveSources(const SourceFlags& flags, const std::optional<config::Config>& cfg);

// The tool's version, "0.1.0".
const char* Version();

}  // namespace factlint::cli
