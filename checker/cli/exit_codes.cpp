// The one place an error's category becomes the process's exit code
// (commands.h lists the codes).
#include <iostream>

#include "checker/cli/commands.h"

namespace factlint::cli {

int ExitCodeFor(ErrorCategory category) {
  return category == ErrorCategory::kInternal ? kExitInternal : kExitUsageOrInput;
}

int Fail(const Error& error) {
  std::cerr << error.ToString() << "\n";
  return ExitCodeFor(error.category);
}

}  // namespace factlint::cli
