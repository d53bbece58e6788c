// Golden files: every format rendered from GoldenRunReport() must equal
// tests/report/golden/<file> byte for byte. After an intended change to a
// format, regenerate them and review the diff:
//
//   FACTLINT_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "checker/report/report.h"
#include "tests/report/fixture.h"

namespace factlint::report {
namespace {

struct GoldenCase {
  const char* format;
  bool color;
  const char* file;
};

constexpr GoldenCase kGoldenCases[] = {
    {"text", false, "report.txt"},          {"text", true, "report.color.txt"},
    {"json", false, "report.json"},         {"sarif", false, "report.sarif"},
    {"github", false, "report.github.txt"}, {"junit", false, "report.junit.xml"},
    {"html", false, "report.html"},
};

std::string GoldenPath(const char* file) {
  return std::string(FACTLINT_SOURCE_DIR) + "/tests/report/golden/" + file;
}

// "line N:\n  expected: ...\n  actual:   ..." for the first line that differs.
std::string FirstDifference(const std::string& actual, const std::string& expected) {
  std::istringstream a(actual);
  std::istringstream e(expected);
  std::string actual_line;
  std::string expected_line;
  for (int line = 1;; ++line) {
    const bool more_actual = static_cast<bool>(std::getline(a, actual_line));
    const bool more_expected = static_cast<bool>(std::getline(e, expected_line));
    if (!more_actual && !more_expected) return "the end of the file";
    if (!more_actual) actual_line = "<end of output>";
    if (!more_expected) expected_line = "<end of golden file>";
    if (actual_line != expected_line || !more_actual || !more_expected) {
      return "line " + std::to_string(line) + ":\n  expected: " + expected_line +
             "\n  actual:   " + actual_line;
    }
  }
}

bool Updating() {
  const char* update = std::getenv("FACTLINT_UPDATE_GOLDEN");
  return update != nullptr && std::string(update) == "1";
}

TEST(GoldenTest, EveryFormatMatchesItsGoldenFile) {
  const RunReport run = testing::GoldenRunReport();
  for (const GoldenCase& c : kGoldenCases) {
    SCOPED_TRACE(c.file);
    auto reporter = MakeReporter(c.format);
    ASSERT_NE(reporter, nullptr);
    RenderOptions options;
    options.color = c.color;
    const std::string actual = reporter->Render(run, options);
    if (Updating()) {
      std::ofstream(GoldenPath(c.file), std::ios::binary) << actual;
      continue;
    }
    std::ifstream in(GoldenPath(c.file), std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file " << GoldenPath(c.file)
                    << "; create it with FACTLINT_UPDATE_GOLDEN=1";
    std::stringstream expected;
    expected << in.rdbuf();
    EXPECT_TRUE(actual == expected.str())
        << "the " << c.format << " output changed at " << FirstDifference(actual, expected.str())
        << "\nif that is intended, rerun with FACTLINT_UPDATE_GOLDEN=1 and review the diff of "
        << "tests/report/golden/";
  }
}

TEST(GoldenTest, EveryFormatHasAGoldenCase) {
  for (const std::string& name : FormatNames()) {
    bool covered = false;
    for (const GoldenCase& c : kGoldenCases) covered = covered || name == c.format;
    EXPECT_TRUE(covered) << name;
  }
}

}  // namespace
}  // namespace factlint::report
