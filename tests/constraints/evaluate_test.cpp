// The constraint stage on hand-built claims: one table of situations (the
// seed articles' phenomena, in our own words), each with the exact findings
// it must yield. Any finding a case does not expect fails it.
#include "checker/constraints/evaluate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/constraints/describe.h"

namespace factlint::constraints {
namespace {

Date D(const char* iso) {
  return *ParseIsoDate(iso);
}
DateRange R(const char* from, const char* to) {
  return {D(from), D(to)};
}
DateRange R(const char* day) {
  return {D(day), D(day)};
}

struct Article {
  std::string path;
  Role role = Role::kDraft;
  const char* published;
  std::string text;
  bool sentences = false;  // segment at ". " so same-sentence checks can run
};

std::vector<Document> MakeDocuments(const std::vector<Article>& articles) {
  std::vector<Document> docs;
  for (const Article& a : articles) {
    Document doc;
    doc.path = a.path;
    doc.role = a.role;
    doc.published = D(a.published);
    doc.text = a.text;
    doc.source = std::make_shared<SourceText>(a.path, a.text);
    if (a.sentences) {
      uint32_t begin = 0;
      for (size_t at = a.text.find(". "); begin < a.text.size(); at = a.text.find(". ", begin)) {
        const uint32_t end = at == std::string::npos ? static_cast<uint32_t>(a.text.size())
                                                     : static_cast<uint32_t>(at + 1);
        doc.sentences.push_back({{begin, end}, 0, {}});
        begin = end + 1;
        if (at == std::string::npos) break;
      }
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

Subject S(const char* id, const char* name) {
  return {id, name, SubjectKind::kNone};
}

// A claim of article `doc` whose text is `text` (found in the article).
class Claims {
 public:
  explicit Claims(const std::vector<Document>& docs) : docs_(docs) {}

  Claim& At(int doc, const std::string& text, Subject subject, const char* attribute) {
    Claim c;
    c.document = doc;
    const Document& d = docs_[static_cast<size_t>(doc)];
    const size_t at = d.text.find(text);
    EXPECT_NE(at, std::string::npos) << text;
    c.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + text.size())};
    c.value_text = text;
    c.subject = std::move(subject);
    c.attribute = attribute;
    c.published = *d.published;
    claims_.push_back(c);
    return claims_.back();
  }
  Claim& Age(int doc, const std::string& text, Subject subject, int age) {
    Claim& c = At(doc, text, std::move(subject), "age");
    c.type = ValueType::kAge;
    c.value_text = std::to_string(age);
    c.quantity = Quantity{double(age), double(age), Unit::kYear};
    c.date = BirthRangeForAge(age, c.published);
    return c;
  }
  Claim& Dated(int doc, const std::string& text, Subject subject, const char* attribute,
               DateRange range, Tense tense = Tense::kPast) {
    Claim& c = At(doc, text, std::move(subject), attribute);
    c.type = ValueType::kDate;
    c.date = range;
    c.tense = tense;
    return c;
  }
  Claim& Status(int doc, const std::string& text, Subject subject, const char* attribute) {
    Claim& c = At(doc, text, std::move(subject), attribute);
    c.kind = ClaimKind::kStatus;
    return c;
  }
  Claim& Days(int doc, const std::string& text, Subject subject, double days) {
    Claim& c = At(doc, text, std::move(subject), "duration");
    c.type = ValueType::kDuration;
    c.quantity = Quantity{days, days, Unit::kDay};
    c.days = Quantity{days - 1, days + 1, Unit::kDay};  // what the normalizer hands over
    return c;
  }
  Claim& Count(int doc, const std::string& text, Subject subject, const char* attribute, double n) {
    Claim& c = At(doc, text, std::move(subject), attribute);
    c.type = ValueType::kNumber;
    c.quantity = Quantity{n, n, Unit::kCount};
    return c;
  }
  // to − from = distance; an EventRef{} is the publication date.
  Claim& Relation(int doc, const std::string& text, EventRef from, EventRef to, Quantity distance,
                  Quantity days, const char* approximation = "") {
    Claim& c = At(doc, text, from.subject, "since");
    c.kind = ClaimKind::kRelation;
    c.type = ValueType::kDuration;
    c.approximation = approximation;
    c.relation = factlint::Relation{std::move(from), std::move(to), distance, days};
    return c;
  }
  std::vector<Claim>& all() { return claims_; }

 private:
  const std::vector<Document>& docs_;
  std::vector<Claim> claims_;
};

const Subject kAdam = S("person.adam_scott", "Adam Scott");
const Subject kBen = S("person.ben_stiller", "Ben Stiller");
const Subject kSeason1 = S("season.severance.1", "Severance season 1");
const Subject kSeason2 = S("season.severance.2", "Severance season 2");
const Subject kActors = S("event.sag_aftra_strike_2023", "SAG-AFTRA strike");
const Subject kWriters = S("event.wga_strike_2023", "WGA strike");
const Subject kShow = S("work.severance", "Severance");

facts::FactBase SeedFacts() {
  facts::FactBase base;
  auto entity = [&](const Subject& s, SubjectKind kind) {
    facts::Entity e;
    e.id = s.id;
    e.name = s.name;
    e.kind = kind;
    base.AddEntity(e);
  };
  entity(kAdam, SubjectKind::kPerson);
  entity(kBen, SubjectKind::kPerson);
  entity(kShow, SubjectKind::kWork);
  entity(kSeason1, SubjectKind::kSeason);
  entity(kSeason2, SubjectKind::kSeason);
  entity(kActors, SubjectKind::kEvent);
  int line = 1;
  auto fact = [&](const Subject& s, const char* attribute) {
    facts::Fact f;
    f.subject = s.id;
    f.attribute = attribute;
    f.location.path = "facts/seed.yaml";
    f.location.line = line++;
    f.location.column = 3;
    f.sources.push_back({"https://example.org/" + std::string(attribute), ""});
    return f;
  };
  auto dated = [&](const Subject& s, const char* attribute, DateRange range) {
    facts::Fact f = fact(s, attribute);
    f.date = range;
    f.precision = "day";
    return f;
  };
  auto number = [&](const Subject& s, const char* attribute, double n, Unit unit) {
    facts::Fact f = fact(s, attribute);
    f.number = Quantity{n, n, unit};
    f.precision = "number";
    return f;
  };
  base.AddFact(dated(kAdam, "birth", R("1973-04-03")));
  base.AddFact(dated(kBen, "birth", R("1965-11-30")));
  base.AddFact(dated(kSeason1, "premiere", R("2022-02-18")));
  facts::Fact s2 = dated(kSeason2, "premiere", R("2025-01-17"));
  s2.announced_on = D("2024-07-10");
  base.AddFact(s2);
  base.AddFact(dated(kActors, "start", R("2023-07-14")));
  base.AddFact(dated(kActors, "end", R("2023-11-09")));
  base.AddFact(number(kActors, "duration", 118, Unit::kDay));
  base.AddFact(number(kSeason1, "emmy-nominations", 14, Unit::kCount));
  return base;
}

struct Expected {
  std::string rule;
  std::string path;     // of the primary location
  std::string at;       // its text
  std::string message;  // exact, or a part of it when `contains`
  bool contains = false;
  size_t related = 0;
  std::optional<Severity> severity = std::nullopt;  // checked when set
};

struct Case {
  const char* name;
  std::vector<Article> articles;
  std::function<void(Claims&)> claims;
  bool with_facts;
  std::vector<Expected> expected;
  std::function<void(Options&)> configure = nullptr;
};

const std::vector<Article> kStatusArticles = {
    {"a.txt", Role::kDraft, "2024-01-29", "Nobody can say yet when the next Severance arrives."},
    {"b.txt", Role::kDraft, "2024-02-01", "Apple still owes fans a date for the second season."},
    {"c.txt", Role::kDraft, "2024-01-29", "As for season two, there is no date so far."},
    {"d.txt", Role::kDraft, "2025-01-13", "Season two comes back on January 17, on Apple TV+."},
};
void StatusClaims(Claims& c) {
  c.Status(0, "Nobody can say yet", kSeason2, "premiere");
  c.Status(1, "owes fans a date", kSeason2, "premiere");
  c.Status(2, "there is no date so far", kSeason2, "premiere");
  c.Dated(3, "January 17", kSeason2, "premiere", R("2025-01-17"), Tense::kFuture);
}

// As rules/attributes.yaml words it.
void AgeTemplate(Options& o) {
  AttributeSpec spec;
  spec.name = "age";
  spec.unknown = "birth";
  spec.contradiction_message =
      "{subject} is said to be {value} on {date} here but {other_value} on {other_date}";
  o.attributes[spec.name] = spec;
}

const Subject kMesa = S("work:red mesa", "Red Mesa");

// A release date that moved between April and August.
const std::vector<Article> kMovedRelease = {
    {"april.txt", Role::kDraft, "2023-04-26", "Red Mesa will open on November 17, 2023."},
    {"august.txt", Role::kDraft, "2023-08-24", "Red Mesa has been delayed to March 15, 2024."}};
void MovedReleaseClaims(Claims& c) {
  c.Dated(0, "November 17, 2023", kMesa, "release", R("2023-11-17"), Tense::kFuture);
  c.Dated(1, "March 15, 2024", kMesa, "release", R("2024-03-15"), Tense::kPast);
}

// One article gives both dates, each for its platform: the articles that
// give one each neither contradict each other nor make either plan stale.
const std::vector<Article> kTwoPlatforms = {
    {"both.txt", Role::kDraft, "2024-11-19",
     "Red Mesa streams on Feb. 14 and makes its on-air debut on Feb. 16."},
    {"streams.txt", Role::kDraft, "2024-11-20", "Red Mesa premieres on February 14."},
    {"airs.txt", Role::kDraft, "2025-02-10", "Red Mesa will premiere on Sunday, Feb. 16."}};
void TwoPlatformClaims(Claims& c) {
  c.Dated(0, "Feb. 14", kMesa, "release", R("2025-02-14"), Tense::kFuture);
  c.Dated(0, "Feb. 16", kMesa, "release", R("2025-02-16"), Tense::kFuture);
  c.Dated(1, "February 14", kMesa, "release", R("2025-02-14"), Tense::kFuture);
  c.Dated(2, "Sunday, Feb. 16", kMesa, "release", R("2025-02-16"), Tense::kFuture);
}
// Without the article that gives both, the later date makes the earlier stale.
void OnePlatformEachClaims(Claims& c) {
  c.Dated(1, "February 14", kMesa, "release", R("2025-02-14"), Tense::kFuture);
  c.Dated(2, "Sunday, Feb. 16", kMesa, "release", R("2025-02-16"), Tense::kFuture);
}

// Two dates of one premiere that say nothing of where: a mistake.
const std::vector<Article> kTwoDatesNoPlatform = {
    {"draft.txt", Role::kDraft, "2024-11-19",
     "Red Mesa premieres on Feb. 14. Fans have waited for the premiere on Feb. 16."}};
void TwoDatesNoPlatformClaims(Claims& c) {
  c.Dated(0, "Feb. 14", kMesa, "release", R("2025-02-14"), Tense::kFuture);
  c.Dated(0, "Feb. 16", kMesa, "release", R("2025-02-16"), Tense::kFuture);
}

const Case kCases[] = {
    {"dates_one_article_gives_side_by_side_coexist", kTwoPlatforms, TwoPlatformClaims, false, {}},
    {"two_dates_that_name_no_platform_contradict",
     kTwoDatesNoPlatform,
     TwoDatesNoPlatformClaims,
     false,
     {{"release-contradiction", "draft.txt", "Feb. 16",
       "Red Mesa release is 'Feb. 16' here but 'Feb. 14' in this article: 2025-02-16 and "
       "2025-02-14 do not overlap",
       false, 1}}},
    {"without_it_the_later_date_makes_the_earlier_stale",
     kTwoPlatforms,
     OnePlatformEachClaims,
     false,
     {{"release-stale", "streams.txt", "February 14",
       "Red Mesa release 'February 14' was the plan on 2024-11-20 and is stale: 'Sunday, Feb. "
       "16' in airs.txt (2025-02-10)",
       false, 1}}},
    // A schedule that moved: the April plan was right when written and is
    // stale now; the later date is not a mistake.
    {"a_moved_release_date_is_stale_at_the_old_plan",
     kMovedRelease,
     MovedReleaseClaims,
     false,
     {{"release-stale", "april.txt", "November 17, 2023",
       "Red Mesa release 'November 17, 2023' was the plan on 2023-04-26 and is stale: "
       "'March 15, 2024' in august.txt (2023-08-24)",
       false, 1}}},
    // The attribute's own stale wording (its YAML `stale_message`).
    {"a_stale_plan_in_the_attributes_own_words",
     kMovedRelease,
     MovedReleaseClaims,
     false,
     {{"release-stale", "april.txt", "November 17, 2023",
       "Red Mesa: November 17, 2023 was the plan on 2023-04-26; now March 15, 2024: the date "
       "has moved since 2023-04-26: 'March 15, 2024' in august.txt (2023-08-24)",
       false, 1}},
     [](Options& o) {
       AttributeSpec spec;
       spec.name = "release";
       spec.stale_message = "{subject}: {value} was the plan on {published}; now {other_value}";
       o.attributes[spec.name] = spec;
     }},
    // Two outlets on the same day cannot both be right: a contradiction, at
    // the later text, as ever.
    {"two_plans_of_one_day_contradict",
     {{"a.txt", Role::kDraft, "2023-04-26", "Red Mesa will open on November 17, 2023."},
      {"b.txt", Role::kDraft, "2023-04-26", "Red Mesa will open on November 3, 2023."}},
     [](Claims& c) {
       c.Dated(0, "November 17, 2023", kMesa, "release", R("2023-11-17"), Tense::kFuture);
       c.Dated(1, "November 3, 2023", kMesa, "release", R("2023-11-03"), Tense::kFuture);
     },
     false,
     {{"release-contradiction", "b.txt", "November 3, 2023", "Red Mesa release", true, 1}}},
    // A claim that is its own event is never compared.
    {"per_mention_claims_are_never_compared",
     {{"a.txt", Role::kDraft, "2024-01-10", "Ana Ruiz won the prize in 2002."},
      {"b.txt", Role::kDraft, "2024-01-11", "Ana Ruiz won the prize in 2005."}},
     [](Claims& c) {
       c.Dated(0, "2002", S("person:ana ruiz", "Ana Ruiz"), "event-date",
               R("2002-01-01", "2002-12-31"));
       c.Dated(1, "2005", S("person:ana ruiz", "Ana Ruiz"), "event-date",
               R("2005-01-01", "2005-12-31"));
     },
     false,
     {},
     [](Options& o) {
       AttributeSpec spec;
       spec.name = "event-date";
       spec.per_mention = true;
       o.attributes[spec.name] = spec;
     }},
    // A claim about itself (subject kind "mention") is never compared, even
    // when two of them share an id (one JSON Lines file holds many
    // articles) and the first is a plan.
    {"mention_claims_are_never_compared",
     {{"a.txt", Role::kDraft, "2023-08-23", "The hearing will be on August 30."},
      {"b.txt", Role::kDraft, "2025-07-02", "The hearing was on Monday."}},
     [](Claims& c) {
       const Subject mention{"mention:feed.jsonl:12", "August 30", SubjectKind::kMention};
       c.Dated(0, "August 30", mention, "dated-mention", R("2023-08-30"), Tense::kFuture);
       c.Dated(1, "Monday", mention, "dated-mention", R("2025-06-30"), Tense::kPast);
     },
     false,
     {}},
    {"seed_stale_statements_with_facts",
     kStatusArticles,
     StatusClaims,
     true,
     {{"premiere-stale", "a.txt", "Nobody can say yet",
       "the premiere of Severance season 2 is now known: 2025-01-17 (announced on 2024-07-10, "
       "fact base; d.txt, published 2025-01-13, gives 2025-01-17); this says it is not yet "
       "(published 2024-01-29)",
       false, 2},
      {"premiere-stale", "b.txt", "owes fans a date",
       "the premiere of Severance season 2 is now known: 2025-01-17 (announced on 2024-07-10, "
       "fact base; d.txt, published 2025-01-13, gives 2025-01-17); this says it is not yet "
       "(published 2024-02-01)",
       false, 2},
      {"premiere-stale", "c.txt", "there is no date so far", "d.txt, published 2025-01-13", true,
       2}}},
    {"seed_stale_statements_from_the_archive_alone",
     kStatusArticles,
     StatusClaims,
     false,
     {{"premiere-stale", "a.txt", "Nobody can say yet",
       "the premiere of Severance season 2 is now known: 2025-01-17 (d.txt, published "
       "2025-01-13); this says it is not yet (published 2024-01-29)",
       false, 1},
      {"premiere-stale", "b.txt", "owes fans a date", "d.txt, published 2025-01-13", true, 1},
      {"premiere-stale", "c.txt", "there is no date so far", "d.txt, published 2025-01-13", true,
       1}}},
    {"seed_consistent_claims_produce_nothing",
     {{"s0.txt", Role::kDraft, "2024-01-03",
       "Almost two years after the show began, Stiller, 58, looks back."},
      {"s1.txt", Role::kDraft, "2024-01-29",
       "Scott, 50, came back after the 118-day strike. It began in February 2022 and earned 14 "
       "nominations. Roughly 15 months after October 2022 the cast is back. The wait was about "
       "three years."}},
     [](Claims& c) {
       c.Relation(0, "Almost two years after", {kSeason1, "premiere", {}, {}}, {},
                  {20, 24, Unit::kMonth}, {608, 730, Unit::kDay}, "nearly");
       c.Age(0, "Stiller, 58", kBen, 58);
       c.Age(1, "Scott, 50", kAdam, 50);
       c.Days(1, "118-day strike", kActors, 118);
       c.Dated(1, "February 2022", kSeason1, "premiere", R("2022-02-01", "2022-02-28"));
       c.Count(1, "14 nominations", kSeason1, "emmy-nominations", 14);
       c.Relation(1, "Roughly 15 months after October 2022",
                  {{}, "filming", R("2022-10-01", "2022-10-31"), {}}, {}, {15, 15, Unit::kMonth},
                  {411, 502, Unit::kDay}, "some");
       // No day count from the normalizer: 3 years ±10% from the calendar.
       c.Relation(1, "about three years", {kSeason1, "premiere", R("2022-02-01", "2022-02-28"), {}},
                  {kSeason2, "premiere", R("2025-01-01", "2025-01-31"), {}}, {3, 3, Unit::kYear},
                  {0, 0, Unit::kNone}, "about");
     },
     true,
     {}},
    {"age_contradiction_across_articles",
     {{"old.txt", Role::kArchive, "2024-01-29", "The star, Adam Scott, 50, returns."},
      {"new.txt", Role::kDraft, "2024-06-01", "Adam Scott, 52, talks about the finale."}},
     [](Claims& c) {
       c.Age(0, "Adam Scott, 50", kAdam, 50);
       c.Age(1, "Adam Scott, 52", kAdam, 52);
     },
     false,
     {{"age-contradiction", "new.txt", "Adam Scott, 52",
       "Adam Scott should be 50 or 51 here (2024-06-01), not 52, if 50 on 2024-01-29 (old.txt) "
       "is right",
       false, 1}}},
    {"age_against_the_fact_base_blames_the_claim_the_fact_rules_out",
     {{"old.txt", Role::kArchive, "2024-01-29", "The star, Adam Scott, 50, returns."},
      {"new.txt", Role::kDraft, "2024-06-01", "Adam Scott, 52, talks about the finale."}},
     [](Claims& c) {
       c.Age(0, "Adam Scott, 50", kAdam, 50);
       c.Age(1, "Adam Scott, 52", kAdam, 52);
     },
     true,
     {{"age-fact-contradiction", "new.txt", "Adam Scott, 52",
       "Adam Scott should be 51 here (2024-06-01), not 52: born 1973-04-03 (fact base)", false,
       1}}},
    {"archive_only_conflicts_are_not_reported",
     {{"old.txt", Role::kArchive, "2024-01-29", "Adam Scott, 50, returns."},
      {"older.txt", Role::kArchive, "2024-06-01", "Adam Scott, 52, returns."}},
     [](Claims& c) {
       c.Age(0, "Adam Scott, 50", kAdam, 50);
       c.Age(1, "Adam Scott, 52", kAdam, 52);
     },
     false,
     {}},
    {"archive_conflicts_are_reported_when_asked",
     {{"old.txt", Role::kArchive, "2024-01-29", "Adam Scott, 50, returns."},
      {"older.txt", Role::kArchive, "2024-06-01", "Adam Scott, 52, returns."}},
     [](Claims& c) {
       c.Age(0, "Adam Scott, 50", kAdam, 50);
       c.Age(1, "Adam Scott, 52", kAdam, 52);
     },
     false,
     {{"age-contradiction", "older.txt", "Adam Scott, 52", "here (2024-06-01), not 52", true, 1}},
     [](Options& o) { o.report_archive = true; }},
    {"a_quoted_claim_is_never_asserted",
     {{"old.txt", Role::kArchive, "2024-01-29", "Adam Scott, 50, returns."},
      {"new.txt", Role::kDraft, "2024-06-01", "\"Adam Scott, 52, is back,\" she said."}},
     [](Claims& c) {
       c.Age(0, "Adam Scott, 50", kAdam, 50);
       c.Age(1, "Adam Scott, 52", kAdam, 52).quoted = true;
     },
     false,
     {}},
    {"one_outlier_is_reported_once",
     {{"a.txt", Role::kArchive, "2024-01-29", "Adam Scott, 50, returns."},
      {"b.txt", Role::kDraft, "2024-02-01", "Adam Scott, 50, is back."},
      {"c.txt", Role::kDraft, "2024-06-01", "Adam Scott, 52, is back."}},
     [](Claims& c) {
       c.Age(0, "Adam Scott, 50", kAdam, 50);
       c.Age(1, "Adam Scott, 50", kAdam, 50);
       c.Age(2, "Adam Scott, 52", kAdam, 52);
     },
     false,
     {{"age-contradiction", "c.txt", "Adam Scott, 52", "here (2024-06-01), not 52, if 50 on", true,
       1}}},
    {"day_counts_within_one_article",
     {{"w.txt", Role::kDraft, "2023-10-01",
       "After 148 days the writers went back to work. It was a strike that lasted 146 days."}},
     [](Claims& c) {
       c.Relation(0, "After 148 days", {kWriters, "start", {}, {}}, {kWriters, "end", {}, {}},
                  {148, 148, Unit::kDay}, {147, 149, Unit::kDay});
       c.Days(0, "lasted 146 days", kWriters, 146);
     },
     false,
     {{"duration-contradiction", "w.txt", "lasted 146 days",
       "WGA strike duration is 'lasted 146 days' here but 'After 148 days' in this article: "
       "end \u2212 start 145\u2026146 days and WGA strike end \u2212 WGA strike start "
       "147\u2026148 days do not overlap",
       false, 1}}},
    {"a_duration_against_start_and_end_facts",
     {{"x.txt", Role::kDraft, "2023-12-01", "The 146-day walkout is over."}},
     [](Claims& c) { c.Days(0, "146-day walkout", kActors, 146); },
     true,
     {{"duration-fact-contradiction", "x.txt", "146-day walkout",
       "the SAG-AFTRA strike lasted 118 or 119 days (2023-07-14 to 2023-11-09, fact base), "
       "not '146-day walkout'",
       false, 2}}},
    {"counts_that_differ",
     {{"a.txt", Role::kDraft, "2022-08-01", "The show got 14 nominations."},
      {"b.txt", Role::kDraft, "2022-09-01", "The show got 12 nominations."}},
     [](Claims& c) {
       c.Count(0, "14 nominations", kSeason1, "emmy-nominations", 14);
       c.Count(1, "12 nominations", kSeason1, "emmy-nominations", 12);
     },
     false,
     {{"emmy-nominations-contradiction", "b.txt", "12 nominations",
       "Severance season 1 emmy-nominations is '12 nominations' here but '14 nominations' in "
       "a.txt (2022-08-01): 12 and 14 do not overlap",
       false, 1}}},
    {"status_after_the_announcement",
     {{"late.txt", Role::kDraft, "2024-08-01", "Still no word on when season two lands."}},
     [](Claims& c) { c.Status(0, "Still no word", kSeason2, "premiere"); },
     true,
     {{"premiere-fact-contradiction", "late.txt", "Still no word",
       "the premiere of Severance season 2 was already known: 2025-01-17 (announced on "
       "2024-07-10, fact base); this says it is not yet (published 2024-08-01)",
       false, 1}}},
    {"status_after_another_article",
     {{"early.txt", Role::kArchive, "2024-07-11", "Season two arrives January 17."},
      {"late.txt", Role::kDraft, "2024-08-01", "Still no word on when season two lands."}},
     [](Claims& c) {
       c.Dated(0, "January 17", kSeason2, "premiere", R("2025-01-17"), Tense::kFuture);
       c.Status(1, "Still no word", kSeason2, "premiere");
     },
     false,
     {{"premiere-contradiction", "late.txt", "Still no word",
       "the premiere of Severance season 2 was already known: 2025-01-17 (early.txt, published "
       "2024-07-11); this says it is not yet (published 2024-08-01)",
       false, 1}}},
    {"a_weekday_that_does_not_match",
     {{"x.txt", Role::kDraft, "2024-01-03", "He posted on Monday, January 2."}},
     [](Claims& c) {
       c.Dated(0, "Monday, January 2", kBen, "date", R("2024-01-02")).inconsistency =
           "2024-01-02 was a Tuesday, not a Monday";
     },
     false,
     {{"date-internal", "x.txt", "Monday, January 2",
       "'Monday, January 2' cannot hold: 2024-01-02 was a Tuesday, not a Monday", false, 0}}},
    {"two_ages_in_one_sentence",
     {{"x.txt", Role::kDraft, "2024-03-01", "First line. He is 78 now and 81 by November 2028.",
       true}},
     [](Claims& c) {
       c.Age(0, "78 now", kBen, 78);
       c.At(0, "81 by November 2028", kBen, "age").type = ValueType::kAge;
       c.all().back().value_text = "81";
       c.all().back().date = BirthRangeForAge(81, D("2028-11-30"));
     },
     false,
     {{"age-internal", "x.txt", "81 by November 2028", "(the same sentence)", true, 1}}},
    {"a_relation_that_contradicts_its_own_anchor",
     {{"x.txt", Role::kDraft, "2024-09-01", "Some 15 months after October 2022, they wrap."}},
     [](Claims& c) {
       c.Relation(0, "Some 15 months after October 2022",
                  {{}, "filming", R("2022-10-01", "2022-10-31"), {}}, {}, {15, 15, Unit::kMonth},
                  {411, 502, Unit::kDay}, "some");
     },
     false,
     {{"since-internal", "x.txt", "Some 15 months after October 2022", "cannot hold by itself",
       true, 0}}},
    {"stale_is_a_warning_by_default",
     {{"a.txt", Role::kDraft, "2024-01-29", "Nobody can say yet when it arrives."}},
     [](Claims& c) { c.Status(0, "Nobody can say yet", kSeason2, "premiere"); },
     true,
     {{"premiere-stale", "a.txt", "Nobody can say yet", "is now known", true, 1,
       Severity::kWarning}}},
    {"a_rule_severity_beats_a_kind_severity",
     {{"a.txt", Role::kDraft, "2024-01-29", "Nobody can say yet when it arrives."}},
     [](Claims& c) { c.Status(0, "Nobody can say yet", kSeason2, "premiere"); },
     true,
     {{"premiere-stale", "a.txt", "Nobody can say yet", "is now known", true, 1, Severity::kInfo}},
     [](Options& o) {
       o.kind_severity["stale"] = Severity::kError;
       o.rule_severity["premiere-stale"] = Severity::kInfo;
     }},
    {"an_attribute_message_template",
     {{"a.txt", Role::kDraft, "2022-08-01", "The show got 14 nominations."},
      {"b.txt", Role::kDraft, "2022-09-01", "The show got 12 nominations."}},
     [](Claims& c) {
       c.Count(0, "14 nominations", kSeason1, "emmy-nominations", 14);
       c.Count(1, "12 nominations", kSeason1, "emmy-nominations", 12);
     },
     false,
     {{"emmy-nominations-contradiction", "b.txt", "12 nominations",
       "nomination count of Severance season 1 disagrees (12 nominations as of 2022-09-01): 12 "
       "and 14 do not overlap",
       false, 1, Severity::kWarning}},
     [](Options& o) {
       AttributeSpec spec;
       spec.name = "emmy-nominations";
       spec.severity = Severity::kWarning;
       spec.contradiction_message =
           "nomination count of {subject} disagrees ({value} as of {as_of}): {why}";
       o.attributes[spec.name] = spec;
     }},
    {"a_template_with_the_rules_placeholders",
     {{"old.txt", Role::kArchive, "2024-01-29", "The star, Adam Scott, 50, returns."},
      {"new.txt", Role::kDraft, "2024-06-01", "Adam Scott, 52, talks about the finale."}},
     [](Claims& c) {
       c.Age(0, "Adam Scott, 50", kAdam, 50);
       c.Age(1, "Adam Scott, 52", kAdam, 52);
     },
     false,
     {{"age-contradiction", "new.txt", "Adam Scott, 52",
       "Adam Scott is said to be 52 on 2024-06-01 here but 50 on 2024-01-29: implied birth "
       "dates 1971-06-02\u20261972-06-01 and 1973-01-30\u20261974-01-29 do not overlap",
       false, 1}},
     AgeTemplate},
    {"a_template_that_cannot_be_filled_falls_back",
     {{"new.txt", Role::kDraft, "2024-06-01", "Adam Scott, 52, talks about the finale."}},
     [](Claims& c) { c.Age(0, "Adam Scott, 52", kAdam, 52); },
     true,
     {{"age-fact-contradiction", "new.txt", "Adam Scott, 52",
       "Adam Scott should be 51 here (2024-06-01), not 52: born 1973-04-03 (fact base)", false, 1}},
     AgeTemplate},
    {"stale_ignores_the_attribute_severity",
     {{"a.txt", Role::kDraft, "2024-01-29", "Nobody can say yet when it arrives."}},
     [](Claims& c) { c.Status(0, "Nobody can say yet", kSeason2, "premiere").severity = "error"; },
     true,
     {{"premiere-stale", "a.txt", "Nobody can say yet", "is now known", true, 1,
       Severity::kWarning}},
     [](Options& o) {
       o.attributes["premiere"].name = "premiere";
       o.attributes["premiere"].severity = Severity::kError;
     }},
    {"a_future_date_already_past",
     {{"x.txt", Role::kDraft, "2026-03-01", "It will premiere on January 17, 2025."}},
     [](Claims& c) {
       c.Dated(0, "January 17, 2025", kSeason2, "premiere", R("2025-01-17"), Tense::kFuture);
     },
     false,
     {{"premiere-stale", "x.txt", "January 17, 2025",
       "'January 17, 2025' is stale: it is in the future tense but 2025-01-17 is already past "
       "on 2026-03-01, the date this article is judged as of",
       false, 0}}},
    // A running total grows: 3 wins in 2023 and 5 in 2024 can both be true.
    {"a_running_total_is_not_compared_across_days",
     {{"a.txt", Role::kDraft, "2023-05-01", "It has won 3 awards."},
      {"b.txt", Role::kDraft, "2024-05-01", "It has won 5 awards."}},
     [](Claims& c) {
       c.Count(0, "3 awards", kSeason1, "wins", 3);
       c.Count(1, "5 awards", kSeason1, "wins", 5);
     },
     false,
     {},
     [](Options& o) {
       o.attributes["wins"].name = "wins";
       o.attributes["wins"].changes_over_time = true;
     }},
    {"a_running_total_is_compared_on_the_same_day",
     {{"a.txt", Role::kDraft, "2024-05-01", "It has won 3 awards."},
      {"b.txt", Role::kDraft, "2024-05-01", "It has won 5 awards."}},
     [](Claims& c) {
       c.Count(0, "3 awards", kSeason1, "wins", 3);
       c.Count(1, "5 awards", kSeason1, "wins", 5);
     },
     false,
     {{"wins-contradiction", "b.txt", "5 awards", "5 awards", true, 1}},
     [](Options& o) {
       o.attributes["wins"].name = "wins";
       o.attributes["wins"].changes_over_time = true;
     }},
    // "died on March 5 at 85", reported a year later: the age held on the
    // day of death, and the message says so.
    {"an_age_on_another_day_names_that_day",
     {{"a.txt", Role::kDraft, "2024-03-08", "Ben Stiller died on March 5 at 85."},
      {"b.txt", Role::kDraft, "2025-03-08", "Ben Stiller, 80, was remembered."}},
     [](Claims& c) {
       Claim& death = c.Age(0, "at 85", kBen, 85);
       death.held_on = R("2024-03-05");
       death.date = BirthRangeForAge(85, *ParseIsoDate("2024-03-05"));
       c.Age(1, "Ben Stiller, 80", kBen, 80);
     },
     false,
     {{"age-contradiction", "b.txt", "Ben Stiller, 80", "if 85 on 2024-03-05 (a.txt)", true, 1}}},
    {"a_copied_age_in_a_later_draft",
     {{"old.txt", Role::kArchive, "2024-01-03", "Stiller, 58, directs."},
      {"new.txt", Role::kDraft, "2026-02-01", "Stiller, 58, directs again."}},
     [](Claims& c) {
       c.Age(0, "Stiller, 58", kBen, 58);
       c.Age(1, "Stiller, 58", kBen, 58);
     },
     false,
     {{"age-contradiction", "new.txt", "Stiller, 58", "not 58, if 58 on 2024-01-03", true, 1}}},
};

class EvaluateTest : public testing::TestWithParam<Case> {};

TEST_P(EvaluateTest, ReportsExactlyTheExpectedFindings) {
  const Case& c = GetParam();
  const std::vector<Document> docs = MakeDocuments(c.articles);
  Claims claims(docs);
  c.claims(claims);
  const facts::FactBase base = SeedFacts();
  Options options;
  if (c.configure) c.configure(options);
  CollectingSink sink;
  Evaluate({docs, claims.all(), c.with_facts ? &base : nullptr}, options, sink);

  std::string got;
  for (const Finding& f : sink.findings())
    got += f.location.path + ":" + f.location.text + ": [" + f.rule + "] " + f.message + "\n";
  ASSERT_EQ(sink.findings().size(), c.expected.size()) << got;
  for (size_t i = 0; i < c.expected.size(); ++i) {
    const Expected& want = c.expected[i];
    const Finding& f = sink.findings()[i];
    EXPECT_EQ(f.rule, want.rule) << got;
    EXPECT_EQ(f.location.path, want.path) << got;
    EXPECT_EQ(f.location.text, want.at) << got;
    if (want.contains)
      EXPECT_NE(f.message.find(want.message), std::string::npos) << f.message;
    else
      EXPECT_EQ(f.message, want.message);
    EXPECT_EQ(f.related.size(), want.related) << got;
    if (want.severity) {
      EXPECT_EQ(f.severity, *want.severity) << got;
    }
    // One entry per claim and per dated fact (a count fact has no place on
    // it), besides the days later values were made public; each says where.
    ASSERT_FALSE(f.timeline.empty());
    const auto evidence = std::count_if(f.timeline.begin(), f.timeline.end(),
                                        [](const TimelineEntry& e) { return !e.annotation; });
    EXPECT_LE(static_cast<size_t>(evidence), f.related.size() + 1);
    EXPECT_TRUE(f.timeline.front().primary);
    for (const TimelineEntry& e : f.timeline) EXPECT_FALSE(e.where.empty()) << e.label;
    EXPECT_NE(f.message.back(), '.') << "no final period: " << f.message;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, EvaluateTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& param) {
                           return std::string(param.param.name);
                         });

// A length is drawn as a span of days from the start the fact base gives,
// to the end it implies: 146 days from 2023-07-14 ends in December, four
// weeks past the fact's end (2023-11-09), which is what the timeline shows.
TEST(EvaluateTimeline, ALengthIsDrawnFromTheStartTheFindingGives) {
  const std::vector<Document> docs =
      MakeDocuments({{"x.txt", Role::kDraft, "2023-12-01", "The 146-day walkout is over."}});
  Claims claims(docs);
  Claim& walkout = claims.Days(0, "146-day walkout", kActors, 146);
  walkout.value_span = {walkout.span.begin, walkout.span.begin + 7};  // "146-day"
  const facts::FactBase base = SeedFacts();
  CollectingSink sink;
  Evaluate({docs, claims.all(), &base}, Options(), sink);
  ASSERT_EQ(sink.findings().size(), 1u);
  const TimelineEntry& length = sink.findings()[0].timeline.front();
  ASSERT_TRUE(length.span);
  EXPECT_EQ(FormatIsoDate(length.span->from), "2023-07-14");
  EXPECT_TRUE(length.range.Contains(*ParseIsoDate("2023-12-07")))
      << FormatIsoDate(length.range.from) << ".." << FormatIsoDate(length.range.to);
  EXPECT_EQ(length.where, "x.txt:1");
  // And the fix-it: the days from start to end, in place of the digits.
  const std::optional<Fix>& fix = sink.findings()[0].fix;
  ASSERT_TRUE(fix);
  EXPECT_EQ(fix->replacement, "118");
  EXPECT_EQ(fix->location.text, "146");
}

// A length beyond the calendar ("a 4000000-day strike") cannot be drawn
// from a start: it stays a dot, and nothing throws (a Boost.Date_Time
// exception once aborted the HTML report).
TEST(EvaluateTimeline, ALengthBeyondTheCalendarStaysADot) {
  const std::vector<Document> docs =
      MakeDocuments({{"a.txt", Role::kDraft, "2024-06-01", "The 4000000-day strike ended."},
                     {"b.txt", Role::kDraft, "2024-06-02", "The 40-day strike ended."}});
  Claims claims(docs);
  claims.Days(0, "4000000-day strike", kActors, 4000000);
  claims.Days(1, "40-day strike", kActors, 40);
  CollectingSink sink;
  Evaluate({docs, claims.all(), nullptr}, Options(), sink);
  ASSERT_EQ(sink.findings().size(), 1u);
  int drawn = 0;
  for (const TimelineEntry& e : sink.findings()[0].timeline) {
    const bool huge = e.label.find("4000000") != std::string::npos;
    EXPECT_EQ(static_cast<bool>(e.span), !huge) << e.label;
    drawn += e.span ? 1 : 0;
  }
  EXPECT_EQ(drawn, 1);
  EXPECT_EQ(ShiftedDay(*ParseIsoDate("2024-06-01"), -400000.0), std::nullopt);
  EXPECT_EQ(ShiftedDay(*ParseIsoDate("2024-06-01"), 1e30), std::nullopt);
  EXPECT_EQ(FormatIsoDate(*ShiftedDay(*ParseIsoDate("2024-06-01"), 30)), "2024-07-01");
}

}  // namespace
}  // namespace factlint::constraints
