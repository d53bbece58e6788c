// Fixed RunReports for the reporter tests, built in code so every format's
// golden file comes from the same run:
//   GoldenRunReport()  two documents (one path with a space), three findings
//                      (error, warning, info) with related locations, a fact,
//                      non-ASCII text and a tab-indented line.
//   HostileRunReport() article text, paths, messages and names that try to
//                      break out of HTML, JSON, XML and workflow commands.
#pragma once

#include <string_view>

#include "checker/report/report.h"

namespace factlint::report::testing {

RunReport GoldenRunReport();
RunReport HostileRunReport();

// The location of the first occurrence of `needle` in `source` (after
// `after`, when given); aborts the test program when it is not there.
Location Locate(const SourceText& source, std::string_view needle, std::string_view after = {});

}  // namespace factlint::report::testing
