// Fuzzes fact files: any YAML text is a fact base or an error at
// path:line:col, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/facts/fact_base.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  factlint::facts::LoadFactBaseFromFiles({{"fuzz.yaml", text}});
  return 0;
}
