// The registry of formats: one row per reporter, in the order `--help` lists them.
#include "checker/report/report.h"

#include <array>
#include <memory>

#include "checker/core/name_table.h"
#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

using RenderFunction = std::string (*)(const RunReport& run, const RenderOptions& options);

struct FormatEntry {
  const char* name;
  RenderFunction render;
};

constexpr std::array<FormatEntry, 6> kFormats = {{
    {"text", RenderText},
    {"json", RenderJson},
    {"sarif", RenderSarif},
    {"html", RenderHtml},
    {"github", RenderGithub},
    {"junit", RenderJunit},
}};

// The one Reporter: every format is a stateless render function.
class FunctionReporter : public Reporter {
 public:
  explicit FunctionReporter(RenderFunction render) : render_(render) {}
  std::string Render(const RunReport& run, const RenderOptions& options) const override {
    return render_(run, options);
  }

 private:
  RenderFunction render_;
};

}  // namespace

std::unique_ptr<Reporter> MakeReporter(std::string_view format) {
  for (const FormatEntry& entry : kFormats)
    if (format == entry.name) return std::make_unique<FunctionReporter>(entry.render);
  return nullptr;
}

const std::vector<std::string>& FormatNames() {
  static const std::vector<std::string> names = NamesOf(kFormats);
  return names;
}

}  // namespace factlint::report
