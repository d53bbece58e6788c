// Extraction across news topics, end to end but without the CLI: the
// fixture articles of tests/fixtures/topics/ (politics, courts, sports,
// business, obituaries, culture, science and health; fictional people, our own prose) go
// through load::LoadBuffer, the segmenter, the linker and the shipped rule
// set. Each topic plants ages that agree and one that does not, event dates,
// durations, counts and statements that later go stale, next to traps that
// must make NO claim: ages of things, ranges, scores, page and room numbers,
// money, percentages, clock times, Route 66, jersey numbers, hypotheticals,
// and a widow whose first name is a month.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "checker/core/value_text.h"
#include "checker/load/load.h"
#include "checker/mentions/linker.h"
#include "checker/rules/examples.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"

namespace factlint::rules {
namespace {

const char* const kFixtures[] = {
    "politics-1.txt",   "politics-2.txt",  "courts-1.txt",    "courts-2.txt",   "courts-3.txt",
    "sports-1.txt",     "sports-2.txt",    "business-1.txt",  "business-2.txt", "obituaries-1.txt",
    "obituaries-2.txt", "culture-1.txt",   "culture-2.txt",   "science-1.txt",  "science-2.txt",
    "traps.txt",        "disasters-1.txt", "disasters-2.txt",
};

// One expected claim: the fixture, attribute, subject (name), the
// normalized value (FormatNormalized: "unknown" for a status) and, for an
// age, the implied birth range.
struct Want {
  const char* file;
  const char* attribute;
  const char* subject;
  const char* normalized;
  const char* birth = nullptr;
};

std::string BirthOf(const Claim& claim) {
  if (!claim.date) return "";
  return FormatIsoDate(claim.date->from) + ".." + FormatIsoDate(claim.date->to);
}

const Want kWants[] = {
    // politics: an age that holds, one that does not; talks that end.
    {"politics-1.txt", "age", "Elena Marsh", "54", "1970-01-11..1971-01-10"},
    {"politics-1.txt", "age", "Tom Alder", "61", "1963-01-11..1964-01-10"},
    {"politics-1.txt", "age", "Ruth Coyle", "58", "1966-01-11..1967-01-10"},
    {"politics-1.txt", "end", "Capitol Transit talks", "unknown"},
    {"politics-1.txt", "took-office", "Elena Marsh", "2023-01-06"},
    {"politics-1.txt", "vote", "Harlow Bus Act", "unknown"},
    {"politics-2.txt", "end", "Capitol Transit talks", "2025-03-14"},
    {"politics-2.txt", "vote", "Harlow Bus Act", "2025-03-18"},
    {"politics-2.txt", "signing", "Capitol Transit Agreement", "2025-03-17"},
    {"politics-2.txt", "age", "Tom Alder", "64", "1960-03-21..1961-03-20"},
    {"politics-2.txt", "age", "Elena Marsh", "54", "1970-03-21..1971-03-20"},
    // disasters: a cause and a report not known yet, then both made public.
    {"disasters-1.txt", "cause-announcement", "Harlow Mill fire", "unknown"},
    {"disasters-1.txt", "report-release", "Harlow Mill fire", "unknown"},
    {"disasters-2.txt", "cause-announcement", "Harlow Mill fire", "2025-09-11"},
    {"disasters-2.txt", "report-release", "Harlow Mill fire", "2025-09-02"},
    // courts: arrest, no trial date yet, the trial's start and length,
    // no verdict yet, then the verdict.
    {"courts-1.txt", "age", "Marcus Dell", "47", "1976-04-02..1977-04-01"},
    {"courts-1.txt", "arrest", "Marcus Dell", "2024-03-03"},
    {"courts-1.txt", "start", "Marcus Dell trial", "unknown"},
    // The law's maximum is a claim even before a verdict ("if convicted").
    {"courts-1.txt", "maximum-sentence", "Marcus Dell", "20 year"},
    {"courts-1.txt", "age", "Ana Ruiz", "39", "1984-04-02..1985-04-01"},
    {"courts-2.txt", "start", "Marcus Dell trial", "2024-10-07"},
    {"courts-2.txt", "verdict", "Marcus Dell", "unknown"},
    {"courts-2.txt", "age", "Marcus Dell", "48", "1975-11-16..1976-11-15"},
    {"courts-3.txt", "verdict", "Marcus Dell", "2024-11-19"},
    {"courts-3.txt", "duration", "Marcus Dell trial", "6 week"},
    {"courts-3.txt", "age", "Marcus Dell", "46", "1977-11-21..1978-11-20"},
    {"courts-3.txt", "start", "Marcus Dell sentencing", "2025-02-01..2025-02-28"},  // a frame
    // sports: a running total, a lockout's length, two ages in a row.
    {"sports-1.txt", "age", "Lucia Brandt", "31", "1992-07-02..1993-07-01"},
    {"sports-1.txt", "titles", "Lucia Brandt", "14"},
    {"sports-1.txt", "duration", "Pro League lockout", "99 day"},
    {"sports-1.txt", "winner", "Coastal Cup race", "unknown"},
    {"sports-2.txt", "titles", "Lucia Brandt", "15"},
    {"sports-2.txt", "age", "Lucia Brandt", "32", "1992-07-11..1993-07-10"},
    {"sports-2.txt", "duration", "Pro League lockout", "120 day"},
    {"sports-2.txt", "age", "Eli Stroud", "27", "1997-07-11..1998-07-10"},
    {"sports-2.txt", "age", "Ned Kaye", "35", "1989-07-11..1990-07-10"},
    // business: founding years that disagree, a strike's length twice.
    {"business-1.txt", "founding", "Brightwater Labs", "2009-01-01..2009-12-31"},
    {"business-1.txt", "age", "Owen Pike", "52", "1970-05-03..1971-05-02"},
    {"business-1.txt", "duration", "Northgate Transit strike", "41 day"},
    {"business-2.txt", "founding", "Brightwater Labs", "2011-01-01..2011-12-31"},
    {"business-2.txt", "age", "Owen Pike", "53", "1970-02-02..1971-02-01"},
    {"business-2.txt", "duration", "Northgate Transit strike", "41 day"},
    // obituaries: the age at death is anchored on the death date, so the
    // retrospective a year later gives an overlapping birth range.
    {"obituaries-1.txt", "death", "Harold Vance", "2024-03-05"},
    {"obituaries-1.txt", "age", "Harold Vance", "85", "1938-03-06..1939-03-05"},
    {"obituaries-1.txt", "cause-of-death", "Harold Vance", "unknown"},
    {"obituaries-1.txt", "first-elected", "Harold Vance", "1978-01-01..1978-12-31"},
    {"obituaries-2.txt", "death", "Harold Vance", "2024-03-01..2024-03-31"},
    {"obituaries-2.txt", "age", "Harold Vance", "85", "1938-03-02..1939-03-31"},
    {"obituaries-2.txt", "death", "Harold Vance", "2024-03-06"},
    // culture: a tour's length twice, quoted and unquoted ages, an opening.
    {"culture-1.txt", "opening", "Calder Museum", "1987-01-01..1987-12-31"},
    {"culture-1.txt", "age", "Mira Stone", "29", "1994-09-02..1995-09-01"},
    {"culture-1.txt", "age", "Joel Park", "31", "1992-09-02..1993-09-01"},
    {"culture-1.txt", "duration", "Night Owls Midnight Tour", "18 month"},
    {"culture-2.txt", "duration", "Night Owls Midnight Tour", "14 month"},
    {"culture-2.txt", "age", "Joel Park", "32", "1992-06-02..1993-06-01"},
    {"culture-2.txt", "duration", "Nora Quill hunger strike", "21 day"},
    // science and health: an outbreak still going, then over; a mission's
    // length twice.
    {"science-1.txt", "age", "Ines Varga", "44", "1979-05-02..1980-05-01"},
    {"science-1.txt", "end", "Harlan County measles outbreak", "unknown"},
    {"science-1.txt", "founding", "Calder Institute", "1962-01-01..1962-12-31"},
    {"science-1.txt", "duration", "Lunar Seed mission", "90 day"},
    // A mission launches: its start, never a work's release.
    {"science-1.txt", "start", "Lunar Seed mission", "2024-03-03"},
    {"science-2.txt", "end", "Harlan County measles outbreak", "2024-08-30"},
    {"science-2.txt", "age", "Ines Varga", "45", "1978-09-11..1979-09-10"},
    {"science-2.txt", "duration", "Lunar Seed mission", "104 day"},
};

// The fixtures make exactly this many claims: the wants above plus the two
// quoted repeats ("Marcus Dell, 47," and "Mira Stone, 29,") and the second
// report not yet released in disasters-1.txt. A trap that starts making
// claims raises the count.
const size_t kClaimsExpected = std::size(kWants) + 3;

struct Loaded {
  std::vector<Document> docs;
  std::vector<std::vector<Claim>> claims;  // per document
};

const Loaded& LoadAll() {
  static const Loaded loaded = [] {
    Loaded out;
    Result<RuleSet> set = RuleSet::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules");
    if (!set.ok()) {
      ADD_FAILURE() << set.error().ToString();
      return out;
    }
    const mentions::Linker linker(nullptr);
    for (const char* name : kFixtures) {
      const std::string path = std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/topics/" + name;
      std::ifstream in(path);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      Result<std::vector<Document>> docs = load::LoadBuffer(name, bytes.str(), Role::kDraft);
      if (!docs.ok() || docs->size() != 1 || !docs->front().published) {
        ADD_FAILURE() << "cannot load " << path;
        continue;
      }
      Document doc = std::move(docs->front());
      if (doc.sentences.empty()) segment::Segment(doc);
      const int index = static_cast<int>(out.docs.size());
      // Only the claims the checker compares: a claim that is its own event
      // (`changes: per-mention`, or a dated mention) can never become a
      // false alarm by disagreeing with another, and the traps are about
      // claims that can. The per-mention claims are the frame tests' job.
      std::vector<Claim> compared;
      for (Claim& c : set->Extract(doc, index, *doc.published, linker.Index(doc))) {
        const AttributeDecl* decl = set->FindAttribute(c.attribute);
        if (c.subject.kind == SubjectKind::kMention || (decl != nullptr && decl->per_mention))
          continue;
        compared.push_back(std::move(c));
      }
      out.claims.push_back(std::move(compared));
      out.docs.push_back(std::move(doc));
    }
    return out;
  }();
  return loaded;
}

std::string Describe(const Loaded& loaded) {
  std::string all;
  for (size_t i = 0; i < loaded.docs.size(); ++i)
    for (const Claim& c : loaded.claims[i])
      all += loaded.docs[i].path + ": " + DescribeClaim(c) + "\n";
  return all;
}

const std::vector<Claim>* ClaimsOf(const Loaded& loaded, const std::string& file) {
  for (size_t i = 0; i < loaded.docs.size(); ++i)
    if (loaded.docs[i].path == file) return &loaded.claims[i];
  return nullptr;
}

TEST(Topics, FindsEveryPlantedClaim) {
  const Loaded& loaded = LoadAll();
  ASSERT_EQ(loaded.docs.size(), std::size(kFixtures));
  for (const Want& want : kWants) {
    const std::vector<Claim>* claims = ClaimsOf(loaded, want.file);
    ASSERT_NE(claims, nullptr) << want.file;
    bool found = false;
    for (const Claim& c : *claims)
      found = found || (c.attribute == want.attribute && c.subject.name == want.subject &&
                        FormatNormalized(c) == WithRangeSeparator(want.normalized) &&
                        (want.birth == nullptr || BirthOf(c) == want.birth));
    EXPECT_TRUE(found) << want.file << ": " << want.attribute << " | " << want.subject << " | "
                       << want.normalized << " " << (want.birth ? want.birth : "") << "\nclaims:\n"
                       << Describe(loaded);
  }
}

TEST(Topics, TrapsMakeNoClaims) {
  const Loaded& loaded = LoadAll();
  size_t total = 0;
  for (const auto& claims : loaded.claims) total += claims.size();
  EXPECT_EQ(total, kClaimsExpected) << Describe(loaded);
  // Each trap phrase: no claim's text may overlap it.
  struct Trap {
    const char* file;
    const char* phrase;
  };
  const Trap traps[] = {
      {"politics-1.txt", "50-year-old Harlow Water Act"},  // the age of a law
      {"politics-1.txt", "in their 50s"},                  // a range
      {"politics-1.txt", "passed 24-17"},                  // a score
      {"politics-1.txt", "page 12"},
      {"politics-1.txt", "9 p.m."},
      {"politics-1.txt", "Room 4"},
      {"politics-1.txt", "Route 66"},
      {"politics-1.txt", "About 45%"},
      {"politics-1.txt", "$50 million"},
      {"politics-1.txt", "another 30 days"},     // a hypothetical
      {"politics-2.txt", "16-year-old accord"},  // the age of an accord
      {"courts-1.txt", "No. 23"},                // a jersey number
      {"courts-1.txt", "12-year-old players"},   // nobody named
      {"courts-2.txt", "nearly six weeks"},      // no event named
      {"sports-1.txt", "won 24-17"},
      {"sports-1.txt", "30-year-old Calder Stadium"},
      {"sports-1.txt", "7 p.m."},
      {"business-1.txt", "12% to $50 million"},
      {"science-1.txt", "12 of them children"},
      {"science-1.txt", "40% in April"},
      {"business-1.txt", "20-year-old supply deal"},
      {"business-1.txt", "three-year contract"},  // contracts are many
      {"obituaries-1.txt", "June Vance, 82"},     // a month-named widow
      {"obituaries-2.txt", "June Vance, 83"},
      {"culture-1.txt", "If the Night Owls Midnight Tour runs late"},
      {"culture-2.txt", "ended in May"},  // no subject named
  };
  for (const Trap& trap : traps) {
    const std::vector<Claim>* claims = ClaimsOf(loaded, trap.file);
    ASSERT_NE(claims, nullptr) << trap.file;
    const Document* doc = nullptr;
    for (const Document& d : loaded.docs)
      if (d.path == trap.file) doc = &d;
    const size_t at = doc->text.find(trap.phrase);
    ASSERT_NE(at, std::string::npos) << trap.file << ": no '" << trap.phrase << "'";
    const size_t end = at + std::string(trap.phrase).size();
    for (const Claim& c : *claims) {
      const bool overlaps = c.span.begin < end && at < c.span.end;
      EXPECT_FALSE(overlaps) << trap.file << ": '" << trap.phrase
                             << "' made a claim: " << DescribeClaim(c);
    }
  }
}

// traps.txt is nothing but sentences that must not make a claim: scores,
// highways, apartments, percentages, ages of things, ranges, hypotheticals,
// negations, jersey numbers, unnamed relatives, unnamed shutdowns,
// contracts, and a state's founding.
TEST(Topics, TheTrapArticleMakesNoClaimAtAll) {
  const Loaded& loaded = LoadAll();
  const std::vector<Claim>* claims = ClaimsOf(loaded, "traps.txt");
  ASSERT_NE(claims, nullptr);
  std::string all;
  for (const Claim& c : *claims) all += DescribeClaim(c) + "\n";
  EXPECT_TRUE(claims->empty()) << all;
}

TEST(Topics, AgesInQuotesAreAttributedAndDeathAgesKeepTheirDate) {
  const Loaded& loaded = LoadAll();
  size_t quoted = 0;
  for (const auto& claims : loaded.claims)
    for (const Claim& c : claims) quoted += c.quoted ? 1 : 0;
  EXPECT_EQ(quoted, 2u) << Describe(loaded);  // Ruiz's and the curator's quotes
  // "died on Tuesday at 85" (2024-03-08) and "died in March 2024 at the age
  // of 85" (a year later) must imply overlapping birth ranges; anchored on
  // publication they would not.
  std::vector<DateRange> births;
  for (const char* file : {"obituaries-1.txt", "obituaries-2.txt"})
    for (const Claim& c : *ClaimsOf(loaded, file))
      if (c.attribute == "age" && c.subject.name == "Harold Vance" && c.date)
        births.push_back(*c.date);
  ASSERT_EQ(births.size(), 2u) << Describe(loaded);
  EXPECT_TRUE(births[0].Intersects(births[1]));
  // Anchored on the retrospective's publication, 85 would contradict the
  // obituary: that is the false alarm the death date avoids.
  EXPECT_FALSE(births[0].Intersects(BirthRangeForAge(85, Date(2025, 3, 20))));
  EXPECT_EQ(births[1], (DateRange{Date(1938, 3, 2), Date(1939, 3, 31)}));
}

}  // namespace
}  // namespace factlint::rules
