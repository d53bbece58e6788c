// Writing a command's output: to standard output, or to a file that appears
// whole or not at all (written to a temporary beside it, then renamed), so a
// failed run never leaves a half-written report behind.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "checker/core/result.h"

namespace factlint::cli {

// `path` "-" or empty means standard output.
Status WriteOutput(const std::string& path, const std::string& content);

// True when standard output is a terminal and NO_COLOR is not set.
bool StdoutWantsColor();

// "factlint check: 1234 of 100000 articles (12%), 3.1 MB/s" on one line of
// standard error, rewritten in place: on a terminal once a run has taken
// more than a second, or always when `forced` (--progress); never in a pipe
// or a CI log unless asked. Safe to Update from the engine's callback.
class ProgressLine {
 public:
  ProgressLine(std::string command, std::string unit, bool forced);
  ~ProgressLine();  // ends the line, if one was shown
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  void Update(size_t done, size_t total, uint64_t bytes);

 private:
  std::string command_, unit_;
  bool enabled_;
  bool forced_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  bool shown_ = false;
};

}  // namespace factlint::cli
