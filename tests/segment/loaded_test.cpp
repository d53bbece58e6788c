// A loaded article, segmented: sentences, their quotations, and where they
// are in the file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/load/load.h"
#include "checker/segment/segment.h"

namespace factlint::segment {
namespace {

TEST(SegmentLoaded, InterviewFixture) {
  auto docs =
      load::LoadFile(std::string(FACTLINT_SEGMENT_FIXTURES) + "/interview.txt", Role::kArchive);
  ASSERT_TRUE(docs.ok()) << docs.error().ToString();
  Document& doc = docs->front();
  Segment(doc);
  struct Expected {
    const char* begins_with;
    uint32_t paragraph;
    int line, column;
    std::vector<std::string> quotes;
  };
  const Expected expected[] = {
      {"Inès Calloway, 47,", 0, 1, 18, {}},
      {"“It has been a long road",
       1,
       3,
       1,
       {"It has been a long road bringing ‘The Glass Orchard’ back.", "The Glass Orchard"}},
      {"We shot for 118 days.", 1, 3, 61, {"We shot for 118 days."}},
      {"I’m grateful,” Calloway said.", 1, 3, 83, {"I’m grateful,"}},
      {"The series premiered in June 2022.", 1, 3, 113, {}},
      {"“We’re not done,” she added.", 2, 5, 1, {"We’re not done,"}},
      {"“Season 3 is written…", 2, 5, 30, {"Season 3 is written…"}},
      {"Mostly.”", 2, 5, 52, {"Mostly."}},
      {"Co-star Dev Okafor, who plays Mr. Thorn,", 3, 7, 1, {"a gift."}},
  };
  ASSERT_EQ(doc.sentences.size(), std::size(expected));
  for (size_t i = 0; i < std::size(expected); ++i) {
    SCOPED_TRACE(i);
    const Sentence& s = doc.sentences[i];
    EXPECT_EQ(doc.Text(s.span).rfind(expected[i].begins_with, 0), 0u) << doc.Text(s.span);
    EXPECT_EQ(s.paragraph, expected[i].paragraph);
    const Location loc = doc.LocationOf(s.span);
    EXPECT_EQ(loc.line, expected[i].line);
    EXPECT_EQ(loc.column, expected[i].column);
    std::vector<std::string> quotes;
    for (const Span& q : s.quotes) quotes.emplace_back(doc.Text(q));
    EXPECT_EQ(quotes, expected[i].quotes);
  }
}

}  // namespace
}  // namespace factlint::segment
