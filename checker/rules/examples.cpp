#include "checker/rules/examples.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "checker/core/ascii.h"
#include "checker/core/value_text.h"
#include "checker/mentions/linker.h"
#include "checker/segment/segment.h"

namespace factlint::rules {
namespace {

std::string Trim(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  return std::string(text.substr(b, e - b));
}

bool SameText(std::string_view a, std::string_view b) {
  return AsciiLower(Trim(a)) == AsciiLower(Trim(b));
}

bool Matches(const ExpectedClaim& expected, const Claim& claim) {
  if (!expected.subject.empty() && !SameText(expected.subject, claim.subject.name) &&
      !SameText(expected.subject, claim.subject_text)) {
    return false;
  }
  if (!expected.attribute.empty() && expected.attribute != claim.attribute) return false;
  const std::string normalized = FormatNormalized(claim);
  if (!expected.value.empty() && !SameText(expected.value, claim.value_text) &&
      !SameText(WithRangeSeparator(expected.value), normalized)) {
    return false;
  }
  // An example may write a range with "..", the YAML shorthand for "…".
  if (!expected.normalized.empty() &&
      !SameText(WithRangeSeparator(expected.normalized), normalized))
    return false;
  return true;
}

std::string DescribeExpected(const ExpectedClaim& expected) {
  auto field = [](const std::string& v) { return v.empty() ? std::string("*") : v; };
  std::string out =
      field(expected.subject) + " | " + field(expected.attribute) + " | " + field(expected.value);
  if (!expected.normalized.empty()) out += " (" + expected.normalized + ")";
  return out;
}

Document ExampleDocument(const RuleInfo& info, const Example& example) {
  Document doc;
  doc.path = info.path;
  doc.published = example.published ? *example.published : DefaultExamplePublished();
  doc.text = example.text;
  doc.offsets.Add(0, 0);
  segment::Segment(doc);
  return doc;
}

// Checks one example; on failure writes why to `why`.
bool RunExample(const RuleSet& set, const Rule& rule, const Example& example,
                const mentions::Linker& linker, std::string& why) {
  const Document doc = ExampleDocument(rule.info(), example);
  const mentions::DocumentMentions mentions = linker.Index(doc);
  const std::vector<Claim> claims =
      set.ExtractWithRule(doc, 0, *doc.published, mentions, rule.info().id);
  std::vector<bool> used(claims.size(), false);
  bool ok = true;
  std::ostringstream expected_text;
  for (const ExpectedClaim& expected : example.claims) {
    expected_text << "    " << DescribeExpected(expected) << "\n";
    bool found = false;
    for (size_t i = 0; i < claims.size() && !found; ++i) {
      if (!used[i] && Matches(expected, claims[i])) used[i] = found = true;
    }
    ok = ok && found;
  }
  ok = ok && std::all_of(used.begin(), used.end(), [](bool u) { return u; });
  if (ok) return true;
  std::ostringstream out;
  out << "  text: " << example.text << "\n";
  out << "  published: " << FormatIsoDate(*doc.published) << "\n";
  out << "  expected:\n" << (example.none ? "    (no claim)\n" : expected_text.str());
  out << "  actual:\n";
  if (claims.empty()) out << "    (no claim)\n";
  for (const Claim& claim : claims) out << "    " << DescribeClaim(claim) << "\n";
  why = out.str();
  return false;
}

}  // namespace

std::string DescribeClaim(const Claim& claim) {
  std::string out = (claim.subject.name.empty() ? claim.subject.id : claim.subject.name) + " | " +
                    claim.attribute + " | " + claim.value_text;
  out += " (" + FormatNormalized(claim) + ")";
  if (claim.quoted) out += " quoted";
  out += " [" + claim.rule + "]";
  return out;
}

ExampleReport RunExamples(const RuleSet& set, const facts::FactBase* facts, std::ostream& out,
                          const std::vector<std::string>& only_from) {
  ExampleReport report;
  const mentions::Linker linker(facts);
  for (const Rule* rule : set.AllRules()) {
    if (!only_from.empty() &&
        std::none_of(only_from.begin(), only_from.end(), [&](const std::string& prefix) {
          return rule->info().path.compare(0, prefix.size(), prefix) == 0;
        }))
      continue;
    int index = 0;
    for (const Example& example : rule->examples()) {
      ++index;
      std::string why;
      if (RunExample(set, *rule, example, linker, why)) {
        ++report.passed;
        continue;
      }
      ++report.failed;
      out << rule->info().path << ":" << example.line << ": FAIL " << rule->info().id << " example "
          << index << (example.none ? " (negative)" : "") << "\n"
          << why;
    }
  }
  out << report.passed << " passed, " << report.failed << " failed\n";
  return report;
}

Result<std::string> ExplainRule(const RuleSet& set, std::string_view id) {
  const Rule* rule = set.FindRule(id);
  if (!rule) {
    return Error{"", 0,
                 0,  "no rule with id '" + std::string(id) + "'; `factlint rules list` shows them",
                 "", ErrorCategory::kUsage};
  }
  const RuleInfo& info = rule->info();
  std::ostringstream out;
  out << info.id << "\n";
  out << "kind: " << info.kind << "\n";
  out << "defined at: " << info.path << ":" << info.line << ":" << info.column << "\n";
  out << "severity: " << SeverityName(info.severity) << (info.severity_given ? "" : " (default)")
      << "\n";
  if (!info.description.empty()) out << "description: " << info.description << "\n";
  if (!info.message.empty()) out << "message: " << info.message << "\n";
  if (!info.link.empty()) out << "link: " << info.link << "\n";
  out << rule->Explain();
  if (!rule->examples().empty()) out << "examples:\n";
  for (const Example& example : rule->examples()) {
    out << "  - " << example.text << "\n";
    if (example.published) out << "    published: " << FormatIsoDate(*example.published) << "\n";
    if (example.none) out << "    no claim\n";
    for (const ExpectedClaim& expected : example.claims)
      out << "    -> " << DescribeExpected(expected) << "\n";
  }
  return out.str();
}

}  // namespace factlint::rules
