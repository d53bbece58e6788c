#include "checker/suppress/baseline.h"

#include <gtest/gtest.h>

namespace factlint::suppress {
namespace {

Finding MakeFinding(const std::string& rule, const std::string& subject, const std::string& path,
                    int line, const std::string& text) {
  Finding f;
  f.rule = rule;
  f.kind = "contradiction";
  f.subject = subject;
  f.message = "'" + subject + "' cannot be both";
  f.location.path = path;
  f.location.line = f.location.end_line = line;
  f.location.column = 3;
  f.location.end_column = 3 + static_cast<int>(text.size());
  f.location.text = text;
  return f;
}

Baseline RoundTrip(const std::vector<Finding>& findings) {
  auto baseline = ParseBaseline(WriteBaseline(findings), "baseline.json");
  EXPECT_TRUE(baseline.ok()) << baseline.error().ToString();
  return baseline.ok() ? *baseline : Baseline();
}

TEST(BaselineTest, RoundTripFiltersEverythingItWasWrittenFrom) {
  const std::vector<Finding> findings = {
      MakeFinding("age-contradiction", "Dana Reyes", "drafts/a.md", 3, "Dana Reyes, 41,"),
      MakeFinding("stale-unknown", "Orbit Season 2", "drafts/b.md", 9, "no date has been set"),
  };
  EXPECT_TRUE(RoundTrip(findings).Filter(findings).empty());
  EXPECT_EQ(RoundTrip(findings).entries().size(), 2u);
}

struct MatchCase {
  const char* name;
  Finding later;  // a finding of a later run, against a baseline of `kRecorded`
  bool baselined;
};

const Finding kRecorded =
    MakeFinding("age-contradiction", "Dana Reyes", "drafts/a.md", 3, "Dana Reyes, 41,");

const MatchCase kMatchCases[] = {
    {"identical", kRecorded, true},
    {"an edit above moved it down",
     MakeFinding("age-contradiction", "Dana Reyes", "drafts/a.md", 12, "Dana Reyes, 41,"), true},
    {"re-wrapped and recased",
     MakeFinding("age-contradiction", "Dana Reyes", "drafts/a.md", 4, "dana  Reyes,\n  41,"), true},
    {"the same path spelled with ./",
     MakeFinding("age-contradiction", "Dana Reyes", "./drafts/a.md", 3, "Dana Reyes, 41,"), true},
    {"the claim's words changed",
     MakeFinding("age-contradiction", "Dana Reyes", "drafts/a.md", 3, "Dana Reyes, 42,"), false},
    {"another file",
     MakeFinding("age-contradiction", "Dana Reyes", "drafts/c.md", 3, "Dana Reyes, 41,"), false},
    {"another rule",
     MakeFinding("age-fact-contradiction", "Dana Reyes", "drafts/a.md", 3, "Dana Reyes, 41,"),
     false},
    {"another subject",
     MakeFinding("age-contradiction", "Dan Reyes", "drafts/a.md", 3, "Dana Reyes, 41,"), false},
};

TEST(BaselineTest, WhatMatchesARecordedFinding) {
  const Baseline baseline = RoundTrip({kRecorded});
  for (const MatchCase& c : kMatchCases) {
    Finding later = c.later;
    later.message = "a message from a newer version";  // never part of the key
    EXPECT_EQ(baseline.Filter({later}).empty(), c.baselined) << c.name;
  }
}

TEST(BaselineTest, CountsMatter) {
  const Baseline baseline = RoundTrip({kRecorded, kRecorded});
  EXPECT_EQ(baseline.Filter({kRecorded}).size(), 0u);
  EXPECT_EQ(baseline.Filter({kRecorded, kRecorded}).size(), 0u);
  const std::vector<Finding> kept = baseline.Filter({kRecorded, kRecorded, kRecorded});
  EXPECT_EQ(kept.size(), 1u);
}

TEST(BaselineTest, FilterKeepsTheOrderOfNewFindings) {
  const Finding a = MakeFinding("r", "A", "x.md", 1, "a");
  const Finding b = MakeFinding("r", "B", "x.md", 2, "b");
  const Finding c = MakeFinding("r", "C", "x.md", 3, "c");
  const std::vector<Finding> kept = RoundTrip({b}).Filter({c, b, a});
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].subject, "C");
  EXPECT_EQ(kept[1].subject, "A");
}

TEST(BaselineTest, FileIsSortedAndStable) {
  const Finding a = MakeFinding("r", "A", "b.md", 1, "a");
  const Finding b = MakeFinding("r", "B", "a.md", 2, "b");
  EXPECT_EQ(WriteBaseline({a, b}), WriteBaseline({b, a}));
  EXPECT_EQ(WriteBaseline({b}),
            "{\n"
            "  \"version\": 1,\n"
            "  \"tool\": \"factlint\",\n"
            "  \"findings\": [\n"
            "    {\n"
            "      \"rule\": \"r\",\n"
            "      \"subject\": \"B\",\n"
            "      \"path\": \"a.md\",\n"
            "      \"fingerprint\": \"" +
                BaselineEntryFor(b).fingerprint +
                "\",\n"
                "      \"message\": \"'B' cannot be both\"\n"
                "    }\n"
                "  ]\n"
                "}\n");
  // FNV-1a of "b": the same on every platform.
  EXPECT_EQ(BaselineEntryFor(b).fingerprint, "af63df4c8601f1a5");
  EXPECT_EQ(WriteBaseline({}),
            "{\n  \"version\": 1,\n  \"tool\": \"factlint\",\n  \"findings\": []\n}\n");
}

TEST(NormalizeClaimTextTest, CollapsesWhitespaceAndFoldsAsciiCase) {
  EXPECT_EQ(NormalizeClaimText("  Dana\tREYES,\r\n 41, "), "dana reyes, 41,");
  EXPECT_EQ(NormalizeClaimText("\xC3\x89MILE"), "\xC3\x89mile");  // non-ASCII kept as is
  EXPECT_EQ(NormalizeClaimText(""), "");
}

struct ErrorCase {
  const char* json;
  int line;
  int column;
  const char* message;
};

const ErrorCase kErrorCases[] = {
    {"{\n  \"version\": 1,\n  \"findings\": [\n    {\"rule\": \"a\",}\n  ]\n}\n", 4, 18,
     "the baseline is not valid JSON"},
    {"", 1, 1, "the baseline is not valid JSON"},
    {"[]", 0, 0, "a baseline must be a JSON object"},
    {"{\"version\": 2, \"findings\": []}", 0, 0,
     "unsupported baseline version 2; this factlint reads version 1"},
    {"{\"findings\": []}", 0, 0, "unsupported baseline version (none)"},
    {"{\"version\": 1}", 0, 0, "a baseline needs a \"findings\" array"},
    {"{\"version\": 1, \"findings\": [1]}", 0, 0, "findings[0] must be an object"},
    {"{\"version\": 1, \"findings\": [{\"rule\": \"a\", \"path\": \"p\"}]}", 0, 0,
     "findings[0]: \"fingerprint\" must be a string"},
    {"{\"version\": 1, \"findings\": [{\"rule\": 1, \"path\": \"p\", \"fingerprint\": \"f\"}]}", 0,
     0, "findings[0]: \"rule\" must be a string"},
};

TEST(ParseBaselineTest, Errors) {
  for (const ErrorCase& c : kErrorCases) {
    auto baseline = ParseBaseline(c.json, "base.json");
    ASSERT_FALSE(baseline.ok()) << c.json;
    EXPECT_EQ(baseline.error().path, "base.json");
    EXPECT_EQ(baseline.error().line, c.line) << c.json << "\n" << baseline.error().ToString();
    EXPECT_EQ(baseline.error().column, c.column) << c.json << "\n" << baseline.error().ToString();
    EXPECT_NE(baseline.error().message.find(c.message), std::string::npos)
        << baseline.error().ToString();
    EXPECT_EQ(baseline.error().category, ErrorCategory::kConfig);
  }
}

TEST(ParseBaselineTest, SubjectAndMessageAreOptional) {
  auto baseline = ParseBaseline(
      "{\"version\": 1, \"findings\": [{\"rule\": \"r\", \"path\": \"./x.md\", \"fingerprint\": "
      "\"af63df4c8601f1a5\"}]}",
      "b.json");
  ASSERT_TRUE(baseline.ok()) << baseline.error().ToString();
  Finding f = MakeFinding("r", "", "x.md", 7, "b");
  EXPECT_TRUE(baseline->Filter({f}).empty());
}

TEST(LoadBaselineTest, MissingFile) {
  auto baseline = LoadBaseline("/nonexistent/baseline.json");
  ASSERT_FALSE(baseline.ok());
  EXPECT_NE(baseline.error().message.find("--write-baseline"), std::string::npos);
}

}  // namespace
}  // namespace factlint::suppress
