// Spans of Document::text map back to the original file's line and column
// (1-based, code points) in every format, whatever was decoded or dropped
// before them.
#include <gtest/gtest.h>

#include <string>

#include "checker/load/load.h"

namespace factlint::load {
namespace {

struct PositionCase {
  const char* name;
  const char* path;
  std::string bytes;
  const char* needle;  // found in Document::text (of the document `doc_index`)
  size_t doc_index;
  int line, column, end_line, end_column;
  const char* source;  // the file's bytes the span covers
};

TEST(LoadPositions, SpansMapToTheOriginalFile) {
  const PositionCase cases[] = {
      {"text: accents and an emoji before", "a.txt",
       " date 2024-03-05 Inès Calloway, 47, said so.\nÓlafur said 🫡 it’s April 12.",
       "April 12", 0, 2, 20, 2, 28, "April 12"},
      {"text: on the date line", "a.txt", " date 2024-03-05 Inès Calloway, 47, said so.", "47", 0,
       1, 33, 1, 35, "47"},
      {"text: CRLF line ends", "a.txt",
       " date 2024-03-05 First line.\r\n\r\nSecond “line” here.\r\nThird 47.", "47", 0, 4, 7, 4, 9,
       "47"},
      {"text: BOM is not a column", "a.txt", "\xEF\xBB\xBF date 2024-03-05 Café opens.", "opens", 0,
       1, 23, 1, 28, "opens"},
      {"html: entities before the span", "a.html",
       "<p>AT&amp;T and Caf&eacute; &mdash; then 47 years</p>", "47", 0, 1, 42, 1, 44, "47"},
      {"html: span over an entity", "a.html",
       "<p>AT&amp;T and Caf&eacute; &mdash; then 47 years</p>", "AT&T", 0, 1, 4, 1, 12, "AT&amp;T"},
      {"html: span ending in an entity", "a.html",
       "<p>AT&amp;T and Caf&eacute; &mdash; then 47 years</p>", "Café", 0, 1, 17, 1, 28,
       "Caf&eacute;"},
      {"html: later line, tags and quotes", "a.html",
       "<html><body>\n<article>\n<p>Line one.</p>\n<p>Ólafur, 47, said &ldquo;hi&rdquo;.</p>\n"
       "</article></body></html>",
       "hi", 0, 4, 28, 4, 30, "hi"},
      {"html: collapsed whitespace across lines", "a.html", "<p>Returns on\n    April&nbsp;12.</p>",
       "on April 12", 0, 1, 12, 2, 18, "on\n    April&nbsp;12"},
      {"markdown: link and emphasis before", "a.md",
       "---\ndate: 2024-03-05\n---\nSee [Véranne](https://example.com/v) and *Inès*, 47.", "47", 0,
       4, 50, 4, 52, "47"},
      {"markdown: link text itself", "a.md",
       "---\ndate: 2024-03-05\n---\nSee [Véranne](https://example.com/v) and *Inès*, 47.",
       "Véranne", 0, 4, 6, 4, 13, "Véranne"},
      {"markdown: CRLF, heading and joined lines", "a.md",
       "---\r\ndate: 2024-03-05\r\n---\r\n# Title\r\n\r\nThe **show** returns\r\non April 12.",
       "April 12", 0, 7, 4, 7, 12, "April 12"},
      {"markdown: comment and code before", "a.md",
       "---\ndate: 2024-03-05\n---\n<!-- factlint-disable -->`Ólafur` is 47.", "47", 0, 4, 38, 4,
       40, "47"},
      {"jsonl: escapes before the span", "a.jsonl",
       "{\"published\": \"2024-03-05\", \"body\": \"First.\"}\n"
       "{\"published\": \"2024-03-05\", \"body\": \"Line\\none \\\"q\\\" it\\u2019s \\ud83e\\udee1 "
       "then 47 years\"}",
       "47", 1, 2, 82, 2, 84, "47"},
      {"jsonl: a \\u escape inside the span", "a.jsonl",
       "{\"published\": \"2024-03-05\", \"body\": \"Line\\none \\\"q\\\" it\\u2019s \\ud83e\\udee1 "
       "then 47 years\"}",
       "it’s", 0, 1, 54, 1, 63, "it\\u2019s"},
      {"jsonl: a surrogate pair is one character", "a.jsonl",
       "{\"published\": \"2024-03-05\", \"body\": \"Line\\none \\\"q\\\" it\\u2019s \\ud83e\\udee1 "
       "then 47 years\"}",
       "🫡", 0, 1, 64, 1, 76, "\\ud83e\\udee1"},
      {"jsonl: raw non-ASCII in the line", "a.jsonl",
       "{\"title\": \"Été\", \"published\": \"2024-03-05\", \"body\": \"Ólafur, 47.\"}", "47", 0, 1,
       62, 1, 64, "47"},
      {"jsonl: HTML body", "a.jsonl",
       "{\"published\": \"2024-03-05\", \"body\": \"<p>Caf&eacute; \\u00e9 opened</p><p>Part "
       "47.</p>\"}",
       "47", 0, 1, 78, 1, 80, "47"},
  };
  for (const PositionCase& c : cases) {
    SCOPED_TRACE(c.name);
    auto docs = LoadBuffer(c.path, c.bytes, Role::kDraft);
    ASSERT_TRUE(docs.ok()) << docs.error().ToString();
    ASSERT_LT(c.doc_index, docs->size());
    const Document& doc = (*docs)[c.doc_index];
    const size_t at = doc.text.find(c.needle);
    ASSERT_NE(at, std::string::npos) << doc.text;
    const Span span{static_cast<uint32_t>(at),
                    static_cast<uint32_t>(at + std::string(c.needle).size())};
    const Location loc = doc.LocationOf(span);
    EXPECT_EQ(loc.path, c.path);
    EXPECT_EQ(loc.line, c.line);
    EXPECT_EQ(loc.column, c.column);
    EXPECT_EQ(loc.end_line, c.end_line);
    EXPECT_EQ(loc.end_column, c.end_column);
    EXPECT_EQ(loc.text, c.needle);
    const uint32_t begin = doc.offsets.ToSource(span.begin);
    const uint32_t end = doc.offsets.ToSourceEnd(span.end);
    EXPECT_EQ(doc.source->bytes().substr(begin, end - begin), c.source);
  }
}

}  // namespace
}  // namespace factlint::load
