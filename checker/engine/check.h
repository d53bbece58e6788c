// The engine: one `factlint check` run, from paths to a RunReport.
//
//   files ─▶ documents ─▶ sentences ─▶ mentions ─▶ claims ─▶ findings ─▶ report
//         load         segment      link         rules      constraints
//
// The engine never reads the clock and never writes output: the command line
// gives it the as-of date and renders the RunReport it returns. Every input
// problem (a file, a rule, a fact) comes back as an Error, before anything
// has been reported, so no output is ever half-written.
//
//   engine::CheckOptions options;
//   options.inputs = {"drafts/"};
//   options.archive = {"published/"};
//   options.rule_sources = {"rules"};
//   options.as_of = Date(2026, 11, 24);
//   Result<engine::CheckResult> run = engine::RunCheck(options);
//   if (!run.ok()) { std::cerr << run.error().ToString() << "\n"; return 2; }
//   // run->report.findings, in report order
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/date.h"
#include "checker/core/document.h"
#include "checker/core/result.h"
#include "checker/load/load.h"
#include "checker/report/report.h"

namespace factlint::engine {

// Called as articles are read: (articles done, articles in all, their
// bytes so far). From any thread; at most one call at a time.
using ProgressFn = std::function<void(size_t, size_t, uint64_t)>;

struct CheckOptions {
  std::vector<std::string> inputs;   // drafts: files or directories
  std::vector<std::string> archive;  // context, judged as of their own dates
  // YAML rules: directories or files loaded as one set (the shipped rules
  // and a newsroom's own).
  std::vector<std::string> rule_sources;
  std::optional<std::string> facts_dir;
  Date as_of;  // judging date for undated drafts
  // Undated drafts are only judged when the as-of date was chosen on purpose
  // (--as-of or configuration); otherwise a missing date is an input error.
  bool as_of_explicit = false;
  bool report_archive = false;                  // also report findings on archive articles
  std::map<std::string, std::string> severity;  // rule id or kind -> error|warning|info|off
  std::vector<std::string> ignore;              // globs over input paths (see config/glob.h)
  std::string ignore_base_dir;  // the configuration's directory the globs are relative to
  std::optional<std::string> baseline_path;  // report only findings not in it
  std::string tool_version;
  // An input file larger than this is an input error (load::LoadFile).
  uint64_t max_document_size = load::kDefaultMaxDocumentSize;
  // Threads that extract claims, one article at a time each (-j); the
  // report is the same for every number.
  int jobs = 1;
  // A claim ledger (`factlint index`): its articles and claims join the
  // archive without being read or extracted again.
  std::optional<std::string> ledger_path;
  ProgressFn progress;  // optional
};

struct CheckResult {
  report::RunReport report;
  std::vector<Document> documents;
  std::vector<Claim> claims;
  std::vector<Finding> unfiltered;  // before the baseline, for --write-baseline
  std::vector<std::string> notes;   // "path: skipped: …", for the command line to show
};

Result<CheckResult> RunCheck(const CheckOptions& options);

// `factlint claims`: every claim of every input, in document then text order.
struct ClaimsOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> rule_sources;  // as CheckOptions::rule_sources
  std::optional<std::string> facts_dir;
  Date as_of;
  bool as_of_explicit = false;
  std::vector<std::string> ignore;  // as CheckOptions::ignore
  std::string ignore_base_dir;
  uint64_t max_document_size = load::kDefaultMaxDocumentSize;
  int jobs = 1;  // as CheckOptions::jobs
};
struct ClaimsResult {
  std::vector<Document> documents;
  std::vector<Claim> claims;
  std::vector<std::string> notes;
};
Result<ClaimsResult> ExtractClaims(const ClaimsOptions& options);

// `factlint index ARCHIVE... --ledger FILE`: stores the archive's claims in
// a ledger (checker/ledger/ledger.h). Every file is read and hashed; only a
// file whose bytes or the run's fingerprint (version, rules, facts) changed
// is extracted again. Files are stored in batches of `batch_files`, one
// transaction each; a stored file that no longer exists is removed.
struct IndexOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> rule_sources;
  std::optional<std::string> facts_dir;
  std::string ledger_path;
  std::string tool_version;
  int jobs = 1;
  int batch_files = 64;
  uint64_t max_document_size = load::kDefaultMaxDocumentSize;
  // Called after each stored batch with (files done, files in all, bytes).
  ProgressFn progress;
};

struct IndexResult {
  size_t files = 0;      // archive files read
  size_t extracted = 0;  // of them, extracted (new or changed)
  size_t removed = 0;    // stored files that no longer exist
  size_t documents = 0;  // articles extracted
  size_t claims = 0;     // claims extracted
  std::vector<std::string> notes;
};

Result<IndexResult> IndexArchive(const IndexOptions& options);

}  // namespace factlint::engine
