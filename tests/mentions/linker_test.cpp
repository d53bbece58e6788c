// The linking rules of linker.h, one case per rule and per trap, over a
// fictional fact base (tests/fixtures/mentions/facts): who "Porter" is when
// an actor and a character share the surname, "the alum, 50," after a name,
// a season named without its show, a pronoun.
#include "checker/mentions/linker.h"

#include <gtest/gtest.h>

#include "checker/segment/segment.h"
#include "tests/mentions/test_util.h"

namespace factlint::mentions {
namespace {

using testing::MakeDocument;
using testing::SpanOf;

const facts::FactBase& Fixture() {
  static const facts::FactBase base = [] {
    auto loaded = facts::LoadFactBase(FACTLINT_SOURCE_DIR "/tests/fixtures/mentions/facts");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error().ToString();
      return facts::FactBase();
    }
    return std::move(loaded).value();
  }();
  return base;
}

struct Case {
  const char* name;
  const char* text;
  const char* published;  // "" for an undated draft
  const char* needle;     // the subject text a rule captured
  int nth;                // which occurrence of it
  const char* kind;       // what the rule expects
  const char* want;       // subject id, or "" for nullopt
};

const Case kCases[] = {
    // Full names, short names.
    {"full name", "Jane Porter, 41, leads the cast.", "2022-01-10", "Jane Porter", 0, "person",
     "person.jane_porter"},
    {"surname after the full name", "Jane Porter leads the cast. Porter, 41, said so.",
     "2022-01-10", "Porter", 1, "person", "person.jane_porter"},
    {"first name after the full name", "Omar Haddad is back. Omar, 38, said so.", "2022-01-10",
     "Omar", 1, "person", "person.omar_haddad"},
    {"honorific and surname", "Omar Haddad is back. Mr. Haddad, 38, said so.", "2022-01-10",
     "Haddad", 1, "person", "person.omar_haddad"},
    {"surname before the full name", "Haddad's return was no secret. Omar Haddad said so.",
     "2022-01-10", "Haddad", 0, "person", "person.omar_haddad"},
    {"a title is not part of the name", "Governor Elena Marsh, 61, signed it.", "2022-01-10",
     "Elena Marsh", 0, "person", "person:elena marsh"},
    {"a two-word title", "Prime Minister Tomas Vel, 55, agreed.", "2022-01-10", "Tomas Vel", 0,
     "person", "person:tomas vel"},
    {"a descriptor opening the sentence", "Director Kai Lund, 39, agreed.", "2022-01-10",
     "Kai Lund", 0, "person", "person:kai lund"},
    {"a descriptor that is a first name", "Star Jones, 62, agreed.", "2022-01-10", "Star Jones", 0,
     "person", "person:star jones"},
    {"an abbreviated title", "Gov. Arlo Penn, 40, spoke. Penn, 40, left.", "2022-01-10", "Penn", 1,
     "person", "person:arlo penn"},
    {"unknown person by folded name", "Rosa Delgado-Smith, 29, joins the cast.", "2022-01-10",
     "Rosa Delgado-Smith", 0, "person", "person:rosa delgado-smith"},
    {"particles inside a name", "Ana de la Cruz, 33, joins the cast.", "2022-01-10",
     "Ana de la Cruz", 0, "person", "person:ana de la cruz"},
    {"diacritics fold in the id", "\xC3\x93lafur Darri \xC3\x93lafsson, 50, joins.", "2022-01-10",
     "\xC3\x93lafur Darri \xC3\x93lafsson", 0, "person", "person:olafur darri olafsson"},
    {"unknown surname after unknown full name", "Mia Kessler directed it. Kessler, 60, said so.",
     "2022-01-10", "Kessler", 1, "person", "person:mia kessler"},
    {"two people, one surname: the one named first (the lede's principal)",
     "Mia Kessler directed. Paul Kessler produced. "
     "Kessler, 60, said so.",
     "2022-01-10", "Kessler", 2, "person", "person:mia kessler"},
    {"two people, one surname: the one named most",
     "Mia Kessler directed. Paul Kessler produced; Paul Kessler wrote it. "
     "Kessler, 60, said so.",
     "2022-01-10", "Kessler", 3, "person", "person:paul kessler"},
    {"a title inside a run of capitals", "Harlan County Transport Secretary Dana Vell said so.",
     "2022-01-10", "Dana Vell", 0, "person", "person:dana vell"},
    {"a title before a namesake surname", "District Judge John Judge set the date.", "2022-01-10",
     "John Judge", 0, "person", "person:john judge"},
    {"month is not a name", "In April Jane Porter said so.", "2022-01-10", "April Jane Porter", 0,
     "person", "person.jane_porter"},

    // Descriptors refer to the person named last, skipping characters.
    {"the alum, 50, after a name", "Omar Haddad is back. The Harbor Lights alum, 50, said so.",
     "2022-01-10", "The Harbor Lights alum", 0, "person", "person.omar_haddad"},
    {"the actor skips characters",
     "Jane Porter returns as Edith Crane, who hunts Tom Porter. "
     "The actor, 41, said so.",
     "2022-01-10", "The actor", 0, "person", "person.jane_porter"},
    {"the 41-year-old", "Jane Porter returns. The 41-year-old said so.", "2022-01-10",
     "The 41-year-old", 0, "person", "person.jane_porter"},
    {"a descriptor with no one before", "The actor, 41, said so.", "2022-01-10", "The actor", 0,
     "person", ""},
    {"a pronoun is not guessed", "Jane Porter returns. She, 41, said so.", "2022-01-10", "She", 0,
     "person", ""},

    // Characters never take their actor's claims.
    {"fact-base character", "Tom Porter (Omar Haddad) returns.", "2022-01-10", "Tom Porter", 0,
     "person", ""},
    {"its actor", "Tom Porter (Omar Haddad) returns.", "2022-01-10", "Omar Haddad", 0, "person",
     "person.omar_haddad"},
    {"surname trap: the character named last",
     "Jane Porter joins the cast. Her rival is Tom "
     "Porter (Omar Haddad). Porter, 38, is a smuggler.",
     "2022-01-10", "Porter", 2, "person", ""},
    {"surname trap: the actor named last",
     "Tom Porter (Omar Haddad) is a smuggler. Jane Porter "
     "joins the cast. Porter, 41, said so.",
     "2022-01-10", "Porter", 2, "person", "person.jane_porter"},
    {"Character (Actor), both unknown", "Quinn Abbott (Rosa Delgado) is a detective.", "2022-01-10",
     "Quinn Abbott", 0, "person", ""},
    {"the actor of Character (Actor)", "Quinn Abbott (Rosa Delgado) is a detective.", "2022-01-10",
     "Rosa Delgado", 0, "person", "person:rosa delgado"},
    {"Actor as Character",
     "Rosa Delgado as Quinn Abbott steals the show. Abbott, 45, is a "
     "detective.",
     "2022-01-10", "Abbott", 0, "person", ""},
    {"Actor, who plays Character", "Rosa Delgado, who plays Quinn Abbott, is 29.", "2022-01-10",
     "Quinn Abbott", 0, "person", ""},
    {"Actor -- who plays Character --", "Omar Haddad -- who plays Quinn -- is 38.", "2022-01-10",
     "Quinn", 0, "person", ""},
    {"Actor's Character", "Jane Porter's Nell Brady is a lighthouse keeper.", "2022-01-10",
     "Nell Brady", 0, "person", ""},
    {"Character, played by Actor", "Nell Brady, played by Jane Porter, keeps the light.",
     "2022-01-10", "Nell Brady", 0, "person", ""},
    {"a title before a name is not a person", "Silver Canyon's Rosa Delgado, 29, joins.",
     "2022-01-10", "Rosa Delgado", 0, "person", "person:rosa delgado"},
    {"a character's one-word alias in its show",
     "The Lighthouse Keepers is back. Edith, the "
     "keeper, is 41.",
     "2022-01-10", "Edith", 0, "person", ""},
    {"a one-word alias is not a longer name's first name",
     "The Lighthouse Keepers is back. "
     "Edith Jones, 30, joins.",
     "2022-01-10", "Edith Jones", 0, "person", "person:edith jones"},

    // Seasons.
    {"season N of the current work", "The Lighthouse Keepers is back. Season 2 was delayed.",
     "2022-01-10", "Season 2", 0, "season", "season.lighthouse_keepers.2"},
    {"season two", "The Lighthouse Keepers is back; season two was delayed.", "2022-01-10",
     "season two", 0, "season", "season.lighthouse_keepers.2"},
    {"the second season", "The Lighthouse Keepers is back for the second season.", "2022-01-10",
     "the second season", 0, "season", "season.lighthouse_keepers.2"},
    {"Work's ordinal season",
     "Harbor Lights is fine, but The Lighthouse Keepers' second season "
     "is better.",
     "2022-01-10", "second season", 0, "season", "season.lighthouse_keepers.2"},
    {"Work season N names its work",
     "The Lighthouse Keepers is back. Harbor Lights season 1 "
     "ended.",
     "2022-01-10", "Harbor Lights season 1", 0, "season", "season.harbor_lights.1"},
    {"the season 1 finale", "The Lighthouse Keepers returns after the season 1 finale.",
     "2022-01-10", "the season 1 finale", 0, "season", "season.lighthouse_keepers.1"},
    {"the ordinal and final season of a work",
     "Harbor Lights is fine. The second and final season of The Lighthouse Keepers is better.",
     "2022-01-10", "second and final season", 0, "season", "season.lighthouse_keepers.2"},
    {"a season the fact base lacks", "The Lighthouse Keepers is back. Season 4 is planned.",
     "2022-01-10", "Season 4", 0, "season", "season:work.lighthouse_keepers:4"},
    {"a season without any show", "Season 2 was delayed.", "2022-01-10", "Season 2", 0, "season",
     ""},
    {"the new season: the first not yet premiered",
     "The Lighthouse Keepers is back. The new "
     "season has eight episodes.",
     "2022-01-10", "The new season", 0, "season", "season.lighthouse_keepers.3"},
    {"the upcoming season before season 2 premiered",
     "The Lighthouse Keepers is back. The "
     "upcoming season has eight episodes.",
     "2020-06-01", "The upcoming season", 0, "season", "season.lighthouse_keepers.2"},
    {"a work where a season is asked for", "The Lighthouse Keepers premiered in 2019.",
     "2022-01-10", "The Lighthouse Keepers", 0, "season", "work.lighthouse_keepers"},
    {"a work is not a person", "The Lighthouse Keepers premiered in 2019.", "2022-01-10",
     "The Lighthouse Keepers", 0, "person", ""},
    {"an unknown quoted title is a work", "She stars in the comedy series 'Tin Harbor'.",
     "2022-01-10", "Tin Harbor", 0, "work", "work:tin harbor"},

    // Events: by alias, by year, else the latest before the article.
    {"alias without a year, 2015 article", "The dockworkers\xE2\x80\x99 strike hit the shoot.",
     "2015-03-01", "dockworkers\xE2\x80\x99 strike", 0, "event", "event.dockworkers_strike_2011"},
    {"alias without a year, 2020 article", "The dockworkers' strike hit the shoot.", "2020-03-01",
     "The dockworkers' strike", 0, "event", "event.dockworkers_strike_2019"},
    {"alias with its year", "The 2011 dockworkers' strike hit the shoot.", "2020-03-01",
     "2011 dockworkers' strike", 0, "event", "event.dockworkers_strike_2011"},
    {"alias with a year after it", "The dockworkers' strike of 2011 hit the shoot.", "2020-03-01",
     "dockworkers' strike", 0, "event", "event.dockworkers_strike_2011"},
};

TEST(Linker, ResolvesEachRule) {
  const Linker linker(&Fixture());
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const Document doc = MakeDocument(c.text, c.published);
    const DocumentMentions mentions = linker.Index(doc);
    const auto got = mentions.Resolve(SpanOf(doc, c.needle, c.nth), *ParseSubjectKind(c.kind));
    EXPECT_EQ(got ? got->id : "", c.want) << c.text;
  }
}

// Bodies are not people: a company named by its trade, a team, a command.
TEST(Linker, CompaniesAndTeamsAreNoPeople) {
  const Linker linker(nullptr);
  for (const char* text :
       {"Ferrow Games said the game slipped.", "The Artemis Mission Management Team met on Monday.",
        "The Unified Command said divers went back.", "She won the Grand Slam on Sunday.",
        "The Harlan Cup final is on Sunday."}) {
    const Document doc = MakeDocument(text, "2020-03-01");
    const DocumentMentions m = linker.Index(doc);
    for (const Mention& mention : m.mentions())
      EXPECT_NE(mention.subject.kind, SubjectKind::kPerson) << text << ": " << mention.subject.name;
  }
}

// A title-case headline capitalizes every word: its runs of capitals are
// people only when the body names them too.
TEST(Linker, ATitleCaseHeadlineNamesOnlyWhomTheBodyNames) {
  const Linker linker(nullptr);
  Document doc = MakeDocument(
      "Nine Trapped Copper Miners Freed After Twelve Days Underground\n"
      "Rescuers freed nine miners on Sunday, said the lead engineer, Tomas Brandt.\n",
      "2021-01-24");
  segment::Segment(doc);
  const DocumentMentions m = linker.Index(doc);
  for (const Mention& mention : m.mentions())
    EXPECT_EQ(mention.subject.name, "Tomas Brandt") << mention.subject.name;
  Document named = MakeDocument(
      "Former Senate Leader Hal Brandt Dead at 88\nHal Brandt died on Thursday.\n", "2014-06-27");
  segment::Segment(named);
  const DocumentMentions n = linker.Index(named);
  ASSERT_FALSE(n.mentions().empty());
  EXPECT_EQ(n.mentions().front().subject.name, "Hal Brandt");
  EXPECT_LT(n.mentions().front().span.begin, named.text.find('\n'));
  // Capitals before the body's name are the headline's, not the name's.
  Document striker = MakeDocument(
      "Former Harlow Striker Dane Kovac Retires At 39\nHarlow striker Dane Kovac retired.\n",
      "2022-03-24");
  segment::Segment(striker);
  const DocumentMentions k = linker.Index(striker);
  ASSERT_FALSE(k.mentions().empty());
  EXPECT_EQ(k.mentions().front().subject.id, "person:dane kovac");
  EXPECT_EQ(k.mentions().front().span.begin, striker.text.find("Dane Kovac"));
}

TEST(Linker, ANameWithoutItsSuffixAndAnEventStillToComeAreLinked) {
  facts::FactBase base;
  facts::Entity queen;
  queen.id = "person.ada_vell_ii";
  queen.kind = SubjectKind::kPerson;
  queen.name = "Queen Ada Vell II";
  base.AddEntity(queen);
  facts::Entity term;
  term.id = "event.holt_prison_term";
  term.kind = SubjectKind::kEvent;
  term.name = "Dana Holt prison term";
  base.AddEntity(term);
  facts::Fact start;
  start.subject = term.id;
  start.attribute = "start";
  start.date = DateRange{Date(2025, 5, 30), Date(2025, 5, 30)};
  base.AddFact(start);
  const Linker linker(&base);
  const Document doc = MakeDocument(
      "Queen Ada Vell opened the bridge. Dana Holt will report "
      "to prison next spring.",
      "2024-11-18");
  const DocumentMentions m = linker.Index(doc);
  const auto queen_found = m.Resolve(SpanOf(doc, "Queen Ada Vell"), SubjectKind::kPerson);
  EXPECT_EQ(queen_found ? queen_found->id : "", "person.ada_vell_ii");
  // The only prison term of that name begins after publication: still it.
  const auto found = m.ResolveName("Dana Holt prison term", SubjectKind::kEvent);
  EXPECT_EQ(found ? found->id : "", "event.holt_prison_term");
}

TEST(Linker, AnEventNamedInTheTextIsAnEventAndTheArticlesTopic) {
  const Linker bare(nullptr);
  // A weekday or a possessive opens no event: "Monday's fire", "Ruiz's strike".
  EXPECT_FALSE(bare.Index(MakeDocument("Monday's fire spread. Ruiz's strike ended.", ""))
                   .Salient(SubjectKind::kEvent));
  const Document doc = MakeDocument(
      "Officials toured the Harlow Mill fire zone. The Harlow Mill fire burned for days. Dana "
      "Ruiz lost her home in the fire.",
      "2025-10-03");
  const DocumentMentions m = bare.Index(doc);
  EXPECT_EQ(m.Salient(SubjectKind::kEvent)->id, "event:harlow mill fire");
  EXPECT_EQ(m.Resolve(SpanOf(doc, "Harlow Mill fire", 1), SubjectKind::kEvent)->id,
            "event:harlow mill fire");
  EXPECT_FALSE(m.Resolve(SpanOf(doc, "Harlow Mill", 1), SubjectKind::kPerson));  // no person's name
}

TEST(Linker, NamesCoordinatedWithAWorkAreWorks) {
  const Linker bare(nullptr);
  const Document doc = MakeDocument(
      "Sequels to the film \"Night Harbor\", A Long Field, Star Rovers and Kestrel slip again. "
      "Star Rovers had been due in May. Tom Vale, Nora Quist and Star Rovers fans waited.",
      "2020-07-24");
  const DocumentMentions m = bare.Index(doc);
  auto id = [&](const char* needle, int nth) {
    const auto s = m.Resolve(SpanOf(doc, needle, nth), SubjectKind::kNone);
    return s ? s->id : std::string("(none)");
  };
  EXPECT_EQ(id("Long Field", 0), "work:long field");
  EXPECT_EQ(id("Star Rovers", 0), "work:star rovers");
  EXPECT_EQ(id("Kestrel", 0), "work:kestrel");
  // Wherever the article repeats it.
  EXPECT_EQ(id("Star Rovers", 1), "work:star rovers");
  // A list of names with no work in it stays people.
  EXPECT_EQ(id("Tom Vale", 0), "person:tom vale");
  // An apposition is no coordination: "Night Harbor, Tom Vale's film".
  const Document apposition = MakeDocument(
      "The film \"Night Harbor\", Tom Vale's first, and Dana Ruiz's next one open soon.", "");
  const auto vale =
      bare.Index(apposition).Resolve(SpanOf(apposition, "Tom Vale"), SubjectKind::kNone);
  ASSERT_TRUE(vale);
  EXPECT_EQ(vale->kind, SubjectKind::kPerson);
}

TEST(Linker, ANameAfterInOrBeforeCountyIsAPlace) {
  const Linker bare(nullptr);
  const Document doc = MakeDocument(
      "Tomas Vell was the top official in Harlow Falls until 2010. A Harlow Falls county judge "
      "ruled. He pleaded guilty in September.",
      "2014-01-03");
  const DocumentMentions m = bare.Index(doc);
  // No person mention there, and not the salient person.
  EXPECT_EQ(m.MentionAt(SpanOf(doc, "Harlow Falls", 0)), nullptr);
  EXPECT_EQ(m.MentionAt(SpanOf(doc, "Harlow Falls", 1)), nullptr);
  const auto salient = m.Salient(SubjectKind::kPerson);
  EXPECT_EQ(salient ? salient->id : "(none)", "person:tomas vell");
  // A name the article shortens to its surname is a person's, even after "in".
  const Document trial = MakeDocument(
      "Jury in Dane Kovac murder case reaches verdict. Kovac will be sentenced Wednesday.",
      "2015-04-15");
  const auto kovac = bare.Index(trial).Resolve(SpanOf(trial, "Kovac", 1), SubjectKind::kPerson);
  EXPECT_EQ(kovac ? kovac->id : "(none)", "person:dane kovac");
}

// Words no person's name holds (a war, a holiday, a trade) are no person,
// and a name after them starts where they end.
TEST(Linker, AWarAHolidayAndATradeAreNoPeople) {
  const Linker bare(nullptr);
  const Document doc = MakeDocument(
      "A World War II veteran turned 100 on Veterans Day. Registered Nurse Ana Ruiz, 44, "
      "threw the party.",
      "2025-11-12");
  const DocumentMentions m = bare.Index(doc);
  EXPECT_EQ(m.MentionAt(SpanOf(doc, "World War", 0)), nullptr);
  EXPECT_EQ(m.MentionAt(SpanOf(doc, "Veterans Day", 0)), nullptr);
  const auto ruiz = m.Resolve(SpanOf(doc, "Ana Ruiz", 0), SubjectKind::kPerson);
  EXPECT_EQ(ruiz ? ruiz->id : "(none)", "person:ana ruiz");
  const auto salient = m.Salient(SubjectKind::kPerson);
  EXPECT_EQ(salient ? salient->id : "(none)", "person:ana ruiz");
}

// The reporter a byline names is nobody the article's claims are about.
TEST(Linker, ABylineNamesNoSubject) {
  const Linker bare(nullptr);
  const Document doc = MakeDocument(
      "Strike ends\nBy Ann Lee, CNN\nWhile the strike was resolved in September, talks went on.",
      "2023-11-10");
  const DocumentMentions m = bare.Index(doc);
  EXPECT_EQ(m.MentionAt(SpanOf(doc, "Ann Lee", 0)), nullptr);
  EXPECT_FALSE(m.Salient(SubjectKind::kPerson).has_value());
}

// A participle that opens the sentence as a preposition is not the name's.
TEST(Linker, AnOpeningAssumingIsNoPartOfTheName) {
  const Linker bare(nullptr);
  const Document doc =
      MakeDocument("Assuming Dale Rodgers plays, the team will win.", "2022-03-10");
  const auto rodgers =
      bare.Index(doc).Resolve(SpanOf(doc, "Dale Rodgers", 0), SubjectKind::kPerson);
  EXPECT_EQ(rodgers ? rodgers->id : "(none)", "person:dale rodgers");
}

TEST(Linker, ARoundUpOfWorksNamedAlikeHasNoSalientWork) {
  const Linker bare(nullptr);
  const Document roundup = MakeDocument(
      "The films \"Night Harbor\", \"Long Field\" and \"Kestrel\" slip again. \"Night "
      "Harbor\" moves to May, \"Long Field\" to June and \"Kestrel\" to July.",
      "2020-07-24");
  EXPECT_FALSE(bare.Index(roundup).Salient(SubjectKind::kWork));
  // One named clearly more than the others is the article's.
  const Document one = MakeDocument(
      "The film \"Night Harbor\" slips again. \"Night Harbor\" moves to May. \"Long Field\" "
      "and \"Kestrel\" keep their dates; \"Night Harbor\" does not.",
      "2020-07-24");
  const auto salient = bare.Index(one).Salient(SubjectKind::kWork);
  EXPECT_EQ(salient ? salient->id : "(none)", "work:night harbor");
  // Two named alike: the first named leads.
  const Document two =
      MakeDocument("Lucia Brandt beat Ana Ruiz in the final on Sunday.", "2021-07-11");
  const auto person = bare.Index(two).Salient(SubjectKind::kPerson);
  EXPECT_EQ(person ? person->id : "(none)", "person:lucia brandt");
}

TEST(Linker, FirstNamedIsWhereTheReaderMeetsAnEntity) {
  const Linker bare(nullptr);
  Document doc = MakeDocument(
      "Studio news. The sequel moves to 2027. Later, the film \"Night Harbor\" was dated. "
      "\"Night Harbor\" opens in May.",
      "2024-12-28");
  segment::Segment(doc);
  ASSERT_GE(doc.sentences.size(), 3u);
  const DocumentMentions m = bare.Index(doc);
  const auto work = m.Salient(SubjectKind::kWork);
  ASSERT_TRUE(work);
  const auto first = m.FirstNamed(*work);
  ASSERT_TRUE(first);
  EXPECT_EQ(*first, SpanOf(doc, "Night Harbor", 0).begin);
  EXPECT_GT(*first, m.LeadEnd());  // named only after the lead
  EXPECT_EQ(m.LeadEnd(), doc.sentences[1].span.end);
  EXPECT_FALSE(m.FirstNamed(Subject{"work:other", "Other", SubjectKind::kWork}));
}

TEST(Linker, AMissionNamedInTwoWordsOrMoreIsAnEvent) {
  const Linker bare(nullptr);
  const Document doc = MakeDocument(
      "The Halden Probe II mission will launch in 2027. The next Calder mission is years away.",
      "2025-02-10");
  const DocumentMentions m = bare.Index(doc);
  const auto probe = m.Resolve(SpanOf(doc, "Halden Probe II mission", 0), SubjectKind::kEvent);
  EXPECT_EQ(probe ? probe->id : "", "event:halden probe ii mission");
  // Not a person called "Halden Probe"; and a programme is no one mission.
  EXPECT_FALSE(m.Resolve(SpanOf(doc, "Halden Probe", 0), SubjectKind::kPerson));
  EXPECT_FALSE(m.Resolve(SpanOf(doc, "Calder mission", 0), SubjectKind::kEvent));
}

TEST(Linker, AnEventNamedInTheTextMayBeTheFactBasesUnderAnotherPlural) {
  facts::FactBase base;
  base.AddEntity({"event.maui_fire",
                  SubjectKind::kEvent,
                  "Lahaina wildfire",
                  {"Maui wildfires"},
                  "",
                  0,
                  "",
                  {}});
  const Linker linker(&base);
  const Document news = MakeDocument("Power lines caused the Maui fires, officials said.", "");
  const auto found = linker.Index(news).Resolve(SpanOf(news, "Maui fires"), SubjectKind::kEvent);
  EXPECT_EQ(found ? found->id : "", "event.maui_fire");
}

TEST(Linker, AnEventNamedByItsPlaceIsFoundWhereTheArticleTellsOfADisaster) {
  facts::FactBase base;
  base.AddEntity({"event.dam",
                  SubjectKind::kEvent,
                  "Harlan Dam collapse",
                  {"Vell Valley flood"},
                  "",
                  0,
                  "",
                  {}});
  base.AddEntity(
      {"event.dam_rebuild", SubjectKind::kEvent, "Harlan Dam rebuild", {}, "", 0, "", {}});
  const Linker linker(&base);
  const Document news = MakeDocument(
      "Vell Valley dam crash kills four. A barge crashed into the Harlan Dam on Monday. The "
      "Harlan ship crash closed the river.",
      "");
  const DocumentMentions m = linker.Index(news);
  // The place (by the name or an alias) names the disaster.
  auto id = [](const std::optional<Subject>& s) { return s ? s->id : std::string("(none)"); };
  EXPECT_EQ(id(m.Resolve(SpanOf(news, "Harlan Dam"), SubjectKind::kEvent)), "event.dam");
  EXPECT_EQ(id(m.Resolve(SpanOf(news, "Vell Valley"), SubjectKind::kEvent)), "event.dam");
  EXPECT_EQ(id(m.Salient(SubjectKind::kEvent)), "event.dam");
  // An event the article names with the place's words is the same event.
  EXPECT_EQ(id(m.Resolve(SpanOf(news, "Harlan ship crash"), SubjectKind::kEvent)), "event.dam");
  // Without a disaster told, the place is only a place, or the place
  // being rebuilt.
  const Document calm = MakeDocument("Tourists visited the Harlan Dam on Monday.", "");
  EXPECT_FALSE(linker.Index(calm).Resolve(SpanOf(calm, "Harlan Dam"), SubjectKind::kEvent));
  const Document rebuild = MakeDocument("Rebuilding the Harlan Dam will cost $2 billion.", "");
  EXPECT_EQ(id(linker.Index(rebuild).Resolve(SpanOf(rebuild, "Harlan Dam"), SubjectKind::kEvent)),
            "event.dam_rebuild");
  // Two events of the fact base fit: neither is meant.
  facts::FactBase two = base;
  two.AddEntity({"event.dam2", SubjectKind::kEvent, "Harlan Dam fire", {}, "", 0, "", {}});
  const Linker both(&two);
  EXPECT_FALSE(both.Index(news).Resolve(SpanOf(news, "Harlan Dam"), SubjectKind::kEvent));
}

TEST(Linker, AComposedEventNameIsTheOneFactBaseEventHoldingAllItsWords) {
  facts::FactBase base;
  base.AddEntity({"event.third",
                  SubjectKind::kEvent,
                  "Dam collapse: recovery of the third victim (Ana Ruiz)",
                  {},
                  "",
                  0,
                  "",
                  {}});
  base.AddEntity({"event.fourth",
                  SubjectKind::kEvent,
                  "Dam collapse: recovery of the fourth victim (Tomás Vell Ortiz)",
                  {},
                  "",
                  0,
                  "",
                  {}});
  const Linker linker(&base);
  const Document doc = MakeDocument("Divers searched the river.", "2024-05-01");
  const DocumentMentions m = linker.Index(doc);
  EXPECT_EQ(m.ResolveName("Tomas Vell recovery", SubjectKind::kEvent)->id, "event.fourth");
  EXPECT_EQ(m.ResolveName("a fourth victim recovery", SubjectKind::kEvent)->id, "event.fourth");
  EXPECT_EQ(m.ResolveName("Ruiz’s recovery", SubjectKind::kEvent)->id, "event.third");
  // Words both events hold name neither; a word neither holds names none.
  EXPECT_FALSE(m.ResolveName("victim recovery", SubjectKind::kEvent));
  EXPECT_FALSE(m.ResolveName("Ana Ruiz funeral", SubjectKind::kEvent));
  EXPECT_FALSE(m.ResolveName("Tomas Vell recovery", SubjectKind::kPerson));
}

TEST(Linker, WorksWithoutAFactBase) {
  const Linker linker(nullptr);
  const Document doc = MakeDocument(
      "Mia Kessler directed it. Quinn Abbott (Rosa Delgado) is a detective. Kessler, 60, and "
      "the actor, 29, said so.",
      "2022-01-10");
  const DocumentMentions m = linker.Index(doc);
  EXPECT_EQ(m.Resolve(SpanOf(doc, "Kessler", 1), SubjectKind::kPerson)->id, "person:mia kessler");
  EXPECT_FALSE(m.Resolve(SpanOf(doc, "Quinn Abbott"), SubjectKind::kPerson));
  EXPECT_EQ(m.Resolve(SpanOf(doc, "the actor"), SubjectKind::kPerson)->id, "person:mia kessler");
  EXPECT_EQ(m.LastPerson(SpanOf(doc, "Kessler", 1).begin)->id, "person:rosa delgado");
}

TEST(Linker, CurrentWorkIsTheLastNamedElseTheMostNamed) {
  const Linker linker(&Fixture());
  const Document doc = MakeDocument(
      "Season 1 was fine. The Lighthouse Keepers returns; Harbor Lights ends. The Lighthouse "
      "Keepers is the better show.",
      "2022-01-10");
  const DocumentMentions m = linker.Index(doc);
  EXPECT_EQ(m.CurrentWork(0)->id, "work.lighthouse_keepers");  // most named
  EXPECT_EQ(m.CurrentWork(SpanOf(doc, "ends").begin)->id, "work.harbor_lights");
  EXPECT_EQ(m.Resolve(SpanOf(doc, "Season 1"), SubjectKind::kSeason)->id,
            "season.lighthouse_keepers.1");
}

TEST(Linker, TheKindAWorkWasIntroducedAsNamesIt) {
  // The article's show is named most; "the special" is the one introduced
  // as a special, named once.
  const Linker linker(&Fixture());
  const Document doc = MakeDocument(
      "The Lighthouse Keepers made her famous. She left The Lighthouse Keepers in 2019. The "
      "network will air a tribute special, titled Harbor Lights, on CBS. The air date of the "
      "special is yet to be confirmed. The show is still on the air.",
      "2022-01-10");
  const DocumentMentions m = linker.Index(doc);
  EXPECT_EQ(m.CurrentWork(SpanOf(doc, "air date").begin)->id, "work.harbor_lights");
  EXPECT_EQ(m.CurrentWork(SpanOf(doc, "The show").begin)->id, "work.lighthouse_keepers");
}

TEST(Linker, MentionsRecordCharactersAndHow) {
  const Linker linker(&Fixture());
  const Document doc = MakeDocument("Tom Porter (Omar Haddad) returns. Haddad said so.", "");
  const DocumentMentions m = linker.Index(doc);
  ASSERT_EQ(m.mentions().size(), 3u);
  EXPECT_TRUE(m.mentions()[0].is_character);
  EXPECT_EQ(m.mentions()[0].how, MentionSource::kFactBase);
  EXPECT_EQ(m.mentions()[2].how, MentionSource::kShortName);
  // The names `factlint rules why` prints after each mention.
  EXPECT_EQ(MentionSourceName(m.mentions()[0].how), "fact-base");
  EXPECT_EQ(MentionSourceName(m.mentions()[2].how), "short-name");
  EXPECT_EQ(m.mentions()[2].subject.name, "Omar Haddad");
}

}  // namespace
}  // namespace factlint::mentions
