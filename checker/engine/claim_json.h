// A claim as outside tools read it: the `factlint claims` JSON Lines contract
// of docs/DESIGN.md, and the one-line normalized form the reports show.
//
//   {"path": "a.txt", "line": 2, "column": 1, "end_line": 2, "end_column": 10,
//    "text": "Okafor, 49", "rule": "age-apposition", "subject": "Maya Okafor",
//    "attribute": "age", "value": "49",
//    "normalized": {"from": "1973-11-03", "to": "1974-11-02"},
//    "published": "2023-11-02", "quoted": false}
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "checker/core/claim.h"
#include "checker/core/document.h"

namespace factlint::engine {

// The contract object: exactly the contract's keys, in contract order.
nlohmann::ordered_json ClaimToJson(const Claim& claim, const Document& doc);

// "born 1973-01-30…1974-01-29", "2025-01-17", "118 days", "14", ...
std::string NormalizedLabel(const Claim& claim);

}  // namespace factlint::engine
