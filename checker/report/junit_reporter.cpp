// junit: JUnit XML for CI dashboards. Each document is a test case; each
// finding on it (by its primary location) is a <failure> whose body is the
// text format's block. `tests` counts documents, `failures` the documents
// that have at least one finding.
#include <vector>

#include "checker/report/common.h"
#include "checker/report/escape.h"
#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

class JunitReporter : public Reporter {
 public:
  std::string Render(const RunReport& run, const RenderOptions&) const override {
    // Test cases in document order; a finding on a path the run did not list
    // (it should not happen) still gets one, after the rest.
    std::vector<std::string> paths;
    for (const DocumentSummary& document : run.documents) paths.push_back(document.path);
    for (const Finding& finding : run.findings) {
      bool known = false;
      for (const std::string& path : paths) known = known || path == finding.location.path;
      if (!known) paths.push_back(finding.location.path);
    }

    std::string cases;
    int failing = 0;
    for (const std::string& path : paths) {
      std::string failures;
      for (const Finding& finding : run.findings) {
        if (finding.location.path != path) continue;
        failures += "      <failure message=\"" + XmlEscape(finding.message) + "\" type=\"" +
                    XmlEscape(finding.rule) + "\">" +
                    XmlEscapeText(FindingBlock(run, finding, false)) + "</failure>\n";
      }
      cases += "    <testcase classname=\"factlint\" name=\"" + XmlEscape(path) + "\"";
      if (failures.empty()) {
        cases += "/>\n";
      } else {
        ++failing;
        cases += ">\n" + failures + "    </testcase>\n";
      }
    }

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
    out += "  <testsuite name=\"factlint\" tests=\"" + std::to_string(paths.size()) +
           "\" failures=\"" + std::to_string(failing) + "\" errors=\"0\" skipped=\"0\">\n";
    out += cases;
    out += "  </testsuite>\n</testsuites>\n";
    return out;
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeJunitReporter() {
  return std::make_unique<JunitReporter>();
}

}  // namespace factlint::report
