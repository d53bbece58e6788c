// Works found from the text alone (works.h), without a fact base: which
// titles count, which look-alikes do not, and which work a season phrase or
// a claim is about (CurrentWork prefers the article's work over one named
// in passing).
#include "checker/mentions/works.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "checker/mentions/linker.h"
#include "tests/mentions/test_util.h"

namespace factlint::mentions {
namespace {

struct TitleCase {
  const char* name;
  const char* text;
  const char* title;  // must be found ("" for none)
  bool found;
};

const TitleCase kTitleCases[] = {
    {"single quotes", "Critics loved 'Pine Hollow' this year.", "Pine Hollow", true},
    {"typographic quotes", "Critics loved \xE2\x80\x98Pine Hollow\xE2\x80\x99 this year.",
     "Pine Hollow", true},
    {"double quotes", "Critics loved \"Pine Hollow\" this year.", "Pine Hollow", true},
    {"title season N", "Fans wait for Saltmarsh season 3 to begin.", "Saltmarsh", true},
    {"possessive ordinal season", "Saltmarsh's second season is darker.", "Saltmarsh", true},
    {"season N of title", "In season 2 of Saltmarsh, the town floods.", "Saltmarsh", true},
    {"kind word before", "She joined the drama Saltmarsh last year.", "Saltmarsh", true},
    {"release verb", "Saltmarsh premiered to strong reviews.", "Saltmarsh", true},
    {"repeated name, no cue",
     "Fans love Saltmarsh. The cast of Saltmarsh is large. Critics call Saltmarsh bold.",
     "Saltmarsh", true},
    {"a quoted sentence is not a title", "He wrote: \"We Are Back.\" Then he left.", "We Are Back",
     false},
    {"a comma inside the marks is the sentence's",
     "\xE2\x80\x9CPine Hollow: The Last Winter,\xE2\x80\x9D the special, airs Friday.",
     "Pine Hollow: The Last Winter", true},
    {"a period inside the marks too", "She starred in \"Truth or Dare.\" It ran a decade.",
     "Truth or Dare", true},
    {"one word and a comma is speech", "\"Goodbye,\" she said.", "Goodbye", false},
    {"a title named as one",
     "He hosted a special titled Pine Hollow is Home: A Tribute, on Friday.",
     "Pine Hollow is Home: A Tribute", true},
    {"lower-case scare quotes", "The \"innie\" and \"outie\" idea works.", "innie", false},
    {"a nickname between names", "Dwayne \"The Rock\" Johnson hosted.", "The Rock", false},
    {"a streamer before a kind word", "The Northlight series is back. The Netflix series too.",
     "Netflix", false},
    {"a person's surname before a release verb",
     "Ben Rowe directed it. Rowe returns to the stage next week.", "Rowe", false},
    {"a demonym before a kind word", "It is the Korean drama of the year.", "Korean", false},
    {"a place repeated", "He lives in Lisbon. Lisbon is bright. Lisbon, he says, is home.",
     "Lisbon", false},
    {"an outlet a report is credited to", "According to 'Trade Weekly', the film slipped.",
     "Trade Weekly", false},
    {"an outlet told", "The director told \"Screen Notes\" it was done.", "Screen Notes", false},
    {"a nickname", "The man known affectionately as 'Grub' retired.", "Grub", false},
    {"a nickname given", "Fans nicknamed him \"The Hammer\" early on.", "The Hammer", false},
    {"a nickname with its article", "The sprinter, known as the \"Comet\", was released.", "Comet",
     false},
};

TEST(FindWorkTitles, TakesTitlesWithACueAndNothingElse) {
  for (const TitleCase& c : kTitleCases) {
    const std::vector<std::string> person_names = {"ben", "rowe"};
    const std::vector<std::string> titles = FindWorkTitles(c.text, person_names);
    const bool found = std::find(titles.begin(), titles.end(), c.title) != titles.end();
    EXPECT_EQ(found, c.found) << c.name << ": '" << c.text << "'";
  }
}

struct CurrentCase {
  const char* name;
  const char* text;
  const char* needle;  // a season phrase to resolve
  int nth;
  const char* want;  // subject id
};

const CurrentCase kCurrentCases[] = {
    {"the article's work over one named in passing",
     "The series 'Saltmarsh' is back. 'Saltmarsh' won praise. Its star also joined the comedy "
     "'Dry Creek'. A release date for season two has not been announced.",
     "season two", 0, "season:work:saltmarsh:2"},
    {"a work named with the season", "Saltmarsh season 2 is coming. 'Dry Creek' season 4 is too.",
     "season 4", 0, "season:work:dry creek:4"},
    {"quoted title then season", "Fans of 'Saltmarsh' want news on 'Saltmarsh' season two.",
     "season two", 0, "season:work:saltmarsh:2"},
};

TEST(CurrentWork, PrefersTheArticlesWork) {
  for (const CurrentCase& c : kCurrentCases) {
    const Document doc = testing::MakeDocument(c.text, "2024-02-01");
    const DocumentMentions m = Linker(nullptr).Index(doc);
    const std::optional<Subject> got =
        m.Resolve(testing::SpanOf(doc, c.needle, c.nth), SubjectKind::kSeason);
    EXPECT_EQ(got ? got->id : std::string(), c.want) << c.name;
  }
}

}  // namespace
}  // namespace factlint::mentions
