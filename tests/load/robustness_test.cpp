// Malformed input never crashes a loader or the segmenter, and whatever
// loads keeps the invariants later stages rely on: valid UTF-8 text, offsets
// inside the file, sentences inside the text.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "checker/core/utf8.h"
#include "checker/load/load.h"
#include "checker/segment/segment.h"

namespace factlint::load {
namespace {

// Pieces that matter to some format, glued at random.
const char* const kPieces[] = {"<",
                               ">",
                               "</",
                               "<p>",
                               "</p>",
                               "<script>",
                               "</script>",
                               "<article>",
                               "<!--",
                               "-->",
                               "&amp;",
                               "&#x2019;",
                               "&#",
                               "&",
                               "\"",
                               "'",
                               "\\",
                               "\\u00e9",
                               "\\ud83e",
                               "\\n",
                               "{",
                               "}",
                               "[",
                               "]",
                               "(",
                               ")",
                               ":",
                               ",",
                               "*",
                               "_",
                               "`",
                               "#",
                               "---",
                               "\n",
                               "\r\n",
                               " ",
                               "date",
                               " date 2024-01-29 ",
                               "é",
                               "’",
                               "“",
                               "”",
                               "🫡",
                               ".",
                               "Oct.",
                               "A",
                               "published",
                               "body",
                               "{\"published\": \"2024-01-01\", \"body\": \"",
                               "\"}\n",
                               "...",
                               "U.S.",
                               "!",
                               "?"};

TEST(LoadRobustness, RandomMarkupNeverBreaksInvariants) {
  std::mt19937 rng(20240129);  // fixed seed: the same inputs every run
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 60);
  const char* const paths[] = {"r.txt", "r.md", "r.html", "r.jsonl"};
  int loaded = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string bytes;
    for (int n = length(rng); n > 0; --n) bytes += kPieces[piece(rng)];
    const char* path = paths[round % 4];
    auto docs = LoadBuffer(path, bytes, Role::kDraft);
    if (!docs.ok()) {
      EXPECT_EQ(docs.error().path, path);
      EXPECT_FALSE(docs.error().message.empty());
      continue;
    }
    ++loaded;
    for (Document& doc : *docs) {
      ASSERT_FALSE(utf8::FindInvalid(doc.text).has_value()) << path << ": " << bytes;
      const size_t size = doc.source->bytes().size();
      for (uint32_t i = 0; i <= doc.text.size(); ++i)
        ASSERT_LE(doc.offsets.ToSource(i), size) << path << ": " << bytes;
      segment::Segment(doc);
      for (const Sentence& s : doc.sentences) {
        ASSERT_LE(s.span.end, doc.text.size());
        ASSERT_LT(s.span.begin, s.span.end);
        const Location loc = doc.LocationOf(s.span);
        ASSERT_GE(loc.line, 1);
        ASSERT_TRUE(loc.end_line > loc.line ||
                    (loc.end_line == loc.line && loc.end_column >= loc.column))
            << path << ": " << bytes;
      }
    }
  }
  EXPECT_GT(loaded, 500);  // the generator does reach the converters
}

}  // namespace
}  // namespace factlint::load
