#include "checker/core/result.h"

#include "checker/core/name_table.h"

namespace factlint {

namespace {
constexpr NameTable<ErrorCategory::kInternal> kCategoryNames{
    "input", "usage", "rule", "fact", "config", "ledger", "output", "internal"};
}  // namespace

const char* ErrorCategoryName(ErrorCategory category) {
  return kCategoryNames.Name(category);
}

std::string Error::ToString() const {
  std::string out;
  if (!path.empty()) {
    out += path;
    if (line > 0) {
      out += ":" + std::to_string(line);
      if (column > 0) out += ":" + std::to_string(column);
    }
    out += ": ";
  }
  out += "error: " + message;
  if (!context.empty()) {
    out += "\n" + context;
    if (out.back() == '\n') out.pop_back();
  }
  return out;
}

}  // namespace factlint
