// Byte sizes for --max-document-size and `max-document-size:` (byte_size.h).
#include "checker/core/byte_size.h"

#include <cctype>

namespace factlint {

std::optional<uint64_t> ParseByteSize(std::string_view text) {
  size_t i = 0;
  uint64_t value = 0;
  constexpr uint64_t kMax = uint64_t{1} << 40;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    value = value * 10 + static_cast<uint64_t>(text[i] - '0');
    if (value > kMax) return std::nullopt;
    ++i;
  }
  if (i == 0) return std::nullopt;
  while (i < text.size() && text[i] == ' ') ++i;
  // A byte unit as the flag or the config file writes it: this is the edge
  // that reads it, and bytes are no Unit (unit.h) of a claim's quantity.
  std::string unit;
  for (; i < text.size(); ++i)
    unit += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  uint64_t scale = 0;
  if (unit.empty() || unit == "b")
    scale = 1;
  else if (unit == "k" || unit == "kib" || unit == "kb")
    scale = uint64_t{1} << 10;
  else if (unit == "m" || unit == "mib" || unit == "mb")
    scale = uint64_t{1} << 20;
  else if (unit == "g" || unit == "gib" || unit == "gb")
    scale = uint64_t{1} << 30;
  else
    return std::nullopt;
  if (value > kMax / scale) return std::nullopt;
  return value * scale;
}

std::string FormatByteSize(uint64_t bytes) {
  if (bytes != 0 && bytes % (uint64_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes != 0 && bytes % (uint64_t{1} << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace factlint
