// The annotations of one sentence: the values the normalizer finds in it,
// and the distances and clause boundaries the frame rules bind them by.
#include "checker/annotate/annotate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "checker/segment/segment.h"

namespace factlint::annotate {
namespace {

struct Sentence1 {
  Document doc;
  explicit Sentence1(const std::string& text) {
    doc.path = "t.txt";
    doc.published = Date(2024, 5, 8);
    doc.text = text;
    doc.offsets.Add(0, 0);
    segment::Segment(doc);
  }
  SentenceAnnotations Notes() const {
    return SentenceAnnotations(doc, doc.sentences.at(0), *doc.published);
  }
  Span Of(const std::string& part) const {
    const size_t at = doc.text.find(part);
    EXPECT_NE(at, std::string::npos) << part;
    return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
  }
};

TEST(Annotate, FindsEveryValueWithItsKind) {
  const Sentence1 s("Ada Pell, who died at the age of 99 on Sunday, hosted the show for 35 years.");
  const SentenceAnnotations notes = s.Notes();
  ASSERT_EQ(notes.values().size(), 3u);
  EXPECT_EQ(s.doc.Text(notes.values()[0].span), "at the age of 99");
  EXPECT_EQ(notes.values()[0].kind, normalize::Kind::kAge);
  EXPECT_EQ(notes.values()[0].number, 99);
  EXPECT_EQ(s.doc.Text(notes.values()[1].span), "Sunday");
  EXPECT_EQ(notes.values()[1].kind, normalize::Kind::kDate);
  EXPECT_EQ(s.doc.Text(notes.values()[2].span), "35 years");
  EXPECT_EQ(notes.values()[2].kind, normalize::Kind::kDuration);
}

// A month alone after a word for a relative is a first name: "the
// victim's mother June said", as before a capitalized word ("June Vance").
TEST(Annotate, AMonthAfterARelativeIsHerName) {
  for (const char* text : {"The victim's mother June released a statement on Friday.",
                           "His widow, June Vance, 83, spoke on Friday."}) {
    const Sentence1 s(text);
    const SentenceAnnotations notes = s.Notes();
    std::vector<std::string> found;
    for (const ValueSpan& v : notes.values()) found.emplace_back(s.doc.Text(v.span));
    EXPECT_EQ(std::count(found.begin(), found.end(), "June"), 0) << text;
    EXPECT_EQ(std::count(found.begin(), found.end(), "Friday"), 1) << text;
  }
}

TEST(Annotate, AnIntervalWrittenAsItsEndsIsTheDatesItNames) {
  struct Case {
    const char* text;
    std::vector<std::string> values;
  } cases[] = {
      {"She held the seat from 1977 to 1981.", {"1977", "1981"}},
      {"The viewing runs from Nov. 27 to Nov. 29, 2023.", {"Nov. 27", "Nov. 29, 2023"}},
      {"She has been in hospice care since February 2023.", {"February 2023"}},
      {"The body will lie in state through Jan. 8.", {"Jan. 8"}},
  };
  for (const Case& c : cases) {
    const Sentence1 s(c.text);
    const SentenceAnnotations notes = s.Notes();
    std::vector<std::string> found;
    for (const ValueSpan& v : notes.values()) {
      found.emplace_back(s.doc.Text(v.span));
      EXPECT_EQ(v.kind, normalize::Kind::kDate) << c.text;
    }
    EXPECT_EQ(found, c.values) << c.text;
  }
}

// The ends of a range know which end they are; other dates are no end.
TEST(Annotate, RangeEndsKnowTheirPlace) {
  const Sentence1 s("The show ran from May 2 to June 9, 2020, and again on Friday.");
  const SentenceAnnotations notes = s.Notes();
  ASSERT_EQ(notes.values().size(), 3u);
  const ValueSpan& opening = notes.values()[0];
  const ValueSpan& closing = notes.values()[1];
  EXPECT_EQ(opening.range_end, RangeEnd::kOpening);
  EXPECT_EQ(closing.range_end, RangeEnd::kClosing);
  EXPECT_EQ(notes.values()[2].range_end, RangeEnd::kNone);
  EXPECT_EQ(notes.OtherEnd(opening), &closing);
  EXPECT_EQ(notes.OtherEnd(closing), &opening);
  EXPECT_EQ(notes.OtherEnd(notes.values()[2]), nullptr);
  EXPECT_EQ(notes.EndingAt(s.Of("June 9, 2020").end), &closing);
  EXPECT_EQ(notes.EndingAt(s.Of("June 9").end), nullptr);
}

// A bracketed date after a date that writes its year restates it; a
// bracketed date that gives the day more exactly stays.
TEST(Annotate, ABracketedRestatementIsNoSecondDate) {
  struct Case {
    const char* text;
    std::vector<std::string> values;
  } cases[] = {
      {"The game was delayed until autumn 2023 (March-June).", {"autumn 2023"}},
      {"The season arrives tomorrow (May 9) on the streamer.", {"tomorrow", "May 9"}},
  };
  for (const Case& c : cases) {
    const Sentence1 s(c.text);
    const SentenceAnnotations notes = s.Notes();
    std::vector<std::string> found;
    for (const ValueSpan& v : notes.values()) found.emplace_back(s.doc.Text(v.span));
    EXPECT_EQ(found, c.values) << c.text;
  }
}

TEST(Annotate, WordsBetweenCountWordsNotPunctuation) {
  const Sentence1 s("On Sunday, after a long illness, Ada Pell died at home.");
  const SentenceAnnotations notes = s.Notes();
  // after · a · long · illness · Ada · Pell: the commas are not words.
  EXPECT_EQ(notes.WordsBetween(s.Of("Sunday"), s.Of("died")), 6);
  EXPECT_EQ(notes.WordsBetween(s.Of("died"), s.Of("Sunday")), 6);         // either order
  EXPECT_EQ(notes.WordsBetween(s.Of("Ada Pell"), s.Of("Pell died")), 0);  // overlapping
}

TEST(Annotate, ClauseBoundaries) {
  struct Case {
    const char* text;
    const char* a;
    const char* b;
    bool broken;
  } cases[] = {
      {"She retired in 2007, but returned in 2009.", "retired", "2009", true},
      {"She retired in 2007; she returned in 2009.", "retired", "2009", true},
      {"She retired in 2007 — and returned in 2009.", "retired", "2009", true},
      {"She retired in 2007, which surprised fans in 2009.", "retired", "2009", true},
      {"She was born in Lyon, France, on May 2, 1950.", "born", "May 2", false},
      {"On Sunday, after a long illness, she died.", "Sunday", "died", false},
      // The comma after a relative clause closes it.
      {"The mill, which dates back to 1798, will be closed.", "1798", "will be closed", true},
      {"The mill, which opened in 1798 and closed in 1901, burned.", "1798", "1901", false},
      // What is reported after ", saying that" is a clause of its own.
      {"The firm spoke on Friday, saying that she died at home.", "Friday", "died", true},
      {"On Friday, saying little, she left.", "Friday", "left", false},
  };
  for (const Case& c : cases) {
    const Sentence1 s(c.text);
    EXPECT_EQ(s.Notes().ClauseBreakBetween(s.Of(c.a), s.Of(c.b)), c.broken) << c.text;
  }
}

TEST(Annotate, APredicateBetweenBelongsTheValueToIt) {
  const Sentence1 s("Born in Georgia, Carter was elected president in 1976.");
  EXPECT_TRUE(s.Notes().PredicateBetween(s.Of("Born"), s.Of("1976")));
  const Sentence1 t("She was born in Lyon on May 2, 1950.");
  EXPECT_FALSE(t.Notes().PredicateBetween(t.Of("born"), t.Of("May 2, 1950")));
  // A second verb joined by "and" has its own date; "from May to June" is one.
  const Sentence1 u("The body was recovered Sunday and positively identified Monday.");
  EXPECT_TRUE(u.Notes().PredicateBetween(u.Of("recovered"), u.Of("Monday")));
  EXPECT_FALSE(u.Notes().PredicateBetween(u.Of("recovered"), u.Of("Sunday")));
  const Sentence1 v("The launch moved from May and June to July.");
  EXPECT_FALSE(v.Notes().PredicateBetween(v.Of("moved"), v.Of("July")));
}

TEST(Annotate, ClauseStartAndRelativeClauses) {
  const Sentence1 s("The studio said on Monday, and the film will now arrive in March.");
  const SentenceAnnotations notes = s.Notes();
  EXPECT_EQ(s.doc.Text(Span{notes.ClauseStart(s.Of("arrive").begin), s.Of("arrive").begin}),
            " and the film will now ");  // from the comma on
  const Sentence1 r("Ana Ruiz, 99, who died on Sunday, was a painter.");
  EXPECT_TRUE(r.Notes().RelativeClauseAfter(r.Of("Ana Ruiz").end));
  EXPECT_FALSE(r.Notes().RelativeClauseAfter(r.Of("painter").end));
}

TEST(Annotate, LazyAnnotationsAreComputedOnce) {
  const Sentence1 s("The strike ended on May 2 after 61 days.");
  const LazySentence lazy(s.doc, s.doc.sentences.at(0), *s.doc.published);
  const SentenceAnnotations& first = lazy.Get();
  EXPECT_EQ(&first, &lazy.Get());
  EXPECT_EQ(first.values().size(), 2u);
}

}  // namespace
}  // namespace factlint::annotate
