// YamlFile: one rule file, parsed, with the helpers every rule kind uses to
// read its keys and to point errors at the YAML (Vale-style "path:line:col").
//
//   auto file = YamlFile::Read("rules/ages.yaml");
//   if (!file.ok()) return file.error();
//   for (const YAML::Node& doc : file->documents()) {
//     Result<std::string> id = file->RequireString(doc, "id");
//     ...
//   }
//
// yaml-cpp marks are 0-based; every Error here is 1-based and carries the
// offending line with a caret under the column as its context.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/result.h"

namespace factlint::rules {

class YamlFile {
 public:
  // Reads and parses `path`. A YAML syntax error is an Error at its position.
  static Result<YamlFile> Read(const std::string& path);
  // Parses `text` as if it were the file `path` (for tests and examples).
  static Result<YamlFile> Parse(const std::string& path, const std::string& text);

  const std::string& path() const { return path_; }
  // The rule nodes of the file: each `---` document, or each element of a
  // top-level list. Empty documents are skipped.
  const std::vector<YAML::Node>& rules() const { return rules_; }

  // An error at `node` (its first character), or at 1-based (line, column).
  Error ErrorAt(const YAML::Node& node, const std::string& message) const;
  Error ErrorAt(int line, int column, const std::string& message) const;
  // An error at the `offset`th character of a scalar's value (for a bad
  // sub-pattern reference inside a regex). Falls back to the node when the
  // scalar spans lines.
  Error ErrorInScalar(const YAML::Node& node, size_t offset, const std::string& message) const;

  // Fails on any key of `map` not in `allowed`, naming the allowed keys.
  Status CheckKeys(const YAML::Node& map, const std::vector<std::string>& allowed,
                   std::string_view what) const;
  // The scalar at map[key]; an error when it is missing (at the map) or not
  // a scalar (at the value).
  Result<std::string> RequireString(const YAML::Node& map, const std::string& key) const;
  // Like RequireString, but "" when the key is absent.
  Result<std::string> OptionalString(const YAML::Node& map, const std::string& key) const;
  // A string or a list of strings.
  Result<std::vector<std::string>> StringList(const YAML::Node& map, const std::string& key) const;

 private:
  std::string path_;
  std::vector<std::string> lines_;
  std::vector<YAML::Node> rules_;
};

// "a", "a or b", "a, b or c" — for "expected one of" messages.
std::string JoinAlternatives(const std::vector<std::string>& values);

// The YAML type of a node, as a user would name it: "map", "list", "string", "null".
std::string NodeTypeName(const YAML::Node& node);

}  // namespace factlint::rules
