#include "checker/rules/attribute.h"

#include <algorithm>

#include "checker/rules/yaml_file.h"

namespace factlint::rules {

const std::vector<DeclaredType>& AttributeTypes() {
  static const std::vector<DeclaredType> types = {
      DeclaredType::kDate, DeclaredType::kInterval, DeclaredType::kDuration, DeclaredType::kNumber,
      DeclaredType::kAge,  DeclaredType::kStatus,   DeclaredType::kRelation};
  return types;
}

const RuleKind AttributeRule::kKind = {
    "attribute", nullptr, "name type unit unknown tolerance changes bound stale_message",
    [](const YamlFile& file, const YAML::Node& node,
       RuleInfo info) -> Result<std::unique_ptr<Rule>> {
      AttributeDecl decl;
      Result<std::string> name = file.OptionalString(node, "name");
      if (!name.ok()) return name.error();
      decl.name = name->empty() ? info.id : *name;
      Result<std::string> type = file.RequireString(node, "type");
      if (!type.ok()) return type.error();
      const auto& types = AttributeTypes();
      const std::optional<DeclaredType> parsed_type = ParseDeclaredType(*type);
      if (!parsed_type || std::find(types.begin(), types.end(), *parsed_type) == types.end()) {
        return file.ErrorAt(
            node["type"], "unknown attribute type '" + *type +
                              "'; expected one of: " + JoinAlternatives(DeclaredTypeNames(types)));
      }
      decl.type = *parsed_type;
      Result<std::string> unit = file.OptionalString(node, "unit");
      if (!unit.ok()) return unit.error();
      const std::optional<Unit> parsed_unit = ParseUnit(*unit);
      if (!parsed_unit) {
        const std::vector<std::string_view> known = UnitNames();
        return file.ErrorAt(node["unit"], "unknown unit '" + *unit + "'; expected one of: " +
                                              JoinAlternatives(std::vector<std::string>(
                                                  known.begin(), known.end())));
      }
      decl.unit = *parsed_unit;
      Result<std::string> unknown = file.OptionalString(node, "unknown");
      if (!unknown.ok()) return unknown.error();
      decl.unknown = unknown->empty() ? decl.name : *unknown;
      if (const YAML::Node tolerance = node["tolerance"]) {
        try {
          decl.tolerance = tolerance.as<double>();
        } catch (const YAML::Exception&) {
          return file.ErrorAt(
              tolerance, "'tolerance' must be a number, found '" +
                             (tolerance.IsScalar() ? tolerance.Scalar() : NodeTypeName(tolerance)) +
                             "'");
        }
        if (decl.tolerance < 0) return file.ErrorAt(tolerance, "'tolerance' must not be negative");
      }
      Result<std::string> changes = file.OptionalString(node, "changes");
      if (!changes.ok()) return changes.error();
      if (!changes->empty() && *changes != "fixed" && *changes != "over-time" &&
          *changes != "grows" && *changes != "per-mention")
        return file.ErrorAt(node["changes"],
                            "unknown value '" + *changes +
                                "' for 'changes'; expected one of: fixed, over-time, "
                                "grows, per-mention");
      decl.changes_over_time = *changes == "over-time" || *changes == "grows";
      decl.grows = *changes == "grows";
      decl.per_mention = *changes == "per-mention";
      Result<std::string> bound = file.OptionalString(node, "bound");
      if (!bound.ok()) return bound.error();
      if (*bound == "start") {
        decl.bound = AttributeDecl::Bound::kStart;
      } else if (*bound == "end") {
        decl.bound = AttributeDecl::Bound::kEnd;
      } else if (!bound->empty()) {
        return file.ErrorAt(node["bound"], "unknown value '" + *bound +
                                               "' for 'bound'; expected one of: start, end");
      }
      if (decl.bound != AttributeDecl::Bound::kNone && decl.type != DeclaredType::kDate &&
          decl.type != DeclaredType::kInterval)
        return file.ErrorAt(node["bound"], "'bound' is for attributes of type date or interval");
      if (info.severity_given) decl.severity = info.severity;
      decl.message = info.message;
      Result<std::string> stale_message = file.OptionalString(node, "stale_message");
      if (!stale_message.ok()) return stale_message.error();
      decl.stale_message = *stale_message;
      decl.link = info.link;
      decl.description = info.description;
      decl.path = info.path;
      decl.line = info.line;
      return std::unique_ptr<Rule>(new AttributeRule(std::move(info), std::move(decl)));
    }};

std::string AttributeRule::Explain() const {
  std::string out =
      "attribute: " + decl_.name + "\ntype: " + std::string(DeclaredTypeName(decl_.type)) + "\n";
  if (decl_.unit != Unit::kNone) out += "unit: " + std::string(UnitName(decl_.unit)) + "\n";
  out += "unknown: " + decl_.unknown + "\n";
  if (decl_.tolerance != 0) out += "tolerance: " + std::to_string(decl_.tolerance) + "\n";
  if (decl_.grows)
    out += "changes: grows (same-day claims are compared, and a later day never gives less)\n";
  else if (decl_.changes_over_time)
    out += "changes: over-time (only same-day claims are compared)\n";
  if (decl_.bound == AttributeDecl::Bound::kStart)
    out += "bound: start (a date after 'since' dates it)\n";
  if (decl_.bound == AttributeDecl::Bound::kEnd)
    out += "bound: end (a range's closing end may date it)\n";
  if (decl_.per_mention)
    out += "changes: per-mention (never compared, only checked against itself)\n";
  return out;
}

}  // namespace factlint::rules
