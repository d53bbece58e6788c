// The five seed articles the project was designed from (../shared/seeds, not
// part of this repository; skipped where absent). What must and must not be
// reported is ../shared/seeds/expected.md.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

std::vector<std::string> SeedFiles() {
  const std::string dir = SourceDir() + "/../shared/seeds";
  std::vector<std::string> files;
  if (!std::filesystem::is_directory(dir)) return files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

nlohmann::json CheckSeeds(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"check", "--format", "json", "--no-config"};
  for (const std::string& f : SeedFiles()) args.push_back(f);
  args.insert(args.end(), extra.begin(), extra.end());
  const CommandResult r = RunFactlint(args);
  EXPECT_NE(r.exit_code, 2) << r.err;
  return nlohmann::json::parse(r.out);
}

std::string Base(const std::string& path) {
  return std::filesystem::path(path).filename();
}

TEST(Seeds, ListsTheFiveDocumentsWithTheirDates) {
  if (SeedFiles().empty()) GTEST_SKIP() << "../shared/seeds not present";
  const auto j = CheckSeeds({});
  ASSERT_EQ(j["documents"].size(), 5u);
  const char* kDates[] = {"2024-01-03", "2024-02-01", "2024-01-29", "2025-01-13", "2024-01-29"};
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(j["documents"][i]["published"], kDates[i]);
}

void ExpectStaleThreeAndNothingElse(const nlohmann::json& j, bool with_facts) {
  std::set<std::string> stale_files;
  for (const auto& f : j["findings"]) {
    // Nothing listed as consistent or as a trap: no age, count, duration,
    // relation or character finding.
    EXPECT_NE(f["attribute"], "age") << f.dump(2);
    for (const char* character : {"Mark Scout", "Helly", "Dylan", "Harmony Cobel", "Jame Egan"})
      EXPECT_EQ(f["subject"].get<std::string>().find(character), std::string::npos) << f.dump(2);
    if (f["kind"] != "stale") continue;
    stale_files.insert(Base(f["location"]["path"]));
    bool names_superseding = false, names_announcement = false;
    for (const auto& rel : f["related"]) {
      names_superseding |= Base(rel["path"]) == "003_b8e07f832422d4bf.txt";
      names_announcement |= rel["note"].get<std::string>().find("2024-07-10") != std::string::npos;
    }
    EXPECT_TRUE(names_superseding) << f.dump(2);
    if (with_facts) {
      EXPECT_TRUE(names_announcement ||
                  f["message"].get<std::string>().find("2024-07-10") != std::string::npos)
          << f.dump(2);
    }
  }
  for (const char* required :
       {"001_7ac0d28ff7a40306.txt", "002_9d746a204943e362.txt", "004_60d9afc04a082fe5.txt"})
    EXPECT_TRUE(stale_files.count(required)) << required << "\n" << j["findings"].dump(2);
  // 000's "didn't provide any specifics on when" is optional; nothing else is stale.
  for (const std::string& f : stale_files) EXPECT_TRUE(f != "003_b8e07f832422d4bf.txt") << f;
}

TEST(Seeds, ReportsTheThreeStaleStatementsWithoutFacts) {
  if (SeedFiles().empty()) GTEST_SKIP() << "../shared/seeds not present";
  ExpectStaleThreeAndNothingElse(CheckSeeds({}), false);
}

TEST(Seeds, ReportsTheThreeStaleStatementsWithFacts) {
  if (SeedFiles().empty()) GTEST_SKIP() << "../shared/seeds not present";
  const auto j = CheckSeeds({"--facts", "facts"});
  ExpectStaleThreeAndNothingElse(j, true);
  for (const auto& f : j["findings"]) EXPECT_NE(f["kind"], "fact-contradiction") << f.dump(2);
}

}  // namespace
}  // namespace factlint::testing
