// The `factlint` subcommands. Each registers its options on a CLI11 app and
// returns the process exit code when it runs:
//   0  success, or no finding at or above the failing severity
//   1  findings (check), failing examples (rules test)
//   2  usage or input error, reported on stderr as path:line:col: error: …
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

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

// Prints `error` on stderr and returns 2, the exit code of a usage or input
// error: `if (!loaded.ok()) return Fail(loaded.error());`.
int Fail(const Error& error);

// The tool's version, "0.1.0".
const char* Version();

}  // namespace factlint::cli
