// The maximum document size: a file above it is an input error naming the
// file and the limit (exit 2, no report written); the flag and
// `max-document-size:` in .factlint.yaml move the limit, the flag winning.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/end_to_end/run_command.h"

namespace factlint::testing {
namespace {

std::string Article(size_t at_least) {
  std::string text = " date 2026-03-04 ";
  while (text.size() < at_least) text += "Maya Okafor, 49, said the strike had ended. ";
  return text + "\n";
}

std::string TempDir(const std::string& name) {
  const std::string dir = ::testing::TempDir() + "factlint_size_" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(DocumentSize, AboveTheFlagsLimitExitsTwoNamingTheFile) {
  const std::string dir = TempDir("flag");
  WriteFile(dir + "/big.txt", Article(3000));
  const std::string report = dir + "/report.json";
  const CommandResult r = RunFactlint({"check", dir + "/big.txt", "--max-document-size", "2KiB",
                                       "--format", "json", "-o", report, "--no-config"});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(dir + "/big.txt: error: file is "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("maximum document size (2 KiB)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--max-document-size"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(report)) << "a report was written despite the error";
}

TEST(DocumentSize, BelowTheLimitIsChecked) {
  const std::string dir = TempDir("below");
  WriteFile(dir + "/small.txt", Article(1000));
  const CommandResult r =
      RunFactlint({"check", dir + "/small.txt", "--max-document-size", "2KiB", "--no-config"});
  EXPECT_NE(r.exit_code, 2) << r.err;
}

TEST(DocumentSize, ConfigurationSetsTheLimitAndTheFlagOverridesIt) {
  const std::string dir = TempDir("config");
  WriteFile(dir + "/big.txt", Article(3000));
  WriteFile(dir + "/.factlint.yaml", "max-document-size: 2KiB\n");
  const CommandResult limited =
      RunFactlint({"check", dir + "/big.txt", "--config", dir + "/.factlint.yaml"});
  EXPECT_EQ(limited.exit_code, 2) << limited.err;
  EXPECT_NE(limited.err.find("big.txt: error: file is "), std::string::npos) << limited.err;
  const CommandResult raised =
      RunFactlint({"check", dir + "/big.txt", "--config", dir + "/.factlint.yaml",
                   "--max-document-size", "1MiB"});
  EXPECT_NE(raised.exit_code, 2) << raised.err;
}

TEST(DocumentSize, ABadFlagValueIsAUsageError) {
  const CommandResult r =
      RunFactlint({"check", "samples/drafts", "--max-document-size", "lots", "--no-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--max-document-size 'lots'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace factlint::testing
