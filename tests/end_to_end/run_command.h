// Runs the built `factlint` binary the way a user does and captures what it
// prints, for end-to-end tests.
#pragma once

#include <string>
#include <vector>

namespace factlint::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs FACTLINT_BINARY with `args` in the source directory (so paths in
// reports are the stable relative ones), with `input` on standard input.
CommandResult RunFactlint(const std::vector<std::string>& args, const std::string& input = "");

std::string SourceDir();
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);

// Writes a newsroom's own claim rule to `path`: house-coach-age, an age in
// brackets after "coach" ("coach Dana Ruiz (52)"), with one positive and
// one negative example.
void WriteHouseRule(const std::string& path);

// Compares `actual` with golden file `name` under tests/end_to_end/golden/,
// or rewrites the golden file when FACTLINT_UPDATE_GOLDEN=1.
void ExpectGolden(const std::string& name, const std::string& actual);

}  // namespace factlint::testing
