// The linker on the real seed articles of ../shared/seeds (when present):
// "Stiller" is Ben Stiller, "The Parks and Recreation alum" is Adam Scott,
// the characters are nobody's age. The articles are read, never copied.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/mentions/linker.h"
#include "tests/mentions/test_util.h"

namespace factlint::mentions {
namespace {

const char* const kSeeds = FACTLINT_SOURCE_DIR "/../shared/seeds";

// A seed file: " date YYYY-MM-DD <first paragraph>\n<paragraph>\n...".
std::optional<Document> ReadSeed(const std::string& file) {
  std::ifstream in(std::string(kSeeds) + "/" + file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream all;
  all << in.rdbuf();
  std::string text = all.str();
  const size_t date = text.find("date ");
  if (date == std::string::npos) return std::nullopt;
  const std::string published = text.substr(date + 5, 10);
  return testing::MakeDocument(text.substr(date + 16), published.c_str());
}

const facts::FactBase& Shipped() {
  static const facts::FactBase base = [] {
    auto loaded = facts::LoadFactBase(FACTLINT_SOURCE_DIR "/facts");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error().ToString();
      return facts::FactBase();
    }
    return std::move(loaded).value();
  }();
  return base;
}

struct SeedCase {
  const char* file;
  const char* needle;
  int nth;
  const char* kind;
  const char* want;  // "" for nullopt
};

const SeedCase kSeedCases[] = {
    {"000_51b80c79d8864b04.txt", "Stiller", 1, "person", "person.ben_stiller"},
    {"000_51b80c79d8864b04.txt", "Stiller", 4, "person", "person.ben_stiller"},
    {"000_51b80c79d8864b04.txt", "Mark Scout", 0, "person", ""},
    {"000_51b80c79d8864b04.txt", "Adam Scott", 0, "person", "person.adam_scott"},
    {"000_51b80c79d8864b04.txt", "the new season", 0, "season", "season.severance.2"},
    {"000_51b80c79d8864b04.txt", "the season 1 finale", 0, "season", "season.severance.1"},
    {"000_51b80c79d8864b04.txt", "Erickson", 1, "person", "person.dan_erickson"},
    {"002_9d746a204943e362.txt", "The Parks and Recreation alum", 0, "person", "person.adam_scott"},
    {"002_9d746a204943e362.txt", "the actor", 1, "person", "person.zach_cherry"},
    {"002_9d746a204943e362.txt", "Mark", 0, "person", ""},
    {"002_9d746a204943e362.txt", "Helly", 0, "person", ""},
    {"002_9d746a204943e362.txt", "Dylan", 0, "person", ""},
    {"002_9d746a204943e362.txt", "Jame Egan", 0, "person", ""},
    {"002_9d746a204943e362.txt", "Zach Cherry", 0, "person", "person.zach_cherry"},
    {"002_9d746a204943e362.txt", "Cherry", 1, "person", "person.zach_cherry"},
    {"002_9d746a204943e362.txt", "Arquette", 1, "person", "person.patricia_arquette"},
    {"002_9d746a204943e362.txt", "SAG-AFTRA strike", 0, "event", "event.sag_aftra_strike_2023"},
    {"002_9d746a204943e362.txt", "season 2", 0, "season", "season.severance.2"},
    {"002_9d746a204943e362.txt", "Severance", 3, "work", "work.severance"},
    {"003_b8e07f832422d4bf.txt", "Severance season 2", 0, "season", "season.severance.2"},
    {"003_b8e07f832422d4bf.txt", "season 3", 0, "season", "season:work.severance:3"},
    {"004_60d9afc04a082fe5.txt", "Scott", 0, "person", "person.adam_scott"},
    {"004_60d9afc04a082fe5.txt", "Mark Scout", 0, "person", ""},
    {"004_60d9afc04a082fe5.txt", "Mark S.", 0, "person", ""},
    {"004_60d9afc04a082fe5.txt", "Harmony Cobel", 0, "person", ""},
    {"004_60d9afc04a082fe5.txt", "Patricia Arquette", 0, "person", "person.patricia_arquette"},
};

TEST(Seeds, LinkTheSubjectsAGoodToolNeeds) {
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << "no " << kSeeds;
  const Linker linker(&Shipped());
  for (const SeedCase& c : kSeedCases) {
    SCOPED_TRACE(std::string(c.file) + ": " + c.needle + " #" + std::to_string(c.nth));
    auto doc = ReadSeed(c.file);
    ASSERT_TRUE(doc.has_value());
    const DocumentMentions m = linker.Index(*doc);
    const auto got = m.Resolve(testing::SpanOf(*doc, c.needle, c.nth), *ParseSubjectKind(c.kind));
    EXPECT_EQ(got ? got->id : "", c.want);
  }
}

// No character of the seeds is ever a person, whatever the rule asks for.
TEST(Seeds, CharactersNeverResolveToAPerson) {
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << "no " << kSeeds;
  const Linker linker(&Shipped());
  for (const auto& entry : std::filesystem::directory_iterator(kSeeds)) {
    if (entry.path().extension() != ".txt") continue;
    auto doc = ReadSeed(entry.path().filename().string());
    ASSERT_TRUE(doc.has_value());
    const DocumentMentions m = linker.Index(*doc);
    for (const char* character : {"Mark Scout", "Mark S.", "Helly", "Dylan", "Harmony Cobel",
                                  "Jame Egan", "Helena Egan", "Irving", "Burt", "Ms. Casey"}) {
      for (size_t pos = doc->text.find(character); pos != std::string::npos;
           pos = doc->text.find(character, pos + 1)) {
        const Span span{static_cast<uint32_t>(pos),
                        static_cast<uint32_t>(pos + std::string_view(character).size())};
        EXPECT_FALSE(m.Resolve(span, SubjectKind::kPerson).has_value())
            << entry.path().filename() << ": " << character << " at " << pos;
        EXPECT_FALSE(m.Resolve(span, SubjectKind::kNone).has_value());
      }
    }
  }
}

}  // namespace
}  // namespace factlint::mentions
