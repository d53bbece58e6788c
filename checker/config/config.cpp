#include "checker/config/config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <system_error>

#include "checker/core/byte_size.h"
#include "checker/core/source.h"
#include "checker/core/spelling.h"
#include "checker/core/utf8.h"

namespace factlint::config {
namespace {

namespace fs = std::filesystem;

const char* const kKeys[] = {
    "archive",           "as-of",          "facts", "fail-on", "format", "ignore",
    "max-document-size", "report-archive", "rules", "severity"};

std::string JoinList(const char* const* begin, const char* const* end) {
  std::string out;
  for (const char* const* it = begin; it != end; ++it) {
    if (!out.empty()) out += ", ";
    out += *it;
  }
  return out;
}

// Reads one file and turns YAML nodes into Config fields, turning every
// problem into an Error that points into the file.
class Reader {
 public:
  Reader(std::string_view yaml, const std::string& path)
      : source_(path, std::string(yaml)), path_(path) {}

  Result<Config> Read() {
    Config config;
    config.path = path_;
    const fs::path parent = fs::path(path_).parent_path();
    config.dir = parent.empty() ? "." : parent.generic_string();

    YAML::Node root;
    try {
      root = YAML::Load(source_.bytes());
    } catch (const YAML::Exception& e) {
      return At(e.mark, "this is not valid YAML: " + e.msg);
    }
    try {
      if (!root || root.IsNull()) return config;  // an empty file sets nothing
      if (!root.IsMap())
        return At(root.Mark(), "the configuration must be a mapping of keys to values, not " +
                                   Describe(root) + "; allowed keys are: " + AllowedKeys());
      std::set<std::string> seen;
      for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Node key = it->first;
        const YAML::Node value = it->second;
        if (!key.IsScalar())
          return At(key.Mark(), "a key must be a plain name; allowed keys are: " + AllowedKeys());
        const std::string name = key.Scalar();
        if (!seen.insert(name).second)
          return At(key.Mark(), "key '" + name + "' appears twice; keep one");
        Status status = ReadKey(name, key, value, config);
        if (!status.ok()) return status.error();
      }
    } catch (const YAML::Exception& e) {
      return At(e.mark, std::string("cannot read the configuration: ") + e.what());
    }
    return config;
  }

 private:
  Status ReadKey(const std::string& name, const YAML::Node& key, const YAML::Node& value,
                 Config& config) {
    if (name == "rules") return ReadDirectory(name, key, value, config, config.rules_dir);
    if (name == "facts") return ReadDirectory(name, key, value, config, config.facts_dir);
    if (name == "archive") return ReadPathList(name, key, value, config, config.archive, true);
    if (name == "ignore") return ReadPathList(name, key, value, config, config.ignore, false);
    if (name == "severity") return ReadSeverityMap(key, value, config);
    if (name == "fail-on") {
      auto text = Scalar(name, key, value, "one of error, warning, info");
      if (!text.ok()) return text.error();
      auto severity = ParseSeverity(*text);
      if (!severity)
        return At(value.Mark(),
                  "'fail-on' must be one of error, warning, info, not '" + *text + "'");
      config.fail_on = severity;
      return {};
    }
    if (name == "as-of") {
      auto text = Scalar(name, key, value, "a date YYYY-MM-DD");
      if (!text.ok()) return text.error();
      auto date = ParseIsoDate(*text);
      if (!date.ok()) return At(value.Mark(), "'as-of': " + date.error().message);
      config.as_of = *date;
      return {};
    }
    if (name == "report-archive") {
      auto text = Scalar(name, key, value, "true or false");
      if (!text.ok()) return text.error();
      // Only YAML 1.2's plain true/false: "yes" and "on" are YAML 1.1 relics
      // that surprise people, and a quoted "true" is a string.
      const bool plain = value.Tag() != "!";
      if (plain && (*text == "true" || *text == "false")) {
        config.report_archive = *text == "true";
        return {};
      }
      return At(value.Mark(), "'report-archive' must be true or false, not " +
                                  std::string(plain ? "'" : "the string '") + *text + "'");
    }
    if (name == "max-document-size") {
      auto text = Scalar(name, key, value, "a size such as 16MiB");
      if (!text.ok()) return text.error();
      const std::optional<uint64_t> bytes = ParseByteSize(*text);
      if (!bytes || *bytes == 0)
        return At(value.Mark(),
                  "'max-document-size' must be a size such as 16MiB, 512KiB or a "
                  "number of bytes (more than 0), not '" +
                      *text + "'");
      config.max_document_size = *bytes;
      return {};
    }
    if (name == "format") {
      auto text = Scalar(name, key, value, "an output format");
      if (!text.ok()) return text.error();
      const auto* end = std::end(kFormats);
      if (std::find_if(std::begin(kFormats), end, [&](const char* f) { return *text == f; }) == end)
        return At(value.Mark(), "unknown format '" + *text + "'; expected one of " +
                                    JoinList(std::begin(kFormats), end));
      config.format = *text;
      return {};
    }
    std::string message = "unknown key '" + name + "'";
    for (const char* known : kKeys)
      if (EditDistance(name, known) <= 2) {
        message += "; did you mean '" + std::string(known) + "'?";
        break;
      }
    return At(key.Mark(), message + " (allowed keys are: " + AllowedKeys() + ")");
  }

  // A scalar value's text, or an error saying what the key expects.
  Result<std::string> Scalar(const std::string& name, const YAML::Node& key,
                             const YAML::Node& value, const std::string& expected) {
    if (value.IsScalar()) return value.Scalar();
    return At(MarkOf(value, key),
              "'" + name + "' must be " + expected + ", not " + Describe(value));
  }

  Status ReadDirectory(const std::string& name, const YAML::Node& key, const YAML::Node& value,
                       const Config& config, std::optional<std::string>& out) {
    auto text = Scalar(name, key, value, "a directory path");
    if (!text.ok()) return text.error();
    if (text->empty()) return At(value.Mark(), "'" + name + "' must not be empty");
    out = Resolve(config, *text);
    return {};
  }

  Status ReadPathList(const std::string& name, const YAML::Node& key, const YAML::Node& value,
                      const Config& config, std::vector<std::string>& out, bool resolve) {
    const std::string expected = resolve ? "a list of paths" : "a list of glob patterns";
    if (!value.IsSequence())
      return At(MarkOf(value, key), "'" + name + "' must be " + expected + ", not " +
                                        Describe(value) + "; e.g. " + name + ": [\"" +
                                        (resolve ? "published/" : "drafts/scratch/**") + "\"]");
    for (const YAML::Node& item : value) {
      if (!item.IsScalar() || item.Scalar().empty())
        return At(MarkOf(item, value), "each entry of '" + name + "' must be a non-empty " +
                                           (resolve ? "path" : "glob pattern") + ", not " +
                                           Describe(item));
      out.push_back(resolve ? Resolve(config, item.Scalar()) : item.Scalar());
    }
    return {};
  }

  Status ReadSeverityMap(const YAML::Node& key, const YAML::Node& value, Config& config) {
    if (!value.IsMap())
      return At(MarkOf(value, key),
                "'severity' must be a mapping from a rule id or finding kind "
                "to error, warning, info or off, not " +
                    Describe(value));
    for (auto it = value.begin(); it != value.end(); ++it) {
      const YAML::Node id = it->first;
      const YAML::Node level = it->second;
      const std::string name = id.IsScalar() ? id.Scalar() : "";
      if (name.empty() || name.find_first_of(" \t,") != std::string::npos)
        return At(id.Mark(),
                  "a 'severity' key must be a rule id or a finding kind such as "
                  "'age-contradiction' or 'stale'");
      if (config.severity.count(name))
        return At(id.Mark(), "'" + name + "' appears twice under 'severity'; keep one");
      const std::string text = level.IsScalar() ? level.Scalar() : "";
      if (text != "error" && text != "warning" && text != "info" && text != "off")
        return At(MarkOf(level, id),
                  "unknown severity " + (level.IsScalar() ? "'" + text + "'" : Describe(level)) +
                      " for '" + name + "'; expected one of error, warning, info, off");
      config.severity[name] = text;
    }
    return {};
  }

  static std::string Resolve(const Config& config, const std::string& path) {
    const fs::path p(path);
    if (p.is_absolute()) return p.lexically_normal().generic_string();
    return (fs::path(config.dir) / p).lexically_normal().generic_string();
  }

  static std::string Describe(const YAML::Node& node) {
    if (!node || node.IsNull()) return "nothing";
    if (node.IsSequence()) return "a list";
    if (node.IsMap()) return "a mapping";
    return "'" + node.Scalar() + "'";
  }

  static std::string AllowedKeys() { return JoinList(std::begin(kKeys), std::end(kKeys)); }

  // An empty value ("rules:") has no mark of its own; point at its key.
  static YAML::Mark MarkOf(const YAML::Node& node, const YAML::Node& fallback) {
    if (node && !node.Mark().is_null() && !node.IsNull()) return node.Mark();
    return fallback.Mark();
  }

  // yaml-cpp marks are 0-based and count bytes; errors are 1-based and count
  // code points. The context is the line with a caret under the column.
  Error At(const YAML::Mark& mark, std::string message) const {
    Error error{path_, 0, 0, std::move(message), "", ErrorCategory::kConfig};
    if (mark.is_null() || mark.line < 0) return error;
    error.line = mark.line + 1;
    const std::string_view line = source_.Line(error.line);
    const std::string_view before =
        line.substr(0, std::min(line.size(), static_cast<size_t>(std::max(mark.column, 0))));
    error.column = static_cast<int>(utf8::CodePointCount(before)) + 1;
    const std::string number = std::to_string(error.line);
    std::string caret;
    for (char c : before)
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) caret += c == '\t' ? '\t' : ' ';
    error.context = " " + number + " | " + std::string(line) + "\n " +
                    std::string(number.size(), ' ') + " | " + caret + "^";
    return error;
  }

  SourceText source_;
  std::string path_;
};

}  // namespace

Result<Config> ParseConfig(std::string_view yaml, const std::string& path) {
  if (Status valid = utf8::ValidateText(path, yaml, "configuration files"); !valid.ok())
    return Error(valid.error()).In(ErrorCategory::kConfig);
  return Reader(yaml, path).Read();
}

Result<Config> LoadConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{path, 0, 0, "cannot read the configuration file", "", ErrorCategory::kConfig};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return ParseConfig(bytes.str(), path);
}

Result<std::optional<Config>> FindConfig(const std::string& start_dir) {
  std::error_code ec;
  if (!fs::is_directory(start_dir, ec))
    return Error{start_dir,
                 0,
                 0,
                 "is not a directory; cannot look for " + std::string(kConfigFileName) + " from it",
                 "",
                 ErrorCategory::kConfig};
  const fs::path start = fs::absolute(start_dir, ec).lexically_normal();
  if (ec)
    return Error{start_dir, 0,
                 0,         "cannot resolve the directory: " + ec.message(),
                 "",        ErrorCategory::kConfig};
  const fs::path cwd = fs::current_path(ec);
  for (fs::path dir = start;; dir = dir.parent_path()) {
    const fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      // Show it as the user would type it: relative when under the current
      // directory, absolute otherwise.
      std::string shown = candidate.generic_string();
      if (!cwd.empty()) {
        const fs::path relative = candidate.lexically_relative(cwd);
        if (!relative.empty() && *relative.begin() != "..") shown = relative.generic_string();
      }
      auto config = LoadConfig(shown);
      if (!config.ok()) return config.error();
      return std::optional<Config>(std::move(*config));
    }
    if (dir == dir.root_path() || dir.parent_path() == dir) break;
  }
  return std::optional<Config>();
}

std::optional<std::string> SeverityFor(const std::map<std::string, std::string>& severity,
                                       const std::string& rule, const std::string& kind) {
  auto it = severity.find(rule);
  if (it == severity.end()) it = severity.find(kind);
  if (it == severity.end()) return std::nullopt;
  return it->second;
}

}  // namespace factlint::config
