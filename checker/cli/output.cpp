#include "checker/cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

namespace factlint::cli {

Status WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content << std::flush;
    return {};
  }
  const std::string temp = path + ".factlint-tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out)
      return Error{path, 0,
                   0,    std::string("cannot write: ") + std::strerror(errno),
                   "",   ErrorCategory::kOutput};
    out << content;
    out.close();
    if (!out) {
      std::remove(temp.c_str());
      return Error{path, 0, 0, "cannot write: the disk may be full", "", ErrorCategory::kOutput};
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(temp.c_str());
    return Error{path, 0, 0, "cannot write: " + why, "", ErrorCategory::kOutput};
  }
  return {};
}

bool StdoutWantsColor() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(STDOUT_FILENO) != 0;
}

ProgressLine::ProgressLine(std::string command, std::string unit, bool forced)
    : command_(std::move(command)),
      unit_(std::move(unit)),
      enabled_(forced || isatty(STDERR_FILENO) != 0),
      forced_(forced),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

ProgressLine::~ProgressLine() {
  if (shown_) std::fprintf(stderr, "\n");
}

void ProgressLine::Update(size_t done, size_t total, uint64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(now - start_).count();
  if (!forced_ && seconds < 1.0) return;
  // A few times a second is enough for a reader, and keeps a log short.
  if (shown_ && done != total && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double mb_per_s = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
  std::fprintf(stderr, "\rfactlint %s: %zu of %zu %s (%zu%%), %.1f MB/s", command_.c_str(), done,
               total, unit_.c_str(), total == 0 ? size_t{100} : done * 100 / total, mb_per_s);
  std::fflush(stderr);
  shown_ = true;
}

}  // namespace factlint::cli
