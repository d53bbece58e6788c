#include "checker/core/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace factlint {
namespace {

struct Sha256Case {
  std::string input;
  const char* hex;
  const char* base64;
};

// FIPS 180-4 examples, plus a 64-byte input (padding spills into a second block).
const Sha256Case kCases[] = {
    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
     "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="},
    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
     "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="},
    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
     "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE="},
    {std::string(64, 'a'), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
     "/+BU/nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs="},
};

TEST(Sha256Test, KnownDigests) {
  for (const Sha256Case& c : kCases) {
    const Sha256Digest digest = Sha256(c.input);
    EXPECT_EQ(Hex(digest), c.hex) << c.input;
    EXPECT_EQ(Base64(digest), c.base64) << c.input;
  }
}

}  // namespace
}  // namespace factlint
