// The constraint stage at scale: N synthetic claims over N/10 subjects, in
// N/100 documents, to show that Evaluate() grows about linearly.
//
// Each subject gets ten claims of one shape, by subject number mod 4:
//   person  ages said on different days (unary on birth: interval check)
//   event   durations, start→end relations, start/end dates (Bellman–Ford
//           on a two-point component)
//   work    premiere months and counts, now and then a "not announced" status
//   season  "N days since the premiere" relations to the publication date
// About 1% of subjects carry one wrong claim, so findings are built too.
// The fact base holds one fact per person, event and work subject.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/constraints/evaluate.h"

namespace factlint::constraints {
namespace {

class CountingSink : public FindingSink {
 public:
  void OnFinding(Finding) override { ++count; }
  long count = 0;
};

struct World {
  std::vector<Document> documents;
  std::vector<Claim> claims;
  facts::FactBase facts;
};

Date Epoch() {
  return Date(2020, 1, 1);
}

int AgeOn(const Date& birth, const Date& on) {
  int age = on.year() - birth.year();
  if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --age;
  return age;
}

World Build(int claim_count) {
  World w;
  const int subjects = claim_count / 10;
  const int document_count = std::max(1, claim_count / 100);
  for (int d = 0; d < document_count; ++d) {
    Document doc;
    doc.path = "synthetic/" + std::to_string(d) + ".txt";
    doc.role = d % 2 == 0 ? Role::kDraft : Role::kArchive;
    doc.published = Epoch() + boost::gregorian::days(d % 1500);
    w.documents.push_back(std::move(doc));
  }
  w.claims.reserve(static_cast<size_t>(claim_count));
  auto claim = [&](int s, int j, const char* kind, const char* attribute) -> Claim& {
    Claim c;
    c.document = (s * 7 + j * 1009) % document_count;
    c.published = *w.documents[static_cast<size_t>(c.document)].published;
    c.subject = {std::string(kind) + "." + std::to_string(s), "subject " + std::to_string(s),
                 ParseSubjectKind(kind).value_or(SubjectKind::kNone)};
    c.attribute = attribute;
    c.value_text = "x";
    w.claims.push_back(std::move(c));
    return w.claims.back();
  };
  auto fact = [&](const std::string& subject, const char* attribute) {
    facts::Fact f;
    f.subject = subject;
    f.attribute = attribute;
    f.location = {"facts/synthetic.yaml", 1, 1, 1, 2, ""};
    return f;
  };
  for (int s = 0; s < subjects; ++s) {
    const bool wrong = s % 97 == 13;
    switch (s % 4) {
      case 0: {  // person: ages
        const Date birth = Date(1950, 1, 1) + boost::gregorian::days((s * 37) % 20000);
        for (int j = 0; j < 10; ++j) {
          Claim& c = claim(s, j, "person", "age");
          c.type = ValueType::kAge;
          const int age = AgeOn(birth, c.published) + (wrong && j == 9 ? 2 : 0);
          c.quantity = Quantity{double(age), double(age), Unit::kYear};
          c.date = BirthRangeForAge(age, c.published);
        }
        facts::Fact f = fact(w.claims.back().subject.id, "birth");
        f.date = DateRange{birth, birth};
        w.facts.AddFact(f);
        break;
      }
      case 1: {  // event: durations and dates
        const Date start = Date(2010, 1, 1) + boost::gregorian::days((s * 13) % 3000);
        const int length = 30 + s % 200;
        for (int j = 0; j < 10; ++j) {
          Claim& c = claim(s, j, "event", j < 4 ? "duration" : j < 7 ? "since" : "start");
          if (j < 4) {
            c.type = ValueType::kDuration;
            const double n = length + (wrong && j == 3 ? 5 : 0);
            c.quantity = Quantity{n, n, Unit::kDay};
          } else if (j < 7) {
            c.kind = ClaimKind::kRelation;
            c.type = ValueType::kDuration;
            c.relation = Relation{{c.subject, "start", {}, {}},
                                  {c.subject, "end", {}, {}},
                                  {double(length), double(length), Unit::kDay},
                                  {double(length) - 1, double(length) + 1, Unit::kDay}};
          } else {
            c.type = ValueType::kDate;
            c.attribute = j < 9 ? "start" : "end";
            const Date day = j < 9 ? start : start + boost::gregorian::days(length);
            c.date = DateRange{day, day};
          }
        }
        facts::Fact f = fact(w.claims.back().subject.id, "duration");
        f.number = Quantity{double(length), double(length), Unit::kDay};
        w.facts.AddFact(f);
        break;
      }
      case 2: {  // work: premiere months, counts, sometimes a status
        const Date premiere = Date(2015, 1, 1) + boost::gregorian::days((s * 29) % 3000);
        const Date month_start(premiere.year(), premiere.month(), 1);
        for (int j = 0; j < 10; ++j) {
          if (j < 6) {
            Claim& c = claim(s, j, "work", "premiere");
            c.type = ValueType::kDate;
            c.date = DateRange{month_start, premiere.end_of_month()};
            if (wrong && j == 5)
              c.date = DateRange{premiere + boost::gregorian::days(40),
                                 premiere + boost::gregorian::days(40)};
          } else if (j == 9 && s % 20 == 2) {
            Claim& c = claim(s, j, "work", "premiere");
            c.kind = ClaimKind::kStatus;
          } else {
            Claim& c = claim(s, j, "work", "nominations");
            c.type = ValueType::kNumber;
            c.quantity = Quantity{double(s % 30), double(s % 30), Unit::kCount};
          }
        }
        facts::Fact f = fact(w.claims.back().subject.id, "premiere");
        f.date = DateRange{premiere, premiere};
        f.announced_on = premiere - boost::gregorian::days(200);
        w.facts.AddFact(f);
        break;
      }
      default: {  // season: "N days since the premiere"
        const Date premiere = Date(2018, 1, 1) + boost::gregorian::days((s * 17) % 600);
        for (int j = 0; j < 10; ++j) {
          Claim& c = claim(s, j, "season", "since");
          c.kind = ClaimKind::kRelation;
          c.type = ValueType::kDuration;
          const double n = double((c.published - premiere).days()) + (wrong && j == 9 ? 30 : 0);
          c.relation =
              Relation{{c.subject, "premiere", {}, {}}, {}, {n, n, Unit::kDay}, {n, n, Unit::kDay}};
        }
        break;
      }
    }
  }
  return w;
}

void BM_Evaluate(benchmark::State& state) {
  const World world = Build(static_cast<int>(state.range(0)));
  Options options;
  long findings = 0;
  for (auto _ : state) {
    CountingSink sink;
    Evaluate({world.documents, world.claims, &world.facts}, options, sink);
    findings = sink.count;
  }
  state.counters["claims"] = double(world.claims.size());
  state.counters["findings"] = double(findings);
  state.counters["claims_per_s"] = benchmark::Counter(
      double(world.claims.size()), benchmark::Counter::kIsIterationInvariantRate);
}
// The input alone, to tell the stage's own memory from the claims' (run each
// under /usr/bin/time -v and subtract the peaks).
void BM_BuildInputOnly(benchmark::State& state) {
  for (auto _ : state) {
    const World world = Build(static_cast<int>(state.range(0)));
    benchmark::DoNotOptimize(world.claims.data());
  }
}
BENCHMARK(BM_BuildInputOnly)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

BENCHMARK(BM_Evaluate)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace factlint::constraints
