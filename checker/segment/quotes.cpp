// Pairing quotation marks. Double quotes (“ ” and ") are quotations by
// themselves. Single quotes are mostly apostrophes in English ("don’t",
// "fans’", "’90s"), so a ‘ or ' only opens a quotation at the start of a word,
// a ’ or ' only closes one at the end of a word, and an opened single quote
// that never closes in the paragraph is dropped.
#include "checker/segment/quotes.h"

#include <algorithm>

#include "checker/segment/text_scan.h"

namespace factlint::segment {
namespace {

constexpr char32_t kLeftDouble = 0x201C;   // “
constexpr char32_t kRightDouble = 0x201D;  // ”
constexpr char32_t kLeftSingle = 0x2018;   // ‘
constexpr char32_t kRightSingle = 0x2019;  // ’

// No code point there (the paragraph's edge).
constexpr char32_t kNoCodePoint = 0xFFFFFFFF;

bool IsOpeningContext(char32_t c) {
  if (c == kNoCodePoint) return true;
  return IsSpace(c) || c == '(' || c == '[' || c == '"' || c == kLeftDouble || c == 0x2014 ||
         c == 0x2013 || c == '-' || c == '/';
}

// "’90s", "‘90s": an elided century, not a quotation.
bool IsElidedYear(std::string_view text, uint32_t after, uint32_t end) {
  return after + 3 <= end && IsDigit(static_cast<unsigned char>(text[after])) &&
         IsDigit(static_cast<unsigned char>(text[after + 1])) &&
         (after + 2 == end || text[after + 2] == 's' ||
          !IsLetter(static_cast<unsigned char>(text[after + 2])));
}

}  // namespace

std::vector<Span> FindQuotes(std::string_view text, Span paragraph) {
  std::vector<Span> quotes;
  // Text offsets just after the open marks; kNone when no quotation is open.
  constexpr uint32_t kNone = UINT32_MAX;
  uint32_t double_open = kNone;
  uint32_t single_open = kNone;
  for (uint32_t i = paragraph.begin; i < paragraph.end;) {
    // Only quotation marks matter: skip every other byte (no mark is a
    // continuation byte, and all the curly ones start with 0xE2).
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != '"' && byte != '\'' && byte != 0xE2) {
      ++i;
      continue;
    }
    const CodePoint cp = At(text, i);
    if (cp.value != '"' && cp.value != '\'' && cp.value != kLeftDouble &&
        cp.value != kRightDouble && cp.value != kLeftSingle && cp.value != kRightSingle) {
      i = cp.end;
      continue;
    }
    const char32_t previous = i > paragraph.begin ? Before(text, i).value : kNoCodePoint;
    const char32_t next = cp.end < paragraph.end ? At(text, cp.end).value : kNoCodePoint;
    const bool word_before = previous != kNoCodePoint && !IsSpace(previous);
    const bool letter_after = next != kNoCodePoint && (IsLetter(next) || IsDigit(next));
    auto close_double = [&](uint32_t at) {
      quotes.push_back({double_open, at});
      double_open = kNone;
      single_open = kNone;  // a single quote cannot outlive the double one around it
    };
    switch (cp.value) {
      case kLeftDouble:
        if (double_open != kNone) close_double(cp.begin);
        double_open = cp.end;
        break;
      case kRightDouble:
        if (double_open != kNone) close_double(cp.begin);
        break;
      case '"':
        if (double_open != kNone) {
          close_double(cp.begin);
        } else {
          double_open = cp.end;
        }
        break;
      case kLeftSingle:
      case kRightSingle:
      case '\'': {
        const bool can_close = single_open != kNone && word_before && !letter_after;
        const bool can_open = cp.value != kRightSingle && IsOpeningContext(previous) &&
                              next != kNoCodePoint && !IsSpace(next) &&
                              !IsElidedYear(text, cp.end, paragraph.end);
        if (can_close) {
          quotes.push_back({single_open, cp.begin});
          single_open = kNone;
        } else if (can_open) {
          single_open = cp.end;
        }
        break;
      }
      default: break;
    }
    i = cp.end;
  }
  if (double_open != kNone) quotes.push_back({double_open, paragraph.end});
  std::sort(quotes.begin(), quotes.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return quotes;
}

}  // namespace factlint::segment
