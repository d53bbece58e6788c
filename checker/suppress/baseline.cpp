#include "checker/suppress/baseline.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "checker/core/source.h"

namespace factlint::suppress {
namespace {

constexpr int kVersion = 1;

// FNV-1a, 64 bits: tiny, and the same on every platform and compiler (which
// std::hash is not), so baselines can be shared.
std::string Fnv1aHex(std::string_view text) {
  uint64_t hash = 14695981039346656037ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

std::string NormalizePath(const std::string& path) {
  if (path.empty()) return path;
  std::string slashed = path;
  std::replace(slashed.begin(), slashed.end(), '\\', '/');
  std::string out = std::filesystem::path(slashed).lexically_normal().generic_string();
  while (out.size() > 2 && out.compare(0, 2, "./") == 0) out.erase(0, 2);
  return out;
}

using Key = std::tuple<std::string, std::string, std::string, std::string>;

Key KeyOf(const BaselineEntry& e) {
  return {e.rule, e.subject, e.path, e.fingerprint};
}

Error At(const std::string& path, std::string message) {
  return Error{path, 0, 0, std::move(message), "", ErrorCategory::kConfig};
}

}  // namespace

std::string NormalizeClaimText(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

BaselineEntry BaselineEntryFor(const Finding& finding) {
  std::string normalized = NormalizeClaimText(finding.location.text);
  if (normalized.empty()) normalized = NormalizeClaimText(finding.message);
  return {finding.rule, finding.subject, NormalizePath(finding.location.path), Fnv1aHex(normalized),
          finding.message};
}

std::vector<Finding> Baseline::Filter(std::vector<Finding> findings) const {
  std::map<Key, int> remaining;
  for (const BaselineEntry& e : entries_) ++remaining[KeyOf(e)];
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    auto it = remaining.find(KeyOf(BaselineEntryFor(f)));
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      continue;
    }
    kept.push_back(std::move(f));
  }
  return kept;
}

std::string WriteBaseline(const std::vector<Finding>& findings) {
  std::vector<BaselineEntry> entries;
  for (const Finding& f : findings) entries.push_back(BaselineEntryFor(f));
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.path, a.rule, a.subject, a.fingerprint, a.message) <
           std::tie(b.path, b.rule, b.subject, b.fingerprint, b.message);
  });
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : entries) {
    nlohmann::ordered_json item;
    item["rule"] = e.rule;
    item["subject"] = e.subject;
    item["path"] = e.path;
    item["fingerprint"] = e.fingerprint;
    item["message"] = e.message;
    list.push_back(std::move(item));
  }
  nlohmann::ordered_json doc;
  doc["version"] = kVersion;
  doc["tool"] = "factlint";
  doc["findings"] = std::move(list);
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

Result<Baseline> ParseBaseline(std::string_view json, const std::string& path) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann reports the byte after the problem (1-based); show the
    // character it stopped at, as an editor would.
    const SourceText source(path, std::string(json));
    const size_t offset = e.byte > 0 ? std::min<size_t>(e.byte - 1, json.size()) : 0;
    const Position pos = source.PositionOf(offset);
    std::string detail = e.what();
    const size_t colon = detail.find(": ", detail.find("column"));
    if (detail.find("column") != std::string::npos && colon != std::string::npos)
      detail = detail.substr(colon + 2);
    return Error{path,
                 pos.line,
                 pos.column,
                 "the baseline is not valid JSON: " + detail +
                     "; regenerate it with 'factlint check --write-baseline'",
                 "",
                 ErrorCategory::kConfig};
  } catch (const nlohmann::json::exception& e) {
    // A value nlohmann cannot hold (a number beyond a double): the file's
    // fault, reported as such rather than aborting.
    return Error{path, 1,
                 1,    std::string("unreadable JSON value (") + e.what() + ")",
                 "",   ErrorCategory::kConfig};
  }
  if (!doc.is_object())
    return At(path, "a baseline must be a JSON object with \"version\", \"tool\" and \"findings\"");
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer() || version->get<long>() != kVersion)
    return At(path, "unsupported baseline version " +
                        (version == doc.end() ? std::string("(none)") : version->dump()) +
                        "; this factlint reads version 1; regenerate it with 'factlint check "
                        "--write-baseline'");
  const auto findings = doc.find("findings");
  if (findings == doc.end() || !findings->is_array())
    return At(path, "a baseline needs a \"findings\" array");
  std::vector<BaselineEntry> entries;
  for (size_t i = 0; i < findings->size(); ++i) {
    const nlohmann::json& item = (*findings)[i];
    const std::string where = "findings[" + std::to_string(i) + "]";
    if (!item.is_object()) return At(path, where + " must be an object");
    BaselineEntry e;
    struct Field {
      const char* name;
      std::string* out;
      bool required;
    };
    for (const Field& field :
         {Field{"rule", &e.rule, true}, Field{"subject", &e.subject, false},
          Field{"path", &e.path, true}, Field{"fingerprint", &e.fingerprint, true},
          Field{"message", &e.message, false}}) {
      const auto it = item.find(field.name);
      if (it == item.end() && !field.required) continue;
      if (it == item.end() || !it->is_string())
        return At(path, where + ": \"" + field.name + "\" must be a string");
      *field.out = it->get<std::string>();
    }
    e.path = NormalizePath(e.path);
    entries.push_back(std::move(e));
  }
  return Baseline(std::move(entries));
}

Result<Baseline> LoadBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return At(path,
              "cannot read the baseline file; create it with 'factlint check "
              "--write-baseline " +
                  path + "'");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return ParseBaseline(bytes.str(), path);
}

}  // namespace factlint::suppress
