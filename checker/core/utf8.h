// UTF-8 helpers: validation with the offset of the first bad byte, code point
// counting for columns, and detection of binary content.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "checker/core/result.h"

namespace factlint::utf8 {

// Offset of the first byte that is not part of a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid),
// or nullopt when the whole text is valid.
std::optional<size_t> FindInvalid(std::string_view text);

// Ok, or an Error at the line and column of the first invalid byte of
// `text` (the contents of file `path`), saying what the file must be:
//   "rules/x.yaml:3:12: error: invalid UTF-8 (byte 0xe9); rule files must be UTF-8"
Status Validate(const std::string& path, std::string_view text, std::string_view what);

// Validate, and also an Error at the first control character YAML does not
// allow (anything below U+0020 but tab, line feed and carriage return, and
// U+007F): "rules/x.yaml:2:7: error: control character U+0000; rule files
// must be text". yaml-cpp may not return on such input (a NUL byte in a
// rule file kept it busy past 20 s), so every YAML reader calls this first.
Status ValidateText(const std::string& path, std::string_view text, std::string_view what);

// Number of code points in `text` (which must be valid UTF-8).
size_t CodePointCount(std::string_view text);

// True if the text looks like a binary file: it contains a NUL byte, or more
// than a few control characters other than tab, line feed, carriage return
// and form feed in its first 8 KiB.
bool LooksBinary(std::string_view text);

// Appends the UTF-8 encoding of `code_point` to `out`.
void Append(char32_t code_point, std::string& out);

// Decodes the code point starting at `text[pos]` (valid UTF-8 assumed) and
// advances `pos` past it.
char32_t Decode(std::string_view text, size_t& pos);

}  // namespace factlint::utf8
