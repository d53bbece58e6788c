// The registry of formats: one row per reporter, in the order `--help` lists them.
#include "checker/report/report.h"

#include <array>
#include <memory>

#include "checker/core/name_table.h"
#include "checker/core/report_formats.h"
#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

using RenderFunction = std::string (*)(const RunReport& run, const RenderOptions& options);

struct FormatEntry {
  const char* name;
  RenderFunction render;
};

// One row per name in kReportFormatNames, in its order.
constexpr std::array<FormatEntry, std::size(kReportFormatNames)> kFormats = {{
    {kReportFormatNames[0], RenderText},
    {kReportFormatNames[1], RenderJson},
    {kReportFormatNames[2], RenderSarif},
    {kReportFormatNames[3], RenderHtml},
    {kReportFormatNames[4], RenderGithub},
    {kReportFormatNames[5], RenderJunit},
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
