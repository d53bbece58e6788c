#include "checker/ledger/ledger.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "checker/ledger/store.h"

namespace factlint::ledger {

std::string OtherSchema(const std::string& tool_version, const std::string& schema,
                        const std::string& what_to_do) {
  return "was written by factlint " + tool_version + " in ledger schema " + schema +
         "; this factlint reads schema " + std::to_string(kSchemaVersion) + ": " + what_to_do;
}

bool IsPostgresUri(const std::string& path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

std::string WithoutPassword(const std::string& uri) {
  const size_t scheme = uri.find("://");
  if (scheme == std::string::npos) return uri;
  const size_t start = scheme + 3;
  size_t end = uri.find_first_of("/?", start);
  if (end == std::string::npos) end = uri.size();
  // user:password@host: a ':' before the '@' starts the password.
  std::string authority = uri.substr(start, end - start);
  const size_t at = authority.rfind('@');
  const size_t colon = authority.find(':');
  if (at != std::string::npos && colon < at) authority.erase(colon, at - colon);
  std::string rest = uri.substr(end);
  const size_t question = rest.find('?');
  if (question != std::string::npos) {
    const std::string query = rest.substr(question + 1);
    rest.erase(question);
    std::string kept;
    size_t from = 0;
    while (from <= query.size()) {
      size_t amp = query.find('&', from);
      if (amp == std::string::npos) amp = query.size();
      const std::string param = query.substr(from, amp - from);
      if (!param.empty() && param.substr(0, param.find('=')) != "password")
        kept += (kept.empty() ? "" : "&") + param;
      from = amp + 1;
    }
    if (!kept.empty()) rest += "?" + kept;
  }
  return uri.substr(0, start) + authority + rest;
}

Ledger::Ledger(std::unique_ptr<Store> store, std::string path)
    : store_(std::move(store)), path_(std::move(path)) {}
Ledger::Ledger(Ledger&& other) noexcept = default;
Ledger& Ledger::operator=(Ledger&& other) noexcept = default;
Ledger::~Ledger() = default;

std::string DisplayName(const std::string& path) {
  return IsPostgresUri(path) ? WithoutPassword(path) : path;
}

Result<Ledger> Ledger::Open(const std::string& path, Mode mode, const std::string& tool_version) {
  if (IsPostgresUri(path)) {
    const std::string shown = WithoutPassword(path);
#ifdef FACTLINT_WITH_POSTGRESQL
    auto store = OpenPostgresStore(path, mode, tool_version);
    if (!store.ok()) return store.error();
    return Ledger(std::move(*store), shown);
#else
    (void)mode;
    (void)tool_version;
    return Error{shown,
                 0,
                 0,
                 "this factlint was built without PostgreSQL support; use a ledger file, or "
                 "build factlint with libpq (libpq-dev, -DFACTLINT_WITH_POSTGRESQL=ON)",
                 "",
                 ErrorCategory::kLedger};
#endif
  }
  auto store = OpenSqliteStore(path, mode, tool_version);
  if (!store.ok()) return store.error();
  return Ledger(std::move(*store), path);
}

Result<std::map<std::string, Stamp>> Ledger::Stamps() const {
  return store_->Stamps();
}

Status Ledger::Put(const std::vector<StoredFile>& files) {
  return store_->Put(files);
}

Status Ledger::Remove(const std::vector<std::string>& paths) {
  return store_->Remove(paths);
}

Status Ledger::ForEachFile(const std::function<Status(StoredFile&&)>& visit,
                           const std::set<std::string>* paths) const {
  return store_->ForEachFile(visit, paths);
}

Result<std::vector<ClaimRow>> Ledger::ClaimsAbout(const std::set<std::string>* subjects) const {
  auto rows = store_->ClaimsAbout(subjects);
  if (!rows.ok()) return rows;
  // Each claim once (a relation is found by both its ends), in file, then
  // extraction order: the same for every store.
  std::sort(rows->begin(), rows->end(), [](const ClaimRow& a, const ClaimRow& b) {
    return std::tie(a.path, a.id) < std::tie(b.path, b.id);
  });
  rows->erase(std::unique(rows->begin(), rows->end(),
                          [](const ClaimRow& a, const ClaimRow& b) { return a.id == b.id; }),
              rows->end());
  return rows;
}

Result<Stats> Ledger::GetStats() const {
  return store_->GetStats();
}

Result<Stats> Ledger::Fingerprints() const {
  return store_->Fingerprints();
}

Status Ledger::Vacuum() {
  return store_->Vacuum();
}

}  // namespace factlint::ledger
