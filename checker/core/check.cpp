#include "checker/core/check.h"

#include <cstdio>
#include <cstdlib>

namespace factlint::internal {

void CheckFailed(const char* file, int line, const char* condition, const char* message) {
  // stdio, not iostreams: this may run while a stream is mid-write.
  std::fflush(stdout);
  std::fprintf(stderr, "factlint: internal error: %s:%d: check failed: %s", file, line, condition);
  if (message != nullptr && *message != '\0') std::fprintf(stderr, " (%s)", message);
  std::fprintf(stderr,
               "\nThis is a bug in factlint, not in its input. Please report it with the "
               "command line and the files it read.\n");
  std::fflush(stderr);
  std::abort();
}

}  // namespace factlint::internal
