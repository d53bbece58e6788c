#include "checker/core/utf8.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(Utf8, FindInvalid) {
  const struct {
    std::string text;
    std::optional<size_t> bad;
  } kCases[] = {
      {"plain ascii", std::nullopt},
      {"caf\xC3\xA9", std::nullopt},
      {"\xF0\x9F\xAB\xA1", std::nullopt},
      {"ab\xFF", 2},
      {"a\xC3", 1},              // truncated
      {"a\xC0\xAF", 1},          // overlong
      {"\xED\xA0\x80", 0},       // surrogate
      {"x\xF4\x90\x80\x80", 1},  // above U+10FFFF
      {"\x80", 0},               // lone continuation
  };
  for (const auto& c : kCases) EXPECT_EQ(utf8::FindInvalid(c.text), c.bad) << c.text;
}

TEST(Utf8, ValidateNamesLineAndColumn) {
  EXPECT_TRUE(utf8::Validate("a.yaml", "ok: caf\xC3\xA9\n", "rule files").ok());
  const Status bad = utf8::Validate("a.yaml", "one: 1\ntwo: caf\xE9\n", "rule files");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().ToString(),
            "a.yaml:2:9: error: invalid UTF-8 (byte 0xe9); rule files must be UTF-8");
}

TEST(Utf8, ValidateTextRejectsControlCharacters) {
  EXPECT_TRUE(utf8::ValidateText("a.yaml", "ok:\tyes\r\n", "rule files").ok());
  const Status bad =
      utf8::ValidateText("a.yaml", std::string("one: 1\ntwo: x") + '\0' + "\n", "rule files");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().ToString(),
            "a.yaml:2:7: error: control character U+0000; rule files must be text");
}

TEST(Utf8, LooksBinary) {
  EXPECT_TRUE(utf8::LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(utf8::LooksBinary("a normal\tline\r\n"));
}

TEST(Utf8, AppendAndDecodeRoundTrip) {
  for (char32_t cp : {U'a', U'\u00e9', U'\u2014', U'\U0001FAE1'}) {
    std::string s;
    utf8::Append(cp, s);
    size_t pos = 0;
    EXPECT_EQ(utf8::Decode(s, pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

}  // namespace
}  // namespace factlint
