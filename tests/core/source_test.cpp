#include "checker/core/source.h"

#include <gtest/gtest.h>

#include "checker/core/document.h"

namespace factlint {
namespace {

TEST(SourceText, ColumnsCountCodePoints) {
  SourceText src("a.txt", "h\xC3\xA9llo\nw\xF0\x9F\xAB\xA1rld");
  EXPECT_EQ(src.PositionOf(0).line, 1);
  EXPECT_EQ(src.PositionOf(3).column, 3);  // after "hé"
  EXPECT_EQ(src.PositionOf(7).line, 2);
  EXPECT_EQ(src.PositionOf(7).column, 1);
  EXPECT_EQ(src.PositionOf(12).column, 3);  // after "w" and the emoji
  EXPECT_EQ(src.Line(2), "w\xF0\x9F\xAB\xA1rld");
}

TEST(SourceText, CrLfIsOneLineEnd) {
  SourceText src("a.txt", "one\r\ntwo\rthree");
  EXPECT_EQ(src.line_count(), 3);
  EXPECT_EQ(src.PositionOf(5).line, 2);
  EXPECT_EQ(src.PositionOf(9).line, 3);
  EXPECT_EQ(src.Line(1), "one");
}

// The code point index must agree with counting from the line's start at
// every offset, across block boundaries, multi-byte characters, several
// lines and one past the end (also when the size is a multiple of a block).
TEST(SourceText, IndexedColumnsMatchCountingOnLongLines) {
  for (const size_t size : {size_t{0}, size_t{255}, size_t{256}, size_t{512}, size_t{1500}}) {
    std::string bytes;
    for (size_t i = 0; bytes.size() < size; ++i) {
      if (i % 97 == 96)
        bytes += '\n';
      else if (i % 5 == 0)
        bytes += "\xC3\xA9";  // é, two bytes
      else
        bytes += 'a';
    }
    bytes.resize(size);  // may cut a character: columns still count lead bytes
    const SourceText src("a.txt", bytes);
    int line = 1, column = 1;
    for (size_t offset = 0; offset <= bytes.size(); ++offset) {
      const Position at = src.PositionOf(offset);
      ASSERT_EQ(at.line, line) << "size " << size << " offset " << offset;
      ASSERT_EQ(at.column, column) << "size " << size << " offset " << offset;
      if (offset == bytes.size()) break;
      if (bytes[offset] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(bytes[offset]) & 0xC0) != 0x80) {
        ++column;
      }
    }
  }
}

TEST(SourceText, ColumnOffsetAndLineWidth) {
  std::string line(300, 'a');
  line += "\xC3\xA9z";
  const SourceText src("a.txt", "x\n" + line + "\nlast");
  EXPECT_EQ(src.LineWidth(2), 302);
  EXPECT_EQ(src.ColumnOffset(2, 1), 0u);
  EXPECT_EQ(src.ColumnOffset(2, 301), 300u);  // é
  EXPECT_EQ(src.ColumnOffset(2, 302), 302u);  // z, after é's two bytes
  EXPECT_EQ(src.ColumnOffset(2, 303), 303u);  // past the last column: the line's length
  EXPECT_EQ(src.LineWidth(3), 4);
}

TEST(OffsetMap, PiecewiseRuns) {
  // text "a&b" from source "a&amp;b": run at 0->0, 1->[1,6) (the entity), 2->6.
  OffsetMap map;
  map.Add(0, 0);
  map.AddReplacement(1, 1, 6);
  map.Add(2, 6);
  EXPECT_EQ(map.ToSource(0), 0u);
  EXPECT_EQ(map.ToSource(1), 1u);
  EXPECT_EQ(map.ToSource(2), 6u);
  EXPECT_EQ(map.ToSource(3), 7u);
  EXPECT_EQ(map.ToSourceEnd(1), 1u);
  EXPECT_EQ(map.ToSourceEnd(2), 6u);  // after "&amp;"
  EXPECT_EQ(map.ToSourceEnd(3), 7u);
}

TEST(Document, LocationOfMapsThroughOffsets) {
  Document doc;
  doc.path = "a.html";
  doc.source = std::make_shared<SourceText>("a.html", "<p>Hi &amp; bye</p>\n<p>Scott, 50</p>");
  doc.text = "Hi & bye\n\nScott, 50";
  doc.offsets.Add(0, 3);
  doc.offsets.AddReplacement(3, 6, 11);  // "&" <- "&amp;"
  doc.offsets.Add(4, 11);                // " bye"
  doc.offsets.Add(8, 15);                // paragraph break <- "</p>\n<p>"
  doc.offsets.Add(10, 23);               // "Scott, 50"
  const Location loc = doc.LocationOf({10, 19});
  EXPECT_EQ(loc.line, 2);
  EXPECT_EQ(loc.column, 4);
  EXPECT_EQ(loc.end_line, 2);
  EXPECT_EQ(loc.end_column, 13);
  EXPECT_EQ(loc.text, "Scott, 50");
  const Location amp = doc.LocationOf({3, 4});
  EXPECT_EQ(amp.column, 7);
  EXPECT_EQ(amp.end_column, 12);  // one past "&amp;"
}

}  // namespace
}  // namespace factlint
