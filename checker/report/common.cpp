#include "checker/report/common.h"

#include "checker/core/name_table.h"

namespace factlint::report {
namespace {

// ANSI SGR sequences, as clang colours its diagnostics.
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kRed = "\x1b[1;31m";
constexpr std::string_view kMagenta = "\x1b[1;35m";
constexpr std::string_view kCyan = "\x1b[1;36m";

std::string_view SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError: return kRed;
    case Severity::kWarning: return kMagenta;
    case Severity::kInfo: return kCyan;
  }
  return kRed;
}

// "path:line:col: " in bold (nothing for a location-less fact).
void AppendPrefix(const Location& location, bool color, std::string& out) {
  const std::string prefix = LocationPrefix(location);
  if (prefix.empty()) return;
  if (color) out += kBold;
  out += prefix;
  out += ':';
  if (color) out += kReset;
  out += ' ';
}

void AppendLabel(std::string_view label, std::string_view ansi, bool color, std::string& out) {
  if (color) out += ansi;
  out += label;
  out += ':';
  if (color) out += kReset;
  out += ' ';
}

void AppendExcerpt(const RunReport& run, const Location& location, bool color, std::string& out) {
  if (location.path.empty() || location.line <= 0) return;
  if (const SourceText* source = FindSource(run, location.path))
    out += FormatSourceExcerpt(*source, location, color);
}

}  // namespace

const SourceText* FindSource(const RunReport& run, std::string_view path) {
  for (const auto& source : run.sources)
    if (source && source->path() == path) return source.get();
  return nullptr;
}

std::string LocationPrefix(const Location& location) {
  if (location.path.empty()) return "";
  if (location.line <= 0) return location.path;
  return location.path + ":" + std::to_string(location.line) + ":" +
         std::to_string(location.column > 0 ? location.column : 1);
}

std::string FindingBlock(const RunReport& run, const Finding& finding, bool color) {
  std::string out;
  AppendPrefix(finding.location, color, out);
  AppendLabel(SeverityName(finding.severity), SeverityColor(finding.severity), color, out);
  out += finding.message;
  out += " [" + finding.rule + "]\n";
  AppendExcerpt(run, finding.location, color, out);
  // A fix-it, as a compiler gives one: where, and what to write.
  if (finding.fix) {
    AppendPrefix(finding.fix->location, color, out);
    AppendLabel("fix", kCyan, color, out);
    out += "replace '" + finding.fix->location.text + "' with '" + finding.fix->replacement + "'\n";
  }
  for (const RelatedLocation& related : finding.related) {
    AppendPrefix(related.location, color, out);
    AppendLabel("note", kCyan, color, out);
    out += related.note;
    out += '\n';
    AppendExcerpt(run, related.location, color, out);
  }
  return out;
}

SeverityCounts CountSeverities(const RunReport& run) {
  SeverityCounts counts;
  for (const Finding& finding : run.findings) {
    switch (finding.severity) {
      case Severity::kError: ++counts.error; break;
      case Severity::kWarning: ++counts.warning; break;
      case Severity::kInfo: ++counts.info; break;
    }
  }
  return counts;
}

std::string Counted(int count, std::string_view singular, std::string_view plural) {
  return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

std::string SummaryLine(const RunReport& run) {
  const SeverityCounts counts = CountSeverities(run);
  const std::string documents =
      Counted(static_cast<int>(run.documents.size()), "document", "documents");
  if (counts.total() == 0) return "no findings in " + documents;
  std::string parts;
  const auto add = [&parts](int n, std::string_view singular, std::string_view plural) {
    if (n == 0) return;
    if (!parts.empty()) parts += ", ";
    parts += Counted(n, singular, plural);
  };
  add(counts.error, "error", "errors");
  add(counts.warning, "warning", "warnings");
  add(counts.info, "info", "info");
  return Counted(counts.total(), "finding", "findings") + " (" + parts + ") in " + documents;
}

const char* SarifLevel(Severity severity) {
  static constexpr NameTable<Severity::kError> kLevels{"note", "warning", "error"};
  return kLevels.Name(severity);
}

}  // namespace factlint::report
