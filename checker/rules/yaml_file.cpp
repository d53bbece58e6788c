#include "checker/rules/yaml_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "checker/core/utf8.h"

namespace factlint::rules {
namespace {

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::string JoinAlternatives(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += (i + 1 == values.size()) ? " or " : ", ";
    out += values[i];
  }
  return out;
}

std::string NodeTypeName(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: return "map";
    case YAML::NodeType::Sequence: return "list";
    case YAML::NodeType::Scalar: return "string";
    case YAML::NodeType::Null: return "null";
    case YAML::NodeType::Undefined: return "nothing";
  }
  return "nothing";
}

Result<YamlFile> YamlFile::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path, 0, 0, "cannot read the rule file", "", ErrorCategory::kRule};
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(path, text.str());
}

namespace {

// What usually causes yaml-cpp's terse messages in a rule file: a pattern
// with a quote, a ': ' or a '#' in it, unquoted or quoted the wrong way.
std::string QuotingHint(const std::string& message, const std::vector<std::string>& lines,
                        int line) {
  const bool structural = message.find("end of map not found") != std::string::npos ||
                          message.find("end of sequence") != std::string::npos ||
                          message.find("illegal map value") != std::string::npos ||
                          message.find("end of flow") != std::string::npos ||
                          message.find("unknown escape") != std::string::npos;
  if (!structural) return "";
  const std::string text =
      line >= 0 && static_cast<size_t>(line) < lines.size() ? lines[static_cast<size_t>(line)] : "";
  if (message.find("unknown escape") != std::string::npos)
    return "; in double quotes a backslash starts an escape: write the pattern in single quotes "
           "('\\d+' stays \\d+)";
  if (text.find("'") != std::string::npos)
    return "; inside a single-quoted value a quote is written twice ('it''s'), or quote the "
           "value with double quotes";
  return "; a value with ': ', ' #' or a quote in it must be quoted (a pattern in single "
         "quotes: 'x: y')";
}

// One YAML document of a file: its lines [first, end).
struct DocumentLines {
  size_t first = 0;
  size_t end = 0;
};

// The documents of a stream, split at their "---" and "..." marker lines
// (a marker at column 0 ends a document wherever it is, even in a block
// scalar, so this split is YAML's own).
std::vector<DocumentLines> SplitDocuments(const std::vector<std::string>& lines) {
  auto marker = [](const std::string& line, const char* what) {
    return line.compare(0, 3, what) == 0 &&
           (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r');
  };
  std::vector<DocumentLines> docs(1);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (marker(lines[i], "---")) {
      docs.back().end = i;
      docs.push_back({i, i});  // the marker line may carry content ("--- a")
    } else if (marker(lines[i], "...")) {
      docs.back().end = i;
      docs.push_back({i + 1, i + 1});
    }
  }
  docs.back().end = lines.size();
  return docs;
}

// Whether a line holds anything but blanks and a comment.
bool HasContent(const std::string& line) {
  const size_t first = line.find_first_not_of(" \t\r");
  return first != std::string::npos && line[first] != '#';
}

}  // namespace

Result<YamlFile> YamlFile::Parse(const std::string& path, const std::string& text) {
  if (Status valid = utf8::ValidateText(path, text, "rule files"); !valid.ok())
    return Error(valid.error()).In(ErrorCategory::kRule);
  YamlFile file;
  file.path_ = path;
  file.lines_ = SplitLines(text);
  // Not YAML::LoadAll: yaml-cpp 0.7's never returns on a stray ',' at a
  // document's top level ("a\n---\n,"), starting empty documents forever
  // while memory grows (fuzz_rules found it). Each document is loaded on its
  // own with YAML::Load, which reads one and returns, from a text in which
  // the lines before it are blank: every mark keeps its line and column.
  const std::vector<DocumentLines> parts = SplitDocuments(file.lines_);
  constexpr size_t kMaxDocuments = 1000;
  if (parts.size() > kMaxDocuments)
    return file.ErrorAt(
        static_cast<int>(parts[kMaxDocuments].first) + 1, 1,
        "more than " + std::to_string(kMaxDocuments) +
            " YAML documents ('---') in one rule file; split it into several files");
  std::vector<YAML::Node> documents;
  for (const DocumentLines& part : parts) {
    size_t content = part.end;
    for (size_t i = part.first; i < part.end && content == part.end; ++i) {
      std::string line = file.lines_[i];
      if (i == part.first && line.compare(0, 3, "---") == 0) line = line.substr(3);
      if (HasContent(line)) content = i;
    }
    if (content == part.end) continue;  // an empty document
    std::string one(part.first, '\n');
    for (size_t i = part.first; i < part.end; ++i) one += file.lines_[i] + "\n";
    YAML::Node doc;
    try {
      doc = YAML::Load(one);
    } catch (const YAML::Exception& e) {
      return file.ErrorAt(e.mark.line + 1, e.mark.column + 1,
                          "invalid YAML: " + e.msg + QuotingHint(e.msg, file.lines_, e.mark.line));
    }
    // What yaml-cpp read as nothing though the lines say something: a ','
    // outside [ ] or { } is the usual cause.
    if (!doc || doc.IsNull()) {
      const std::string& line = file.lines_[content];
      const std::string trimmed = line.substr(line.find_first_not_of(" \t"));
      if (trimmed != "~" && trimmed != "null" && trimmed != "--- ~" && trimmed != "--- null")
        return file.ErrorAt(static_cast<int>(content) + 1,
                            static_cast<int>(line.find_first_not_of(" \t")) + 1,
                            "invalid YAML: this document cannot be read (a ',' outside [ ] or "
                            "{ }, or a value that must be quoted?)");
    }
    documents.push_back(doc);
  }
  for (const YAML::Node& doc : documents) {
    if (!doc || doc.IsNull()) continue;
    if (doc.IsSequence()) {
      for (const YAML::Node& item : doc) file.rules_.push_back(item);
    } else {
      file.rules_.push_back(doc);
    }
  }
  return file;
}

Error YamlFile::ErrorAt(int line, int column, const std::string& message) const {
  Error error{path_, line, column, message, "", ErrorCategory::kRule};
  if (line >= 1 && static_cast<size_t>(line) <= lines_.size()) {
    const std::string& text = lines_[static_cast<size_t>(line - 1)];
    error.context = "  " + text + "\n";
    if (column >= 1)
      error.context += "  " + std::string(static_cast<size_t>(column - 1), ' ') + "^";
  }
  return error;
}

Error YamlFile::ErrorAt(const YAML::Node& node, const std::string& message) const {
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return ErrorAt(0, 0, message);
  return ErrorAt(mark.line + 1, mark.column + 1, message);
}

Error YamlFile::ErrorInScalar(const YAML::Node& node, size_t offset,
                              const std::string& message) const {
  YAML::Mark mark = node.Mark();
  if (mark.is_null() || !node.IsScalar()) return ErrorAt(node, message);
  const std::string& value = node.Scalar();
  if (static_cast<size_t>(mark.line) >= lines_.size()) return ErrorAt(node, message);
  const std::string& line = lines_[static_cast<size_t>(mark.line)];
  const std::string rest = line.substr(std::min(line.size(), static_cast<size_t>(mark.column)));
  // Only a scalar written on one line, unescaped, maps offsets to columns.
  if (value.find('\n') != std::string::npos) return ErrorAt(node, message);
  size_t quote = 0;
  if (!rest.empty() && (rest[0] == '\'' || rest[0] == '"')) quote = 1;
  if (rest.compare(quote, value.size(), value) != 0) return ErrorAt(node, message);
  return ErrorAt(mark.line + 1, mark.column + 1 + static_cast<int>(quote + offset), message);
}

Status YamlFile::CheckKeys(const YAML::Node& map, const std::vector<std::string>& allowed,
                           std::string_view what) const {
  if (!map.IsMap()) {
    return ErrorAt(map, std::string(what) + " must be a map, found a " + NodeTypeName(map));
  }
  for (const auto& entry_pair : map) {
    const YAML::Node key_node = entry_pair.first;
    const YAML::Node value_node = entry_pair.second;
    const std::string key = key_node.IsScalar() ? key_node.Scalar() : "";
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return ErrorAt(key_node, "unknown key '" + key + "' in " + std::string(what) +
                                   "; expected one of: " + JoinAlternatives(allowed));
    }
  }
  return Status();
}

Result<std::string> YamlFile::RequireString(const YAML::Node& map, const std::string& key) const {
  const YAML::Node value = map[key];
  if (!value) return ErrorAt(map, "missing required key '" + key + "'");
  if (!value.IsScalar()) {
    return ErrorAt(value, "'" + key + "' must be a string, found a " + NodeTypeName(value));
  }
  return value.Scalar();
}

Result<std::string> YamlFile::OptionalString(const YAML::Node& map, const std::string& key) const {
  const YAML::Node value = map[key];
  if (!value) return std::string();
  return RequireString(map, key);
}

Result<std::vector<std::string>> YamlFile::StringList(const YAML::Node& map,
                                                      const std::string& key) const {
  const YAML::Node value = map[key];
  std::vector<std::string> out;
  if (!value) return out;
  if (value.IsScalar()) {
    out.push_back(value.Scalar());
    return out;
  }
  if (!value.IsSequence()) {
    return ErrorAt(value, "'" + key + "' must be a string or a list of strings, found a " +
                              NodeTypeName(value));
  }
  for (const YAML::Node& item : value) {
    if (!item.IsScalar()) {
      return ErrorAt(item,
                     "each item of '" + key + "' must be a string, found a " + NodeTypeName(item));
    }
    out.push_back(item.Scalar());
  }
  return out;
}

}  // namespace factlint::rules
