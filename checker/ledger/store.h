// The storage behind a Ledger (ledger.h): one implementation per database,
// each keeping the same tables, header rows and schema version.
//
//   meta(key, value)                 marker, schema, tool_version
//   files(path, hash, fingerprint, content, documents, claims)
//   claims(id, path, article, record)
//   claim_subjects(subject, claim)
//
// A Store gives what Ledger promises except the order of ClaimsAbout's
// rows, which Ledger puts right for every store alike.
#pragma once

#include <memory>
#include <string>

#include "checker/ledger/ledger.h"

namespace factlint::ledger {

// The `meta` row that tells a ledger from any other table of that name.
inline constexpr const char* kMarker = "factlint-claim-ledger";

class Store {
 public:
  virtual ~Store() = default;
  virtual Result<std::map<std::string, Stamp>> Stamps() const = 0;
  virtual Status Put(const std::vector<StoredFile>& files) = 0;
  virtual Status Remove(const std::vector<std::string>& paths) = 0;
  virtual Status ForEachFile(const std::function<Status(StoredFile&&)>& visit,
                             const std::set<std::string>* paths) const = 0;
  // The claims about any of `subjects` (every claim when null), in any
  // order, possibly more than once.
  virtual Result<std::vector<ClaimRow>> ClaimsAbout(
      const std::set<std::string>* subjects) const = 0;
  virtual Result<Stats> GetStats() const = 0;
  // Only `files`, `files_by_fingerprint` and `tool_version` of Stats.
  virtual Result<Stats> Fingerprints() const = 0;
  virtual Status Vacuum() = 0;
};

// "was written by factlint 0.0.1 in ledger schema 1; this factlint reads
// schema 2: <what to do>".
std::string OtherSchema(const std::string& tool_version, const std::string& schema,
                        const std::string& what_to_do);

// sqlite_store.cpp: the ledger file at `path`.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, Ledger::Mode mode,
                                               const std::string& tool_version);

// A libpq connection URI: "postgresql://..." or "postgres://...".
bool IsPostgresUri(const std::string& path);
// The URI as messages show it: without a password (user:password@ or a
// password= parameter).
std::string WithoutPassword(const std::string& uri);

// postgres_store.cpp (only when built with FACTLINT_WITH_POSTGRESQL): the
// ledger in the current schema of the database at `uri`.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri, Ledger::Mode mode,
                                                 const std::string& tool_version);

}  // namespace factlint::ledger
