// Running the rules' own examples, like a test runner (`factlint rules test`
// and the ctest over the shipped rules/), and explaining one rule
// (`factlint rules explain ID`).
//
//   rules::ExampleReport r = rules::RunExamples(set, nullptr, std::cout);
//   // prints each failure: the rule's file:line, the example's text, the
//   // expected and actual claims; then a last line "N passed, N failed".
//
// Each example is its own document (published on its `published:` date,
// else DefaultExamplePublished()), segmented and linked like an article,
// and only the example's rule runs on it. A positive example must produce
// exactly its claims; a negative one (`none: true`) none. Without a fact
// base, people resolve by name ("Stiller" -> person:stiller).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "checker/core/result.h"
#include "checker/facts/fact_base.h"
#include "checker/rules/rule_set.h"

namespace factlint::rules {

// ExampleReport, RunExamples and ExplainRule are declared in rule_set.h.

// One claim on one line, for failures and explanations:
// "Ben Stiller | age | 58 (58) [age-apposition]".
std::string DescribeClaim(const Claim& claim);

}  // namespace factlint::rules
