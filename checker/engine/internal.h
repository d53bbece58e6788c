// What the engine's runs share (check.cpp, index.cpp): the rules and facts a
// run reasons with, how claims are extracted, the ledger's fingerprint, and
// how the archive is read back from a ledger.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/result.h"
#include "checker/facts/fact_base.h"
#include "checker/rules/rule_set.h"

namespace factlint::engine::internal {

struct Knowledge {
  rules::RuleSet rules;
  std::optional<facts::FactBase> facts;
};

Result<Knowledge> LoadKnowledge(const std::vector<std::string>& rule_sources,
                                const std::optional<std::string>& facts_dir);

// What claims depend on besides the article: the factlint version, the rule
// files and the fact files (SHA-256, hex). A ledger's claims are only used by
// a run of the same fingerprint.
std::string Fingerprint(const Knowledge& knowledge, const std::string& tool_version);

// Every claim of `documents`, in document then text order; `jobs` threads.
// `progress` (optional) hears of every article done.
std::vector<Claim> ExtractAll(const std::vector<Document>& documents, const Knowledge& knowledge,
                              const Date& as_of, int jobs,
                              const std::function<void(size_t, size_t, uint64_t)>& progress = {});

// Appends the articles and claims a ledger holds to `documents` and
// `claims` (claims renumbered to their documents' new indices), skipping
// files whose path is already among `documents` (a draft that is a new
// version of an archive article is checked as the draft). `everything`:
// every stored file; else only those about the subjects of `claims` (and
// what their relations tie them to), which are all a finding on the drafts
// can involve. An error when the ledger was built with another fingerprint.
Status AppendFromLedger(const std::string& ledger_path, const std::string& fingerprint,
                        const std::string& tool_version, bool everything, int jobs,
                        std::vector<Document>& documents, std::vector<Claim>& claims);

}  // namespace factlint::engine::internal
