#include "checker/suppress/suppressions.h"

#include <gtest/gtest.h>

#include <memory>

namespace factlint::suppress {
namespace {

Document MakeDocument(const std::string& path, Format format, const std::string& bytes) {
  Document doc;
  doc.path = path;
  doc.format = format;
  doc.source = std::make_shared<SourceText>(path, bytes);
  return doc;
}

struct FindingSpec {
  int line;
  const char* rule;
  const char* kind = "contradiction";
  int end_line = 0;  // 0: same as line
  int end_column = 20;
};

Finding MakeFinding(const std::string& path, const FindingSpec& spec) {
  Finding f;
  f.rule = spec.rule;
  f.kind = spec.kind;
  f.message = "m";
  f.location.path = path;
  f.location.line = spec.line;
  f.location.column = 1;
  f.location.end_line = spec.end_line ? spec.end_line : spec.line;
  f.location.end_column = spec.end_column;
  f.location.text = "t";
  return f;
}

// "rule@line" for each finding, space-separated.
std::string Summary(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings)
    out += (out.empty() ? "" : " ") + f.rule + "@" + std::to_string(f.location.line);
  return out;
}

struct SemanticsCase {
  const char* name;
  Format format;
  const char* source;
  std::vector<FindingSpec> findings;
  const char* want;  // Summary() of ApplySuppressions' result
};

const SemanticsCase kSemanticsCases[] = {
    {"next line suppresses only its rule, on its line",
     Format::kMarkdown,
     "<!-- factlint-disable-next-line age -->\nA.\nB.\n",
     {{2, "age"}, {2, "count"}, {3, "age"}},
     "count@2 age@3"},
    {"a finding kind is as good as a rule id",
     Format::kMarkdown,
     "<!-- factlint-disable-next-line stale -->\nA.\n",
     {{2, "future-stale", "stale"}, {2, "age", "contradiction"}},
     "age@2"},
    {"no ids: every rule",
     Format::kMarkdown,
     "A. <!-- factlint-disable-line -->\n",
     {{1, "age"}, {1, "count"}},
     ""},
    {"several ids; an unused one is reported",
     Format::kMarkdown,
     "<!-- factlint-disable-next-line age, count, stale -->\nA.\n",
     {{2, "age"}, {2, "count"}},
     "unused-suppression@1"},
    {"a suppression that matches nothing is reported",
     Format::kMarkdown,
     "<!-- factlint-disable-next-line age -->\nA.\n",
     {{1, "age"}},
     "age@1 unused-suppression@1"},
    {"range until enable, inclusive",
     Format::kMarkdown,
     "A.\n<!-- factlint-disable age -->\nB.\nC.\n<!-- factlint-enable -->\nD.\n",
     {{1, "age"}, {3, "age"}, {4, "age"}, {6, "age"}},
     "age@1 age@6"},
    {"range without enable runs to the end",
     Format::kMarkdown,
     "<!-- factlint-disable -->\nA.\n\n\nB.\n",
     {{2, "age"}, {5, "count"}},
     ""},
    {"enable one id of several",
     Format::kMarkdown,
     "<!-- factlint-disable age, count -->\nA.\n<!-- factlint-enable age -->\nB.\n",
     {{2, "age"}, {2, "count"}, {4, "age"}, {4, "count"}},
     "age@4"},
    {"enable one id inside a disable of every rule",
     Format::kMarkdown,
     "<!-- factlint-disable -->\nA.\n<!-- factlint-enable age -->\nB.\n",
     {{2, "age"}, {4, "age"}, {4, "count"}, {4, "x", "age"}},
     "age@4 x@4"},
    {"enable without disable is invalid",
     Format::kMarkdown,
     "<!-- factlint-enable -->\nA.\n<!-- factlint-disable age -->\n<!-- factlint-enable count "
     "-->\n",
     {{2, "age"}},
     "age@2 invalid-suppression@1 unused-suppression@3 invalid-suppression@4"},
    {"invalid directives suppress nothing and are reported",
     Format::kMarkdown,
     "<!-- factlint-disabel-next-line age -->\nA.\n",
     {{2, "age"}},
     "age@2 invalid-suppression@1"},
    {"a finding over two lines is covered by either",
     Format::kMarkdown,
     "A\nB. <!-- factlint-disable-line age -->\n",
     {{1, "age", "contradiction", 2, 3}},
     ""},
    {"a span ending at column 1 does not touch that line",
     Format::kMarkdown,
     "A\nB. <!-- factlint-disable-line age -->\n",
     {{1, "age", "contradiction", 2, 1}},
     "age@1 unused-suppression@2"},
    {"plain text",
     Format::kText,
     "date 2024-01-29\n[factlint-disable-next-line age -- quoted]\nA.\nB. [factlint-disable-line "
     "count]\n",
     {{3, "age"}, {4, "count"}, {4, "age"}},
     "age@4"},
    {"html",
     Format::kHtml,
     "<p>A.</p>\n<!-- factlint-disable count -->\n<p>B.</p>\n<!-- factlint-enable -->\n<p>C.</p>\n",
     {{3, "count"}, {5, "count"}},
     "count@5"},
    {"json lines: per record, ranges end with the record",
     Format::kJsonLines,
     "{\"body\": \"<!-- factlint-disable age -->A.\"}\n{\"body\": \"B.\"}\n"
     "{\"body\": \"C. [factlint-disable-line]\"}\n",
     {{1, "age"}, {2, "age"}, {3, "count"}},
     "age@2"},
    {"suppression findings cannot be suppressed",
     Format::kMarkdown,
     "<!-- factlint-disable -->\n",
     {{1, "unused-suppression", "suppression"}},
     "unused-suppression@1 unused-suppression@1"},
};

TEST(ApplySuppressionsTest, Semantics) {
  for (const SemanticsCase& c : kSemanticsCases) {
    std::vector<Document> docs = {MakeDocument("a", c.format, c.source)};
    std::vector<Finding> findings;
    for (const FindingSpec& spec : c.findings) findings.push_back(MakeFinding("a", spec));
    EXPECT_EQ(Summary(ApplySuppressions(docs, std::move(findings))), c.want) << c.name;
  }
}

TEST(ApplySuppressionsTest, OnlyTheSameFileIsCovered) {
  std::vector<Document> docs = {
      MakeDocument("a.md", Format::kMarkdown, "<!-- factlint-disable -->\nA.\n"),
      MakeDocument("b.md", Format::kMarkdown, "B.\nB.\n")};
  std::vector<Finding> findings = {MakeFinding("b.md", {2, "age"}),
                                   MakeFinding("a.md", {2, "age"})};
  const std::vector<Finding> kept = ApplySuppressions(docs, std::move(findings));
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].location.path, "b.md");
}

TEST(ApplySuppressionsTest, ProblemFindingsAreWarningsAtTheDirective) {
  std::vector<Document> docs = {MakeDocument(
      "drafts/a.md", Format::kMarkdown,
      "Text <!-- factlint-disable-line age-contradiction -- old -->\n<!-- factlint-disabel -->\n")};
  const std::vector<Finding> out = ApplySuppressions(docs, {});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].rule, "unused-suppression");
  EXPECT_EQ(out[0].kind, "suppression");
  EXPECT_EQ(out[0].severity, Severity::kWarning);
  EXPECT_EQ(out[0].message, "suppression of 'age-contradiction' matched no finding");
  EXPECT_EQ(out[0].location.path, "drafts/a.md");
  EXPECT_EQ(out[0].location.line, 1);
  EXPECT_EQ(out[0].location.column, 6);
  EXPECT_EQ(out[1].rule, "invalid-suppression");
  EXPECT_EQ(out[1].severity, Severity::kWarning);
  EXPECT_EQ(out[1].location.line, 2);
  EXPECT_NE(out[1].message.find("did you mean 'factlint-disable'?"), std::string::npos);

  std::vector<Document> all_rules = {
      MakeDocument("b.md", Format::kMarkdown, "<!-- factlint-disable -->\n")};
  EXPECT_EQ(ApplySuppressions(all_rules, {})[0].message,
            "suppression of every rule matched no finding");
}

TEST(ApplySuppressionsTest, DocumentsSharingAFileAreReadOnce) {
  // Two JSON Lines records loaded from one file share its source.
  const std::string bytes =
      "{\"id\": \"1\", \"body\": \"A. <!-- factlint-disable-line age -->\"}\n"
      "{\"id\": \"2\", \"body\": \"B. <!-- factlint-disable-line count -->\"}\n";
  Document first = MakeDocument("export.jsonl", Format::kJsonLines, bytes);
  Document second = first;
  second.id = "2";
  std::vector<Finding> findings = {MakeFinding("export.jsonl", {2, "count"}),
                                   MakeFinding("export.jsonl", {2, "age"})};
  EXPECT_EQ(Summary(ApplySuppressions({first, second}, std::move(findings))),
            "age@2 unused-suppression@1");
}

TEST(ApplySuppressionsTest, ArchiveDirectivesSuppressButReportOnlyWithReportArchive) {
  Document archive = MakeDocument("old.md", Format::kMarkdown,
                                  "<!-- factlint-disable-next-line age -->\nA.\n"
                                  "<!-- factlint-disable-next-line count -->\nB.\n"
                                  "<!-- factlint-disabel -->\n");
  archive.role = Role::kArchive;
  const std::vector<Finding> findings = {MakeFinding("old.md", {2, "age"})};
  EXPECT_EQ(Summary(ApplySuppressions({archive}, findings)), "");
  EXPECT_EQ(Summary(ApplySuppressions({archive}, findings, /*report_archive=*/true)),
            "unused-suppression@3 invalid-suppression@5");
}

TEST(SuppressionFilterTest, ProblemsAreSortedByLocation) {
  SuppressionFilter filter;
  filter.AddDocument(MakeDocument("b.md", Format::kMarkdown, "<!-- factlint-disable -->\n"));
  filter.AddDocument(MakeDocument("a.md", Format::kMarkdown,
                                  "\n<!-- factlint-disable y -->\n<!-- factlint-disable x -->\n"));
  EXPECT_EQ(Summary(filter.Problems()),
            "unused-suppression@2 unused-suppression@3 unused-suppression@1");
  EXPECT_EQ(filter.Problems()[2].location.path, "b.md");
}

}  // namespace
}  // namespace factlint::suppress
