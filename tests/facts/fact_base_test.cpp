// The shipped fact base loads, holds the sourced facts the seeds need, and
// answers the questions the linker and the constraint engine ask of it.
#include "checker/facts/fact_base.h"

#include <gtest/gtest.h>

#include "checker/facts/name_key.h"

namespace factlint::facts {
namespace {

const FactBase& Shipped() {
  static const FactBase base = [] {
    auto loaded = LoadFactBase(FACTLINT_SOURCE_DIR "/facts");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error().ToString();
      return FactBase();
    }
    return std::move(loaded).value();
  }();
  return base;
}

TEST(ShippedFacts, LoadCleanly) {
  auto summary = CheckFactBase(FACTLINT_SOURCE_DIR "/facts");
  ASSERT_TRUE(summary.ok()) << summary.error().ToString();
  EXPECT_NE(summary->find(" entities, "), std::string::npos);
}

TEST(ShippedFacts, EveryFactHasASourceWithUrlAndQuote) {
  ASSERT_FALSE(Shipped().facts().empty());
  for (const Fact& f : Shipped().facts()) {
    SCOPED_TRACE(f.subject + " " + f.attribute);
    ASSERT_FALSE(f.sources.empty());
    for (const Source& s : f.sources) {
      EXPECT_EQ(s.url.rfind("https://", 0), 0u);
      EXPECT_FALSE(s.quote.empty());
    }
    EXPECT_NE(Shipped().Find(f.subject), nullptr);
  }
}

struct DateCase {
  const char* subject;
  const char* attribute;
  const char* day;           // the one day of a day-precise fact
  const char* announced_on;  // or ""
};

const DateCase kDates[] = {
    {"person.ben_stiller", "birth", "1965-11-30", ""},
    {"person.adam_scott", "birth", "1973-04-03", ""},
    {"season.severance.1", "premiere", "2022-02-18", ""},
    {"work.severance", "premiere", "2022-02-18", ""},
    {"season.severance.1", "finale", "2022-04-08", ""},
    {"season.severance.2", "renewal", "2022-04-06", ""},
    {"season.severance.2", "filming-start", "2022-10-31", ""},
    {"season.severance.2", "premiere", "2025-01-17", "2024-07-10"},
    {"event.sag_aftra_strike_2023", "start", "2023-07-14", ""},
    {"event.sag_aftra_strike_2023", "end", "2023-11-09", ""},
    {"event.wga_strike_2023", "start", "2023-05-02", ""},
    {"event.wga_strike_2023", "end", "2023-09-27", ""},
};

TEST(ShippedFacts, DatesOfTheSeedDomain) {
  for (const DateCase& c : kDates) {
    SCOPED_TRACE(std::string(c.subject) + " " + c.attribute);
    auto facts = Shipped().FactsAbout(c.subject, c.attribute);
    ASSERT_EQ(facts.size(), 1u);
    ASSERT_TRUE(facts[0]->date.has_value());
    EXPECT_EQ(facts[0]->precision, "day");
    EXPECT_EQ(FormatIsoDate(facts[0]->date->from), c.day);
    EXPECT_EQ(FormatIsoDate(facts[0]->date->to), c.day);
    EXPECT_EQ(facts[0]->announced_on ? FormatIsoDate(*facts[0]->announced_on) : "", c.announced_on);
  }
}

struct NumberCase {
  const char* subject;
  const char* attribute;
  double value;
  Unit unit;
  const char* as_of;  // or ""
};

const NumberCase kNumbers[] = {
    {"event.sag_aftra_strike_2023", "duration", 118, Unit::kDay, ""},
    {"season.severance.1", "emmy-nominations", 14, Unit::kCount, "2022-07-12"},
    {"season.severance.2", "new-cast-members", 8, Unit::kCount, ""},
};

TEST(ShippedFacts, NumbersOfTheSeedDomain) {
  for (const NumberCase& c : kNumbers) {
    SCOPED_TRACE(std::string(c.subject) + " " + c.attribute);
    auto facts = Shipped().FactsAbout(c.subject, c.attribute);
    ASSERT_EQ(facts.size(), 1u);
    ASSERT_TRUE(facts[0]->number.has_value());
    EXPECT_EQ(facts[0]->precision, "number");
    EXPECT_EQ(facts[0]->number->min, c.value);
    EXPECT_EQ(facts[0]->number->max, c.value);
    EXPECT_EQ(facts[0]->number->unit, c.unit);
    EXPECT_EQ(facts[0]->as_of ? FormatIsoDate(*facts[0]->as_of) : "", c.as_of);
  }
}

TEST(ShippedFacts, PeopleWithoutASourceHaveNoBirth) {
  for (const char* id : {"person.zach_cherry", "person.patricia_arquette", "person.britt_lower"}) {
    EXPECT_NE(Shipped().Find(id), nullptr) << id;
    EXPECT_TRUE(Shipped().FactsAbout(id, "birth").empty()) << id;
  }
}

struct NameCase {
  const char* name;
  const char* id;
};

const NameCase kNames[] = {
    {"Adam Scott", "person.adam_scott"},
    {"ben stiller", "person.ben_stiller"},
    {"Mark Scout", "character.mark_scout"},
    {"Mark S.", "character.mark_scout"},
    {"Severance season 2", "season.severance.2"},
    {"Severance season two", "season.severance.2"},
    {"Severance's second season", "season.severance.2"},
    {"the first season of Severance", "season.severance.1"},
    {"the actors' strike", "event.sag_aftra_strike_2023"},
    {"The Actors\xE2\x80\x99 Strike", "event.sag_aftra_strike_2023"},
    {"SAG-AFTRA strike", "event.sag_aftra_strike_2023"},
    {"the 2023 actors' strike", "event.sag_aftra_strike_2023"},
    {"the writers' strike", "event.wga_strike_2023"},
    {"Apple TV+", "organization.apple_tv_plus"},
    {"\xC3\x93lafur Darri \xC3\x93lafsson", "person.olafur_darri_olafsson"},
};

TEST(FactBase, FindByNameAndAlias) {
  for (const NameCase& c : kNames) {
    const Entity* e = Shipped().FindByName(c.name);
    ASSERT_NE(e, nullptr) << c.name;
    EXPECT_EQ(e->id, c.id) << c.name;
  }
  EXPECT_EQ(Shipped().FindByName("Scott"), nullptr);
}

Entity Person(const std::string& id, const std::string& name) {
  Entity e;
  e.id = id;
  e.kind = SubjectKind::kPerson;
  e.name = name;
  return e;
}

TEST(FactBase, APersonIsFoundWithoutTheSuffixOfTheirName) {
  FactBase base;
  base.AddEntity(Person("person.ada_ii", "Queen Ada Vell II"));
  base.AddEntity(Person("person.tom_jr", "Tom Rook Jr."));
  base.AddEntity(Person("person.tom_sr", "Tom Rook Sr."));
  base.AddEntity(Person("person.ed_iii", "Edmund III"));
  ASSERT_NE(base.FindByName("Queen Ada Vell"), nullptr);
  EXPECT_EQ(base.FindByName("Queen Ada Vell")->id, "person.ada_ii");
  ASSERT_EQ(base.FindAllByName("queen ada vell").size(), 1u);
  // Two people share the shortened name: neither is meant.
  EXPECT_EQ(base.FindByName("Tom Rook"), nullptr);
  // One word left names no one.
  EXPECT_EQ(base.FindByName("Edmund"), nullptr);
  EXPECT_EQ(NameWithoutSuffix("Martin Luther King Jr."), "Martin Luther King");
  EXPECT_EQ(NameWithoutSuffix("Ada Vell"), "");
}

TEST(FactBase, SeasonsAreEntitiesOfTheirWork) {
  auto seasons = Shipped().PartsOf("work.severance", SubjectKind::kSeason);
  ASSERT_EQ(seasons.size(), 2u);
  EXPECT_EQ(seasons[0]->id, "season.severance.1");
  EXPECT_EQ(seasons[1]->name, "Severance season 2");
  EXPECT_EQ(seasons[1]->number, 2);
  EXPECT_EQ(seasons[1]->work, "work.severance");
  EXPECT_EQ(Shipped().FindSeason("work.severance", 2), seasons[1]);
  EXPECT_EQ(Shipped().FindSeason("work.severance", 3), nullptr);
  const Entity* mark = Shipped().Find("character.mark_scout");
  ASSERT_NE(mark, nullptr);
  EXPECT_EQ(mark->played_by, "person.adam_scott");
  EXPECT_EQ(mark->work, "work.severance");
}

TEST(FactBase, ValuePrecisionIsARange) {
  auto base = LoadFactBaseFromFiles({{"f.yaml", R"(
entities:
  - {id: work.w, kind: work, name: W}
  - {id: season.w.3, kind: season, work: work.w, number: 3}
facts:
  - {subject: work.w, attribute: premiere, value: 2020-02, source: {url: https://e.org, quote: q}}
  - {subject: work.w, attribute: finale, value: 2024, source: {url: https://e.org, quote: q}}
  - subject: season.w.3
    attribute: viewer-share
    type: number
    unit: percent
    value: 1.5
    source: {url: https://e.org, quote: q}
)"}});
  ASSERT_TRUE(base.ok()) << base.error().ToString();
  auto premiere = base->FactsAbout("work.w", "premiere");
  ASSERT_EQ(premiere.size(), 1u);
  EXPECT_EQ(premiere[0]->precision, "month");
  EXPECT_EQ(FormatIsoDate(premiere[0]->date->from), "2020-02-01");
  EXPECT_EQ(FormatIsoDate(premiere[0]->date->to), "2020-02-29");
  auto finale = base->FactsAbout("work.w", "finale");
  EXPECT_EQ(finale[0]->precision, "year");
  EXPECT_EQ(FormatIsoDate(finale[0]->date->to), "2024-12-31");
  auto viewers = base->FactsAbout("season.w.3", "viewer-share");
  ASSERT_EQ(viewers.size(), 1u);
  EXPECT_EQ(viewers[0]->number->unit, Unit::kPercent);
  EXPECT_EQ(base->Find("season.w.3")->name, "W season 3");
  EXPECT_EQ(viewers[0]->location.line, 8);
}

TEST(FactBase, AnEventsOneDayDateIsItsStart) {
  auto base = LoadFactBaseFromFiles({{"f.yaml", R"(
entities:
  - {id: event.sinking, kind: event, name: Harlan ferry sinking}
  - {id: event.tour, kind: event, name: Harlan tour}
  - {id: person.p, kind: person, name: Ada Vell}
facts:
  - {subject: event.sinking, attribute: date, value: 2023-06-18, source: {url: https://e.org, quote: q}}
  - {subject: event.tour, attribute: start, value: 2023-01-02, source: {url: https://e.org, quote: q}}
  - {subject: event.tour, attribute: date, value: 2023-03-04, source: {url: https://e.org, quote: q}}
  - {subject: person.p, attribute: date, value: 2023-05-06, source: {url: https://e.org, quote: q}}
)"}});
  ASSERT_TRUE(base.ok()) << base.error().ToString();
  // The sinking's date is what "sank on Sunday" claims: its start.
  ASSERT_EQ(base->FactsAbout("event.sinking", "start").size(), 1u);
  EXPECT_TRUE(base->FactsAbout("event.sinking", "date").empty());
  // An event with a start of its own keeps both; a person's date stays a date.
  EXPECT_EQ(base->FactsAbout("event.tour", "start").size(), 1u);
  EXPECT_EQ(base->FactsAbout("event.tour", "date").size(), 1u);
  EXPECT_EQ(base->FactsAbout("person.p", "date").size(), 1u);
}

}  // namespace
}  // namespace factlint::facts

namespace factlint::facts {
namespace {

TEST(LoadFactBase, ReadsNestedFilesAndResolvesAcrossThem) {
  auto base = LoadFactBase(FACTLINT_SOURCE_DIR "/tests/fixtures/facts/split");
  ASSERT_TRUE(base.ok()) << base.error().ToString();
  EXPECT_EQ(base->facts().size(), 2u);
  auto premiere = base->FactsAbout("season.night_ferry.1", "premiere");
  ASSERT_EQ(premiere.size(), 1u);
  EXPECT_EQ(premiere[0]->location.path,
            FACTLINT_SOURCE_DIR "/tests/fixtures/facts/split/more/facts.yml");
  EXPECT_EQ(premiere[0]->location.line, 2);
}

}  // namespace
}  // namespace factlint::facts
