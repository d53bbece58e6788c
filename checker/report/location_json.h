// LocationJson: a Location as the JSON contract writes it (docs/DESIGN.md),
// the same keys in the same order wherever a place is written: a finding
// and its related locations in the json report, and each line of the
// `claims` command (engine/claim_json.h), which adds its own keys after.
//
//   LocationJson(location)
//   // -> {"path":"a.txt","line":2,"column":1,"end_line":2,"end_column":10,"text":"aged 52"}
#pragma once

#include <nlohmann/json.hpp>

#include "checker/core/document.h"

namespace factlint::report {

// An ordered_json, so the keys a caller adds follow these, in its order.
nlohmann::ordered_json LocationJson(const Location& location);

}  // namespace factlint::report
