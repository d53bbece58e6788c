// json: the machine-readable contract of docs/DESIGN.md, key for key, in the
// contract's order (nlohmann::ordered_json keeps insertion order).
#include <nlohmann/json.hpp>

#include "checker/report/location_json.h"
#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

std::string RenderJson(const RunReport& run, const RenderOptions&) {
  Json out;
  out["tool"] = {{"name", run.tool_name}, {"version", run.tool_version}};
  out["as_of"] = FormatIsoDate(run.as_of);
  Json documents = Json::array();
  for (const DocumentSummary& document : run.documents) {
    Json item;
    item["path"] = document.path;
    item["published"] =
        document.published ? Json(FormatIsoDate(*document.published)) : Json(nullptr);
    item["role"] = RoleName(document.role);
    item["claims"] = document.claims;
    documents.push_back(std::move(item));
  }
  out["documents"] = std::move(documents);
  Json findings = Json::array();
  for (const Finding& finding : run.findings) {
    Json item;
    item["rule"] = finding.rule;
    item["kind"] = finding.kind;
    item["severity"] = SeverityName(finding.severity);
    item["subject"] = finding.subject;
    item["attribute"] = finding.attribute;
    item["message"] = finding.message;
    item["location"] = LocationJson(finding.location);
    Json related = Json::array();
    for (const RelatedLocation& other : finding.related) {
      Json entry = LocationJson(other.location);
      entry["note"] = other.note;
      related.push_back(std::move(entry));
    }
    item["related"] = std::move(related);
    findings.push_back(std::move(item));
  }
  out["findings"] = std::move(findings);
  // `replace`: text that is not valid UTF-8 becomes U+FFFD instead of throwing.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace factlint::report
