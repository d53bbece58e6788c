// github: GitHub Actions workflow commands, one per finding, which the runner
// turns into annotations on the pull request's files.
//
//   ::error file=drafts/a.md,line=3,col=10,endLine=3,endColumn=12,title=age-contradiction::age 52
//   ...
//
// Related locations follow the message on their own lines ("%0A"), since an
// annotation has one location.
#include "checker/core/name_table.h"
#include "checker/report/common.h"
#include "checker/report/escape.h"
#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

// The workflow command that makes an annotation of each severity.
constexpr NameTable<Severity::kError> kCommands{"notice", "warning", "error"};

}  // namespace

std::string RenderGithub(const RunReport& run, const RenderOptions&) {
  std::string out;
  for (const Finding& finding : run.findings) {
    const Location& at = finding.location;
    std::string properties;
    const auto add = [&properties](std::string_view key, const std::string& value) {
      if (!properties.empty()) properties += ',';
      properties += std::string(key) + "=" + GithubProperty(value);
    };
    if (!at.path.empty()) {
      add("file", at.path);
      if (at.line > 0) {
        add("line", std::to_string(at.line));
        add("col", std::to_string(at.column));
        add("endLine", std::to_string(at.end_line));
        add("endColumn", std::to_string(at.end_column));
      }
    }
    add("title", finding.rule);

    std::string message = finding.message;
    for (const RelatedLocation& related : finding.related) {
      const std::string prefix = LocationPrefix(related.location);
      message += "\n" + (prefix.empty() ? "" : prefix + ": ") + "note: " + related.note;
    }
    out += "::" + std::string(kCommands.Name(finding.severity)) + " " + properties +
           "::" + GithubData(message) + "\n";
  }
  return out;
}

}  // namespace factlint::report
