// The claim ledger: an archive's claims, extracted once, in an SQLite file
// or a shared PostgreSQL database.
//
// A newsroom checks a few drafts against an archive of 100,000 articles many
// times a day. `factlint index ARCHIVE --ledger L` reads every archive file
// once and stores, per file, its bytes, their SHA-256 and the claims of each
// article in it, stamped with the fingerprint of the rules and facts (and the
// factlint version) they were extracted with. A re-index reads every file but
// extracts only those whose bytes or fingerprint changed; `factlint check
// DRAFTS --ledger L` loads the stored articles and claims instead of
// extracting them, and gives the report `--archive ARCHIVE` would.
//
//   auto ledger = Ledger::Open("archive.ledger", Ledger::Mode::kCreate, "0.1.0");
//   if (!ledger.ok()) ...;
//   auto stamps = ledger->Stamps();                  // path -> {hash, fingerprint}
//   Status s = ledger->Put({file_a, file_b});         // one transaction
//   ledger->ForEachFile(visit);                       // every file, in path order
//
// Two stores keep the same tables (store.h): an SQLite file in WAL mode
// (sqlite_store.cpp), or, when `path` is a libpq connection URI
// (`postgresql://` or `postgres://`), a PostgreSQL database many CI runners
// share (postgres_store.cpp; built when libpq is found). Each Put is one
// transaction, so a run killed mid-index loses at most the batch in flight
// and leaves every stored batch readable. A ledger written by another schema
// is refused with a message saying what to do, never misread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "checker/core/result.h"

namespace factlint::ledger {

class Store;

// The layout of the tables and records; a ledger of another schema is
// refused. 2: subjects carry their aliases, and claim_subjects their
// name heads (mentions/cross_document.h).
inline constexpr int kSchemaVersion = 2;

// One claim as stored: the article of its file it is in, its record
// (claim_record.h) and the subjects it ties together (its own; a
// relation's two ends), by which a check finds it.
struct StoredClaim {
  int article = 0;
  std::string record;
  std::vector<std::string> subjects;
};

// One archive file as indexed.
struct StoredFile {
  std::string path;                 // as the index run named it
  std::string hash;                 // SHA-256 of `content`, hex
  std::string fingerprint;          // of the factlint version, rules and facts
  std::string content;              // the file's bytes
  int documents = 0;                // dated articles the loader made of it
  std::vector<StoredClaim> claims;  // Put only; in extraction order
};

// A claim read back, with where it belongs.
struct ClaimRow {
  int64_t id = 0;  // extraction order within its file
  std::string path;
  int article = 0;
  std::string record;
};

// What a re-index compares with a file on disk.
struct Stamp {
  std::string hash;
  std::string fingerprint;
};

struct Stats {
  int64_t files = 0;
  int64_t documents = 0;
  int64_t claims = 0;
  int64_t content_bytes = 0;  // the archive's bytes stored
  // The ledger itself: an SQLite file's pages (in use and free); in
  // PostgreSQL the total relation size of its four tables (with their
  // indexes and TOAST), not the whole database's.
  int64_t file_bytes = 0;
  std::string tool_version;  // of the last index run
  std::map<std::string, int64_t> files_by_fingerprint;
};

// A ledger's name as messages show it: a PostgreSQL URI without its
// password ("postgresql://ci@db/ledger"), a file path as given.
std::string DisplayName(const std::string& path);

class Ledger {
 public:
  enum class Mode {
    kCreate,    // `index`: create the file when it does not exist
    kExisting,  // `check`, `ledger stats`: the file must exist
  };
  // Opens (or creates) the ledger at `path`: a file, or a PostgreSQL
  // database when `path` starts with `postgresql://` or `postgres://` (a
  // libpq connection URI; its tables go in the connection's current
  // schema). `tool_version` is recorded by an index run.
  static Result<Ledger> Open(const std::string& path, Mode mode, const std::string& tool_version);

  Ledger(Ledger&& other) noexcept;
  Ledger& operator=(Ledger&& other) noexcept;
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;
  ~Ledger();

  // The ledger's file, or its URI without the password (as errors name it).
  const std::string& path() const { return path_; }

  Result<std::map<std::string, Stamp>> Stamps() const;
  // Stores (or replaces) the files in one transaction.
  Status Put(const std::vector<StoredFile>& files);
  // Removes the files of these paths in one transaction.
  Status Remove(const std::vector<std::string>& paths);
  // The stored files of `paths` (bytes and article count; no claims), in
  // path order, one at a time: an archive's bytes need not all be in memory
  // twice. Every stored file when `paths` is null. Stops at the first error
  // `visit` returns.
  Status ForEachFile(const std::function<Status(StoredFile&&)>& visit,
                     const std::set<std::string>* paths = nullptr) const;
  // The claims about any of `subjects` (each once), or every claim when
  // `subjects` is null; in file, then extraction order.
  Result<std::vector<ClaimRow>> ClaimsAbout(const std::set<std::string>* subjects) const;
  Result<Stats> GetStats() const;
  // What a check asks before it reads claims: how many files each
  // fingerprint stamps (`files`, `files_by_fingerprint`, `tool_version`;
  // the other counts stay 0). An index answers it; GetStats reads every
  // stored file's row to sum the archive's bytes.
  Result<Stats> Fingerprints() const;
  // SQLite: gives free pages back to the file system. PostgreSQL: VACUUM
  // ANALYZE of the ledger's tables (their dead rows' space is reused).
  Status Vacuum();

 private:
  Ledger(std::unique_ptr<Store> store, std::string path);

  std::unique_ptr<Store> store_;
  std::string path_;
};

}  // namespace factlint::ledger
