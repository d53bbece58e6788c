// Bad input of every kind: a clear message naming the file (and line and
// column where there is one), exit code 2, and no report written.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

struct BadInput {
  const char* name;  // file name (its extension picks the format)
  std::string content;
  const char* position;  // expected "name:line:col" prefix, or just the name
  const char* says;      // a substring of the message
};

const BadInput kBadInputs[] = {
    {"empty.txt", "", "empty.txt", "empty"},
    {"binary.txt",
     std::string("\x7f"
                 "ELF\x02\x01\x01\0\0\0\0",
                 12),
     "binary.txt", "binary"},
    {"latin1.txt", " date 2024-01-29 Caf\xE9 owner, 50, said.\n", "latin1.txt:1:21", "UTF-8"},
    {"nodate.txt", "Adam Scott, 50, said hello.\n", "nodate.txt:1:1", "date"},
    {"baddate.txt", " date 2024-13-45 Adam Scott, 50, said hello.\n",
     "baddate.txt:1:", "2024-13-45"},
    {"feb30.md", "---\ndate: 2024-02-30\n---\nText.\n", "feb30.md:2:", "2024-02-30"},
    {"badyaml.md", "---\ndate: [2024-01-01\n---\nText.\n", "badyaml.md:", "front matter"},
    {"broken.jsonl", "{\"published\": \"2024-01-01\", \"body\": \"x\"\n",
     "broken.jsonl:1:", "JSON"},
    {"nobody.jsonl", "{\"published\": \"2024-01-01\", \"title\": \"x\"}\n",
     "nobody.jsonl:1:", "body"},
    {"notes.docx", "PK", "notes.docx", "format"},
};

// Test names and failure output show the file name, not the struct's bytes.
void PrintTo(const BadInput& c, std::ostream* os) {
  *os << c.name;
}

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, ExitsTwoNamingTheFileAndWritesNothing) {
  const BadInput& c = GetParam();
  const std::string dir = ::testing::TempDir() + "factlint_bad_" + c.name;
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/" + c.name;
  WriteFile(path, c.content);
  const std::string report = dir + "/report.json";
  std::filesystem::remove(report);
  const CommandResult r =
      RunFactlint({"check", path, "--format", "json", "-o", report, "--no-config"});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(dir + "/" + c.position), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error:"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(report)) << "a report was written despite the error";
  EXPECT_EQ(r.out, "");
}

std::string CaseName(const ::testing::TestParamInfo<BadInput>& param_info) {
  std::string n = param_info.param.name;
  for (char& ch : n)
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(All, BadInputTest, ::testing::ValuesIn(kBadInputs), CaseName);

TEST(BadInput, MissingPath) {
  const CommandResult r = RunFactlint({"check", "no/such/article.txt", "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no/such/article.txt"), std::string::npos) << r.err;
}

TEST(BadInput, DirectoryWithoutArticles) {
  const std::string dir = ::testing::TempDir() + "factlint_no_articles";
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/notes.docx", "PK");
  const CommandResult r = RunFactlint({"check", dir, "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir + ": error: no articles found"), std::string::npos) << r.err;
}

// A folder of articles often holds a README: walked, an undated file is not
// an article and is skipped with a note; named explicitly, it is an error.
TEST(BadInput, UndatedFileInAWalkedFolderIsSkippedWithANote) {
  const std::string dir = ::testing::TempDir() + "factlint_walked";
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/README.md", "# About this folder\n\nNotes, not an article.\n");
  WriteFile(dir + "/a.txt", " date 2024-01-29 Adam Scott, 50, was there.\n");
  const CommandResult walked = RunFactlint({"check", dir, "--no-config"});
  EXPECT_EQ(walked.exit_code, 0) << walked.err;
  EXPECT_NE(walked.err.find("note: " + dir + "/README.md: skipped: no publication date"),
            std::string::npos)
      << walked.err;
  EXPECT_NE(walked.out.find("in 1 document"), std::string::npos) << walked.out;
  EXPECT_EQ(RunFactlint({"check", dir + "/README.md", "--no-config"}).exit_code, 2);
}

TEST(BadInput, FactFileWithInvalidUtf8) {
  const std::string dir = ::testing::TempDir() + "factlint_bad_facts";
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/people.yaml",
            "version: 1\nentities:\n  - id: person.x\n    kind: person\n    name: \"X\xff\"\n");
  const CommandResult r = RunFactlint(
      {"check", "samples/archive/2023-11-02-okafor-profile.txt", "--facts", dir, "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir + "/people.yaml:5:13: error: invalid UTF-8"), std::string::npos)
      << r.err;
}

TEST(BadInput, MalformedRuleFile) {
  const std::string dir = ::testing::TempDir() + "factlint_bad_rules";
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/broken.yaml", "id: broken\nkind: claim\npattern: \"(unclosed\"\n");
  const CommandResult r = RunFactlint(
      {"check", "samples/archive/2023-11-02-okafor-profile.txt", "--rules", dir, "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir + "/broken.yaml:"), std::string::npos) << r.err;
}

TEST(BadInput, RuleFileWithInvalidUtf8) {
  const std::string dir = ::testing::TempDir() + "factlint_bad_rules_utf8";
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/latin1.yaml", "id: x\nkind: claim\npattern: \"caf\xe9\"\n");
  const CommandResult r = RunFactlint(
      {"check", "samples/archive/2023-11-02-okafor-profile.txt", "--rules", dir, "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir + "/latin1.yaml:3:14: error: invalid UTF-8"), std::string::npos)
      << r.err;
}

// Found by fuzz_rules: a NUL byte kept yaml-cpp busy indefinitely. Control
// characters YAML forbids are an error at their place, before any parse.
TEST(BadInput, YamlFilesWithControlCharacters) {
  const std::string rules = ::testing::TempDir() + "factlint_rules_nul";
  std::filesystem::create_directories(rules);
  WriteFile(rules + "/nul.yaml",
            std::string("# a comment\n\"we waited three years") + '\0' + '\0' + "\",\n");
  CommandResult r = RunFactlint({"rules", "test", rules});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(rules + "/nul.yaml:2:23: error: control character U+0000"),
            std::string::npos)
      << r.err;
  const std::string facts = ::testing::TempDir() + "factlint_facts_ctrl";
  std::filesystem::create_directories(facts);
  WriteFile(facts + "/f.yaml", "version: 1\nentities: []\x01\n");
  r = RunFactlint(
      {"check", "samples/archive/2023-11-02-okafor-profile.txt", "--facts", facts, "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(facts + "/f.yaml:2:13: error: control character U+0001"), std::string::npos)
      << r.err;
}

// Sub-patterns that double each other would expand to gigabytes of regex:
// an error at the entry where the expansion passes the limit.
TEST(BadInput, ASubPatternBombIsAnError) {
  const std::string rules = ::testing::TempDir() + "factlint_rules_bomb";
  std::filesystem::create_directories(rules);
  std::string lexicon = "kind: lexicon\nid: bomb\nentries:\n  A0: 'x'\n";
  for (int i = 1; i < 30; ++i)
    lexicon += "  A" + std::to_string(i) + ": '{A" + std::to_string(i - 1) + "}{A" +
               std::to_string(i - 1) + "}'\n";
  lexicon +=
      "---\nkind: attribute\nid: thing\ntype: date\n---\nkind: claim\nid: bomb-rule\n"
      "attribute: thing\npattern: '{A29}(?P<value>\\d{4})'\ncaptures: {value: date}\n";
  WriteFile(rules + "/bomb.yaml", lexicon);
  const CommandResult r = RunFactlint({"rules", "test", rules});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(rules + "/bomb.yaml:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("expand to more than 1 MiB"), std::string::npos) << r.err;
}

TEST(BadInput, AMistypedCommandOrOptionIsNamedWithTheNearest) {
  CommandResult r = RunFactlint({"chek", "samples"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command 'chek'; did you mean 'check'?"), std::string::npos)
      << r.err;
  r = RunFactlint({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command 'frobnicate'\nCommands: check, claims"), std::string::npos)
      << r.err;
  r = RunFactlint({"check", "samples", "--archve", "samples", "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--archve (did you mean '--archive'?)"), std::string::npos) << r.err;
}

TEST(BadInput, AnOutputThatCannotBeWrittenIsAUsageErrorBeforeTheRun) {
  const std::string dir = ::testing::TempDir() + "factlint_outputs";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  // A mistyped format is not a file named "jsn=r.json".
  CommandResult r = RunFactlint(
      {"check", "samples", "--no-config", "-o", dir + "/ok.txt", "-o", "jsn=" + dir + "/r.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown report format 'jsn' in '-o jsn="), std::string::npos) << r.err;
  // A folder that does not exist is named, and nothing is written.
  r = RunFactlint(
      {"check", "samples", "--no-config", "-o", dir + "/ok.txt", "-o", dir + "/missing/r.html"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the folder '" + dir + "/missing' does not exist"), std::string::npos)
      << r.err;
  EXPECT_TRUE(std::filesystem::is_empty(dir));
  // A file whose name has '=' in it is still possible.
  r = RunFactlint({"check", "samples", "--no-config", "-o", dir + "/x=y.txt"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir + "/x=y.txt"));
}

TEST(BadInput, EveryBadFileIsReportedThenNoReport) {
  const std::string dir = ::testing::TempDir() + "factlint_many_bad";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/a.txt", "no date here\n");
  WriteFile(dir + "/b.txt", "\xff\xfe bad");
  WriteFile(dir + "/c.md", "---\ndate: 2024-13-01\n---\nx\n");
  WriteFile(dir + "/d.txt", " date 2024-01-01 \nDana Ruiz, 40, spoke.\n");
  // Named one by one: an undated file found by walking a folder is skipped, not an error.
  const CommandResult r = RunFactlint({"check", dir + "/a.txt", dir + "/b.txt", dir + "/c.md",
                                       dir + "/d.txt", "--no-config", "-o", dir + "/report.json"});
  EXPECT_EQ(r.exit_code, 2);
  for (const std::string& where :
       {dir + "/a.txt:1:1: error: no publication date", dir + "/b.txt:1:1: error: invalid UTF-8",
        dir + "/c.md:2:7: error: malformed publication date",
        std::string("3 inputs could not be read")})
    EXPECT_NE(r.err.find(where), std::string::npos) << where << "\n" << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir + "/report.json"));
}

TEST(BadInput, UnknownFormatAndBadDateFlags) {
  EXPECT_EQ(RunFactlint({"check", "samples", "--format", "pdf", "--no-config"}).exit_code, 2);
  EXPECT_EQ(RunFactlint({"check", "samples", "--as-of", "2024-02-30", "--no-config"}).exit_code, 2);
  EXPECT_EQ(RunFactlint({"check", "samples", "--fail-on", "fatal", "--no-config"}).exit_code, 2);
  EXPECT_EQ(RunFactlint({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(RunFactlint({"check"}).exit_code, 2);
}

TEST(BadInput, UndatedDraftIsJudgedWithExplicitAsOf) {
  const std::string dir = ::testing::TempDir() + "factlint_undated";
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/draft.md", "---\ntitle: Draft\n---\nMaya Okafor, 49, spoke.\n");
  EXPECT_EQ(RunFactlint({"check", dir + "/draft.md", "--no-config"}).exit_code, 2);
  const CommandResult r =
      RunFactlint({"check", dir + "/draft.md", "--as-of", "2023-11-02", "--no-config"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
}  // namespace factlint::testing
