// Sentence boundaries: one table, one loop.
#include "checker/segment/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factlint::segment {
namespace {

struct SplitCase {
  const char* text;
  std::vector<std::string> sentences;
};

std::vector<std::string> Split(const std::string& text) {
  Document doc;
  doc.text = text;
  Segment(doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Text(s.span));
  return out;
}

TEST(Segment, SentenceBoundaries) {
  const SplitCase cases[] = {
      // Plain boundaries.
      {"The show returns. It was renewed.", {"The show returns.", "It was renewed."}},
      {"Is it back? Yes! It is.", {"Is it back?", "Yes!", "It is."}},
      {"What a year!!! Then came 2023.", {"What a year!!!", "Then came 2023."}},
      {"Published in 2024. 2025 will be bigger.", {"Published in 2024.", "2025 will be bigger."}},
      {"It rained. Ólafur stayed.", {"It rained.", "Ólafur stayed."}},
      {"  Leading and trailing spaces.  ", {"Leading and trailing spaces."}},
      {"No final period", {"No final period"}},
      {"lowercase after a period. does not split.", {"lowercase after a period. does not split."}},
      // Months.
      {"It premiered on Oct. 31, 2022 in Los Angeles. Fans cheered.",
       {"It premiered on Oct. 31, 2022 in Los Angeles.", "Fans cheered."}},
      {"The film opens Sept. 5. Tickets are on sale.",
       {"The film opens Sept. 5.", "Tickets are on sale."}},
      {"She was born Aug. 3, 1990. Her show premiered Dec. 1.",
       {"She was born Aug. 3, 1990.", "Her show premiered Dec. 1."}},
      {"Filming wraps in Jan. The edit follows.", {"Filming wraps in Jan.", "The edit follows."}},
      {"Feb. and Nov. are quiet months.", {"Feb. and Nov. are quiet months."}},
      // A full stop typed for the comma between a day and its year.
      {"She was born on November 14. 1948, in London.",
       {"She was born on November 14. 1948, in London."}},
      {"The film opens Sept. 5. 2025 will be busier.",
       {"The film opens Sept. 5. 2025 will be busier."}},
      {"Chapter 14. 1948 was a hard year.", {"Chapter 14.", "1948 was a hard year."}},
      // Titles.
      {"Mr. Scott and Mrs. Lane met Dr. Okafor.", {"Mr. Scott and Mrs. Lane met Dr. Okafor."}},
      {"Ms. Rivera spoke. Prof. Hale did not.", {"Ms. Rivera spoke.", "Prof. Hale did not."}},
      {"Gov. Ruiz, Sen. Park and Rep. Diaz attended.",
       {"Gov. Ruiz, Sen. Park and Rep. Diaz attended."}},
      {"Gen. Marsh, Lt. Col. Ames and Capt. Reyes arrived.",
       {"Gen. Marsh, Lt. Col. Ames and Capt. Reyes arrived."}},
      {"She lives on St. Mark's Place. He does not.",
       {"She lives on St. Mark's Place.", "He does not."}},
      {"Martin Cole Jr. starred in it. He was 12.",
       {"Martin Cole Jr. starred in it.", "He was 12."}},
      {"The role went to Martin Cole Jr. The casting was a surprise.",
       {"The role went to Martin Cole Jr.", "The casting was a surprise."}},
      {"Dr. Okafor, 47, and Ms. Lane, 52, were cast. Filming starts Jan. 8.",
       {"Dr. Okafor, 47, and Ms. Lane, 52, were cast.", "Filming starts Jan. 8."}},
      // Initialisms.
      {"The U.S. market grew. The U.K. one shrank.",
       {"The U.S. market grew.", "The U.K. one shrank."}},
      {"She moved to the U.S. The move paid off.", {"She moved to the U.S.", "The move paid off."}},
      {"He flew to Washington, D.C. Then he rested.",
       {"He flew to Washington, D.C.", "Then he rested."}},
      {"They filmed in L.A. for a month.", {"They filmed in L.A. for a month."}},
      {"The show airs at 9 p.m. Eastern on Sundays.",
       {"The show airs at 9 p.m. Eastern on Sundays."}},
      {"The show airs at 9 p.m. It repeats at 11.",
       {"The show airs at 9 p.m.", "It repeats at 11."}},
      {"They met at 10 a.m. on Tuesday.", {"They met at 10 a.m. on Tuesday."}},
      {"The F.B.I. Director spoke.", {"The F.B.I. Director spoke."}},
      {"Some genres, e.g. Westerns, fade. Others, i.e. Musicals, return.",
       {"Some genres, e.g. Westerns, fade.", "Others, i.e. Musicals, return."}},
      {"Ask Ph.D. students.", {"Ask Ph.D. students."}},
      // Numbers and companies.
      {"It ranked No. 1 for weeks.", {"It ranked No. 1 for weeks."}},
      {"The trial (Case No. 4) began.", {"The trial (Case No. 4) began."}},
      {"Say no. Then leave.", {"Say no.", "Then leave."}},
      {"It was Ducks vs. Sharks tonight.", {"It was Ducks vs. Sharks tonight."}},
      {"It costs 5 vs. 7 dollars.", {"It costs 5 vs. 7 dollars."}},
      {"Acme Inc. bought it. Then Bolt Corp. sold it.",
       {"Acme Inc. bought it.", "Then Bolt Corp. sold it."}},
      {"Pollwise Co. Research found it. It was big.",
       {"Pollwise Co. Research found it.", "It was big."}},
      // Initials.
      {"J. R. R. Tolkien wrote it.", {"J. R. R. Tolkien wrote it."}},
      {"Michael B. Jordan stars. He also directs.",
       {"Michael B. Jordan stars.", "He also directs."}},
      {"They had a Plan B. The team tried it.", {"They had a Plan B.", "The team tried it."}},
      // Decimals and other dots inside words.
      {"Season 2 drew 1.5 million viewers. That doubled.",
       {"Season 2 drew 1.5 million viewers.", "That doubled."}},
      {"The budget was $2.5 million.", {"The budget was $2.5 million."}},
      {"Version 3.0 ships today.", {"Version 3.0 ships today."}},
      {"Apple.com reported it.", {"Apple.com reported it."}},
      // Ellipses.
      {"Wait... What happened?", {"Wait...", "What happened?"}},
      {"He paused... and then spoke.", {"He paused... and then spoke."}},
      {"It ended… Nobody knew.", {"It ended…", "Nobody knew."}},
      {"The count went 1... 2... 3.", {"The count went 1... 2... 3."}},
      {"“Filming has begun on the new season...” the actor wrote.",
       {"“Filming has begun on the new season...” the actor wrote."}},
      // Quotes and brackets after the terminator.
      {"“We are back,” she said. “It took a while.”",
       {"“We are back,” she said.", "“It took a while.”"}},
      {"“We are back!” she said.", {"“We are back!” she said."}},
      {"He said, “It is done.” Then he left.", {"He said, “It is done.”", "Then he left."}},
      {"He wrote \"The End.\" Then he slept.", {"He wrote \"The End.\"", "Then he slept."}},
      {"“Wait,” he said. “Really?” she asked.", {"“Wait,” he said.", "“Really?” she asked."}},
      {"The actress (pictured) smiled. (She won.) Then she left.",
       {"The actress (pictured) smiled.", "(She won.)", "Then she left."}},
      {"“We are working on it. 🫡,” she wrote.",
       {"“We are working on it. 🫡,” she wrote."}},
      // Apostrophes do not confuse anything.
      {"The ’90s are back. Fans’ posts and don’t-miss lists followed.",
       {"The ’90s are back.", "Fans’ posts and don’t-miss lists followed."}},
      // Paragraphs.
      {"First para. Still first.\n\nSecond para.\r\nThird\n",
       {"First para.", "Still first.", "Second para.", "Third"}},
      {"", {}},
      {"\n \n", {}},
  };
  for (const SplitCase& c : cases) EXPECT_EQ(Split(c.text), c.sentences) << c.text;
}

TEST(Segment, ParagraphIndicesAndSpans) {
  Document doc;
  doc.text = "  One. Two.\n\n\nThree.\n";
  Segment(doc);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.Text(doc.paragraphs[0]), "One. Two.");
  EXPECT_EQ(doc.Text(doc.paragraphs[1]), "Three.");
  ASSERT_EQ(doc.sentences.size(), 3u);
  const uint32_t expected_paragraph[] = {0, 0, 1};
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(doc.sentences[i].paragraph, expected_paragraph[i]);
  EXPECT_EQ(doc.SentenceAt(doc.sentences[1].span.begin), 1);
  // Segmenting again replaces, it does not append.
  Segment(doc);
  EXPECT_EQ(doc.sentences.size(), 3u);
}

// A post embedded in the article, signed and dated, is a quotation as a
// whole: its ages and dates are the poster's, on that day.
TEST(Segment, AnEmbeddedPostIsQuotedWhole) {
  Document doc;
  doc.text =
      "Ana Ruiz turns 90 on Friday.\nAna Ruiz, 88, gets an ovation tonight. What a night. — City "
      "Desk (@citydesk) June 16, 2023\n";
  Segment(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_TRUE(doc.sentences[0].quotes.empty());
  for (size_t i = 1; i < 3; ++i) {
    ASSERT_EQ(doc.sentences[i].quotes.size(), 1u) << doc.Text(doc.sentences[i].span);
    EXPECT_EQ(doc.sentences[i].quotes[0], doc.sentences[i].span);
  }
}

}  // namespace
}  // namespace factlint::segment

namespace factlint::segment {
namespace {

// A paragraph with no full stop for 60 KB (a broken export) is cut into
// pieces no longer than kMaxSentenceBytes, after a comma where it has one,
// and the pieces hold every word of it in order: nothing is dropped.
TEST(Segment, AnOverlongSentenceIsCutAtClausesAndKeepsEveryWord) {
  std::string text;
  for (int i = 0; i < 800; ++i)
    text += "Ana Ruiz, " + std::to_string(30 + i % 40) + ", said the strike had ended and ";
  text += "that was all.";
  const std::vector<std::string> pieces = Split(text);
  ASSERT_GT(pieces.size(), 15u);
  std::string joined;
  for (const std::string& piece : pieces) {
    EXPECT_LE(piece.size(), kMaxSentenceBytes);
    EXPECT_FALSE(piece.empty());
    joined += piece + " ";
  }
  EXPECT_EQ(joined, text + " ");
  // Cut after a comma: the next piece starts with the age or the name.
  EXPECT_EQ(pieces[0].back(), ',');
  // A word run with no space at all is cut on a character boundary.
  const std::vector<std::string> runs =
      Split(std::string(5000, 'a') + "é" + std::string(5000, 'b'));
  ASSERT_EQ(runs.size(), 6u);
  std::string all;
  for (const std::string& run : runs) all += run;
  EXPECT_EQ(all, std::string(5000, 'a') + "é" + std::string(5000, 'b'));
}

}  // namespace
}  // namespace factlint::segment
