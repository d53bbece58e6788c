// Fuzzes rule files: any YAML text is a rule set (whose examples then run) or
// an error at path:line:col, never a crash.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "checker/rules/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto set = factlint::rules::RuleSet::LoadTexts({{"fuzz.yaml", text}});
  if (set.ok()) {
    std::ostringstream out;
    factlint::rules::RunExamples(*set, nullptr, out);
  }
  return 0;
}
