// Fuzzes the normalizer on arbitrary text: every time expression, duration,
// number and age it finds, as `factlint normalize` and the rules see them.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/normalize/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  factlint::normalize::Context context;
  context.ref = factlint::Date(2024, 1, 29);
  factlint::normalize::FindAll(text, context);
  return 0;
}
