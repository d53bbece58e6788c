// sarif: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code's
// SARIF viewer, Azure DevOps). Columns count Unicode code points, which SARIF
// calls columnKind "unicodeCodePoints" (its default is UTF-16 code units).
// Relative paths are relative to %SRCROOT%, the directory factlint ran in.
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <vector>

#include "checker/core/sha256.h"
#include "checker/report/common.h"
#include "checker/report/escape.h"
#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kSourceRoot = "%SRCROOT%";

// "age-contradiction" -> "AgeContradiction": SARIF's reportingDescriptor.name
// is meant to read as an identifier.
std::string RuleName(std::string_view id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_' || c == '.') {
      upper = true;
    } else {
      name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    }
  }
  return name;
}

Json ArtifactLocation(const std::string& path, int index) {
  Json out;
  out["uri"] = UriReference(path);
  if (!IsAbsolutePath(path)) out["uriBaseId"] = kSourceRoot;
  if (index >= 0) out["index"] = index;
  return out;
}

// The lines and columns a location spans; SARIF wants a start and an end
// even where we know only where the text starts.
Json Region(const Location& location) {
  Json region;
  region["startLine"] = location.line;
  region["startColumn"] = std::max(location.column, 1);
  region["endLine"] = std::max(location.end_line, location.line);
  region["endColumn"] = std::max(location.end_column, 1);
  return region;
}

// A location with a file; a fact from the fact base has none and yields null.
Json PhysicalLocation(const Location& location, int artifact_index) {
  if (location.path.empty()) return nullptr;
  Json out;
  out["artifactLocation"] = ArtifactLocation(location.path, artifact_index);
  if (location.line > 0) {
    Json region = Region(location);
    if (!location.text.empty()) region["snippet"] = {{"text", location.text}};
    out["region"] = std::move(region);
  }
  return out;
}

// Lowercase, whitespace runs collapsed: the same claim re-wrapped or moved to
// another line keeps its fingerprint, so code scanning tracks it across edits.
std::string NormalizedText(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// Every rule the run knows, then any a finding names that it does not,
// so that each result's ruleIndex points at a rule.
std::vector<RuleInfo> RulesOf(const RunReport& run) {
  std::vector<RuleInfo> rules = run.rules;
  for (const Finding& finding : run.findings) {
    const bool known = std::any_of(rules.begin(), rules.end(),
                                   [&](const RuleInfo& rule) { return rule.id == finding.rule; });
    if (!known) rules.push_back({finding.rule, finding.rule, "", "", finding.severity});
  }
  return rules;
}

// A result names its rule by its index in the driver's rules.
int RuleIndex(const std::vector<RuleInfo>& rules, const std::string& id) {
  for (size_t i = 0; i < rules.size(); ++i)
    if (rules[i].id == id) return static_cast<int>(i);
  return -1;
}

// The files the log names, each once: the run's documents, then any other
// file a finding points at. A location refers to its file by index.
class Artifacts {
 public:
  explicit Artifacts(const std::vector<DocumentSummary>& run_documents) {
    for (const DocumentSummary& document : run_documents) {
      if (std::find(paths_.begin(), paths_.end(), document.path) != paths_.end())
        continue;  // a JSON Lines file holds many documents
      paths_.push_back(document.path);
      documents_.push_back(&document);
    }
  }

  // The index of `path`, which is added when new; -1 for no file.
  int IndexOf(const std::string& path) {
    if (path.empty()) return -1;
    auto it = std::find(paths_.begin(), paths_.end(), path);
    if (it != paths_.end()) return static_cast<int>(it - paths_.begin());
    paths_.push_back(path);
    return static_cast<int>(paths_.size()) - 1;
  }

  // The run's "artifacts": a document's own file says what the document is.
  Json ToJson() const {
    Json artifacts = Json::array();
    for (size_t i = 0; i < paths_.size(); ++i) {
      Json artifact;
      artifact["location"] = ArtifactLocation(paths_[i], -1);
      if (i < documents_.size()) {
        Json properties;
        properties["role"] = RoleName(documents_[i]->role);
        if (documents_[i]->published)
          properties["published"] = FormatIsoDate(*documents_[i]->published);
        artifact["properties"] = std::move(properties);
      }
      artifacts.push_back(std::move(artifact));
    }
    return artifacts;
  }

 private:
  std::vector<const DocumentSummary*> documents_;  // of paths_'s first entries
  std::vector<std::string> paths_;
};

// The claims a finding is weighed against, each with its note, so that a
// viewer can show them beside the result.
Json RelatedLocations(const Finding& finding, Artifacts& artifacts) {
  Json related = Json::array();
  for (size_t i = 0; i < finding.related.size(); ++i) {
    const RelatedLocation& other = finding.related[i];
    Json entry;
    entry["id"] = i;
    Json other_physical = PhysicalLocation(other.location, artifacts.IndexOf(other.location.path));
    if (!other_physical.is_null()) entry["physicalLocation"] = std::move(other_physical);
    entry["message"] = {{"text", other.note}};
    related.push_back(std::move(entry));
  }
  return related;
}

// SARIF 2.1.0 §3.55: one fix, one replacement of the claim's value.
Json Fixes(const Fix& fix, Artifacts& artifacts) {
  const Location& where = fix.location;
  const Json region = Region(where);
  const Json artifact = ArtifactLocation(where.path, artifacts.IndexOf(where.path));
  return Json::array(
      {{{"description", {{"text", "replace '" + where.text + "' with '" + fix.replacement + "'"}}},
        {"artifactChanges",
         Json::array({{{"artifactLocation", artifact},
                       {"replacements",
                        Json::array({{{"deletedRegion", region},
                                      {"insertedContent", {{"text", fix.replacement}}}}})}}})}}});
}

// One finding as a SARIF result, with a fingerprint that follows its
// claim across edits.
Json SarifResult(const Finding& finding, int rule_index, Artifacts& artifacts) {
  Json result;
  result["ruleId"] = finding.rule;
  result["ruleIndex"] = rule_index;
  result["level"] = SarifLevel(finding.severity);
  result["message"] = {{"text", finding.message}};
  Json physical = PhysicalLocation(finding.location, artifacts.IndexOf(finding.location.path));
  Json locations = Json::array();
  if (!physical.is_null()) locations.push_back({{"physicalLocation", std::move(physical)}});
  result["locations"] = std::move(locations);
  if (!finding.related.empty()) result["relatedLocations"] = RelatedLocations(finding, artifacts);
  const std::string identity =
      finding.rule + "\n" + finding.subject + "\n" + NormalizedText(finding.location.text);
  if (finding.fix && finding.fix->location.line > 0)
    result["fixes"] = Fixes(*finding.fix, artifacts);
  result["partialFingerprints"] = {{"factlintClaim/v1", Hex(Sha256(identity))}};
  result["properties"] = {
      {"kind", finding.kind}, {"subject", finding.subject}, {"attribute", finding.attribute}};
  return result;
}

// The tool and the rules it ran, as code scanning lists them.
Json Driver(const RunReport& run, const std::vector<RuleInfo>& rules) {
  Json driver_rules = Json::array();
  for (const RuleInfo& rule : rules) {
    Json item;
    item["id"] = rule.id;
    item["name"] = RuleName(rule.id);
    const std::string& short_text =
        rule.short_description.empty() ? rule.id : rule.short_description;
    item["shortDescription"] = {{"text", short_text}};
    item["fullDescription"] = {
        {"text", rule.full_description.empty() ? short_text : rule.full_description}};
    if (!rule.help_uri.empty()) item["helpUri"] = rule.help_uri;
    item["defaultConfiguration"] = {{"level", SarifLevel(rule.default_severity)}};
    driver_rules.push_back(std::move(item));
  }
  Json driver;
  driver["name"] = run.tool_name;
  if (!run.tool_version.empty()) driver["version"] = run.tool_version;
  if (!run.tool_information_uri.empty()) driver["informationUri"] = run.tool_information_uri;
  driver["rules"] = std::move(driver_rules);
  return driver;
}

}  // namespace

std::string RenderSarif(const RunReport& run, const RenderOptions&) {
  const std::vector<RuleInfo> rules = RulesOf(run);
  Artifacts artifacts(run.documents);
  Json results = Json::array();
  for (const Finding& finding : run.findings)
    results.push_back(SarifResult(finding, RuleIndex(rules, finding.rule), artifacts));

  Json sarif_run;
  sarif_run["tool"] = {{"driver", Driver(run, rules)}};
  sarif_run["originalUriBaseIds"] = {
      {kSourceRoot, {{"description", {{"text", "the directory factlint was run in"}}}}}};
  sarif_run["artifacts"] = artifacts.ToJson();
  sarif_run["results"] = std::move(results);
  sarif_run["columnKind"] = "unicodeCodePoints";
  sarif_run["properties"] = {{"asOf", FormatIsoDate(run.as_of)}};

  Json out;
  out["$schema"] = kSchema;
  out["version"] = "2.1.0";
  out["runs"] = Json::array({std::move(sarif_run)});
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace factlint::report
