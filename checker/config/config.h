// .factlint.yaml: project settings that the command line would otherwise
// repeat on every run.
//
//   # .factlint.yaml
//   rules: rules                 # directory of YAML rules
//   facts: facts                 # directory of the fact base
//   archive: [published/]        # context articles
//   severity:
//     age-contradiction: warning # a rule id ...
//     stale: off                 # ... or a finding kind
//   ignore: ["drafts/scratch/**", "*.bak"]
//   fail-on: warning
//   as-of: 2026-11-24
//   report-archive: false
//   format: sarif
//   max-document-size: 16MiB     # larger input files are an error
//
//   Result<std::optional<config::Config>> found = config::FindConfig(".");
//   if (!found.ok()) { std::cerr << found.error().ToString() << "\n"; return 2; }
//   if (*found && (*found)->rules_dir) options.rules_dir = *(*found)->rules_dir;
//
// Every key is optional and every field says whether it was set, so the
// command line can override exactly what it names (the caller merges).
// Relative paths are resolved against the directory holding the file, so a
// configuration means the same thing from any working directory. Unknown
// keys, wrong types, bad dates and bad severities are errors at
// "path:line:col" that list what would be allowed; see docs/configuration.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/config/glob.h"
#include "checker/core/date.h"
#include "checker/core/finding.h"
#include "checker/core/report_formats.h"
#include "checker/core/result.h"

namespace factlint::config {

// The file name FindConfig looks for.
inline constexpr const char* kConfigFileName = ".factlint.yaml";

// The output formats `format:` accepts (the reporters' names).
inline constexpr const auto& kFormats = kReportFormatNames;

struct Config {
  std::string path;  // the file it was read from, as given or found
  std::string dir;   // its directory; relative paths below were resolved against it

  std::optional<std::string> rules_dir;  // `rules:`, resolved
  std::optional<std::string> facts_dir;  // `facts:`, resolved
  std::optional<std::string> format;     // `format:`, one of kFormats
  std::vector<std::string> archive;      // `archive:`, each resolved
  // `severity:` rule id or finding kind -> "error" | "warning" | "info" | "off".
  // A rule id takes precedence over a kind (see SeverityFor).
  std::map<std::string, std::string> severity;
  std::vector<std::string> ignore;            // `ignore:` globs, kept as written (see glob.h)
  std::optional<Severity> fail_on;            // `fail-on:`
  std::optional<Date> as_of;                  // `as-of:`
  std::optional<bool> report_archive;         // `report-archive:`
  std::optional<uint64_t> max_document_size;  // `max-document-size:` bytes ("16MiB")
};

// Reads and validates one configuration file.
Result<Config> LoadConfig(const std::string& path);

// The same, from text already in memory; `path` names it in errors and its
// directory resolves relative paths.
Result<Config> ParseConfig(std::string_view yaml, const std::string& path);

// Looks for .factlint.yaml in `start_dir`, then in each parent up to the
// filesystem root; the nearest one wins (files are not merged). nullopt when
// there is none; an Error when the one found is invalid or `start_dir` does
// not exist.
Result<std::optional<Config>> FindConfig(const std::string& start_dir);

// What `severity:` says for a finding: its rule id's entry, else its kind's,
// else nullopt (keep the finding's own). "off" is returned as "off".
std::optional<std::string> SeverityFor(const std::map<std::string, std::string>& severity,
                                       const std::string& rule, const std::string& kind);

}  // namespace factlint::config
