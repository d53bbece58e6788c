// The registry of formats: one row per reporter, in the order `--help` lists them.
#include "checker/report/report.h"

#include <array>

#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

struct FormatEntry {
  const char* name;
  std::unique_ptr<Reporter> (*make)();
};

constexpr std::array<FormatEntry, 6> kFormats = {{
    {"text", MakeTextReporter},
    {"json", MakeJsonReporter},
    {"sarif", MakeSarifReporter},
    {"html", MakeHtmlReporter},
    {"github", MakeGithubReporter},
    {"junit", MakeJunitReporter},
}};

}  // namespace

std::unique_ptr<Reporter> MakeReporter(std::string_view format) {
  for (const FormatEntry& entry : kFormats)
    if (format == entry.name) return entry.make();
  return nullptr;
}

const std::vector<std::string>& FormatNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const FormatEntry& entry : kFormats) out.emplace_back(entry.name);
    return out;
  }();
  return names;
}

}  // namespace factlint::report
