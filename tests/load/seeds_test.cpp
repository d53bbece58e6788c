// The real seed articles (outside the repository) load with their dates, and
// segment without splitting "Oct. 31, 2022".
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "checker/load/load.h"
#include "checker/segment/segment.h"

namespace factlint::load {
namespace {

TEST(Seeds, LoadWithTheirDatesAndSegment) {
  const std::string dir = FACTLINT_SEEDS_DIR;
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " is not here";
  auto files = ExpandPaths({dir});
  ASSERT_TRUE(files.ok()) << files.error().ToString();
  std::vector<std::string> txt;
  for (const std::string& f : *files)
    if (f.size() > 4 && f.substr(f.size() - 4) == ".txt") txt.push_back(f);
  ASSERT_EQ(txt.size(), 5u);
  const char* expected_dates[] = {"2024-01-03", "2024-02-01", "2024-01-29", "2025-01-13",
                                  "2024-01-29"};
  bool found_october = false;
  for (size_t i = 0; i < txt.size(); ++i) {
    SCOPED_TRACE(txt[i]);
    auto docs = LoadFile(txt[i], Role::kArchive);
    ASSERT_TRUE(docs.ok()) << docs.error().ToString();
    ASSERT_EQ(docs->size(), 1u);
    Document& doc = docs->front();
    ASSERT_TRUE(doc.published.has_value());
    EXPECT_EQ(FormatIsoDate(*doc.published), expected_dates[i]);
    EXPECT_NE(doc.text.substr(0, 1), " ");  // the date line is gone
    segment::Segment(doc);
    EXPECT_GT(doc.paragraphs.size(), 3u);
    EXPECT_GT(doc.sentences.size(), doc.paragraphs.size());
    for (const Sentence& s : doc.sentences) {
      const std::string_view text = doc.Text(s.span);
      EXPECT_FALSE(text.size() >= 4 && text.substr(text.size() - 4) == "Oct.") << text;
      if (text.find("Oct. 31, 2022") != std::string_view::npos) found_october = true;
      // Positions land on the same text in the file.
      const Location loc = doc.LocationOf(s.span);
      EXPECT_EQ(doc.source->Line(loc.line).find(text.substr(0, 20)) != std::string_view::npos,
                true);
    }
  }
  EXPECT_TRUE(found_october);
}

}  // namespace
}  // namespace factlint::load
