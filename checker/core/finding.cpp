#include "checker/core/finding.h"

#include <algorithm>
#include <tuple>

#include "checker/core/name_table.h"

namespace factlint {
namespace {

constexpr NameTable<Severity::kError> kSeverityNames{"info", "warning", "error"};

}  // namespace

const char* SeverityName(Severity severity) {
  return kSeverityNames.Name(severity);
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  return kSeverityNames.Parse(name);
}

void SortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location.path, a.location.line, a.location.column, a.rule, a.message) <
           std::tie(b.location.path, b.location.line, b.location.column, b.rule, b.message);
  });
}

}  // namespace factlint
