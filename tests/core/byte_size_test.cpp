// Byte sizes as flags and .factlint.yaml write them ("16MiB"), and back.
#include "checker/core/byte_size.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(ByteSize, ParsesBinaryUnitsAndPlainBytes) {
  EXPECT_EQ(ParseByteSize("16MiB"), uint64_t{16} << 20);
  EXPECT_EQ(ParseByteSize("16M"), uint64_t{16} << 20);
  EXPECT_EQ(ParseByteSize("16 mib"), uint64_t{16} << 20);
  EXPECT_EQ(ParseByteSize("512KiB"), uint64_t{512} << 10);
  EXPECT_EQ(ParseByteSize("1GiB"), uint64_t{1} << 30);
  EXPECT_EQ(ParseByteSize("1000"), 1000u);
}

TEST(ByteSize, RejectsWhatIsNoSize) {
  for (const char* bad : {"", "MiB", "-1", "1.5MiB", "16 TiB", "16MiBs", "99999999999999"})
    EXPECT_FALSE(ParseByteSize(bad).has_value()) << bad;
}

TEST(ByteSize, FormatsInTheLargestExactUnit) {
  EXPECT_EQ(FormatByteSize(uint64_t{16} << 20), "16 MiB");
  EXPECT_EQ(FormatByteSize(1536), "1536 bytes");  // 1.5 KiB: not exact
  EXPECT_EQ(FormatByteSize(2048), "2 KiB");
  EXPECT_EQ(FormatByteSize(1000), "1000 bytes");
}

}  // namespace
}  // namespace factlint
