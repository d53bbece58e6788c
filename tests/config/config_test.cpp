#include "checker/config/config.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace factlint::config {
namespace {

namespace fs = std::filesystem;

TEST(ParseConfigTest, ReadsEveryKeyAndResolvesPathsAgainstTheFile) {
  const char* yaml =
      "rules: rules\n"
      "facts: ../shared/facts\n"
      "archive: [published/, /srv/archive]\n"
      "severity:\n"
      "  age-contradiction: warning\n"
      "  stale: off\n"
      "ignore: [\"drafts/scratch/**\", \"*.bak\"]\n"
      "fail-on: warning\n"
      "as-of: 2026-11-24\n"
      "report-archive: true\n"
      "format: sarif\n";
  auto config = ParseConfig(yaml, "/repo/site/.factlint.yaml");
  ASSERT_TRUE(config.ok()) << config.error().ToString();
  EXPECT_EQ(config->path, "/repo/site/.factlint.yaml");
  EXPECT_EQ(config->dir, "/repo/site");
  EXPECT_EQ(config->rules_dir, "/repo/site/rules");
  EXPECT_EQ(config->facts_dir, "/repo/shared/facts");
  EXPECT_EQ(config->archive, (std::vector<std::string>{"/repo/site/published/", "/srv/archive"}));
  EXPECT_EQ(config->severity, (std::map<std::string, std::string>{{"age-contradiction", "warning"},
                                                                  {"stale", "off"}}));
  EXPECT_EQ(config->ignore, (std::vector<std::string>{"drafts/scratch/**", "*.bak"}));
  EXPECT_EQ(config->fail_on, Severity::kWarning);
  EXPECT_EQ(config->as_of, Date(2026, 11, 24));
  EXPECT_EQ(config->report_archive, true);
  EXPECT_EQ(config->format, "sarif");
}

TEST(ParseConfigTest, MaxDocumentSizeTakesASize) {
  auto config = ParseConfig("max-document-size: 64MiB\n", "/repo/.factlint.yaml");
  ASSERT_TRUE(config.ok()) << config.error().ToString();
  EXPECT_EQ(config->max_document_size, uint64_t{64} << 20);
  EXPECT_FALSE(ParseConfig("rules: r\n", "/repo/.factlint.yaml")->max_document_size);
  auto bad = ParseConfig("max-document-size: lots\n", "/repo/.factlint.yaml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().line, 1);
  EXPECT_NE(bad.error().message.find("16MiB"), std::string::npos) << bad.error().message;
}

TEST(ParseConfigTest, UnsetKeysStayUnset) {
  for (const char* yaml : {"", "# only a comment\n", "rules: r\n"}) {
    auto config = ParseConfig(yaml, ".factlint.yaml");
    ASSERT_TRUE(config.ok()) << config.error().ToString();
    EXPECT_FALSE(config->facts_dir.has_value()) << yaml;
    EXPECT_FALSE(config->format.has_value()) << yaml;
    EXPECT_FALSE(config->fail_on.has_value()) << yaml;
    EXPECT_FALSE(config->as_of.has_value()) << yaml;
    EXPECT_FALSE(config->report_archive.has_value()) << yaml;
    EXPECT_TRUE(config->archive.empty()) << yaml;
    EXPECT_TRUE(config->severity.empty()) << yaml;
    EXPECT_EQ(config->dir, ".") << yaml;
  }
  EXPECT_EQ(ParseConfig("rules: r\n", ".factlint.yaml")->rules_dir, "r");
  EXPECT_EQ(ParseConfig("report-archive: false\n", "c.yaml")->report_archive, false);
}

struct ErrorCase {
  const char* yaml;
  int line;
  int column;
  const char* message;  // a part of the message that must be there
};

const ErrorCase kErrorCases[] = {
    {"rule: rules\n", 1, 1, "unknown key 'rule'; did you mean 'rules'?"},
    {"rules: r\nbogus: 1\n", 2, 1,
     "allowed keys are: archive, as-of, facts, fail-on, format, ignore, max-document-size, "
     "report-archive, "
     "rules, severity"},
    {"rules: r\nrules: s\n", 2, 1, "key 'rules' appears twice"},
    {"- rules\n", 1, 1, "must be a mapping of keys to values, not a list"},
    {"rules: [a, b]\n", 1, 8, "'rules' must be a directory path, not a list"},
    {"facts:\n", 1, 1, "'facts' must be a directory path, not nothing"},
    {"rules: ''\n", 1, 8, "'rules' must not be empty"},
    {"archive: published/\n", 1, 10, "'archive' must be a list of paths, not 'published/'"},
    {"archive:\n  - a\n  - [b]\n", 3, 5, "each entry of 'archive' must be a non-empty path"},
    {"ignore: {a: b}\n", 1, 9, "'ignore' must be a list of glob patterns, not a mapping"},
    {"severity: [error]\n", 1, 11, "'severity' must be a mapping"},
    {"severity:\n  age-contradiction: fatal\n", 2, 22,
     "unknown severity 'fatal' for 'age-contradiction'; expected one of error, warning, info, off"},
    {"severity:\n  age contradiction: error\n", 2, 3, "a 'severity' key must be a rule id"},
    {"severity:\n  stale:\n", 2, 3, "unknown severity nothing for 'stale'"},
    {"fail-on: off\n", 1, 10, "'fail-on' must be one of error, warning, info, not 'off'"},
    {"as-of: 2024-13-01\n", 1, 8, "'as-of': '2024-13-01': month 13 is out of range"},
    {"as-of: 29 Jan 2024\n", 1, 8, "expected YYYY-MM-DD"},
    {"as-of: 2023-02-29\n", 1, 8, "day 29 is out of range"},
    {"report-archive: yes\n", 1, 17, "'report-archive' must be true or false, not 'yes'"},
    {"report-archive: \"true\"\n", 1, 17, "not the string 'true'"},
    {"format: pdf\n", 1, 9, "unknown format 'pdf'; expected one of text, json, sarif, html"},
    {"rules: [a\n", 2, 1, "this is not valid YAML"},
    {"# caf\xC3\xA9\nrules: r\n\xC3\xA9t\xC3\xA9: 1\n", 3, 1, "unknown key"},
    {"format: \xC3\xA9t\xC3\xA9\nx: 1\n", 1, 9, "unknown format"},
    // Columns count code points, not bytes: "  été: " is 7 code points, 9 bytes.
    {"severity:\n  \xC3\xA9t\xC3\xA9: fatal\n", 2, 8, "unknown severity 'fatal'"},
};

TEST(ParseConfigTest, ErrorsPointIntoTheFile) {
  for (const ErrorCase& c : kErrorCases) {
    auto config = ParseConfig(c.yaml, "cfg/.factlint.yaml");
    ASSERT_FALSE(config.ok()) << c.yaml;
    const Error& error = config.error();
    EXPECT_EQ(error.path, "cfg/.factlint.yaml") << c.yaml;
    EXPECT_EQ(error.line, c.line) << c.yaml << error.ToString();
    EXPECT_EQ(error.column, c.column) << c.yaml << error.ToString();
    EXPECT_NE(error.message.find(c.message), std::string::npos)
        << "want '" << c.message << "' in: " << error.ToString();
    const std::string prefix = "cfg/.factlint.yaml:" + std::to_string(c.line) + ":" +
                               std::to_string(c.column) + ": error: ";
    EXPECT_EQ(error.ToString().rfind(prefix, 0), 0u) << error.ToString();
    EXPECT_EQ(error.category, ErrorCategory::kConfig) << error.ToString();
  }
}

TEST(ParseConfigTest, ErrorContextShowsTheLineWithACaret) {
  auto config = ParseConfig("rules: r\nformat: pdf\n", "c.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.error().ToString(),
            "c.yaml:2:9: error: unknown format 'pdf'; expected one of text, json, sarif, html, "
            "github, junit\n"
            " 2 | format: pdf\n"
            "   |         ^");
}

TEST(SeverityForTest, RuleIdBeatsKind) {
  const std::map<std::string, std::string> severity = {{"age-contradiction", "info"},
                                                       {"contradiction", "off"}};
  EXPECT_EQ(SeverityFor(severity, "age-contradiction", "contradiction"), "info");
  EXPECT_EQ(SeverityFor(severity, "count-contradiction", "contradiction"), "off");
  EXPECT_EQ(SeverityFor(severity, "stale-future", "stale"), std::nullopt);
}

// A fresh directory tree under the system's temporary directory.
class TempTree {
 public:
  TempTree() {
    std::string templ = (fs::temp_directory_path() / "factlint-config-XXXXXX").string();
    root_ = mkdtemp(templ.data());
  }
  ~TempTree() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  fs::path Write(const std::string& relative, const std::string& text) {
    const fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p;
  }
  fs::path Dir(const std::string& relative) {
    fs::create_directories(root_ / relative);
    return root_ / relative;
  }
  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

TEST(FindConfigTest, SearchesUpwardAndTheNearestWins) {
  TempTree tree;
  tree.Write(".factlint.yaml", "format: json\nrules: rules\n");
  const fs::path deep = tree.Dir("a/b/c");

  auto found = FindConfig(deep.string());
  ASSERT_TRUE(found.ok()) << found.error().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->format, "json");
  EXPECT_TRUE(fs::equivalent((*found)->path, tree.root() / ".factlint.yaml"));
  // Resolved against the file's directory, not the start directory.
  EXPECT_TRUE(fs::equivalent(*(*found)->rules_dir, tree.Dir("rules")));

  tree.Write("a/.factlint.yaml", "format: sarif\n");
  found = FindConfig(deep.string());
  ASSERT_TRUE(found.ok()) << found.error().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->format, "sarif");
  EXPECT_TRUE(fs::equivalent((*found)->path, tree.root() / "a/.factlint.yaml"));
}

TEST(FindConfigTest, NoFileIsNotAnError) {
  TempTree tree;
  auto found = FindConfig(tree.Dir("x/y").string());
  ASSERT_TRUE(found.ok()) << found.error().ToString();
  EXPECT_FALSE(found->has_value());
}

TEST(FindConfigTest, AnInvalidFileOrAMissingDirectoryIsAnError) {
  TempTree tree;
  tree.Write(".factlint.yaml", "\nfail-on: never\n");
  auto found = FindConfig(tree.Dir("sub").string());
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().line, 2);
  EXPECT_EQ(found.error().column, 10);
  EXPECT_NE(found.error().path.find(".factlint.yaml"), std::string::npos);

  auto missing = FindConfig((tree.root() / "no/such/dir").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("not a directory"), std::string::npos);
}

TEST(LoadConfigTest, MissingFileIsAnError) {
  auto config = LoadConfig("/nonexistent/.factlint.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.error().path, "/nonexistent/.factlint.yaml");
}

}  // namespace
}  // namespace factlint::config
