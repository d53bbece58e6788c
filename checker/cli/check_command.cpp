// `factlint check PATH... [--archive PATH...] [--ledger FILE] [--facts DIR] [--rules DIR]
//  [--as-of YYYY-MM-DD] [--format F] [-o FILE | -o FORMAT=FILE ...]
//  [--fail-on error|warning|info] [--report-archive] [--baseline FILE]
//  [--write-baseline FILE] [--config FILE | --no-config] [--color auto|always|never]
//  [--max-document-size SIZE] [--progress]`
#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <optional>

#include "checker/cli/commands.h"
#include "checker/cli/output.h"
#include "checker/config/config.h"
#include "checker/core/byte_size.h"
#include "checker/core/date.h"
#include "checker/core/parallel.h"
#include "checker/engine/check.h"
#include "checker/report/report.h"
#include "checker/suppress/baseline.h"

namespace factlint::cli {
namespace {

struct CheckFlags {
  std::vector<std::string> paths;
  std::vector<std::string> archive;
  std::string ledger;
  SourceFlags sources;  // --rules, --no-default-rules, --facts, --as-of
  std::string format;
  std::vector<std::string> outputs;
  std::string fail_on;
  bool report_archive = false;
  std::string baseline;
  std::string write_baseline;
  ConfigFlags config;
  std::string color = "auto";
  std::string max_document_size;
  int jobs = HardwareJobs();
  bool progress = false;
};

int Usage(const std::string& message) {
  std::cerr << "factlint check: error: " << message << "\n";
  return 2;
}

// One output: a format and where it goes ("-" = stdout).
struct Output {
  std::string format;
  std::string path;
};

std::optional<std::string> IsFormat(const std::string& name) {
  for (const std::string& f : report::FormatNames())
    if (f == name) return f;
  return std::nullopt;
}

// The report formats, in the registry's order: "text, json, ..., junit" for
// error messages; with `last` " or ", "text, json, ..., github or junit" for
// --help.
std::string FormatList(const char* last = ", ") {
  const std::vector<std::string>& names = report::FormatNames();
  std::string list;
  for (size_t i = 0; i < names.size(); ++i)
    list += (i == 0 ? "" : i + 1 == names.size() ? last : ", ") + names[i];
  return list;
}

// A command-line value that cannot be used: Run reports its message as a
// usage error, which names no file, line or column.
Error FlagError(std::string message) {
  return Error{"", 0, 0, std::move(message), "", ErrorCategory::kUsage};
}

// What the engine is to do: each flag, else the configuration's value,
// else the default; a flag's value that cannot be used is an error.
Result<engine::CheckOptions> EngineOptions(const CheckFlags& flags,
                                           const std::optional<config::Config>& cfg) {
  engine::CheckOptions options;
  options.tool_version = Version();
  options.inputs = flags.paths;
  options.archive = flags.archive;
  if (options.archive.empty() && cfg) options.archive = cfg->archive;
  if (!flags.ledger.empty()) options.ledger_path = flags.ledger;
  // The configuration's rules come first, then the command line's, all
  // added to the shipped ones.
  auto sources = ResolveSources(flags.sources, cfg);
  if (!sources.ok()) return sources.error();
  options.rule_sources = sources->rule_sources;
  options.facts_dir = sources->facts_dir;
  options.as_of = sources->as_of;
  options.as_of_explicit = sources->as_of_explicit;
  options.report_archive = flags.report_archive || (cfg && cfg->report_archive.value_or(false));
  if (cfg) {
    options.severity = cfg->severity;
    options.ignore = cfg->ignore;
    options.ignore_base_dir = cfg->dir;
  }
  if (!flags.baseline.empty()) options.baseline_path = flags.baseline;
  if (cfg && cfg->max_document_size) options.max_document_size = *cfg->max_document_size;
  if (!flags.max_document_size.empty()) {
    const std::optional<uint64_t> bytes = ParseByteSize(flags.max_document_size);
    if (!bytes || *bytes == 0)
      return FlagError("--max-document-size '" + flags.max_document_size +
                       "'; expected a size such as 16MiB, 512KiB or a number of bytes");
    options.max_document_size = *bytes;
  }

  options.jobs = flags.jobs;
  return options;
}

// The lowest severity that fails the run (exit code 1).
Result<Severity> FailOn(const CheckFlags& flags, const std::optional<config::Config>& cfg) {
  Severity fail_on = Severity::kWarning;
  if (cfg && cfg->fail_on) fail_on = *cfg->fail_on;
  if (!flags.fail_on.empty()) {
    auto s = ParseSeverity(flags.fail_on);
    if (!s) return FlagError("--fail-on '" + flags.fail_on + "'; expected error, warning or info");
    fail_on = *s;
  }
  return fail_on;
}

// Outputs: -o FILE takes --format; -o FORMAT=FILE names its own; none
// means the default format on standard output.
Result<std::vector<Output>> ReadOutputs(const CheckFlags& flags,
                                        const std::optional<config::Config>& cfg) {
  std::string default_format = !flags.format.empty()  ? flags.format
                               : (cfg && cfg->format) ? *cfg->format
                                                      : "text";
  if (!IsFormat(default_format))
    return FlagError("unknown format '" + default_format + "'; expected one of " + FormatList());
  std::vector<Output> outputs;
  for (const std::string& o : flags.outputs) {
    const size_t eq = o.find('=');
    const std::string before = eq == std::string::npos ? "" : o.substr(0, eq);
    if (!before.empty() && IsFormat(before)) {
      outputs.push_back({before, o.substr(eq + 1)});
      continue;
    }
    // "-o jsn=r.json": a format mistyped, not a file named "jsn=r.json".
    const bool word = !before.empty() && std::all_of(before.begin(), before.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    });
    if (word)
      return FlagError("unknown report format '" + before + "' in '-o " + o + "'; expected " +
                       FormatList() + " (a file whose name has '=' in it: -o ./" + o + ")");
    outputs.push_back({default_format, o});
  }
  if (outputs.empty()) outputs.push_back({default_format, "-"});
  return outputs;
}

// A report nobody can write is known before the run, not after it.
Status CheckFoldersExist(const CheckFlags& flags, const std::vector<Output>& outputs) {
  std::vector<std::string> targets = {flags.write_baseline};
  for (const Output& out : outputs) targets.push_back(out.path);
  for (const std::string& path : targets) {
    if (path.empty() || path == "-") continue;
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::error_code error;
    if (!folder.empty() && !std::filesystem::is_directory(folder, error))
      return FlagError("cannot write '" + path + "': the folder '" + folder.string() +
                       "' does not exist (create it first)");
  }
  return {};
}

// The reports and the baseline, each to its place: rendered first, so
// that an output is written only when all rendered.
Status WriteReports(const CheckFlags& flags, const std::vector<Output>& outputs,
                    const engine::CheckResult& run) {
  std::vector<std::string> rendered;
  for (const Output& out : outputs) {
    report::RenderOptions render;
    const bool to_stdout = out.path.empty() || out.path == "-";
    render.color =
        flags.color == "always" || (flags.color == "auto" && to_stdout && StdoutWantsColor());
    rendered.push_back(report::MakeReporter(out.format)->Render(run.report, render));
  }
  if (!flags.write_baseline.empty()) {
    Status s = WriteOutput(flags.write_baseline, suppress::WriteBaseline(run.unfiltered));
    if (!s.ok()) return s;
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    Status s = WriteOutput(outputs[i].path, rendered[i]);
    if (!s.ok()) return s;
  }
  return {};
}

int Run(const CheckFlags& flags) {
  auto cfg = ReadConfig(flags.config);
  if (!cfg.ok()) return Fail(cfg.error());
  auto options = EngineOptions(flags, *cfg);
  if (!options.ok()) return Usage(options.error().message);
  const Result<Severity> fail_on = FailOn(flags, *cfg);
  if (!fail_on.ok()) return Usage(fail_on.error().message);
  const auto outputs = ReadOutputs(flags, *cfg);
  if (!outputs.ok()) return Usage(outputs.error().message);
  if (Status s = CheckFoldersExist(flags, *outputs); !s.ok()) return Usage(s.error().message);

  std::optional<ProgressLine> progress;
  progress.emplace("check", "articles", flags.progress);
  options->progress = [&progress](size_t done, size_t total, uint64_t bytes) {
    progress->Update(done, total, bytes);
  };
  auto run = engine::RunCheck(*options);
  progress.reset();  // the line ends before any note or report
  if (!run.ok()) return Fail(run.error());
  for (const std::string& note : run->notes) std::cerr << "factlint: note: " << note << "\n";

  if (Status s = WriteReports(flags, *outputs, *run); !s.ok()) return Fail(s.error());
  for (const Finding& f : run->report.findings)
    if (f.severity >= *fail_on) return 1;
  return 0;
}

}  // namespace

Runner AddCheckCommand(CLI::App& app) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check articles: report contradictions and stale claims (exit 1 on findings)");
  cmd->add_option("paths", flags->paths, "Draft articles: files or directories")->required();
  cmd->add_option("--archive", flags->archive,
                  "Published articles: context, judged as of their own dates");
  cmd->add_option("--ledger", flags->ledger,
                  "A claim ledger (factlint index): archive articles whose claims are stored");
  cmd->add_option("--facts", flags->sources.facts_dir, "Fact base directory (YAML)");
  AddRuleOptions(cmd, flags->sources.rules, flags->sources.no_default_rules);
  cmd->add_option("--as-of", flags->sources.as_of,
                  "Judge undated drafts as of YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("--format", flags->format, FormatList(" or "));
  cmd->add_option("-o,--output", flags->outputs,
                  "Write to FILE (in --format), or FORMAT=FILE; repeatable");
  cmd->add_option("--fail-on", flags->fail_on,
                  "Lowest severity that makes the exit code 1 (default: warning)");
  cmd->add_flag("--report-archive", flags->report_archive,
                "Also report findings on archive articles");
  cmd->add_option("--baseline", flags->baseline, "Report only findings not in this baseline");
  cmd->add_option("--write-baseline", flags->write_baseline,
                  "Write the current findings as a baseline to FILE");
  AddConfigOptions(cmd, flags->config);
  cmd->add_option("-j,--jobs", flags->jobs,
                  "Threads that read articles (default: the number of cores); the report is the "
                  "same for any number")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--max-document-size", flags->max_document_size,
                  "Largest input file read, e.g. 16MiB (the default) or 64MiB; larger is an "
                  "error");
  cmd->add_flag("--progress", flags->progress,
                "Show progress even when standard error is not a terminal");
  cmd->add_option("--color", flags->color, "auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  return [cmd, flags] { return cmd->parsed() ? Run(*flags) : -1; };
}

}  // namespace factlint::cli
