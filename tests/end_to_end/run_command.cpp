#include "tests/end_to_end/run_command.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace factlint::testing {
namespace {

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string SourceDir() {
  return FACTLINT_SOURCE_DIR;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

void WriteHouseRule(const std::string& path) {
  WriteFile(path,
            "kind: claim\nid: house-coach-age\nattribute: age\n"
            "pattern: '(?i:coach)[ ]+(?P<subject>{PERSON})[ ]+\\((?P<value>{ADULT_AGE})\\)'\n"
            "captures: {subject: person, value: age}\nexamples:\n"
            "  - text: 'The team fired coach Dana Ruiz (52) on Monday.'\n"
            "    claims: [{subject: Dana Ruiz, attribute: age, value: '52'}]\n"
            "  - text: 'The coach (52 wins) left.'\n    none: true\n");
}

CommandResult RunFactlint(const std::vector<std::string>& args, const std::string& input) {
  const std::string dir = ::testing::TempDir() + "factlint_e2e_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  const std::string in_path = dir + "/stdin", out_path = dir + "/stdout",
                    err_path = dir + "/stderr";
  WriteFile(in_path, input);
  std::string cmd =
      "cd " + ShellQuote(SourceDir()) + " && NO_COLOR=1 " + ShellQuote(FACTLINT_BINARY);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  cmd += " <" + ShellQuote(in_path) + " >" + ShellQuote(out_path) + " 2>" + ShellQuote(err_path);
  const int status = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out_path);
  r.err = ReadFile(err_path);
  return r;
}

void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::string path = SourceDir() + "/tests/end_to_end/golden/" + name;
  const char* update = std::getenv("FACTLINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    WriteFile(path, actual);
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path))
      << path << " is missing; run with FACTLINT_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(ReadFile(path), actual) << "golden " << name
                                    << " differs; if the change is intended, rerun with "
                                       "FACTLINT_UPDATE_GOLDEN=1 and review the diff";
}

}  // namespace factlint::testing
