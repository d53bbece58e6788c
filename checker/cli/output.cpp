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
    if (!out) return Error{path, 0, 0, std::string("cannot write: ") + std::strerror(errno), ""};
    out << content;
    out.close();
    if (!out) {
      std::remove(temp.c_str());
      return Error{path, 0, 0, "cannot write: the disk may be full", ""};
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(temp.c_str());
    return Error{path, 0, 0, "cannot write: " + why, ""};
  }
  return {};
}

bool StdoutWantsColor() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(STDOUT_FILENO) != 0;
}

}  // namespace factlint::cli
