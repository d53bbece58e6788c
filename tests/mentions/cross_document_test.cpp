// One subject named in different words across articles (cross_document.h):
// which names are one subject, which stay apart, and that the outcome does
// not depend on the order the claims come in.
#include "checker/mentions/cross_document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "checker/mentions/linker.h"
#include "checker/mentions/tokens.h"
#include "checker/segment/segment.h"
#include "tests/mentions/test_util.h"

namespace factlint::mentions {
namespace {

Claim About(const std::string& kind, const std::string& name,
            std::vector<std::string> aliases = {}) {
  Claim c;
  c.subject = {kind + ":" + FoldName(name), name, *ParseSubjectKind(kind), std::move(aliases)};
  return c;
}

// The ids the claims about `names` end up with, in order.
std::vector<std::string> Unified(std::vector<Claim> claims) {
  UnifySubjects(claims);
  std::vector<std::string> ids;
  for (const Claim& c : claims) ids.push_back(c.subject.id);
  return ids;
}

TEST(SubjectNameKey, DropsWhatDoesNotTellWhichOne) {
  EXPECT_EQ(SubjectNameKey("The Tern II mission"), "tern 2");
  EXPECT_EQ(SubjectNameKey("Skyline Racers III"), "skyline racers 3");
  EXPECT_EQ(SubjectNameKey("the Ostvik wildfires"), "ostvik fire");
  EXPECT_EQ(SubjectNameKey("Calder's blaze"), "calder fire");
  // A numeral alone, or one that is not last, is a word.
  EXPECT_EQ(SubjectNameKey("V"), "v");
  EXPECT_EQ(SubjectNameKey("Roe v. Wade"), "roe v wade");
  // A generic head alone is the name.
  EXPECT_EQ(SubjectNameKey("The Show"), "show");
}

TEST(UnifySubjects, AnInitialismAndASequelNumberAreTheFullName) {
  const auto ids = Unified({About("work", "SR 3"), About("work", "Skyline Racers III")});
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(ids[0], "work:skyline racers iii");
}

TEST(UnifySubjects, TheSameNameWithAGenericHeadOrAnOwnerIsOneSubject) {
  const auto ids = Unified({About("event", "Tern II"), About("event", "Tern II mission"),
                            About("event", "Ferrow Tern II")});
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(ids[1], ids[2]);
}

TEST(UnifySubjects, DifferentNumbersAndKindsStayApart) {
  const auto ids =
      Unified({About("event", "Tern II"), About("event", "Tern III"), About("work", "Tern II"),
               About("work", "SR 4"), About("work", "Skyline Racers III")});
  EXPECT_NE(ids[0], ids[1]);
  EXPECT_NE(ids[0], ids[2]);
  EXPECT_NE(ids[3], ids[4]);
}

TEST(UnifySubjects, AStopNamedWithItsCitysPossessiveIsTheSameStop) {
  const auto ids =
      Unified({About("event", "Calder\xE2\x80\x99s St Anne\xE2\x80\x99s Cathedral coffin"),
               About("event", "St Anne's Cathedral coffin")});
  EXPECT_EQ(ids[0], ids[1]);
}

TEST(UnifySubjects, AYearLeftOutIsAnotherEvent) {
  const auto ids =
      Unified({About("event", "Calder Union strike"), About("event", "2019 Calder Union strike"),
               About("event", "Harlow Calder Union strike")});
  EXPECT_NE(ids[0], ids[1]);
  EXPECT_EQ(ids[0], ids[2]);  // the one undated longer name
}

TEST(UnifySubjects, TheLastWordsOfTwoSubjectsAreNeither) {
  // "Key Bridge collapse" could be either longer name: it stays its own.
  const auto ids =
      Unified({About("event", "Key Bridge collapse"), About("event", "Old Key Bridge collapse"),
               About("event", "New Key Bridge collapse")});
  EXPECT_NE(ids[0], ids[1]);
  EXPECT_NE(ids[0], ids[2]);
  EXPECT_NE(ids[1], ids[2]);
}

TEST(UnifySubjects, APersonWithAndWithoutMiddleNamesIsOnePerson) {
  const auto ids =
      Unified({About("person", "Carlos Hernández"), About("person", "Carlos Daniel Hernández"),
               About("person", "Hernández"), About("person", "Daniel Hernández"),
               About("person", "Carlos Hernández Jr.")});
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_NE(ids[2], ids[1]);  // a surname alone
  EXPECT_NE(ids[3], ids[1]);  // another first name
  EXPECT_NE(ids[4], ids[1]);  // a son
  // Two longer names fit: neither is meant.
  const auto two = Unified({About("person", "Ana Ruiz"), About("person", "Ana Maria Ruiz"),
                            About("person", "Ana Lucia Ruiz")});
  EXPECT_NE(two[0], two[1]);
  EXPECT_NE(two[0], two[2]);
}

TEST(UnifySubjects, PeopleAndFactBaseSubjectsAreLeftAlone) {
  std::vector<Claim> claims = {About("person", "Ana Ruiz"), About("person", "Dana Ana Ruiz")};
  Claim known;
  known.subject = {"event.tern_2", "Tern II", SubjectKind::kEvent};
  claims.push_back(known);
  claims.push_back(About("event", "Tern II mission"));
  const auto ids = Unified(claims);
  EXPECT_EQ(ids[0], "person:ana ruiz");
  EXPECT_EQ(ids[1], "person:dana ana ruiz");
  EXPECT_EQ(ids[2], "event.tern_2");
  EXPECT_EQ(ids[3], "event:tern ii mission");
}

TEST(UnifySubjects, AnAliasTiesTwoArticlesNames) {
  // One article names "the Calder Valley wildfires" and "the Ostvik Fire";
  // the other only "the Ostvik fire".
  const auto ids = Unified(
      {About("event", "Calder Valley wildfires", {"Ostvik Fire"}), About("event", "Ostvik fire")});
  EXPECT_EQ(ids[0], ids[1]);
}

TEST(UnifySubjects, SeasonsFollowTheirWork) {
  Claim season;
  season.subject = {"season:work:sr 3:2", "SR 3 season 2", SubjectKind::kSeason};
  std::vector<Claim> claims = {About("work", "SR 3"), About("work", "Skyline Racers III"), season};
  UnifySubjects(claims);
  EXPECT_EQ(claims[2].subject.id, "season:" + claims[1].subject.id + ":2");
}

TEST(UnifySubjects, TheOrderOfTheClaimsDoesNotMatter) {
  std::vector<Claim> claims = {About("event", "Tern II"), About("event", "Ferrow Tern II"),
                               About("work", "SR 3"), About("work", "Skyline Racers III"),
                               About("event", "Tern II mission")};
  const auto forward = Unified(claims);
  std::reverse(claims.begin(), claims.end());
  auto backward = Unified(claims);
  std::reverse(backward.begin(), backward.end());
  EXPECT_EQ(forward, backward);
}

// An archive's many names: every rule finds its candidates through an
// index (a comparison of every pair would take minutes here), and the
// unrelated names stay apart.
TEST(UnifySubjects, ManyNamesStayApartAndMatchThroughTheIndex) {
  std::vector<Claim> claims;
  for (int i = 0; i < 20000; ++i) {
    const std::string n = std::to_string(i);
    claims.push_back(About("work", "Harbor Lights " + n));
    claims.push_back(About("event", "Calder Mill " + n + " fire"));
    claims.push_back(About("person", "Ana Ruiz" + n));
  }
  claims.push_back(About("work", "HL 17"));
  UnifySubjects(claims);
  std::set<std::string> ids;
  for (const Claim& c : claims) ids.insert(c.subject.id);
  EXPECT_EQ(ids.size(), 60000u);
  EXPECT_EQ(claims.back().subject.id, "work:harbor lights 17");
}

TEST(SubjectNameHeads, NameTheLastWordOfEachName) {
  const Subject s{"event:calder valley wildfires",
                  "Calder Valley wildfires",
                  SubjectKind::kEvent,
                  {"Ostvik Fire", "Ostvik blaze"}};
  EXPECT_EQ(SubjectNameHeads(s), std::vector<std::string>{"name-head:event:fire"});
  EXPECT_EQ(SubjectNameHeads({"work:sr 3", "SR 3", SubjectKind::kWork}),
            std::vector<std::string>{"name-head:work:3"});
  EXPECT_EQ(SubjectNameHeads({"person:ana ruiz", "Ana Ruiz", SubjectKind::kPerson}),
            std::vector<std::string>{"name-head:person:ruiz"});
}

// The linker's side: an article's names for one disaster are one event.
TEST(Linker, AnArticlesNamesForOneDisasterAreOneEventWithAliases) {
  const Linker linker(nullptr);
  Document doc = testing::MakeDocument(
      "Downed line caused the Calder Valley wildfires\nThe fires that leveled Ostvik began on a "
      "Tuesday. The Ostvik Fire Summary report came out. The Ostvik Fire Department helped. "
      "Unlike the 2018 Marsh fire, it spread at night.",
      "2025-06-03");
  segment::Segment(doc);
  const DocumentMentions m = linker.Index(doc);
  const auto first =
      m.Resolve(testing::SpanOf(doc, "Calder Valley wildfires"), SubjectKind::kEvent);
  const auto second = m.Resolve(testing::SpanOf(doc, "Ostvik Fire"), SubjectKind::kEvent);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->id, "event:calder valley wildfires");
  EXPECT_EQ(second->id, first->id);
  EXPECT_EQ(first->aliases, std::vector<std::string>{"Ostvik Fire"});
  // A fire with a year of its own is another fire.
  const auto other = m.Resolve(testing::SpanOf(doc, "Marsh fire"), SubjectKind::kEvent);
  ASSERT_TRUE(other);
  EXPECT_NE(other->id, first->id);
}

// Without a fact base, an article about a disaster at a structure tells of
// "<structure> <disaster>": its topic when it names no event, else an alias
// of the event it names.
Document Segmented(std::string text, const char* published) {
  Document doc = testing::MakeDocument(std::move(text), published);
  segment::Segment(doc);
  return doc;
}

TEST(Linker, ADisasterAtAStructureIsNamedAfterTheStructure) {
  const Linker linker(nullptr);
  const Document unnamed = Segmented(
      "Cargo ship crashes into Calder bridge\nThe ship hit the Calder Street Bridge in March. "
      "The Calder Street Bridge carried 30,000 cars a day.",
      "2024-05-14");
  const DocumentMentions m = linker.Index(unnamed);
  const auto topic = m.Salient(SubjectKind::kEvent);
  ASSERT_TRUE(topic);
  EXPECT_EQ(topic->id, "event:calder street bridge crash");
  ASSERT_TRUE(m.SalientStructure());
  EXPECT_EQ(m.SalientStructure()->name, "Calder Street Bridge");

  const Document named = Segmented(
      "Loose bolt caused the Port Calder ship crash\nThe crash brought down the Calder Street "
      "Bridge in March.",
      "2025-11-19");
  const auto crash = linker.Index(named).Salient(SubjectKind::kEvent);
  ASSERT_TRUE(crash);
  EXPECT_EQ(crash->id, "event:port calder ship crash");
  EXPECT_EQ(crash->aliases, std::vector<std::string>{"Calder Street Bridge crash"});

  // No disaster in the headline or the lead: the bridge is only a bridge.
  const Document calm = Segmented(
      "Calder Street Bridge turns 50\nThe Calder Street Bridge opened in 1975. A car crashed "
      "on it in 1990.",
      "2025-11-19");
  EXPECT_FALSE(linker.Index(calm).Salient(SubjectKind::kEvent));
}

// The traps: two strikes in one article are two events; a fire the article
// measures its own by is another fire, there and later; so is one with a
// year after it.
TEST(Linker, StrikesComparedFiresAndDatedFiresStayApart) {
  const Linker linker(nullptr);
  const Document strikes = Segmented(
      "Strikes end\nThe Writers Guild strike lasted 148 days, and the Actors Union strike ended "
      "after 118 days.",
      "2023-11-10");
  const DocumentMentions s = linker.Index(strikes);
  const auto writers =
      s.Resolve(testing::SpanOf(strikes, "Writers Guild strike"), SubjectKind::kEvent);
  const auto actors =
      s.Resolve(testing::SpanOf(strikes, "Actors Union strike"), SubjectKind::kEvent);
  ASSERT_TRUE(writers && actors);
  EXPECT_NE(writers->id, actors->id);

  const Document fires = Segmented(
      "Ostvik fire toll rises\nThe Ostvik fire that burned Calder killed 99, more than the "
      "Harlow fire. The Harlow fire began in May. The Calder fire began in August, unlike the "
      "Marsh fire of 2018.",
      "2024-08-09");
  const DocumentMentions f = linker.Index(fires);
  const auto main = f.Resolve(testing::SpanOf(fires, "Ostvik fire"), SubjectKind::kEvent);
  const auto calder = f.Resolve(testing::SpanOf(fires, "Calder fire"), SubjectKind::kEvent);
  const auto compared = f.Resolve(testing::SpanOf(fires, "Harlow fire"), SubjectKind::kEvent);
  const auto later = f.Resolve(testing::SpanOf(fires, "Harlow fire", 1), SubjectKind::kEvent);
  const auto dated = f.Resolve(testing::SpanOf(fires, "Marsh fire"), SubjectKind::kEvent);
  ASSERT_TRUE(main && calder && compared && later && dated);
  EXPECT_EQ(calder->id, main->id);  // "Calder" is in the lead: the same fire
  EXPECT_NE(compared->id, main->id);
  EXPECT_NE(later->id, main->id);
  EXPECT_NE(dated->id, main->id);
}

}  // namespace
}  // namespace factlint::mentions
