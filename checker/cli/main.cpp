// factlint: a fact-lint tool for newsrooms. This file only parses the command
// line and dispatches; every subcommand is a thin layer over the engine.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "checker/cli/commands.h"

#ifndef FACTLINT_SOURCE_RULES_DIR
#define FACTLINT_SOURCE_RULES_DIR "rules"
#endif

namespace factlint::cli {

const char* Version() {
  return "0.1.0";
}

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("FACTLINT_RULES_DIR"); env != nullptr && env[0] != '\0')
    return env;
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::filesystem::path installed =
        exe.parent_path() / ".." / "share" / "factlint" / "rules";
    if (std::filesystem::is_directory(installed, ec)) return installed.lexically_normal().string();
  }
  return FACTLINT_SOURCE_RULES_DIR;
}

}  // namespace factlint::cli

int main(int argc, char** argv) {
  using namespace factlint::cli;
  CLI::App app{"factlint: finds contradictions and stale claims in dated news articles"};
  app.set_version_flag("--version", std::string("factlint ") + Version());
  app.require_subcommand(1);
  const Runner runners[] = {AddCheckCommand(app), AddClaimsCommand(app), AddNormalizeCommand(app),
                            AddRulesCommand(app), AddFactsCommand(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "factlint: error: " << e.what() << "\nRun 'factlint --help' for usage.\n";
    return 2;
  }
  for (const Runner& run : runners) {
    const int code = run();
    if (code >= 0) return code;
  }
  return 2;
}
