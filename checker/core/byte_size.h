// Byte sizes as people write them in flags and configuration: "16MiB",
// "16M", "512KiB", "1GiB" or a plain number of bytes. Units are binary
// (K = KiB = 1024 bytes); no fractions, no negative sizes, nothing above
// 2^40 bytes (a size that large is a typo, not a limit).
//
//   std::optional<uint64_t> max = ParseByteSize("16MiB");  // 16777216
//   FormatByteSize(16777216);                               // "16 MiB"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint {

std::optional<uint64_t> ParseByteSize(std::string_view text);

// "16 MiB" when exact in MiB, "512 KiB" when exact in KiB, else "N bytes".
std::string FormatByteSize(uint64_t bytes);

}  // namespace factlint
