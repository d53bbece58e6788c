// factlint: a fact-lint tool for newsrooms. This file only parses the command
// line and dispatches; every subcommand is a thin layer over the engine.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>

#include "checker/cli/commands.h"
#include "checker/core/spelling.h"

namespace factlint::cli {

const char* Version() {
  return "0.1.0";
}

namespace {

// "factlint chek": name the word and the nearest command, rather than
// CLI11's "A subcommand is required".
bool UnknownCommand(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  const std::string word = argv[1];
  std::string names, nearest;
  size_t best = 3;  // at most two edits away
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() == word) return false;
    names += (names.empty() ? "" : ", ") + sub->get_name();
    const size_t distance = factlint::EditDistance(word, sub->get_name());
    if (distance < best) best = distance, nearest = sub->get_name();
  }
  std::cerr << "factlint: error: unknown command '" << word << "'"
            << (nearest.empty() ? "" : "; did you mean '" + nearest + "'?")
            << "\nCommands: " << names << ". Run 'factlint --help' for usage.\n";
  return true;
}

// "--archve": the nearest option of the command that was given, if any is
// within two edits ("" otherwise).
std::string NearestOption(const CLI::App& app, int argc, char** argv) {
  const CLI::App* command = &app;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->parsed()) command = sub;
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word.rfind("--", 0) != 0) continue;
    word = word.substr(
        2, word.find('=') == std::string::npos ? std::string::npos : word.find('=') - 2);
    std::string nearest;
    size_t best = 3;
    bool known = false;
    for (const CLI::Option* option : command->get_options()) {
      for (const std::string& name : option->get_lnames()) {
        if (name == word) known = true;
        const size_t distance = factlint::EditDistance(word, name);
        if (distance < best) best = distance, nearest = name;
      }
    }
    if (!known && !nearest.empty()) return "--" + nearest;
  }
  return "";
}

}  // namespace

}  // namespace factlint::cli

int main(int argc, char** argv) {
  using namespace factlint::cli;
  CLI::App app{"factlint: finds contradictions and stale claims in dated news articles"};
  app.set_version_flag("--version", std::string("factlint ") + Version());
  app.require_subcommand(1);
  const Runner runners[] = {AddCheckCommand(app), AddClaimsCommand(app), AddNormalizeCommand(app),
                            AddRulesCommand(app), AddFactsCommand(app),  AddIndexCommand(app),
                            AddLedgerCommand(app)};
  if (UnknownCommand(app, argc, argv)) return 2;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "factlint: error: " << e.what();
    if (const std::string nearest = NearestOption(app, argc, argv); !nearest.empty())
      std::cerr << " (did you mean '" << nearest << "'?)";
    std::cerr << "\nRun 'factlint --help' for usage.\n";
    return 2;
  }
  // An exception that reaches here is factlint's failure, not the input's
  // (every stage turns bad input into a Result error). Catching it unwinds
  // the stack, so a half-written -o file is removed (output.h), and the
  // exit code tells a CI job it was not a verdict on the articles.
  try {
    for (const Runner& run : runners) {
      const int code = run();
      if (code >= 0) return code;
    }
  } catch (const std::bad_alloc&) {
    std::cerr << "factlint: error: out of memory; check fewer or smaller files at once "
                 "(-j 1, --max-document-size)\n";
    return kExitInternal;
  } catch (const std::exception& e) {
    std::cerr << "factlint: internal error: " << e.what()
              << "\nThis is a bug in factlint, not in its input. Please report it with the "
                 "command line and the files it read.\n";
    return kExitInternal;
  }
  return kExitUsageOrInput;
}
