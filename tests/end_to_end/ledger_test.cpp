// The claim ledger as a newsroom's CI uses it: `factlint index` once, then
// `check DRAFTS --ledger` gives the very report `--archive` gives; a
// re-index extracts only what changed; a ledger of other rules or facts is
// refused; a file that is not a ledger is refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

// A fresh ledger path under the build's temporary folder.
std::string FreshLedger(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "factlint-ledger-test";
  fs::create_directories(dir);
  const fs::path path = dir / (name + ".ledger");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
  return path.string();
}

CommandResult Check(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"check",       "samples/drafts", "--facts", "facts",
                                   "--no-config", "--format",       "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  return RunFactlint(args);
}

TEST(Ledger, CheckWithTheLedgerGivesTheArchivesReport) {
  const std::string ledger = FreshLedger("samples");
  const CommandResult index =
      RunFactlint({"index", "samples/archive", "--facts", "facts", "--ledger", ledger});
  ASSERT_EQ(index.exit_code, 0) << index.err;
  EXPECT_NE(index.err.find("4 files read, 4 extracted"), std::string::npos) << index.err;
  const CommandResult with_archive = Check({"--archive", "samples/archive"});
  const CommandResult with_ledger = Check({"--ledger", ledger});
  ASSERT_EQ(with_archive.exit_code, 1) << with_archive.err;
  EXPECT_EQ(with_ledger.exit_code, 1) << with_ledger.err;
  // The same findings; the report lists only the archive articles about the
  // drafts' subjects (all a finding on a draft can involve).
  const auto a = nlohmann::json::parse(with_archive.out);
  const auto l = nlohmann::json::parse(with_ledger.out);
  ASSERT_FALSE(a["findings"].empty());
  EXPECT_EQ(l["findings"], a["findings"]);
  EXPECT_LT(l["documents"].size(), a["documents"].size());
  // A report on the archive too reads all of it: the very same report.
  EXPECT_EQ(Check({"--ledger", ledger, "--report-archive"}).out,
            Check({"--archive", "samples/archive", "--report-archive"}).out);
}

TEST(Ledger, TheSeedsGiveTheSameReportFromTheLedger) {
  const std::string seeds = SourceDir() + "/../shared/seeds";
  if (!fs::is_directory(seeds)) GTEST_SKIP() << "../shared/seeds not present";
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(seeds))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 2u);
  // The newest seed is the draft; the others are the archive.
  const std::string draft = files.back();
  files.pop_back();
  const std::string ledger = FreshLedger("seeds");
  std::vector<std::string> index = {"index", "--ledger", ledger};
  index.insert(index.end(), files.begin(), files.end());
  ASSERT_EQ(RunFactlint(index).exit_code, 0);
  std::vector<std::string> with_archive = {
      "check", draft, "--no-config", "--format", "json", "--report-archive", "--archive"};
  with_archive.insert(with_archive.end(), files.begin(), files.end());
  const CommandResult a = RunFactlint(with_archive);
  const CommandResult l = RunFactlint(
      {"check", draft, "--no-config", "--format", "json", "--report-archive", "--ledger", ledger});
  ASSERT_NE(a.exit_code, 2) << a.err;
  EXPECT_EQ(l.exit_code, a.exit_code) << l.err;
  EXPECT_EQ(l.out, a.out);
  EXPECT_EQ(nlohmann::json::parse(l.out)["documents"].size(), files.size() + 1);
  // Only the draft's findings: the same, from the files about its subjects.
  with_archive.erase(std::find(with_archive.begin(), with_archive.end(), "--report-archive"));
  const CommandResult a2 = RunFactlint(with_archive);
  const CommandResult l2 =
      RunFactlint({"check", draft, "--no-config", "--format", "json", "--ledger", ledger});
  EXPECT_EQ(nlohmann::json::parse(l2.out)["findings"], nlohmann::json::parse(a2.out)["findings"]);
}

TEST(Ledger, AReindexExtractsOnlyWhatChanged) {
  const fs::path dir = fs::temp_directory_path() / "factlint-ledger-test" / "archive";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(SourceDir() + "/samples/archive"))
    fs::copy_file(e.path(), dir / e.path().filename());
  const std::string ledger = FreshLedger("reindex");
  const std::vector<std::string> index = {"index", dir.string(), "--ledger", ledger};
  ASSERT_EQ(RunFactlint(index).exit_code, 0);
  CommandResult again = RunFactlint(index);
  EXPECT_NE(again.err.find("4 files read, 0 extracted"), std::string::npos) << again.err;
  // One article edited, one deleted: one extracted, one removed.
  const fs::path edited = dir / "2024-01-29-season-two.md";
  WriteFile(edited.string(), ReadFile(edited.string()) + "\nA line added later.\n");
  fs::remove(dir / "2024-06-01-reyes-interview.html");
  again = RunFactlint(index);
  EXPECT_NE(again.err.find("3 files read, 1 extracted"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("1 removed"), std::string::npos) << again.err;
  const CommandResult stats = RunFactlint({"ledger", "stats", ledger});
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find(": 3 files"), std::string::npos) << stats.out;
  EXPECT_EQ(RunFactlint({"ledger", "vacuum", ledger}).exit_code, 0);
}

TEST(Ledger, ALedgerOfOtherRulesOrFactsIsRefused) {
  const std::string ledger = FreshLedger("refused");
  ASSERT_EQ(RunFactlint({"index", "samples/archive", "--ledger", ledger}).exit_code, 0);
  // Indexed without the fact base; checked with it.
  const CommandResult r = Check({"--ledger", ledger});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(ledger + ": error: 4 of its 4 files were indexed with other rules, facts"),
            std::string::npos)
      << r.err;
}

TEST(Ledger, AFileThatIsNoLedgerIsRefused) {
  const CommandResult missing = Check({"--ledger", FreshLedger("missing")});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no such ledger; build it with 'factlint index"), std::string::npos)
      << missing.err;
  const CommandResult text = Check({"--ledger", "README.md"});
  EXPECT_EQ(text.exit_code, 2);
  EXPECT_NE(text.err.find("README.md: error: is not a factlint ledger"), std::string::npos)
      << text.err;
  // Nor is a file `index` would write over.
  const CommandResult over = RunFactlint({"index", "samples/archive", "--ledger", "README.md"});
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_NE(over.err.find("is not a factlint ledger"), std::string::npos) << over.err;
}

}  // namespace
}  // namespace factlint::testing
