// Writing a command's output: to standard output, or to a file that appears
// whole or not at all (written to a temporary beside it, then renamed), so a
// failed run never leaves a half-written report behind.
#pragma once

#include <string>

#include "checker/core/result.h"

namespace factlint::cli {

// `path` "-" or empty means standard output.
Status WriteOutput(const std::string& path, const std::string& content);

// True when standard output is a terminal and NO_COLOR is not set.
bool StdoutWantsColor();

}  // namespace factlint::cli
