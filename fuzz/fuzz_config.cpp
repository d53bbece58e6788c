// Fuzzes .factlint.yaml parsing and validation: any text is a configuration
// or an error at path:line:col, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/config/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  factlint::config::ParseConfig(yaml, "/fuzz/.factlint.yaml");
  return 0;
}
