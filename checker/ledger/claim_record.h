// A claim as the ledger stores it: every field of Claim, so a claim read back
// is the claim that was extracted (the constraint engine cannot tell the two
// apart). Not the `factlint claims` contract (engine/claim_json.h), which is
// for people and outside tools and leaves out what only the engine needs.
//
//   nlohmann::json record = ledger::ClaimRecord(claim);
//   Result<Claim> back = ledger::ClaimFromRecord(record);  // back == claim
//
// Spans stay byte offsets into the document's text, which the ledger keeps
// beside them (the file's bytes, loaded again the same way).
#pragma once

#include <nlohmann/json.hpp>

#include "checker/core/claim.h"
#include "checker/core/result.h"

namespace factlint::ledger {

nlohmann::json ClaimRecord(const Claim& claim);

// An error (no location) when the record is not one ClaimRecord wrote.
Result<Claim> ClaimFromRecord(const nlohmann::json& record);

}  // namespace factlint::ledger
