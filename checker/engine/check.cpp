#include "checker/engine/check.h"

#include <algorithm>
#include <mutex>
#include <set>

#include "checker/config/glob.h"
#include "checker/constraints/evaluate.h"
#include "checker/core/parallel.h"
#include "checker/core/sha256.h"
#include "checker/engine/claim_json.h"
#include "checker/engine/internal.h"
#include "checker/facts/fact_base.h"
#include "checker/load/load.h"
#include "checker/mentions/cross_document.h"
#include "checker/mentions/linker.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"
#include "checker/suppress/baseline.h"
#include "checker/suppress/suppressions.h"

namespace factlint::engine {

using internal::ExtractAll;
using internal::Knowledge;
using internal::LoadKnowledge;

namespace internal {

Result<Knowledge> LoadKnowledge(const std::vector<std::string>& rule_sources,
                                const std::optional<std::string>& facts_dir) {
  auto rule_set = rules::RuleSet::Load(rule_sources);
  if (!rule_set.ok()) return rule_set.error();
  Knowledge knowledge{std::move(*rule_set), std::nullopt};
  if (facts_dir) {
    auto base = facts::LoadFactBase(*facts_dir);
    if (!base.ok()) return base.error();
    knowledge.facts = std::move(*base);
  }
  return knowledge;
}

std::string Fingerprint(const Knowledge& knowledge, const std::string& tool_version) {
  return DigestOf({tool_version, knowledge.rules.digest(),
                   knowledge.facts ? std::string_view(knowledge.facts->digest()) : "no facts"});
}

std::vector<Claim> ExtractAll(const std::vector<Document>& documents, const Knowledge& knowledge,
                              const Date& as_of, int jobs,
                              const std::function<void(size_t, size_t, uint64_t)>& progress) {
  const mentions::Linker linker(knowledge.facts ? &*knowledge.facts : nullptr);
  // Each article on its own (the rule set and the linker are read-only while
  // extracting), gathered in the order the articles were read.
  std::vector<std::vector<Claim>> found(documents.size());
  std::mutex progress_lock;
  size_t done = 0;
  uint64_t bytes = 0;
  ParallelFor(documents.size(), jobs, [&](size_t i) {
    const Document& doc = documents[i];
    const mentions::DocumentMentions mentions = linker.Index(doc);
    found[i] =
        knowledge.rules.Extract(doc, static_cast<int>(i), doc.published.value_or(as_of), mentions);
    if (progress) {
      const std::lock_guard<std::mutex> lock(progress_lock);
      progress(++done, documents.size(), bytes += doc.text.size());
    }
  });
  std::vector<Claim> claims;
  for (std::vector<Claim>& some : found)
    claims.insert(claims.end(), std::make_move_iterator(some.begin()),
                  std::make_move_iterator(some.end()));
  return claims;
}

}  // namespace internal

namespace {

// Which articles to load, in which role.
struct LoadRequest {
  const std::vector<std::string>& paths;
  Role role;
  const std::vector<std::string>& ignore;
  const std::string& ignore_base;
  bool undated_ok;  // an undated draft is judged as of the run's --as-of
  uint64_t max_document_size = load::kDefaultMaxDocumentSize;
};

// Loads and segments every article under the request's paths. A file named
// on the command line must be a dated article (or an undated draft with an
// explicit as-of); a file found by walking a directory that has no date is
// not an article (a README, notes) and is skipped with a note.
Status LoadDocuments(const LoadRequest& request, std::vector<Document>& out,
                     std::vector<std::string>& notes) {
  auto files = load::ExpandPaths(request.paths);
  if (!files.ok()) return files.error();
  // Checking nothing is almost always a wrong path, not a clean bill.
  if (files->empty() && request.role == Role::kDraft && !request.paths.empty())
    return Error{
        request.paths.front(),
        0,
        0,
        std::string("no articles found; expected files ending in ") + load::KnownExtensions(),
        "",
        ErrorCategory::kInput};
  // Every bad file is reported, not only the first: a folder with six bad
  // exports is fixed in one round.
  std::vector<Error> errors;
  for (const std::string& file : *files) {
    if (config::IsIgnored(request.ignore, file, request.ignore_base)) continue;
    const bool named =
        std::find(request.paths.begin(), request.paths.end(), file) != request.paths.end();
    auto docs = load::LoadFile(file, request.role, request.max_document_size);
    if (!docs.ok()) {
      errors.push_back(docs.error());
      continue;
    }
    for (Document& doc : *docs) {
      if (!doc.published && !(request.role == Role::kDraft && request.undated_ok)) {
        if (!named) {
          notes.push_back(doc.path + ": skipped: no publication date, so not read as an article");
          continue;
        }
        errors.push_back(Error{
            doc.path, 1, 1,
            std::string("no publication date; expected ") + load::DateHint(doc.format) +
                (request.role == Role::kDraft ? ", or --as-of YYYY-MM-DD to judge an undated draft"
                                              : " (archive articles must be dated)"),
            "", ErrorCategory::kInput});
        continue;
      }
      segment::Segment(doc);
      out.push_back(std::move(doc));
    }
  }
  if (errors.empty()) return {};
  // One error that prints as every file's own line, then how many.
  Error first = errors.front();
  for (size_t i = 1; i < errors.size(); ++i) first.message += "\n" + errors[i].ToString();
  if (errors.size() > 1)
    first.message += "\n" + std::to_string(errors.size()) + " inputs could not be read";
  return first;
}

// The YAML attribute declarations, as the constraint engine reads them.
constraints::Options ConstraintOptions(const Knowledge& knowledge, const CheckOptions& options) {
  constraints::Options out;
  for (const rules::AttributeDecl& decl : knowledge.rules.attributes()) {
    constraints::AttributeSpec spec;
    spec.name = decl.name;
    spec.unknown = decl.unknown;
    spec.unit = decl.unit;
    spec.changes_over_time = decl.changes_over_time;
    spec.grows = decl.grows;
    spec.per_mention = decl.per_mention;
    spec.severity = decl.severity;
    spec.contradiction_message = decl.message;
    spec.stale_message = decl.stale_message;
    out.attributes[spec.name] = spec;
  }
  for (const auto& [key, level] : options.severity) {
    if (level == "off") out.off.insert(key);
    if (auto severity = ParseSeverity(level)) {
      out.kind_severity[key] = *severity;
      out.rule_severity[key] = *severity;
    }
  }
  out.report_archive = options.report_archive;
  return out;
}

report::RunReport BuildReport(const CheckOptions& options, const Knowledge& knowledge,
                              const std::vector<Document>& documents,
                              const std::vector<Claim>& claims, std::vector<Finding> findings) {
  report::RunReport run;
  run.tool_version = options.tool_version;
  run.as_of = options.as_of;
  std::vector<int> claim_counts(documents.size(), 0);
  for (const Claim& c : claims) ++claim_counts[static_cast<size_t>(c.document)];
  std::set<const SourceText*> seen_sources;
  for (size_t i = 0; i < documents.size(); ++i) {
    const Document& doc = documents[i];
    const int first_line = doc.PositionOf(0).line;
    const int last_line = doc.PositionOf(static_cast<uint32_t>(doc.text.size())).line;
    run.documents.push_back({doc.path, doc.id, doc.title, doc.published, doc.role, claim_counts[i],
                             first_line, last_line});
    if (doc.source && seen_sources.insert(doc.source.get()).second)
      run.sources.push_back(doc.source);
  }
  for (const Claim& c : claims) {
    const Document& doc = documents[static_cast<size_t>(c.document)];
    report::ClaimView view;
    view.location = doc.LocationOf(c.span);
    view.subject = c.subject.name;
    view.attribute = c.attribute;
    view.rule = c.rule;
    view.value_text = c.value_text;
    view.normalized = NormalizedLabel(c);
    view.range = c.date;
    view.published = c.published;
    view.quoted = c.quoted;
    run.claims.push_back(std::move(view));
  }
  for (const rules::RuleInfo& r : knowledge.rules.rules())
    run.rules.push_back({r.id, r.description, r.description, r.link, r.severity});
  for (const constraints::CheckInfo& c : constraints::Checks(ConstraintOptions(knowledge, options)))
    run.rules.push_back({c.id, c.short_description, c.full_description, "", c.default_severity});
  for (const char* id : {"unused-suppression", "invalid-suppression"})
    run.rules.push_back({id,
                         std::string(id) == "unused-suppression"
                             ? "a factlint-disable comment that suppresses nothing"
                             : "a factlint suppression comment that cannot be read",
                         "", "", Severity::kWarning});
  run.findings = std::move(findings);
  return run;
}

}  // namespace

Result<CheckResult> RunCheck(const CheckOptions& options) {
  CheckResult result;
  auto knowledge = LoadKnowledge(options.rule_sources, options.facts_dir);
  if (!knowledge.ok()) return knowledge.error();
  std::optional<suppress::Baseline> baseline;
  if (options.baseline_path) {
    auto loaded = suppress::LoadBaseline(*options.baseline_path);
    if (!loaded.ok()) return loaded.error();
    baseline = std::move(*loaded);
  }

  Status loaded =
      LoadDocuments({options.inputs, Role::kDraft, options.ignore, options.ignore_base_dir,
                     options.as_of_explicit, options.max_document_size},
                    result.documents, result.notes);
  if (!loaded.ok()) return loaded.error();
  loaded = LoadDocuments({options.archive, Role::kArchive, options.ignore, options.ignore_base_dir,
                          false, options.max_document_size},
                         result.documents, result.notes);
  if (!loaded.ok()) return loaded.error();

  result.claims =
      ExtractAll(result.documents, *knowledge, options.as_of, options.jobs, options.progress);
  if (options.ledger_path) {
    Status from_ledger = internal::AppendFromLedger(
        *options.ledger_path, internal::Fingerprint(*knowledge, options.tool_version),
        options.tool_version, options.report_archive, options.jobs, result.documents,
        result.claims);
    if (!from_ledger.ok()) return from_ledger.error();
  }
  // One id for a subject the articles name in different words ("GTA 6",
  // "Grand Theft Auto VI"), so their claims are compared.
  mentions::UnifySubjects(result.claims);

  CollectingSink sink;
  const facts::FactBase* base = knowledge->facts ? &*knowledge->facts : nullptr;
  const constraints::Options policy = ConstraintOptions(*knowledge, options);
  constraints::Evaluate({result.documents, result.claims, base}, policy, sink);
  std::vector<Finding> findings = suppress::ApplySuppressions(
      result.documents, std::move(sink.findings()), options.report_archive);
  // The suppressions' own notes take the same severity policy and "off";
  // then one order for the report.
  findings.erase(
      std::remove_if(findings.begin(), findings.end(),
                     [&](const Finding& f) { return constraints::TurnedOff(policy, f); }),
      findings.end());
  for (Finding& f : findings)
    f.severity = constraints::SeverityFor(policy, f.kind, f.rule, f.severity);
  SortFindings(findings);
  result.unfiltered = findings;
  if (baseline) findings = baseline->Filter(std::move(findings));

  result.report =
      BuildReport(options, *knowledge, result.documents, result.claims, std::move(findings));
  return result;
}

Result<ClaimsResult> ExtractClaims(const ClaimsOptions& options) {
  auto knowledge = LoadKnowledge(options.rule_sources, options.facts_dir);
  if (!knowledge.ok()) return knowledge.error();
  ClaimsResult result;
  Status loaded =
      LoadDocuments({options.inputs, Role::kDraft, options.ignore, options.ignore_base_dir,
                     options.as_of_explicit, options.max_document_size},
                    result.documents, result.notes);
  if (!loaded.ok()) return loaded.error();
  result.claims = ExtractAll(result.documents, *knowledge, options.as_of, options.jobs);
  return result;
}

}  // namespace factlint::engine
