// `factlint facts check [DIR]`: validate a fact base (default: ./facts).
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/facts/fact_base.h"

namespace factlint::cli {
namespace {

int RunCheck(const std::string& dir) {
  auto base = facts::LoadFactBase(dir);
  if (!base.ok()) return Fail(base.error());
  size_t sources = 0;
  for (const facts::Fact& f : base->facts()) sources += f.sources.size();
  std::cout << dir << ": ok: " << base->entities().size() << " entities, " << base->facts().size()
            << " facts, " << sources << " sources\n";
  return 0;
}

}  // namespace

Runner AddFactsCommand(CLI::App& app) {
  auto dir = std::make_shared<std::string>("facts");
  CLI::App* facts = app.add_subcommand("facts", "Work with the reference fact base");
  facts->require_subcommand(1);
  CLI::App* check = facts->add_subcommand("check", "Validate a fact base directory");
  check->add_option("dir", *dir, "Fact base directory (default: facts)");
  return [check, dir] { return check->parsed() ? RunCheck(*dir) : -1; };
}

}  // namespace factlint::cli
