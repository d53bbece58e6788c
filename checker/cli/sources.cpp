// The configuration and the sources (rules, facts, as-of date) every
// command that reads articles resolves the same way: a flag, else
// .factlint.yaml, else the default. See commands.h.
#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdlib>
#include <filesystem>

#include "checker/cli/commands.h"

#ifndef FACTLINT_SOURCE_RULES_DIR
#define FACTLINT_SOURCE_RULES_DIR "rules"
#endif

namespace factlint::cli {

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

std::vector<std::string> RuleSources(const std::vector<std::string>& added, bool no_default) {
  // A source named twice ("rules test rules" from the source tree) is loaded once.
  auto same = [](const std::string& a, const std::string& b) {
    std::error_code error;
    return a == b || std::filesystem::equivalent(a, b, error);
  };
  std::vector<std::string> sources;
  if (!no_default) sources.push_back(DefaultRulesDir());
  for (const std::string& source : added)
    if (std::none_of(sources.begin(), sources.end(),
                     [&](const std::string& s) { return same(s, source); }))
      sources.push_back(source);
  return sources;
}

void AddRuleOptions(CLI::App* cmd, std::vector<std::string>& added, bool& no_default) {
  cmd->add_option("--rules", added,
                  "Rules directory or file, added to the shipped rules (repeatable); its rules "
                  "may use the shipped sub-patterns and attributes");
  cmd->add_flag("--no-default-rules", no_default,
                "Leave out the shipped rules: only --rules (and configuration) are loaded");
}

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
  auto flag_error = [](std::string message) {
    return Error{"", 0, 0, std::move(message), "", ErrorCategory::kUsage};
  };
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
