// Byte sizes for --max-document-size and `max-document-size:` (byte_size.h).
#include "checker/core/byte_size.h"

#include <cctype>
#include <utility>

namespace factlint {
namespace {

// The byte units a size may end with, lowercased, and the bytes each is:
// binary all, so "kb" is the same as "kib" (byte_size.h).
constexpr std::pair<std::string_view, uint64_t> kByteUnits[] = {
    {"", 1},
    {"b", 1},
    {"k", uint64_t{1} << 10},
    {"kib", uint64_t{1} << 10},
    {"kb", uint64_t{1} << 10},
    {"m", uint64_t{1} << 20},
    {"mib", uint64_t{1} << 20},
    {"mb", uint64_t{1} << 20},
    {"g", uint64_t{1} << 30},
    {"gib", uint64_t{1} << 30},
    {"gb", uint64_t{1} << 30},
};

std::optional<uint64_t> ByteUnitScale(std::string_view unit) {
  for (const auto& [name, scale] : kByteUnits)
    if (unit == name) return scale;
  return std::nullopt;
}

}  // namespace

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
  const std::optional<uint64_t> scale = ByteUnitScale(unit);
  if (!scale || value > kMax / *scale) return std::nullopt;
  return value * *scale;
}

std::string FormatByteSize(uint64_t bytes) {
  if (bytes != 0 && bytes % (uint64_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes != 0 && bytes % (uint64_t{1} << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace factlint
