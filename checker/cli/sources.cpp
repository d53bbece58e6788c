// The configuration and the sources (rules, facts, as-of date) every
// command that reads articles resolves the same way: a flag, else
// .factlint.yaml, else the default. See commands.h.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <filesystem>

#include "checker/cli/commands.h"

namespace factlint::cli {

void AddConfigOptions(CLI::App* cmd, ConfigFlags& flags) {
  cmd->add_option("--config", flags.path,
                  "Configuration file (default: .factlint.yaml "
                  "in this directory or above)");
  cmd->add_flag("--no-config", flags.none, "Ignore .factlint.yaml");
}

Result<std::optional<config::Config>> ReadConfig(const ConfigFlags& flags) {
  std::optional<config::Config> cfg;
  if (flags.none) return cfg;
  if (!flags.path.empty()) {
    auto loaded = config::LoadConfig(flags.path);
    if (!loaded.ok()) return loaded.error();
    cfg = std::move(*loaded);
    return cfg;
  }
  auto found = config::FindConfig(std::filesystem::current_path().string());
  if (!found.ok()) return found.error();
  return std::move(*found);
}

Result<Sources> ResolveSources(const SourceFlags& flags, const std::optional<config::Config>& cfg) {
  // A flag's value that cannot be used names no file, line or column.
  auto flag_error = [](std::string message) { return Error{"", 0, 0, std::move(message), ""}; };
  Sources out;
  std::vector<std::string> added;
  if (cfg && cfg->rules_dir) added.push_back(*cfg->rules_dir);
  added.insert(added.end(), flags.rules.begin(), flags.rules.end());
  if (flags.no_default_rules && added.empty())
    return flag_error("--no-default-rules needs --rules DIR (or rules: in .factlint.yaml)");
  out.rule_sources = RuleSources(added, flags.no_default_rules);
  if (!flags.facts_dir.empty()) {
    out.facts_dir = flags.facts_dir;
  } else if (cfg && cfg->facts_dir) {
    out.facts_dir = cfg->facts_dir;
  }
  // The engine never reads the clock; the command line does, once.
  out.as_of = boost::gregorian::day_clock::universal_day();
  if (!flags.as_of.empty()) {
    auto date = ParseIsoDate(flags.as_of);
    if (!date.ok()) return flag_error("--as-of " + date.error().message);
    out.as_of = *date;
    out.as_of_explicit = true;
  } else if (cfg && cfg->as_of) {
    out.as_of = *cfg->as_of;
    out.as_of_explicit = true;
  }
  return out;
}

}  // namespace factlint::cli
