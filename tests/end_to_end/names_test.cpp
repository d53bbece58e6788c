// A game, a mission and a fire named one way in one article and another way
// in the next, with no fact base: "SR 3" is "Skyline Racers III", "Tern II"
// the "Tern II mission", and an article about "the Calder Valley wildfires"
// that also names "the Ostvik Fire" tells of the Ostvik fire
// (tests/fixtures/topics/names-*.txt; mentions/cross_document.h). The claim
// ledger finds the same findings.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

const char kBefore[] = "tests/fixtures/topics/names-1.txt";
const char kAfter[] = "tests/fixtures/topics/names-2.txt";

void ExpectTheThreeStalePlans(const CommandResult& r) {
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 3u) << r.out;
  for (size_t i = 0; i < 3; ++i) {
    const auto& f = j["findings"][i];
    EXPECT_EQ(f["kind"], "stale") << f;
    EXPECT_EQ(f["location"]["path"], kBefore) << f;
    EXPECT_EQ(f["location"]["line"], static_cast<int>(i) + 3) << f;
  }
}

TEST(Names, ASubjectNamedOtherwiseInALaterArticleIsStillCompared) {
  ExpectTheThreeStalePlans(
      RunFactlint({"check", kBefore, kAfter, "--no-config", "--format", "json"}));
}

TEST(Names, TheLedgerReadsTheArchiveClaimsAboutTheOtherNames) {
  const fs::path dir = fs::temp_directory_path() / "factlint-names-test";
  fs::create_directories(dir);
  const std::string ledger = (dir / "names.ledger").string();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(ledger + suffix);
  ASSERT_EQ(RunFactlint({"index", kBefore, kAfter, "--ledger", ledger}).exit_code, 0);
  // The draft's "Ostvik fire" began two days after the archive's "Calder
  // Valley wildfires" (which that article also calls the Ostvik Fire): the
  // ledger must read those claims although no subject id is shared.
  const char kDraft[] = "tests/fixtures/topics/names-3.txt";
  const CommandResult with_archive = RunFactlint(
      {"check", kDraft, "--archive", kBefore, kAfter, "--no-config", "--format", "json"});
  const CommandResult with_ledger =
      RunFactlint({"check", kDraft, "--ledger", ledger, "--no-config", "--format", "json"});
  ASSERT_EQ(with_archive.exit_code, 1) << with_archive.out;
  EXPECT_EQ(with_ledger.exit_code, 1) << with_ledger.out;
  const auto a = nlohmann::json::parse(with_archive.out);
  const auto l = nlohmann::json::parse(with_ledger.out);
  ASSERT_EQ(a["findings"].size(), 1u) << with_archive.out;
  EXPECT_EQ(a["findings"][0]["kind"], "contradiction");
  EXPECT_EQ(a["findings"][0]["location"]["path"], kDraft);
  EXPECT_EQ(l["findings"], a["findings"]);
}

}  // namespace
}  // namespace factlint::testing
