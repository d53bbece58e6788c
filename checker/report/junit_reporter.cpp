// junit: JUnit XML for CI dashboards. Each document is a test case (a
// JSON Lines record too, named "file.jsonl#id"); each
// finding on it (by its primary location) is a <failure> whose body is the
// text format's block. `tests` counts documents, `failures` the documents
// that have at least one finding.
#include <algorithm>
#include <vector>

#include "checker/report/common.h"
#include "checker/report/escape.h"
#include "checker/report/reporters.h"

namespace factlint::report {

std::string RenderJunit(const RunReport& run, const RenderOptions&) {
  // One test case per document, in document order. A file of several
  // documents (JSON Lines records) names each case by its record
  // ("feed.jsonl#a1", else "feed.jsonl:3" by its line) and gives each the
  // findings on its lines. A finding on a path the run did not list (it
  // should not happen) still gets a case, after the rest.
  struct Case {
    std::string name;
    std::string path;
    int first_line = 0;
    int last_line = 0;  // 0: the whole file
  };
  std::vector<Case> cases_of_run;
  for (const DocumentSummary& document : run.documents) {
    const auto shared =
        std::count_if(run.documents.begin(), run.documents.end(),
                      [&](const DocumentSummary& other) { return other.path == document.path; });
    if (shared == 1) {
      cases_of_run.push_back({document.path, document.path, 0, 0});
    } else {
      const std::string name =
          document.path +
          (document.id.empty() ? ":" + std::to_string(document.first_line) : "#" + document.id);
      cases_of_run.push_back({name, document.path, document.first_line, document.last_line});
    }
  }
  auto covers = [](const Case& c, const Finding& finding) {
    return finding.location.path == c.path &&
           (c.last_line == 0 ||
            (finding.location.line >= c.first_line && finding.location.line <= c.last_line));
  };
  for (const Finding& finding : run.findings) {
    const bool known = std::any_of(cases_of_run.begin(), cases_of_run.end(),
                                   [&](const Case& c) { return covers(c, finding); });
    if (!known) cases_of_run.push_back({finding.location.path, finding.location.path, 0, 0});
  }

  std::string cases;
  int failing = 0;
  for (const Case& c : cases_of_run) {
    std::string failures;
    for (const Finding& finding : run.findings) {
      if (!covers(c, finding)) continue;
      failures += "      <failure message=\"" + XmlEscape(finding.message) + "\" type=\"" +
                  XmlEscape(finding.rule) + "\">" +
                  XmlEscapeText(FindingBlock(run, finding, false)) + "</failure>\n";
    }
    cases += "    <testcase classname=\"factlint\" name=\"" + XmlEscape(c.name) + "\"";
    if (failures.empty()) {
      cases += "/>\n";
    } else {
      ++failing;
      cases += ">\n" + failures + "    </testcase>\n";
    }
  }

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  out += "  <testsuite name=\"factlint\" tests=\"" + std::to_string(cases_of_run.size()) +
         "\" failures=\"" + std::to_string(failing) + "\" errors=\"0\" skipped=\"0\">\n";
  out += cases;
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace factlint::report
