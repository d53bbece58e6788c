// text: what a person reads in a terminal, shaped like clang's diagnostics.
//
//   drafts/a.md:3:10: error: age 52 contradicts age 50 on 2024-01-29 [age-contradiction]
//   The actor, 52, said ...
//              ^~
//   archive/b.txt:7:1: note: age 50 on 2024-01-29: born 1973-01-30…1974-01-29
//   ...
//   1 finding (1 error) in 2 documents
#include "checker/report/common.h"
#include "checker/report/reporters.h"

namespace factlint::report {

std::string RenderText(const RunReport& run, const RenderOptions& options) {
  std::string out;
  for (const Finding& finding : run.findings) out += FindingBlock(run, finding, options.color);
  out += SummaryLine(run);
  out += '\n';
  return out;
}

}  // namespace factlint::report
