// The ledger in an SQLite file (store.h): WAL mode, so a check reads while
// an index run writes; each Put is one BEGIN IMMEDIATE transaction.
#include <sqlite3.h>

#include <filesystem>
#include <utility>

#include "checker/ledger/store.h"

namespace factlint::ledger {
namespace {

// The tables: `meta` says what wrote the file; `files` holds one row per
// archive file. The marker row tells a ledger from any other SQLite file.
constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS files("
    "  path TEXT PRIMARY KEY,"
    "  hash TEXT NOT NULL,"
    "  fingerprint TEXT NOT NULL,"
    "  content BLOB NOT NULL,"
    "  documents INTEGER NOT NULL,"
    "  claims INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS claims("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL,"
    "  article INTEGER NOT NULL,"
    "  record TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS files_by_fingerprint ON files(fingerprint);"
    "CREATE INDEX IF NOT EXISTS claims_by_path ON claims(path);"
    "CREATE TABLE IF NOT EXISTS claim_subjects("
    "  subject TEXT NOT NULL,"
    "  claim INTEGER NOT NULL,"
    "  PRIMARY KEY (subject, claim)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS claim_subjects_by_claim ON claim_subjects(claim);";

// A prepared statement, finalized when it goes out of scope.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  void Text(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void Blob(int i, const std::string& s) {
    sqlite3_bind_blob(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string ColumnText(int i) const {
    const void* data = sqlite3_column_blob(stmt_, i);
    const int size = sqlite3_column_bytes(stmt_, i);
    return data == nullptr ? std::string() : std::string(static_cast<const char*>(data), size);
  }
  int64_t ColumnInt(int i) const { return sqlite3_column_int64(stmt_, i); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

StoredFile FileOfRow(const Statement& q) {
  StoredFile f;
  f.path = q.ColumnText(0);
  f.hash = q.ColumnText(1);
  f.fingerprint = q.ColumnText(2);
  f.content = q.ColumnText(3);
  f.documents = static_cast<int>(q.ColumnInt(4));
  return f;
}

class SqliteStore final : public Store {
 public:
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override {
    if (db_ != nullptr) sqlite3_close(db_);
  }
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // Checks what the file holds and, for an index run, creates the tables.
  Status Init(Ledger::Mode mode, const std::string& tool_version);

  Result<std::map<std::string, Stamp>> Stamps() const override;
  Status Put(const std::vector<StoredFile>& files) override;
  Status Remove(const std::vector<std::string>& paths) override;
  Status ForEachFile(const std::function<Status(StoredFile&&)>& visit,
                     const std::set<std::string>* paths) const override;
  Result<std::vector<ClaimRow>> ClaimsAbout(const std::set<std::string>* subjects) const override;
  Result<Stats> GetStats() const override;
  Result<Stats> Fingerprints() const override;
  Status Vacuum() override;

  Error Fail(const std::string& what) const {
    return Error{path_, 0,
                 0,     what + (db_ != nullptr ? std::string(": ") + sqlite3_errmsg(db_) : ""),
                 "",    ErrorCategory::kLedger};
  }

 private:
  Status Exec(const char* sql) const;
  // Ends the caller's transaction: COMMIT when every step went well, else
  // ROLLBACK and the error `what` (with SQLite's own words).
  Status Finish(bool ok, const std::string& what) const;
  // Deletes a file's claims and their subjects (inside the caller's
  // transaction).
  Status ForgetClaims(const std::string& path);

  sqlite3* db_ = nullptr;
  std::string path_;
};

Status SqliteStore::Exec(const char* sql) const {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) == SQLITE_OK) return {};
  Error e{path_, 0,
          0,     std::string("ledger: ") + (message ? message : "unknown error"),
          "",    ErrorCategory::kLedger};
  sqlite3_free(message);
  return e;
}

Status SqliteStore::Finish(bool ok, const std::string& what) const {
  if (ok) return Exec("COMMIT");
  Error e = Fail(what);
  (void)Exec("ROLLBACK");
  return e;
}

Status SqliteStore::Init(Ledger::Mode mode, const std::string& tool_version) {
  sqlite3_busy_timeout(db_, 10000);  // another run may be writing a batch

  // A file that is not a ledger (or not SQLite at all) is refused before
  // anything is written to it.
  Statement marker(db_, "SELECT value FROM meta WHERE key = 'marker'");
  const bool has_meta = marker.ok();
  if (!has_meta) {
    const std::string why = sqlite3_errmsg(db_);
    if (why.find("no such table") == std::string::npos)
      return Error{
          path_, 0, 0, "is not a factlint ledger (" + why + ")", "", ErrorCategory::kLedger};
  }
  if (has_meta) {
    if (marker.Step() != SQLITE_ROW || marker.ColumnText(0) != kMarker)
      return Error{
          path_, 0, 0, "is an SQLite file but not a factlint ledger", "", ErrorCategory::kLedger};
    Statement schema(db_, "SELECT value FROM meta WHERE key = 'schema'");
    const std::string stored =
        schema.ok() && schema.Step() == SQLITE_ROW ? schema.ColumnText(0) : "";
    if (stored != std::to_string(kSchemaVersion)) {
      Statement version(db_, "SELECT value FROM meta WHERE key = 'tool_version'");
      const std::string by =
          version.ok() && version.Step() == SQLITE_ROW ? version.ColumnText(0) : "?";
      return Error{path_, 0,
                   0,     OtherSchema(by, stored, "delete it and run 'factlint index' again"),
                   "",    ErrorCategory::kLedger};
    }
  } else if (mode == Ledger::Mode::kExisting) {
    return Error{path_, 0,
                 0,     "is not a factlint ledger (it has no ledger tables)",
                 "",    ErrorCategory::kLedger};
  }
  if (Status s = Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !s.ok()) return s;
  if (mode == Ledger::Mode::kCreate) {
    if (Status s = Exec(kSchema); !s.ok()) return s;
    Statement put(db_, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!put.ok()) return Fail("cannot write the ledger's header");
    const std::pair<const char*, std::string> rows[] = {{"marker", kMarker},
                                                        {"schema", std::to_string(kSchemaVersion)},
                                                        {"tool_version", tool_version}};
    for (const auto& [key, value] : rows) {
      put.Text(1, key);
      put.Text(2, value);
      if (put.Step() != SQLITE_DONE) return Fail("cannot write the ledger's header");
      put.Reset();
    }
  }
  return {};
}

Result<std::map<std::string, Stamp>> SqliteStore::Stamps() const {
  Statement q(db_, "SELECT path, hash, fingerprint FROM files");
  if (!q.ok()) return Fail("cannot read the ledger");
  std::map<std::string, Stamp> out;
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) out[q.ColumnText(0)] = {q.ColumnText(1), q.ColumnText(2)};
  if (rc != SQLITE_DONE) return Fail("cannot read the ledger");
  return out;
}

Status SqliteStore::Put(const std::vector<StoredFile>& files) {
  if (files.empty()) return {};
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Statement put(db_,
                "INSERT OR REPLACE INTO files(path, hash, fingerprint, content, documents, claims) "
                "VALUES (?, ?, ?, ?, ?, ?)");
  Statement claim(db_, "INSERT INTO claims(path, article, record) VALUES (?, ?, ?)");
  Statement about(db_, "INSERT OR IGNORE INTO claim_subjects(subject, claim) VALUES (?, ?)");
  bool ok = put.ok() && claim.ok() && about.ok();
  for (size_t i = 0; ok && i < files.size(); ++i) {
    const StoredFile& f = files[i];
    ok = ForgetClaims(f.path).ok();
    put.Text(1, f.path);
    put.Text(2, f.hash);
    put.Text(3, f.fingerprint);
    put.Blob(4, f.content);
    put.Int(5, f.documents);
    put.Int(6, static_cast<int64_t>(f.claims.size()));
    ok = ok && put.Step() == SQLITE_DONE;
    put.Reset();
    for (size_t c = 0; ok && c < f.claims.size(); ++c) {
      claim.Text(1, f.path);
      claim.Int(2, f.claims[c].article);
      claim.Text(3, f.claims[c].record);
      ok = claim.Step() == SQLITE_DONE;
      claim.Reset();
      const int64_t id = sqlite3_last_insert_rowid(db_);
      for (size_t k = 0; ok && k < f.claims[c].subjects.size(); ++k) {
        about.Text(1, f.claims[c].subjects[k]);
        about.Int(2, id);
        ok = about.Step() == SQLITE_DONE;
        about.Reset();
      }
    }
  }
  return Finish(ok, "cannot store a batch of files");
}

Status SqliteStore::ForgetClaims(const std::string& path) {
  Statement subjects(
      db_, "DELETE FROM claim_subjects WHERE claim IN (SELECT id FROM claims WHERE path = ?)");
  Statement claims(db_, "DELETE FROM claims WHERE path = ?");
  if (!subjects.ok() || !claims.ok()) return Fail("cannot update the ledger");
  subjects.Text(1, path);
  claims.Text(1, path);
  if (subjects.Step() != SQLITE_DONE || claims.Step() != SQLITE_DONE)
    return Fail("cannot update the ledger");
  return {};
}

Status SqliteStore::Remove(const std::vector<std::string>& paths) {
  if (paths.empty()) return {};
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Statement del(db_, "DELETE FROM files WHERE path = ?");
  bool ok = del.ok();
  for (size_t i = 0; ok && i < paths.size(); ++i) {
    ok = ForgetClaims(paths[i]).ok();
    del.Text(1, paths[i]);
    ok = ok && del.Step() == SQLITE_DONE;
    del.Reset();
  }
  return Finish(ok, "cannot remove files from the ledger");
}

Status SqliteStore::ForEachFile(const std::function<Status(StoredFile&&)>& visit,
                                const std::set<std::string>* paths) const {
  constexpr const char* kColumns = "SELECT path, hash, fingerprint, content, documents FROM files ";
  if (paths != nullptr) {
    // A std::set iterates in byte order, the order of the whole listing.
    Statement q(db_, (std::string(kColumns) + "WHERE path = ?").c_str());
    if (!q.ok()) return Fail("cannot read the ledger");
    for (const std::string& path : *paths) {
      q.Text(1, path);
      const int rc = q.Step();
      if (rc == SQLITE_ROW) {
        if (Status s = visit(FileOfRow(q)); !s.ok()) return s;
      } else if (rc != SQLITE_DONE) {
        return Fail("cannot read the ledger");
      }
      q.Reset();
    }
    return {};
  }
  // BINARY collation: the byte order std::sort gives the paths of a folder.
  Statement q(db_, (std::string(kColumns) + "ORDER BY path COLLATE BINARY").c_str());
  if (!q.ok()) return Fail("cannot read the ledger");
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW)
    if (Status s = visit(FileOfRow(q)); !s.ok()) return s;
  if (rc != SQLITE_DONE) return Fail("cannot read the ledger");
  return {};
}

Result<std::vector<ClaimRow>> SqliteStore::ClaimsAbout(
    const std::set<std::string>* subjects) const {
  std::vector<ClaimRow> rows;
  auto read = [&](Statement& q) -> Status {
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW)
      rows.push_back(
          {q.ColumnInt(0), q.ColumnText(1), static_cast<int>(q.ColumnInt(2)), q.ColumnText(3)});
    if (rc != SQLITE_DONE) return Fail("cannot read the ledger");
    return {};
  };
  if (subjects == nullptr) {
    Statement q(db_, "SELECT id, path, article, record FROM claims");
    if (!q.ok()) return Fail("cannot read the ledger");
    if (Status s = read(q); !s.ok()) return s.error();
  } else {
    Statement q(db_,
                "SELECT c.id, c.path, c.article, c.record FROM claim_subjects s "
                "JOIN claims c ON c.id = s.claim WHERE s.subject = ?");
    if (!q.ok()) return Fail("cannot read the ledger");
    for (const std::string& subject : *subjects) {
      q.Text(1, subject);
      if (Status s = read(q); !s.ok()) return s.error();
      q.Reset();
    }
  }
  return rows;
}

Result<Stats> SqliteStore::Fingerprints() const {
  Stats stats;
  // Answered from files_by_fingerprint (a ledger indexed before it existed:
  // a scan of the files' rows, still right).
  Statement fingerprints(db_, "SELECT fingerprint, COUNT(*) FROM files GROUP BY fingerprint");
  if (!fingerprints.ok()) return Fail("cannot read the ledger");
  while (fingerprints.Step() == SQLITE_ROW) {
    stats.files_by_fingerprint[fingerprints.ColumnText(0)] = fingerprints.ColumnInt(1);
    stats.files += fingerprints.ColumnInt(1);
  }
  Statement version(db_, "SELECT value FROM meta WHERE key = 'tool_version'");
  if (version.ok() && version.Step() == SQLITE_ROW) stats.tool_version = version.ColumnText(0);
  return stats;
}

Result<Stats> SqliteStore::GetStats() const {
  auto fingerprints = Fingerprints();
  if (!fingerprints.ok()) return fingerprints.error();
  Stats stats = std::move(*fingerprints);
  Statement totals(db_,
                   "SELECT COALESCE(SUM(documents), 0), COALESCE(SUM(claims), 0), "
                   "COALESCE(SUM(LENGTH(content)), 0) FROM files");
  if (!totals.ok() || totals.Step() != SQLITE_ROW) return Fail("cannot read the ledger");
  stats.documents = totals.ColumnInt(0);
  stats.claims = totals.ColumnInt(1);
  stats.content_bytes = totals.ColumnInt(2);
  Statement pages(db_,
                  "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
  if (pages.ok() && pages.Step() == SQLITE_ROW) stats.file_bytes = pages.ColumnInt(0);
  return stats;
}

Status SqliteStore::Vacuum() {
  if (Status s = Exec("VACUUM"); !s.ok()) return s;
  return Exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, Ledger::Mode mode,
                                               const std::string& tool_version) {
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (mode == Ledger::Mode::kExisting && !exists)
    return Error{
        path, 0,
        0,    "no such ledger; build it with 'factlint index ARCHIVE... --ledger " + path + "'",
        "",   ErrorCategory::kLedger};
  if (exists && std::filesystem::is_directory(path, ec))
    return Error{path, 0, 0, "is a directory; expected a ledger file", "", ErrorCategory::kLedger};
  sqlite3* db = nullptr;
  const int flags = mode == Ledger::Mode::kCreate ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                                  : SQLITE_OPEN_READWRITE;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  auto store = std::make_unique<SqliteStore>(db, path);
  if (rc != SQLITE_OK) return store->Fail("cannot open the ledger");
  if (Status s = store->Init(mode, tool_version); !s.ok()) return s.error();
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace factlint::ledger
