// `factlint index ARCHIVE... --ledger FILE [--rules DIR] [--facts DIR] [-j N]
//  [--batch N] [--progress] [--max-document-size SIZE]`: stores the archive's
// claims in a claim ledger, then `factlint check DRAFTS --ledger FILE` reads
// them instead of the archive.
//
// `factlint ledger stats FILE` / `factlint ledger vacuum FILE`: what a ledger
// holds; give its free space back.
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/output.h"
#include "checker/core/byte_size.h"
#include "checker/core/parallel.h"
#include "checker/engine/check.h"
#include "checker/ledger/ledger.h"

namespace factlint::cli {
namespace {

struct IndexFlags {
  std::vector<std::string> paths;
  std::string ledger;
  std::vector<std::string> rules;  // added to the shipped rules
  bool no_default_rules = false;
  std::string facts_dir;
  int jobs = HardwareJobs();
  int batch = 64;
  bool progress = false;
  std::string max_document_size;
};

int Usage(const std::string& command, const std::string& message) {
  std::cerr << "factlint " << command << ": error: " << message << "\n";
  return 2;
}

int RunIndex(const IndexFlags& flags) {
  if (flags.no_default_rules && flags.rules.empty())
    return Usage("index", "--no-default-rules needs --rules DIR");
  engine::IndexOptions options;
  options.inputs = flags.paths;
  options.ledger_path = flags.ledger;
  options.rule_sources = RuleSources(flags.rules, flags.no_default_rules);
  if (!flags.facts_dir.empty()) options.facts_dir = flags.facts_dir;
  options.tool_version = Version();
  options.jobs = flags.jobs;
  options.batch_files = flags.batch;
  if (!flags.max_document_size.empty()) {
    const std::optional<uint64_t> bytes = ParseByteSize(flags.max_document_size);
    if (!bytes || *bytes == 0)
      return Usage("index", "--max-document-size '" + flags.max_document_size +
                                "'; expected a size such as 16MiB, 512KiB or a number of bytes");
    options.max_document_size = *bytes;
  }
  ProgressLine progress("index", "files", flags.progress);
  options.progress = [&progress](size_t done, size_t total, uint64_t bytes) {
    progress.Update(done, total, bytes);
  };
  auto result = engine::IndexArchive(options);
  if (!result.ok()) return Fail(result.error());
  for (const std::string& note : result->notes) std::cerr << "factlint: note: " << note << "\n";
  std::cerr << "factlint index: " << ledger::DisplayName(flags.ledger) << ": " << result->files
            << " files read, " << result->extracted << " extracted (" << result->documents
            << " articles, " << result->claims << " claims), "
            << (result->files - result->extracted) << " unchanged, " << result->removed
            << " removed\n";
  return 0;
}

int RunStats(const std::string& path) {
  auto ledger = ledger::Ledger::Open(path, ledger::Ledger::Mode::kExisting, Version());
  if (!ledger.ok()) return Fail(ledger.error());
  auto stats = ledger->GetStats();
  if (!stats.ok()) return Fail(stats.error());
  std::cout << path << ": " << stats->files << " files, " << stats->documents << " articles, "
            << stats->claims << " claims\n"
            << "  archive bytes stored: " << stats->content_bytes << "\n"
            << "  ledger size: " << stats->file_bytes << " bytes\n"
            << "  last indexed by: factlint " << stats->tool_version << "\n";
  for (const auto& [fingerprint, files] : stats->files_by_fingerprint)
    std::cout << "  rules+facts " << fingerprint.substr(0, 12) << ": " << files << " files\n";
  return 0;
}

int RunVacuum(const std::string& path) {
  auto ledger = ledger::Ledger::Open(path, ledger::Ledger::Mode::kExisting, Version());
  Status done = ledger.ok() ? ledger->Vacuum() : Status(ledger.error());
  if (!done.ok()) return Fail(done.error());
  return 0;
}

}  // namespace

Runner AddIndexCommand(CLI::App& app) {
  auto flags = std::make_shared<IndexFlags>();
  CLI::App* cmd = app.add_subcommand(
      "index",
      "Store an archive's claims in a ledger, for check --ledger (re-runs extract only "
      "what changed)");
  cmd->add_option("paths", flags->paths, "Archive articles: files or directories")->required();
  cmd->add_option("--ledger", flags->ledger,
                  "The ledger: an SQLite file (created if missing) or a postgresql:// URI")
      ->required();
  AddRuleOptions(cmd, flags->rules, flags->no_default_rules);
  cmd->add_option("--facts", flags->facts_dir, "Fact base directory (YAML), for linking names");
  cmd->add_option("-j,--jobs", flags->jobs,
                  "Threads that read articles (default: the number of cores)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--batch", flags->batch,
                  "Files stored per transaction (default 64): a killed run loses at most one "
                  "batch")
      ->check(CLI::Range(1, 100000));
  cmd->add_flag("--progress", flags->progress,
                "Show progress even when standard error is not a terminal");
  cmd->add_option("--max-document-size", flags->max_document_size,
                  "Largest archive file read, e.g. 16MiB (the default)");
  return [cmd, flags] { return cmd->parsed() ? RunIndex(*flags) : -1; };
}

Runner AddLedgerCommand(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("ledger", "Look after a claim ledger");
  cmd->require_subcommand(1);
  CLI::App* stats = cmd->add_subcommand("stats", "What the ledger holds");
  stats->add_option("ledger", *path, "The ledger: a file or a postgresql:// URI")->required();
  CLI::App* vacuum = cmd->add_subcommand("vacuum", "Give the ledger's free space back");
  vacuum->add_option("ledger", *path, "The ledger: a file or a postgresql:// URI")->required();
  return [cmd, stats, vacuum, path] {
    if (!cmd->parsed()) return -1;
    return stats->parsed() ? RunStats(*path) : vacuum->parsed() ? RunVacuum(*path) : 2;
  };
}

}  // namespace factlint::cli
