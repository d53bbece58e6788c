// The ledger's two promises: a claim read back is the claim stored (every
// field), and the SQLite file keeps what each Put committed and refuses
// what it cannot read. The PostgreSQL store passes the same test on a
// real server (PostgresLedger.*, run by postgres_ledger_test.sh).
#include "checker/ledger/ledger.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "checker/ledger/claim_record.h"
#include "checker/ledger/store.h"

namespace factlint::ledger {
namespace {

namespace fs = std::filesystem;

Claim FullClaim() {
  Claim c;
  c.document = 3;
  c.span = {10, 40};
  c.rule = "strike-length";
  c.kind = ClaimKind::kRelation;
  c.type = ValueType::kDuration;
  c.subject = {"event.calder_strike", "Calder strike", SubjectKind::kEvent};
  c.subject_span = {12, 26};
  c.subject_text = "the Calder strike";
  c.attribute = "duration";
  c.unknown = "duration";
  c.value_text = "nearly five months";
  c.value_span = {27, 40};
  c.date = DateRange{Date(2024, 1, 2), Date(2024, 3, 4)};
  c.quantity = Quantity{4.5, 5, Unit::kMonth};
  c.days = Quantity{130, 152, Unit::kDay};
  Relation r;
  r.from = {{"event.a", "A", SubjectKind::kEvent},
            "start",
            DateRange{Date(2023, 5, 1), Date(2023, 5, 31)},
            {1, 2}};
  r.to = {{}, "", std::nullopt, {3, 4}};
  r.distance = {5, 5, Unit::kMonth};
  r.days = {150, 153, Unit::kDay};
  c.relation = r;
  c.grain = "month";
  c.approximation = "nearly";
  c.published = Date(2024, 6, 1);
  c.held_on = DateRange{Date(2024, 5, 1), Date(2024, 5, 2)};
  c.quoted = true;
  c.tense = Tense::kFuture;
  c.severity = "warning";
  c.inconsistency = "that date was a Wednesday";
  return c;
}

TEST(ClaimRecord, EveryFieldRoundTrips) {
  const Claim c = FullClaim();
  auto back = ClaimFromRecord(nlohmann::json::parse(ClaimRecord(c).dump()));
  ASSERT_TRUE(back.ok()) << back.error().message;
  // The document index is the run's, not the record's.
  EXPECT_EQ(back->document, -1);
  EXPECT_EQ(back->span, c.span);
  EXPECT_EQ(back->rule, c.rule);
  EXPECT_EQ(back->kind, c.kind);
  EXPECT_EQ(back->type, c.type);
  EXPECT_EQ(back->subject.id, c.subject.id);
  EXPECT_EQ(back->subject.name, c.subject.name);
  EXPECT_EQ(back->subject.kind, c.subject.kind);
  EXPECT_EQ(back->subject_span, c.subject_span);
  EXPECT_EQ(back->subject_text, c.subject_text);
  EXPECT_EQ(back->attribute, c.attribute);
  EXPECT_EQ(back->unknown, c.unknown);
  EXPECT_EQ(back->value_text, c.value_text);
  EXPECT_EQ(back->value_span, c.value_span);
  EXPECT_EQ(*back->date, *c.date);
  EXPECT_EQ(back->quantity->min, 4.5);
  EXPECT_EQ(back->quantity->unit, Unit::kMonth);
  EXPECT_EQ(back->days->max, 152);
  ASSERT_TRUE(back->relation);
  EXPECT_EQ(back->relation->from.subject.id, "event.a");
  EXPECT_EQ(back->relation->from.event, "start");
  EXPECT_EQ(*back->relation->from.when, *c.relation->from.when);
  EXPECT_EQ(back->relation->from.span, c.relation->from.span);
  EXPECT_FALSE(back->relation->to.when);
  EXPECT_EQ(back->relation->days.min, 150);
  EXPECT_EQ(back->grain, c.grain);
  EXPECT_EQ(back->approximation, c.approximation);
  EXPECT_EQ(back->published, c.published);
  EXPECT_EQ(*back->held_on, *c.held_on);
  EXPECT_TRUE(back->quoted);
  EXPECT_EQ(back->tense, Tense::kFuture);
  EXPECT_EQ(back->severity, c.severity);
  EXPECT_EQ(back->inconsistency, c.inconsistency);
  // What a claim lacks stays lacking.
  Claim bare;
  bare.published = Date(2024, 1, 1);
  auto empty = ClaimFromRecord(ClaimRecord(bare));
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->date || empty->quantity || empty->days || empty->relation || empty->held_on);
}

TEST(ClaimRecord, ARecordItDidNotWriteIsAnError) {
  EXPECT_FALSE(ClaimFromRecord(nlohmann::json::parse(R"({"span": [1, 2]})")).ok());
  nlohmann::json bad = ClaimRecord(FullClaim());
  bad["tense"] = 9;
  EXPECT_FALSE(ClaimFromRecord(bad).ok());
  bad = ClaimRecord(FullClaim());
  bad["published"] = "June 1";
  EXPECT_FALSE(ClaimFromRecord(bad).ok());
  bad = ClaimRecord(FullClaim());
  bad["quantity"][2] = "fortnite";
  const auto unknown_unit = ClaimFromRecord(bad);
  ASSERT_FALSE(unknown_unit.ok());
  EXPECT_NE(unknown_unit.error().message.find("unknown unit 'fortnite'"), std::string::npos)
      << unknown_unit.error().message;
  bad = ClaimRecord(FullClaim());
  bad["subject"][2] = "persn";
  const auto unknown_kind = ClaimFromRecord(bad);
  ASSERT_FALSE(unknown_kind.ok());
  EXPECT_NE(unknown_kind.error().message.find("unknown kind 'persn'"), std::string::npos)
      << unknown_kind.error().message;
}

// Units are stored by name, as ledgers written before Unit was an enum hold
// them, so those records still read.
TEST(ClaimRecord, UnitsAreStoredByTheirNames) {
  nlohmann::json record = ClaimRecord(FullClaim());
  EXPECT_EQ(record["quantity"][2], "month");
  EXPECT_EQ(record["days"][2], "day");
  EXPECT_EQ(record["relation"]["distance"][2], "month");
  record["quantity"][2] = "months";
  const auto back = ClaimFromRecord(record);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->quantity->unit, Unit::kMonth);
}

std::string Fresh(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "factlint-ledger-unit";
  fs::create_directories(dir);
  const std::string path = (dir / name).string();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  return path;
}

StoredFile File(const std::string& path, const std::string& hash) {
  StoredFile f;
  f.path = path;
  f.hash = hash;
  f.fingerprint = "fp1";
  f.content = std::string("bytes\0with a NUL", 16);
  f.documents = 1;
  f.claims = {{0, "{\"a\": 1}", {"person.ada", "event.x"}}, {0, "{\"b\": 2}", {"event.x"}}};
  return f;
}

// Stores, replaces, lists and removes in the ledger at `path` (a fresh
// file, or an empty PostgreSQL database).
void StoresReplacesListsAndRemoves(const std::string& path) {
  {
    auto ledger = Ledger::Open(path, Ledger::Mode::kCreate, "9.9");
    ASSERT_TRUE(ledger.ok()) << ledger.error().ToString();
    ASSERT_TRUE(ledger->Put({File("b.txt", "h1"), File("a.txt", "h2")}).ok());
    ASSERT_TRUE(ledger->Put({File("b.txt", "h3")}).ok());  // a re-index replaces
  }
  auto ledger = Ledger::Open(path, Ledger::Mode::kExisting, "9.9");
  ASSERT_TRUE(ledger.ok()) << ledger.error().ToString();
  auto stamps = ledger->Stamps();
  ASSERT_TRUE(stamps.ok());
  ASSERT_EQ(stamps->size(), 2u);
  EXPECT_EQ(stamps->at("b.txt").hash, "h3");
  std::vector<StoredFile> files;
  ASSERT_TRUE(ledger
                  ->ForEachFile([&](StoredFile&& f) {
                    files.push_back(std::move(f));
                    return Status();
                  })
                  .ok());
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].path, "a.txt");  // path order
  EXPECT_EQ(files[0].content, std::string("bytes\0with a NUL", 16));
  // Claims by subject, each once, in file then extraction order.
  const std::set<std::string> about_x = {"event.x", "person.ada"};
  auto rows = ledger->ClaimsAbout(&about_x);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0].path, "a.txt");
  EXPECT_EQ((*rows)[0].record, "{\"a\": 1}");
  EXPECT_EQ((*rows)[3].path, "b.txt");
  EXPECT_EQ((*rows)[3].record, "{\"b\": 2}");
  const std::set<std::string> nobody = {"person.nobody"};
  EXPECT_TRUE(ledger->ClaimsAbout(&nobody)->empty());
  EXPECT_EQ(ledger->ClaimsAbout(nullptr)->size(), 4u);
  auto stats = ledger->GetStats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->files, 2);
  EXPECT_EQ(stats->claims, 4);
  EXPECT_EQ(stats->tool_version, "9.9");
  EXPECT_EQ(stats->files_by_fingerprint.at("fp1"), 2);
  // What a check asks first, without summing the archive.
  auto fingerprints = ledger->Fingerprints();
  ASSERT_TRUE(fingerprints.ok());
  EXPECT_EQ(fingerprints->files, 2);
  EXPECT_EQ(fingerprints->files_by_fingerprint, stats->files_by_fingerprint);
  EXPECT_EQ(fingerprints->tool_version, "9.9");
  EXPECT_EQ(fingerprints->claims, 0);
  ASSERT_TRUE(ledger->Remove({"a.txt"}).ok());
  EXPECT_EQ(ledger->Stamps()->size(), 1u);
  EXPECT_EQ(ledger->ClaimsAbout(&about_x)->size(), 2u);  // its claims went with it
  EXPECT_TRUE(ledger->Vacuum().ok());
  // A claim's subjects are found however many files came before it.
  auto again = Ledger::Open(path, Ledger::Mode::kCreate, "9.9");
  ASSERT_TRUE(again.ok()) << again.error().ToString();
  StoredFile empty = File("c.txt", "h4");
  empty.claims.clear();
  ASSERT_TRUE(again->Put({empty, File("d.txt", "h5")}).ok());
  const std::set<std::string> ada = {"person.ada"};
  rows = again->ClaimsAbout(&ada);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].path, "b.txt");
  EXPECT_EQ((*rows)[1].path, "d.txt");
  EXPECT_EQ((*rows)[1].record, "{\"a\": 1}");
  EXPECT_EQ(again->GetStats()->claims, 4);
}

TEST(Ledger, StoresReplacesListsAndRemoves) {
  StoresReplacesListsAndRemoves(Fresh("store.ledger"));
}

TEST(PostgresLedger, StoresReplacesListsAndRemoves) {
  const char* uri = std::getenv("FACTLINT_TEST_POSTGRESQL_URI");
  if (uri == nullptr || *uri == '\0')
    GTEST_SKIP() << "FACTLINT_TEST_POSTGRESQL_URI not set (the ledger_postgresql test sets it)";
  StoresReplacesListsAndRemoves(uri);
}

TEST(LedgerUri, PostgresUrisAreShownWithoutTheirPassword) {
  EXPECT_TRUE(IsPostgresUri("postgresql://ci@db/ledger"));
  EXPECT_TRUE(IsPostgresUri("postgres:///ledger"));
  EXPECT_FALSE(IsPostgresUri("archive.ledger"));
  EXPECT_FALSE(IsPostgresUri("./postgresql://x"));
  EXPECT_EQ(WithoutPassword("postgresql://ci:s3cret@db.example:5433/ledger"),
            "postgresql://ci@db.example:5433/ledger");
  EXPECT_EQ(WithoutPassword("postgresql://ci@db,db2:5433/ledger?sslmode=require"),
            "postgresql://ci@db,db2:5433/ledger?sslmode=require");
  EXPECT_EQ(WithoutPassword("postgres:///ledger?password=s3cret&host=/run/pg&port=5432"),
            "postgres:///ledger?host=/run/pg&port=5432");
  EXPECT_EQ(WithoutPassword("postgresql://ci:pw@/l?password=x"), "postgresql://ci@/l");
}

TEST(Ledger, RefusesWhatIsNoLedgerOfThisSchema) {
  const std::string missing = Fresh("missing.ledger");
  auto none = Ledger::Open(missing, Ledger::Mode::kExisting, "9.9");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("no such ledger"), std::string::npos);
  EXPECT_FALSE(fs::exists(missing));  // and nothing was created

  const std::string text = Fresh("text.ledger");
  std::ofstream(text) << "not a database at all, just words\n";
  auto not_sqlite = Ledger::Open(text, Ledger::Mode::kCreate, "9.9");
  ASSERT_FALSE(not_sqlite.ok());
  EXPECT_NE(not_sqlite.error().message.find("is not a factlint ledger"), std::string::npos);

  // A ledger of another schema, as another factlint would have left it.
  const std::string old = Fresh("old.ledger");
  ASSERT_TRUE(Ledger::Open(old, Ledger::Mode::kCreate, "0.0.1").ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(old.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value = '0' WHERE key = 'schema'", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  for (const Ledger::Mode mode : {Ledger::Mode::kCreate, Ledger::Mode::kExisting}) {
    auto foreign = Ledger::Open(old, mode, "9.9");
    ASSERT_FALSE(foreign.ok());
    EXPECT_NE(foreign.error().message.find(
                  "was written by factlint 0.0.1 in ledger schema 0; this factlint reads schema " +
                  std::to_string(kSchemaVersion)),
              std::string::npos)
        << foreign.error().message;
  }
}

}  // namespace
}  // namespace factlint::ledger
