// Quotations: which part of each sentence is quoted.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/segment/segment.h"

namespace factlint::segment {
namespace {

struct QuoteCase {
  const char* text;
  // For each sentence, the quoted parts inside it.
  std::vector<std::vector<std::string>> quotes;
};

TEST(Segment, Quotations) {
  const QuoteCase cases[] = {
      {"No quotes here.", {{}}},
      {"“It is long. It is done,” she said.", {{"It is long."}, {"It is done,"}}},
      {"“Give us a sign,” one fan wrote. “Soon!” came the reply.",
       {{"Give us a sign,"}, {"Soon!"}}},
      {"“First. Second. Third,” he said.", {{"First."}, {"Second."}, {"Third,"}}},
      {"She called it ‘Severance-like’ and left.", {{"Severance-like"}}},
      {"Fans’ posts don’t stop in the ’90s revival.", {{}}},
      {"‘90s kids loved it, said ‘Lumen’ fans.", {{"Lumen"}}},
      {"He said \"yes\" and \"no\".", {{"yes", "no"}}},
      {"“We’re back in ‘the office’ now,” he said.",
       {{"We’re back in ‘the office’ now,", "the office"}}},
      {"It was 'rock and roll' time.", {{"rock and roll"}}},
      {"The show's star said 'hello'.", {{"hello"}}},
      {"An unpaired ‘single quote stays out.", {{}}},
      {"“Unclosed quote runs on. To the end", {{"Unclosed quote runs on."}, {"To the end"}}},
      {"“First part.\n“Second part.” Not quoted.", {{"First part."}, {"Second part."}, {}}},
      {"“One,” “two.”", {{"One,", "two."}}},
  };
  for (const QuoteCase& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc;
    doc.text = c.text;
    Segment(doc);
    std::vector<std::vector<std::string>> got;
    for (const Sentence& s : doc.sentences) {
      got.emplace_back();
      for (const Span& q : s.quotes) {
        EXPECT_TRUE(s.span.Contains(q));
        got.back().emplace_back(doc.Text(q));
      }
    }
    EXPECT_EQ(got, c.quotes);
  }
}

TEST(Segment, InQuoteTellsAttributedFromAsserted) {
  Document doc;
  doc.text = "“I turned 40 today,” said Ana, who is 39.";
  Segment(doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  const Sentence& s = doc.sentences[0];
  auto span_of = [&](const std::string& needle) {
    const auto at = static_cast<uint32_t>(doc.text.find(needle));
    return Span{at, static_cast<uint32_t>(at + needle.size())};
  };
  EXPECT_TRUE(s.InQuote(span_of("40")));
  EXPECT_FALSE(s.InQuote(span_of("39")));
}

}  // namespace
}  // namespace factlint::segment
