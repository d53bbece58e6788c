// Throughput of the whole extraction pipeline against a bare RE2 pass over
// the same text — the ratio says what factlint's work costs beyond scanning.
//
//   build/bench/pipeline/bench_pipeline --benchmark_min_time=1
//
// The corpus is synthetic: articles assembled from templates (people, ages,
// dates, durations, counts, status statements, filler prose) with a fixed
// seed, so runs are comparable. Each benchmark reports bytes_per_second over
// the same bytes; compare BM_Pipeline with BM_BareRe2 as a ratio, not as
// absolute numbers, on a shared machine. Each benchmark runs its work once
// before the timed loop (static patterns compile and RE2 builds its DFA
// states on first use), so the numbers are steady state.
//
// Instruction counts are steadier than times on a shared machine; one
// iteration's cost is the difference between two and one repetitions:
//   valgrind --tool=callgrind bench_pipeline --benchmark_filter=BM_Pipeline
//       --benchmark_min_time=0.001 --benchmark_repetitions=1   (then =2)
// (each repetition also runs the warm-up, so the difference is two passes).
#include <benchmark/benchmark.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <random>
#include <string>
#include <vector>

#include "checker/constraints/evaluate.h"
#include "checker/core/parallel.h"
#include "checker/load/load.h"
#include "checker/mentions/linker.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"

namespace factlint {
namespace {

const char* kFirst[] = {"Maya",  "Daniel", "Theo", "Lena", "Ken",
                        "Priya", "Marcus", "Dana", "Ruth", "Omar"};
const char* kLast[] = {"Okafor", "Reyes",     "Lindqvist", "Ortiz",  "Bell",
                       "Nair",   "Whitfield", "Adler",     "Haddad", "Quinn"};
const char* kShows[] = {"Saltmarsh", "The Glass Orchard", "Night Ferry", "Low Tide", "Copper Hill"};
const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};
const char* kFiller[] = {
    "The production moved to a new studio outside the city, where most of the interiors were built "
    "from scratch.",
    "Critics were divided on the pacing, but audiences stayed with it through the last episode.",
    "A spokesperson for the streamer declined to comment on the budget.",
    "Fans have spent months trading theories online about the ending.",
    "The writers' room met again in the spring, according to two people familiar with the plans.",
};

// One synthetic article in the seeds' plain-text format.
std::string MakeArticle(std::mt19937& rng, int year) {
  auto pick = [&](auto& array) { return array[rng() % (sizeof(array) / sizeof(array[0]))]; };
  const std::string person = std::string(pick(kFirst)) + " " + pick(kLast);
  const std::string show = pick(kShows);
  const int month = static_cast<int>(rng() % 12) + 1;
  std::string a = " date " + std::to_string(year) + "-" + (month < 10 ? "0" : "") +
                  std::to_string(month) + "-1" + std::to_string(rng() % 9) + " ";
  a += show + " premiered in " + pick(kMonths) + " " + std::to_string(year - 1) + ", and " +
       person + ", " + std::to_string(30 + rng() % 40) + ", stars in it.\n";
  for (int i = 0; i < 6; ++i) a += std::string(pick(kFiller)) + " ";
  a += "\nThe first season picked up " + std::to_string(rng() % 15 + 1) +
       " Emmy nominations, and the " + std::to_string(rng() % 150 + 20) +
       "-day strike delayed the second.\n";
  for (int i = 0; i < 6; ++i) a += std::string(pick(kFiller)) + " ";
  a += "\nA premiere date for season two has not yet been announced.\n";
  return a;
}

struct Corpus {
  std::vector<Document> documents;
  size_t bytes = 0;
};

const Corpus& TheCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::mt19937 rng(42);
    for (int i = 0; i < 400; ++i) {
      auto docs = load::LoadBuffer("synthetic/" + std::to_string(i) + ".txt",
                                   MakeArticle(rng, 2020 + i % 6), Role::kDraft);
      if (!docs.ok()) continue;
      for (Document& d : *docs) {
        segment::Segment(d);
        c.bytes += d.text.size();
        c.documents.push_back(std::move(d));
      }
    }
    return c;
  }();
  return corpus;
}

// The shipped rule set, loaded once; null (and the benchmark skipped) when
// it does not load.
const rules::RuleSet* ShippedRules(benchmark::State& state) {
  static const auto rules = rules::RuleSet::Load(FACTLINT_SOURCE_DIR "/rules");
  if (!rules.ok()) {
    state.SkipWithError(rules.error().ToString().c_str());
    return nullptr;
  }
  return &*rules;
}

// The floor: one RE2 pass per document looking for digits, the least any
// extractor must do.
void BM_BareRe2(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  static const RE2 kDigits("(\\d+)");
  for (auto _ : state) {
    size_t found = 0;
    for (const Document& d : corpus.documents) {
      re2::StringPiece input(d.text);
      std::string number;
      while (RE2::FindAndConsume(&input, kDigits, &number)) ++found;
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.bytes));
}
BENCHMARK(BM_BareRe2)->Unit(benchmark::kMillisecond);

// The baseline issue 14 measures against: the shipped rules' patterns in
// one RE2::Set over each document, and every pattern the set names run over
// it to extract its matches — what a bare regex linter of the same rules
// would do. factlint's BM_Extract over the same bytes, as a ratio to this.
void BM_RuleSetBare(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const rules::RuleSet* rules = ShippedRules(state);
  if (rules == nullptr) return;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{256} << 20);
  static RE2::Set set(options, RE2::UNANCHORED);
  static std::vector<std::unique_ptr<RE2>> patterns;
  if (patterns.empty()) {
    for (const rules::Rule* rule : rules->AllRules())
      for (const std::string& pattern : rule->Patterns()) {
        patterns.push_back(std::make_unique<RE2>(pattern, options));
        set.Add(pattern, nullptr);
      }
    set.Compile();
  }
  auto pass = [&] {
    size_t found = 0;
    std::vector<int> hits;
    for (const Document& d : corpus.documents) {
      hits.clear();
      set.Match(d.text, &hits);
      for (int i : hits) {
        re2::StringPiece input(d.text);
        while (RE2::FindAndConsume(&input, *patterns[static_cast<size_t>(i)])) ++found;
      }
    }
    return found;
  };
  benchmark::DoNotOptimize(pass());  // warm-up: the DFA's states
  for (auto _ : state) benchmark::DoNotOptimize(pass());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.bytes));
}
BENCHMARK(BM_RuleSetBare)->Unit(benchmark::kMillisecond);

// Linking alone: the names, surnames, works and seasons of each document.
void BM_Link(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const mentions::Linker linker(nullptr);
  // Warm-up outside the timed loop: one-time static initialization.
  for (const Document& d : corpus.documents) benchmark::DoNotOptimize(linker.Index(d));
  for (auto _ : state) {
    for (const Document& d : corpus.documents) benchmark::DoNotOptimize(linker.Index(d));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.bytes));
}
BENCHMARK(BM_Link)->Unit(benchmark::kMillisecond);

// Linking and rule extraction over segmented documents, on 1 and 2 threads.
void BM_Extract(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const rules::RuleSet* rules = ShippedRules(state);
  if (rules == nullptr) return;
  const mentions::Linker linker(nullptr);
  // state.range(0) threads, one document at a time each (check -j).
  const int jobs = static_cast<int>(state.range(0));
  auto extract_all = [&] {
    std::vector<size_t> found(corpus.documents.size());
    ParallelFor(corpus.documents.size(), jobs, [&](size_t i) {
      const Document& d = corpus.documents[i];
      const mentions::DocumentMentions m = linker.Index(d);
      found[i] = rules->Extract(d, static_cast<int>(i), *d.published, m).size();
    });
    size_t total = 0;
    for (size_t n : found) total += n;
    return total;
  };
  // Warm-up outside the timed loop: the normalizer's and the linker's
  // patterns compile on first use, and RE2 builds its DFA states lazily.
  benchmark::DoNotOptimize(extract_all());
  size_t claims = 0;
  for (auto _ : state) claims += extract_all();
  state.counters["claims/doc"] =
      benchmark::Counter(static_cast<double>(claims) /
                         static_cast<double>(state.iterations() * corpus.documents.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.bytes));
}
// Wall time: with threads the CPU time of the main thread says nothing.
BENCHMARK(BM_Extract)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Everything after loading: segmenting, linking, extraction, the constraint
// network and staleness.
void BM_Pipeline(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const rules::RuleSet* rules = ShippedRules(state);
  if (rules == nullptr) return;
  const mentions::Linker linker(nullptr);
  auto run = [&] {
    std::vector<Document> docs = corpus.documents;
    std::vector<Claim> claims;
    for (size_t i = 0; i < docs.size(); ++i) {
      segment::Segment(docs[i]);
      const mentions::DocumentMentions m = linker.Index(docs[i]);
      auto found = rules->Extract(docs[i], static_cast<int>(i), *docs[i].published, m);
      claims.insert(claims.end(), found.begin(), found.end());
    }
    CollectingSink sink;
    constraints::Evaluate({docs, claims, nullptr}, constraints::Options{}, sink);
    benchmark::DoNotOptimize(sink.findings().size());
  };
  run();  // warm-up outside the timed loop, as in BM_Extract
  for (auto _ : state) run();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.bytes));
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace factlint

BENCHMARK_MAIN();
