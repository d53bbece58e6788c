// The claim ledger's two sides in the engine: `factlint index` stores an
// archive's claims (IndexArchive), and `check --ledger` reads them back
// (AppendFromLedger). Both load a file's articles the same way — from its
// bytes, dated articles only, segmented — so a claim's spans point into the
// same text either way.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "checker/core/parallel.h"
#include "checker/core/sha256.h"
#include "checker/engine/check.h"
#include "checker/engine/internal.h"
#include "checker/ledger/claim_record.h"
#include "checker/ledger/ledger.h"
#include "checker/load/load.h"
#include "checker/mentions/cross_document.h"
#include "checker/segment/segment.h"

namespace factlint::engine {
namespace {

Result<std::string> ReadBytes(const std::string& path, uint64_t max_size) {
  std::error_code ec;
  const uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return Error{path, 0, 0, "cannot be read: " + ec.message(), "", ErrorCategory::kInput};
  if (size > max_size)
    return Error{path,
                 0,
                 0,
                 "is " + std::to_string(size) + " bytes, above the largest article read (" +
                     std::to_string(max_size) + " bytes; see --max-document-size)",
                 "",
                 ErrorCategory::kInput};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Error{path, 0, 0, "cannot be read", "", ErrorCategory::kInput};
  return bytes.str();
}

// The dated articles of a file, segmented: what the ledger stores claims
// for, and what a check loads again from the stored bytes.
Result<std::vector<Document>> ArticlesOf(const std::string& path, std::string bytes) {
  auto docs = load::LoadBuffer(path, std::move(bytes), Role::kArchive);
  if (!docs.ok()) return docs.error();
  std::vector<Document> out;
  for (Document& doc : *docs) {
    if (!doc.published) continue;
    segment::Segment(doc);
    out.push_back(std::move(doc));
  }
  return out;
}

// A claim read back belongs to the document at `index` of this run. A
// mention's subject id names its document's index too ("mention:3:…").
void Renumber(Claim& claim, int index) {
  claim.document = index;
  const std::string prefix = "mention:";
  if (claim.subject.id.rfind(prefix, 0) != 0) return;
  const size_t colon = claim.subject.id.find(':', prefix.size());
  if (colon == std::string::npos) return;
  claim.subject.id = prefix + std::to_string(index) + claim.subject.id.substr(colon);
}

// The subjects a claim ties together in the constraint network: its own,
// and a relation's two ends. A mention is its own subject, never compared.
// A subject the articles may name in other words (mentions/
// cross_document.h) is found by its name's head too.
void AddSubjects(const Claim& claim, std::set<std::string>& out) {
  if (!claim.subject.empty() && claim.subject.kind != SubjectKind::kMention)
    out.insert(claim.subject.id);
  for (std::string& head : mentions::SubjectNameHeads(claim.subject)) out.insert(std::move(head));
  if (claim.relation)
    for (const EventRef* end : {&claim.relation->from, &claim.relation->to})
      if (!end->subject.empty()) out.insert(end->subject.id);
}

// Several errors as one: every file's own line, then how many.
Error Combined(const std::vector<Error>& errors) {
  Error first = errors.front();
  for (size_t i = 1; i < errors.size(); ++i) first.message += "\n" + errors[i].ToString();
  if (errors.size() > 1)
    first.message += "\n" + std::to_string(errors.size()) + " inputs could not be read";
  return first;
}

// Archive files whose claims are extracted and stored together: one
// transaction a batch, and no more articles in memory than a batch holds.
struct Batch {
  std::vector<ledger::StoredFile> changed;  // new or changed since stored
  std::vector<Document> articles;           // their dated articles, file by file
  std::vector<size_t> first_article;        // per changed file, into `articles`
  uint64_t bytes = 0;                       // read, changed or not
};

// Reads `path` into `batch` unless the ledger holds it unchanged (the same
// bytes, indexed with the same rules and facts): only what changed is
// extracted again.
Status AddIfChanged(const std::string& path, const IndexOptions& options,
                    const std::string& fingerprint,
                    const std::map<std::string, ledger::Stamp>& stamps, Batch& batch,
                    IndexResult& result) {
  auto bytes = ReadBytes(path, options.max_document_size);
  if (!bytes.ok()) return bytes.error();
  batch.bytes += bytes->size();
  const std::string hash = Hex(Sha256(*bytes));
  auto stamp = stamps.find(path);
  if (stamp != stamps.end() && stamp->second.hash == hash &&
      stamp->second.fingerprint == fingerprint)
    return {};  // unchanged since the last index run
  auto loaded = ArticlesOf(path, *bytes);
  if (!loaded.ok()) return loaded.error();
  if (loaded->empty()) result.notes.push_back(path + ": no dated article; stored empty");
  ledger::StoredFile file;
  file.path = path;
  file.hash = hash;
  file.fingerprint = fingerprint;
  file.content = std::move(*bytes);
  file.documents = static_cast<int>(loaded->size());
  batch.first_article.push_back(batch.articles.size());
  batch.articles.insert(batch.articles.end(), std::make_move_iterator(loaded->begin()),
                        std::make_move_iterator(loaded->end()));
  batch.changed.push_back(std::move(file));
  return {};
}

// Each claim into the stored file its article is in, with the subjects a
// check asks the ledger for.
void StoreClaims(const std::vector<Claim>& claims, Batch& batch) {
  // Claims come back in article order, so each file's are a run of them.
  std::vector<size_t> file_of_article(batch.articles.size());
  for (size_t f = 0; f < batch.changed.size(); ++f)
    for (int a = 0; a < batch.changed[f].documents; ++a)
      file_of_article[batch.first_article[f] + static_cast<size_t>(a)] = f;
  for (const Claim& claim : claims) {
    const auto article = static_cast<size_t>(claim.document);
    ledger::StoredFile& file = batch.changed[file_of_article[article]];
    ledger::StoredClaim stored;
    stored.article = static_cast<int>(article - batch.first_article[file_of_article[article]]);
    stored.record = ledger::ClaimRecord(claim).dump();
    std::set<std::string> subjects;
    AddSubjects(claim, subjects);
    stored.subjects.assign(subjects.begin(), subjects.end());
    file.claims.push_back(std::move(stored));
  }
}

// The stored files whose article was deleted since it was stored: they
// are to go from the ledger too.
std::vector<std::string> DeletedFiles(const std::vector<std::string>& files,
                                      const std::map<std::string, ledger::Stamp>& stamps) {
  const std::set<std::string> current(files.begin(), files.end());
  std::vector<std::string> gone;
  for (const auto& [path, stamp] : stamps) {
    std::error_code ec;
    if (current.count(path) == 0 && !std::filesystem::exists(path, ec)) gone.push_back(path);
  }
  return gone;
}

// Archive claims read back from the ledger, with the rows they came from.
using ArchiveClaims = std::vector<std::pair<ledger::ClaimRow, Claim>>;

// Claims of other rules, facts or another factlint are never mixed in: the
// ledger's files must all have been indexed with this run's fingerprint.
Status CheckFingerprint(const ledger::Ledger& ledger, const std::string& fingerprint) {
  // Messages name the ledger without a password a URI may hold.
  const std::string& shown = ledger.path();
  auto stats = ledger.Fingerprints();
  if (!stats.ok()) return stats.error();
  int64_t other = 0;
  for (const auto& [stamp, count] : stats->files_by_fingerprint)
    if (stamp != fingerprint) other += count;
  if (other > 0)
    return Error{shown,
                 0,
                 0,
                 std::to_string(other) + " of its " + std::to_string(stats->files) +
                     " files were indexed with other rules, facts or another factlint version "
                     "(last index run: factlint " +
                     stats->tool_version + "); run 'factlint index ARCHIVE... --ledger " + shown +
                     "' with this run's --rules and --facts first",
                 "",
                 ErrorCategory::kLedger};
  return {};
}

// The rows' claims into `found`, but for the files the run reads itself:
// a draft is the new version of its stored copy. Reading a record is most
// of a ledger check's time, so the records are read on `jobs` threads; the
// claims (and the first bad record) stay in row order.
Status TakeClaims(const ledger::Ledger& ledger, const std::set<std::string>& present,
                  std::vector<ledger::ClaimRow>&& rows, int jobs, ArchiveClaims& found) {
  rows.erase(
      std::remove_if(rows.begin(), rows.end(),
                     [&](const ledger::ClaimRow& row) { return present.count(row.path) > 0; }),
      rows.end());
  std::vector<std::optional<Result<Claim>>> read(rows.size());
  ParallelFor(rows.size(), jobs, [&](size_t i) {
    read[i].emplace(ledger::ClaimFromRecord(nlohmann::json::parse(rows[i].record, nullptr, false)));
  });
  found.reserve(found.size() + rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    Result<Claim>& claim = *read[i];
    if (!claim.ok())
      return Error{
          ledger.path(),         0, 0, "'" + rows[i].path + "': " + claim.error().message, "",
          ErrorCategory::kLedger};
    found.emplace_back(std::move(rows[i]), std::move(*claim));
  }
  return {};
}

// Which claims to read: all of them for a report on the archive too;
// otherwise only those about the subjects the run's own claims are about,
// and about the subjects their relations tie those to (the constraint
// network joins claims by subject only, so no other archive claim can take
// part in a finding on a draft).
Status FindClaims(const ledger::Ledger& ledger, bool everything, const std::vector<Claim>& claims,
                  const std::set<std::string>& present, int jobs, ArchiveClaims& found) {
  if (everything) {
    auto rows = ledger.ClaimsAbout(nullptr);
    if (!rows.ok()) return rows.error();
    return TakeClaims(ledger, present, std::move(*rows), jobs, found);
  }
  std::set<std::string> wanted;
  for (const Claim& claim : claims) AddSubjects(claim, wanted);
  std::set<std::string> asked;
  std::set<int64_t> seen;
  while (true) {
    std::set<std::string> fresh;
    for (const std::string& subject : wanted)
      if (asked.insert(subject).second) fresh.insert(subject);
    if (fresh.empty()) break;
    auto rows = ledger.ClaimsAbout(&fresh);
    if (!rows.ok()) return rows.error();
    rows->erase(
        std::remove_if(rows->begin(), rows->end(),
                       [&](const ledger::ClaimRow& r) { return !seen.insert(r.id).second; }),
        rows->end());
    const size_t before = found.size();
    if (Status s = TakeClaims(ledger, present, std::move(*rows), jobs, found); !s.ok()) return s;
    // A relation ties a wanted subject to another one.
    for (size_t i = before; i < found.size(); ++i)
      if (found[i].second.relation) AddSubjects(found[i].second, wanted);
  }
  return {};
}

// The order the claims are appended in: their files in path order (a
// full listing's order), and each claim after its article, in extraction
// order.
std::vector<size_t> AppendOrder(const ArchiveClaims& found) {
  std::vector<size_t> order(found.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const ledger::ClaimRow& x = found[a].first;
    const ledger::ClaimRow& y = found[b].first;
    return x.id != y.id && std::tie(x.path, x.id) < std::tie(y.path, y.id);
  });
  return order;
}

// The stored files to load: the files the claims are in; or, for a report
// on the archive too, every file, even one without claims, since the
// report lists every article.
Result<std::set<std::string>> FilesToLoad(const ledger::Ledger& ledger, bool everything,
                                          const std::set<std::string>& present,
                                          const ArchiveClaims& found) {
  std::set<std::string> paths;
  if (everything) {
    auto stamps = ledger.Stamps();
    if (!stamps.ok()) return stamps.error();
    for (const auto& [path, stamp] : *stamps)
      if (present.count(path) == 0) paths.insert(path);
  } else {
    for (const auto& [row, claim] : found) paths.insert(row.path);
  }
  return paths;
}

}  // namespace

Result<IndexResult> IndexArchive(const IndexOptions& options) {
  auto knowledge = internal::LoadKnowledge(options.rule_sources, options.facts_dir);
  if (!knowledge.ok()) return knowledge.error();
  const std::string fingerprint = internal::Fingerprint(*knowledge, options.tool_version);
  auto files = load::ExpandPaths(options.inputs);
  if (!files.ok()) return files.error();
  if (files->empty())
    return Error{
        options.inputs.empty() ? std::string(".") : options.inputs.front(),
        0,
        0,
        std::string("no articles found; expected files ending in ") + load::KnownExtensions(),
        "",
        ErrorCategory::kInput};
  auto ledger = ledger::Ledger::Open(options.ledger_path, ledger::Ledger::Mode::kCreate,
                                     options.tool_version);
  if (!ledger.ok()) return ledger.error();
  auto stamps = ledger->Stamps();
  if (!stamps.ok()) return stamps.error();

  IndexResult result;
  result.files = files->size();
  std::vector<Error> errors;
  const size_t batch_files = static_cast<size_t>(std::max(1, options.batch_files));
  uint64_t read_bytes = 0;
  for (size_t start = 0; start < files->size(); start += batch_files) {
    const size_t end = std::min(files->size(), start + batch_files);
    Batch batch;
    for (size_t i = start; i < end; ++i) {
      Status added = AddIfChanged((*files)[i], options, fingerprint, *stamps, batch, result);
      if (!added.ok()) errors.push_back(added.error());
    }
    // Archive articles are judged as of their own dates: no run date enters.
    const std::vector<Claim> claims =
        internal::ExtractAll(batch.articles, *knowledge, Date(1970, 1, 1), options.jobs);
    StoreClaims(claims, batch);
    result.claims += claims.size();
    result.documents += batch.articles.size();
    result.extracted += batch.changed.size();
    if (Status s = ledger->Put(batch.changed); !s.ok()) return s.error();
    read_bytes += batch.bytes;
    if (options.progress) options.progress(end, files->size(), read_bytes);
  }

  // An archive article deleted since it was stored is gone from the ledger.
  const std::vector<std::string> gone = DeletedFiles(*files, *stamps);
  if (Status s = ledger->Remove(gone); !s.ok()) return s.error();
  result.removed = gone.size();
  if (!errors.empty()) return Combined(errors);
  return result;
}

namespace internal {

Status AppendFromLedger(const std::string& ledger_path, const std::string& fingerprint,
                        const std::string& tool_version, bool everything, int jobs,
                        std::vector<Document>& documents, std::vector<Claim>& claims) {
  auto ledger = ledger::Ledger::Open(ledger_path, ledger::Ledger::Mode::kExisting, tool_version);
  if (!ledger.ok()) return ledger.error();
  if (Status s = CheckFingerprint(*ledger, fingerprint); !s.ok()) return s;
  std::set<std::string> present;
  for (const Document& doc : documents) present.insert(doc.path);
  ArchiveClaims found;
  if (Status s = FindClaims(*ledger, everything, claims, present, jobs, found); !s.ok()) return s;
  const std::vector<size_t> order = AppendOrder(found);
  auto paths = FilesToLoad(*ledger, everything, present, found);
  if (!paths.ok()) return paths.error();

  // Messages name the ledger without a password a URI may hold.
  const std::string& shown = ledger->path();
  size_t next = 0;
  // One stored file's articles, then its claims, each after its article.
  auto append = [&](const ledger::StoredFile& file,
                    Result<std::vector<Document>>& articles) -> Status {
    if (!articles.ok())
      return Error{
          shown, 0,
          0,     "its copy of '" + file.path + "' cannot be loaded: " + articles.error().message,
          "",    ErrorCategory::kLedger};
    if (static_cast<int>(articles->size()) != file.documents)
      return Error{shown,
                   0,
                   0,
                   "its copy of '" + file.path +
                       "' no longer loads as it was indexed; run 'factlint index' again",
                   "",
                   ErrorCategory::kLedger};
    const int first = static_cast<int>(documents.size());
    for (Document& doc : *articles) documents.push_back(std::move(doc));
    for (; next < order.size() && found[order[next]].first.path == file.path; ++next) {
      const ledger::ClaimRow& row = found[order[next]].first;
      Claim& claim = found[order[next]].second;
      if (row.article >= file.documents)
        return Error{shown,
                     0,
                     0,
                     "its claims of '" + file.path +
                         "' do not match the stored article; run 'factlint index' again",
                     "",
                     ErrorCategory::kLedger};
      Renumber(claim, first + row.article);
      claims.push_back(std::move(claim));
    }
    return {};
  };
  // Loading and segmenting the stored articles again is the other large
  // part of a ledger check: a batch of files at a time on `jobs` threads,
  // appended in path order (a batch bounds the bytes held twice).
  constexpr size_t kBatchFiles = 256;
  std::vector<ledger::StoredFile> batch;
  auto flush = [&]() -> Status {
    std::vector<std::optional<Result<std::vector<Document>>>> loaded(batch.size());
    ParallelFor(batch.size(), jobs, [&](size_t i) {
      loaded[i].emplace(ArticlesOf(batch[i].path, std::move(batch[i].content)));
    });
    for (size_t i = 0; i < batch.size(); ++i)
      if (Status s = append(batch[i], *loaded[i]); !s.ok()) return s;
    batch.clear();
    return {};
  };
  Status read = ledger->ForEachFile(
      [&](ledger::StoredFile&& file) -> Status {
        batch.push_back(std::move(file));
        return batch.size() < kBatchFiles ? Status() : flush();
      },
      &*paths);
  if (!read.ok()) return read;
  return flush();
}

}  // namespace internal
}  // namespace factlint::engine
