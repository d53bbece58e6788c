// The bundled samples (samples/README.md lists the planted mistakes), checked
// the way the README's first command does, pinned by golden reports.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

const std::vector<std::string> kSampleRun = {"check",   "samples",    "--facts",    "facts",
                                             "--as-of", "2026-03-02", "--no-config"};

std::vector<std::string> With(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

TEST(Samples, TextReportMatchesGolden) {
  const CommandResult r = RunFactlint(kSampleRun);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err, "");
  ExpectGolden("samples.txt", r.out);
}

TEST(Samples, JsonReportMatchesGoldenAndContract) {
  const CommandResult r = RunFactlint(With(kSampleRun, {"--format", "json"}));
  ASSERT_EQ(r.exit_code, 1) << r.err;
  ExpectGolden("samples.json", r.out);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["tool"]["name"], "factlint");
  EXPECT_EQ(j["as_of"], "2026-03-02");
  ASSERT_EQ(j["documents"].size(), 6u);  // four files, one of them JSON Lines with two records
  for (const auto& d : j["documents"]) {
    EXPECT_TRUE(d.contains("path") && d.contains("published") && d.contains("role") &&
                d.contains("claims"));
  }
  std::set<std::string> rules;
  for (const auto& f : j["findings"]) {
    rules.insert(f["rule"].get<std::string>());
    for (const char* key :
         {"rule", "kind", "severity", "subject", "attribute", "message", "location", "related"})
      EXPECT_TRUE(f.contains(key)) << key;
    for (const char* key : {"path", "line", "column", "end_line", "end_column", "text"})
      EXPECT_TRUE(f["location"].contains(key)) << key;
  }
  // The planted mistakes of samples/README.md.
  EXPECT_TRUE(rules.count("age-contradiction")) << r.out;
  EXPECT_TRUE(rules.count("age-fact-contradiction")) << r.out;
  EXPECT_TRUE(rules.count("duration-fact-contradiction")) << r.out;
  EXPECT_TRUE(rules.count("premiere-stale")) << r.out;
  EXPECT_TRUE(rules.count("episode-air-date-internal")) << r.out;
}

TEST(Samples, DraftAgainstArchiveReportsOnlyTheDraft) {
  const CommandResult r = RunFactlint({"check", "samples/drafts", "--archive", "samples/archive",
                                       "--facts", "facts", "--format", "json", "--no-config"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["findings"].empty());
  bool age = false;
  for (const auto& f : j["findings"]) {
    EXPECT_EQ(f["location"]["path"], "samples/drafts/2026-03-02-anniversary.md") << f.dump();
    if (f["attribute"] == "age") {
      age = true;
      EXPECT_EQ(f["subject"], "Maya Okafor");
      EXPECT_FALSE(f["related"].empty());
    }
  }
  EXPECT_TRUE(age) << r.out;
  int drafts = 0;
  for (const auto& d : j["documents"]) drafts += d["role"] == "draft";
  EXPECT_EQ(drafts, 1);
}

// `factlint claims`: one object per line with exactly the contract's keys.
TEST(Samples, ClaimsFollowTheContract) {
  const CommandResult r = RunFactlint({"claims", "samples", "--facts", "facts"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> keys = {
      "path",    "line",      "column", "end_line",   "end_column", "text",  "rule",
      "subject", "attribute", "value",  "normalized", "published",  "quoted"};
  size_t lines = 0, pos = 0;
  bool okafor = false;
  while (pos < r.out.size()) {
    const size_t nl = r.out.find('\n', pos);
    const auto j = nlohmann::ordered_json::parse(r.out.substr(pos, nl - pos));
    pos = nl + 1;
    ++lines;
    std::vector<std::string> got;
    for (const auto& item : j.items()) got.push_back(item.key());
    EXPECT_EQ(got, keys) << j.dump();
    const auto& n = j["normalized"];
    EXPECT_TRUE(n.is_null() || (n.contains("from") && n.contains("to")) ||
                (n.contains("min") && n.contains("max") && n.contains("unit")))
        << j.dump();
    if (j["text"] == "Okafor, 49," && j["published"] == "2023-11-02") {
      okafor = true;
      EXPECT_EQ(j["subject"], "Maya Okafor");
      EXPECT_EQ(n["from"], "1973-11-03");
      EXPECT_EQ(n["to"], "1974-11-02");
    }
  }
  EXPECT_GT(lines, 10u);
  EXPECT_TRUE(okafor) << r.out;
}

// The same report, byte for byte, run after run and for any number of
// threads (-j): articles are read in parallel but gathered in order.
TEST(Samples, SameReportForAnyNumberOfJobs) {
  const std::vector<std::string> run =
      With(kSampleRun, {"tests/fixtures/topics", "--format", "json"});
  const CommandResult one = RunFactlint(With(run, {"-j", "1"}));
  ASSERT_EQ(one.exit_code, 1) << one.err;
  ASSERT_GE(nlohmann::json::parse(one.out)["findings"].size(), 5u) << one.out;
  for (const char* jobs : {"1", "2", "7"})
    EXPECT_EQ(RunFactlint(With(run, {"-j", jobs})).out, one.out) << "-j " << jobs;

  const std::vector<std::string> claims = {"claims", "tests/fixtures/topics", "samples", "--as-of",
                                           "2026-03-02"};
  const CommandResult listed = RunFactlint(With(claims, {"-j", "1"}));
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  ASSERT_GT(std::count(listed.out.begin(), listed.out.end(), '\n'), 50) << listed.out;
  EXPECT_EQ(RunFactlint(With(claims, {"-j", "3"})).out, listed.out);
}

TEST(Samples, JunitHasOneCasePerJsonLinesRecord) {
  const std::string path = ::testing::TempDir() + "factlint_feed.jsonl";
  WriteFile(path,
            "{\"id\":\"a1\",\"published\":\"2024-01-10\",\"body\":\"Dana Ruiz, 40, spoke.\"}\n"
            "{\"id\":\"b2\",\"published\":\"2024-01-11\",\"body\":\"Dana Ruiz, 45, spoke.\"}\n");
  const CommandResult r = RunFactlint({"check", path, "--no-config", "--format", "junit"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("tests=\"2\" failures=\"1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("name=\"" + path + "#a1\"/>"), std::string::npos) << r.out;
  const size_t b2 = r.out.find("name=\"" + path + "#b2\">");
  ASSERT_NE(b2, std::string::npos) << r.out;
  EXPECT_NE(r.out.find("<failure", b2), std::string::npos) << r.out;
}

// A newsroom's own rules are added to the shipped ones: they may use the
// shipped sub-patterns ({PERSON}) and attributes (age).
TEST(Samples, HouseRulesAreAddedToTheShippedOnes) {
  const std::string dir = ::testing::TempDir() + "factlint_house_rules";
  std::filesystem::create_directories(dir);
  WriteHouseRule(dir + "/house.yaml");
  CommandResult r = RunFactlint({"rules", "test", dir});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("2 passed, 0 failed"), std::string::npos) << r.out;  // only the house rule's

  const std::string draft = dir + "/draft.txt";
  WriteFile(draft,
            " date 2024-05-01 \nThe team fired coach Dana Ruiz (52). Dana Ruiz, 40, said so.\n");
  r = RunFactlint({"check", draft, "--rules", dir, "--no-config", "--format", "json"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("\"age-contradiction\""), std::string::npos) << r.out;

  // --no-default-rules with nothing instead is an error, not the shipped rules.
  r = RunFactlint({"rules", "list", "--no-default-rules"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--no-default-rules needs rules to load instead"), std::string::npos)
      << r.err;
  // Without the shipped rules the house rule has no attribute to claim.
  r = RunFactlint({"rules", "test", "--no-default-rules", dir});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown attribute 'age'"), std::string::npos) << r.err;
}

// `rules why` shows each sentence's values and names, every match with its
// groups, the claim it made or why it made none, and the claims kept.
TEST(Samples, RulesWhyTracesEverySentence) {
  const CommandResult r =
      RunFactlint({"rules", "why", "--published", "2024-05-01",
                   "Pine Hollow season 2 could premiere in May 2026. The trial of Dana Price "
                   "will begin on Aug. 11, 2025."});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* line :
       {"sentence 1: Pine Hollow season 2 could premiere in May 2026.",
        "values: '2' number 2; 'May 2026' date 2026-05-01\xE2\x80\xA6"
        "2026-05-31",
        "premiere-date-frame (frame): trigger 'premiere'; no claim: the clause hedges or negates",
        "trial-start-date (claim): 'The trial of Dana Price will begin on Aug. 11, 2025' "
        "subject='Dana Price'",
        "claim: Dana Price trial | start | Aug. 11, 2025 (2025-08-11) [trial-start-date]",
        "kept: none"})
    EXPECT_NE(r.out.find(line), std::string::npos) << line << "\n" << r.out;
  EXPECT_EQ(RunFactlint({"rules", "why", "--published", "2024-13-01", "x"}).exit_code, 2);
  EXPECT_EQ(RunFactlint({"rules", "why", " "}).exit_code, 2);
}

// An age with one right value carries a fix-it, and so does a length in days
// against its start and end: SARIF `fixes`, the text format's "fix:" line
// (golden), the HTML report's suggestion.
TEST(Samples, AnAgeWithOneRightValueHasAFix) {
  const CommandResult sarif = RunFactlint(With(kSampleRun, {"--format", "sarif"}));
  ASSERT_EQ(sarif.exit_code, 1) << sarif.err;
  std::map<std::string, std::pair<std::string, int>> fixes;  // rule -> text, width replaced
  const auto log = nlohmann::json::parse(sarif.out);
  for (const auto& result : log["runs"][0]["results"]) {
    if (!result.contains("fixes")) continue;
    const auto& replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    fixes[result["ruleId"]] = {replacement["insertedContent"]["text"],
                               replacement["deletedRegion"]["endColumn"].get<int>() -
                                   replacement["deletedRegion"]["startColumn"].get<int>()};
  }
  // "50 or 51" for Daniel Reyes: no single fix.
  ASSERT_EQ(fixes.size(), 2u) << sarif.out;
  EXPECT_EQ(fixes["age-fact-contradiction"], std::make_pair(std::string("51"), 2));       // "49"
  EXPECT_EQ(fixes["duration-fact-contradiction"], std::make_pair(std::string("38"), 2));  // "41"
  const CommandResult html = RunFactlint(With(kSampleRun, {"--format", "html"}));
  EXPECT_NE(html.out.find("replace <del>49</del> with <ins>51</ins>"), std::string::npos);
  EXPECT_NE(html.out.find("replace <del>41</del> with <ins>38</ins>"), std::string::npos);
}

TEST(Samples, ANumberOfJobsBelowOneIsAUsageError) {
  const CommandResult r = RunFactlint(With(kSampleRun, {"-j", "0"}));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--jobs"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(Samples, SeveralFormatsAtOnce) {
  const std::string dir = ::testing::TempDir();
  const CommandResult r = RunFactlint(
      With(kSampleRun, {"-o", "json=" + dir + "/r.json", "-o", "sarif=" + dir + "/r.sarif"}));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(nlohmann::json::accept(ReadFile(dir + "/r.json")));
  EXPECT_EQ(nlohmann::json::parse(ReadFile(dir + "/r.sarif"))["version"], "2.1.0");
}

TEST(Samples, FailOnErrorIgnoresWarnings) {
  // Stale statements are warnings: they fail a default run, not one that
  // fails only on errors.
  const std::vector<std::string> warnings_only = {"check",
                                                  "tests/fixtures/topics/disasters-1.txt",
                                                  "tests/fixtures/topics/disasters-2.txt",
                                                  "--format",
                                                  "json",
                                                  "--no-config"};
  const CommandResult by_default = RunFactlint(warnings_only);
  const auto j = nlohmann::json::parse(by_default.out);
  ASSERT_FALSE(j["findings"].empty());
  for (const auto& f : j["findings"]) ASSERT_EQ(f["severity"], "warning") << f;
  EXPECT_EQ(by_default.exit_code, 1);
  std::vector<std::string> on_error = warnings_only;
  on_error.insert(on_error.end(), {"--fail-on", "error"});
  const CommandResult r = RunFactlint(on_error);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, by_default.out);
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(Samples, ProgressOnlyWhenAskedOutsideATerminal) {
  // ctest's standard error is a pipe: no progress line unless --progress.
  const CommandResult quiet = RunFactlint({"check", "samples/", "--facts", "facts", "--no-config"});
  EXPECT_EQ(quiet.err.find("factlint check:"), std::string::npos) << quiet.err;
  const CommandResult shown =
      RunFactlint({"check", "samples/", "--facts", "facts", "--no-config", "--progress"});
  EXPECT_EQ(shown.exit_code, 1);
  EXPECT_NE(shown.err.find("factlint check: 6 of 6 articles (100%)"), std::string::npos)
      << shown.err;
  EXPECT_EQ(shown.out, quiet.out);  // the report is untouched
}

}  // namespace
}  // namespace factlint::testing
