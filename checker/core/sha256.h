// SHA-256 (FIPS 180-4): the HTML report's Content-Security-Policy hashes
// ('sha256-<base64>'), SARIF's partialFingerprints and the claim ledger's
// content hashes and rule fingerprints. Small and dependency
// free; checked against the FIPS test vectors in tests/core/sha256_test.cpp.
//
//   Base64(Sha256("abc"))  // "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

using Sha256Digest = std::array<uint8_t, 32>;

Sha256Digest Sha256(std::string_view data);
std::string Hex(const Sha256Digest& digest);     // lowercase, 64 characters
std::string Base64(const Sha256Digest& digest);  // standard alphabet, padded

// Hex SHA-256 of several texts in order, each prefixed by its length, so
// ("ab", "c") and ("a", "bc") differ: the fingerprint of a set of files.
std::string DigestOf(const std::vector<std::string_view>& texts);

}  // namespace factlint
