// Paragraphs, then sentence boundaries inside each paragraph, then the
// quotations each sentence holds. See segment.h for the rules.
#include "checker/segment/segment.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "checker/segment/abbreviations.h"
#include "checker/segment/quotes.h"
#include "checker/segment/text_scan.h"

namespace factlint::segment {
namespace {

bool IsLineEnd(char c) {
  return c == '\n' || c == '\r';
}

bool IsTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

// Closing quotes and brackets that belong to the sentence they follow.
bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' || c == 0xBB;
}

bool IsOpener(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == '(' || c == '[' || c == 0xAB;
}

// [begin, end) without the spaces around it.
Span Trim(std::string_view text, Span s) {
  while (s.begin < s.end && IsSpace(At(text, s.begin).value)) s.begin = At(text, s.begin).end;
  while (s.end > s.begin && IsSpace(Before(text, s.end).value)) s.end = Before(text, s.end).begin;
  return s;
}

// The abbreviation candidate before the '.' at `dot`: letters and inner dots
// back to a space or an opening mark ("U.S" in "the U.S.", "Oct" in "(Oct.").
std::string_view WordBefore(std::string_view text, uint32_t begin, uint32_t dot) {
  uint32_t start = dot;
  while (start > begin) {
    const CodePoint cp = Before(text, start);
    if (!IsLetter(cp.value) && cp.value != '.') break;
    start = cp.begin;
  }
  while (start < dot && text[start] == '.') ++start;
  return text.substr(start, dot - start);
}

std::string_view WordAt(std::string_view text, uint32_t at, uint32_t end) {
  uint32_t stop = at;
  while (stop < end && IsLetter(At(text, stop).value)) stop = At(text, stop).end;
  return text.substr(at, stop - at);
}

// "born on November 14. 1948": a full stop typed for a comma between a
// month's day and its year, which a new sentence never opens with.
bool DayThenYear(std::string_view text, Span paragraph, uint32_t dot, uint32_t next) {
  auto digit = [&](uint32_t i) { return text[i] >= '0' && text[i] <= '9'; };
  // Four digits, a year from 1000 to 2099, and no more.
  if (next + 4 > paragraph.end) return false;
  for (uint32_t i = next; i < next + 4; ++i)
    if (!digit(i)) return false;
  if (!(text[next] == '1' || (text[next] == '2' && text[next + 1] == '0'))) return false;
  if (next + 4 < paragraph.end && (digit(next + 4) || IsLetter(At(text, next + 4).value)))
    return false;
  // One or two digits, spaces, and a month's name or its abbreviation.
  uint32_t i = dot;
  while (i > paragraph.begin && digit(i - 1) && dot - i < 3) --i;
  if (i == dot || dot - i > 2 || i == paragraph.begin || text[i - 1] != ' ') return false;
  while (i > paragraph.begin && text[i - 1] == ' ') --i;
  if (i > paragraph.begin && text[i - 1] == '.') --i;
  uint32_t start = i;
  while (start > paragraph.begin && IsLetter(At(text, start - 1).value)) --start;
  if (i - start < 3) return false;
  std::string word;
  for (uint32_t k = start; k < i; ++k)
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
  static constexpr const char* kMonths[] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};
  for (const char* month : kMonths)
    if (std::string_view(month).substr(0, word.size()) == word) return true;
  return false;
}

// Whether the terminator run text[term_begin, term_end), followed by closers
// up to `after_closers` and spaces up to `next`, ends a sentence.
bool EndsSentence(std::string_view text, Span paragraph, uint32_t term_begin, uint32_t term_end,
                  uint32_t after_closers, uint32_t next) {
  if (next >= paragraph.end) return true;
  if (next == after_closers) return false;  // "1.5", "U.S.-based", "Yahoo!News"
  const char32_t first = At(text, next).value;
  const std::string_view run = text.substr(term_begin, term_end - term_begin);
  const bool ellipsis = run.find("...") != std::string_view::npos ||
                        run.find("\xE2\x80\xA6") != std::string_view::npos;
  if (ellipsis) return IsUpper(first) || IsOpener(first);
  if (!IsUpper(first) && !IsDigit(first) && !IsOpener(first)) return false;
  if (run != "." || after_closers != term_end) return true;
  if (DayThenYear(text, paragraph, term_begin, next)) return false;

  const std::string_view word = WordBefore(text, paragraph.begin, term_begin);
  const std::string_view next_word = WordAt(text, next, paragraph.end);
  switch (ClassifyAbbreviation(word)) {
    case AbbreviationKind::kNone: return true;
    case AbbreviationKind::kTitle: return false;
    case AbbreviationKind::kBeforeNumber: return !IsDigit(first);
    case AbbreviationKind::kMonth: return !IsDigit(first) && IsSentenceOpener(next_word);
    case AbbreviationKind::kSoft: return IsSentenceOpener(next_word);
  }
  return true;
}

// Where to cut a sentence longer than kMaxSentenceBytes that starts at
// `begin`: after the last ';', else the last ',', else the last space in
// its second half; at a character boundary when it has none.
uint32_t CutPoint(std::string_view text, uint32_t begin, uint32_t end) {
  const uint32_t limit = std::min(end, begin + kMaxSentenceBytes);
  const uint32_t half = begin + kMaxSentenceBytes / 2;
  for (const char mark : {';', ',', ' '}) {
    for (uint32_t i = limit; i-- > half;)
      if (text[i] == mark) return i + 1;
  }
  uint32_t cut = limit;
  while (cut > begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut > begin ? cut : limit;
}

// "... gets a standing ovation tonight. — City Desk (@citydesk) June 16,
// 2023": a social media post embedded in the article, signed and dated. Its
// words are the poster's, as of that day, not the article's: the whole
// paragraph is a quotation.
bool IsEmbeddedPost(std::string_view paragraph) {
  static const RE2 kSignature(
      "\\(@[A-Za-z0-9_]{1,30}\\)[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?[ "
      "]+"
      "\\d{1,2},[ ]+\\d{4}[ ]*$");
  return RE2::PartialMatch(re2::StringPiece(paragraph.data(), paragraph.size()), kSignature);
}

void SegmentParagraph(Document& doc, Span paragraph, uint32_t index) {
  const std::string_view text = doc.text;
  std::vector<Span> quotes = FindQuotes(text, paragraph);
  if (IsEmbeddedPost(text.substr(paragraph.begin, paragraph.size()))) quotes = {paragraph};
  auto push = [&](Span s) {
    if (s.begin >= s.end) return;
    Sentence sentence;
    sentence.span = s;
    sentence.paragraph = index;
    for (const Span& q : quotes) {
      const Span part{std::max(q.begin, s.begin), std::min(q.end, s.end)};
      if (part.begin < part.end) sentence.quotes.push_back(part);
    }
    doc.sentences.push_back(std::move(sentence));
  };
  auto add_sentence = [&](Span s) {
    s = Trim(text, s);
    // A run of text with no full stop for pages (a broken export) is cut
    // into clauses: every stage after this one looks at a sentence as a
    // whole, and must cost in proportion to the document, not its square.
    while (s.end - s.begin > kMaxSentenceBytes) {
      const uint32_t cut = CutPoint(text, s.begin, s.end);
      push(Trim(text, {s.begin, cut}));
      s = Trim(text, {cut, s.end});
    }
    push(s);
  };

  uint32_t start = paragraph.begin;
  for (uint32_t i = paragraph.begin; i < paragraph.end;) {
    // Only terminators matter: skip other bytes ('.', '!', '?' are never
    // continuation bytes; the ellipsis starts with 0xE2).
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != '.' && byte != '!' && byte != '?' && byte != 0xE2) {
      ++i;
      continue;
    }
    const CodePoint cp = At(text, i);
    if (!IsTerminator(cp.value)) {
      i = cp.end;
      continue;
    }
    uint32_t term_end = cp.end;
    while (term_end < paragraph.end && IsTerminator(At(text, term_end).value))
      term_end = At(text, term_end).end;
    uint32_t after_closers = term_end;
    while (after_closers < paragraph.end && IsCloser(At(text, after_closers).value))
      after_closers = At(text, after_closers).end;
    uint32_t next = after_closers;
    while (next < paragraph.end && IsSpace(At(text, next).value)) next = At(text, next).end;
    if (EndsSentence(text, paragraph, cp.begin, term_end, after_closers, next)) {
      add_sentence({start, after_closers});
      start = next;
    }
    i = after_closers > term_end ? after_closers : term_end;
  }
  add_sentence({start, paragraph.end});
}

}  // namespace

void Segment(Document& doc) {
  doc.paragraphs.clear();
  doc.sentences.clear();
  const std::string_view text = doc.text;
  uint32_t line = 0;
  while (line < text.size()) {
    uint32_t end = line;
    while (end < text.size() && !IsLineEnd(text[end])) ++end;
    const Span paragraph = Trim(text, {line, end});
    if (paragraph.begin < paragraph.end) {
      const auto index = static_cast<uint32_t>(doc.paragraphs.size());
      doc.paragraphs.push_back(paragraph);
      SegmentParagraph(doc, paragraph, index);
    }
    line = end + 1;
  }
}

}  // namespace factlint::segment
