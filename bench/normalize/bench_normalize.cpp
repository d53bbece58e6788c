// Normalizing news sentences: a synthetic corpus built from templates (so the
// benchmark needs no data files), scanned with FindAll as the rule engine
// does. Reports expressions per second (items) and input MB/s (bytes).
//
//   bench_normalize --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/normalize/normalize.h"
#include "checker/normalize/stream.h"

namespace factlint::normalize {
namespace {

std::vector<std::string> Corpus() {
  const std::vector<std::string> templates = {
      "The series premiered on {date} and was renewed {rel}.",
      "Production resumed after the {dur} strike ended {rel}.",
      "The {age} actor said filming would start {date}.",
      "It earned {num} nominations at the {ord} annual awards.",
      "The season ran from {date} to {date2}, drawing {num} viewers.",
      "The show returns {hol}, nearly {dur} after it debuted.",
      "Shares fell in {period} after {num} layoffs were announced.",
      "Officials said the project, started in {period}, will take {dur}.",
      "No date has been set for the sequel, which critics praised.",
      "She has lived in the city since {year}, her spokesman said.",
  };
  const std::vector<std::string> dates = {
      "Oct. 31, 2022", "January 17",          "Monday",    "2023-05-02", "Tuesday, January 3, 2024",
      "next Friday",   "the week of March 4", "10/31/2022"};
  const std::vector<std::string> relatives = {"last year",          "two weeks ago",
                                              "earlier this month", "the next month",
                                              "yesterday",          "in 15 months"};
  const std::vector<std::string> durations = {"118-day",     "four-month",        "some 15 months",
                                              "three years", "a year and a half", "six weeks"};
  const std::vector<std::string> ages = {"58-year-old", "37-year-old", "50-year-old"};
  const std::vector<std::string> numbers = {"14", "1.5 million", "twenty-one", "a dozen", "2,300"};
  const std::vector<std::string> ordinals = {"75th", "second", "twenty-first"};
  const std::vector<std::string> holidays = {"on Christmas Day", "Thanksgiving", "Memorial Day",
                                             "on Easter Sunday"};
  const std::vector<std::string> periods = {"early 2023",  "the third quarter",
                                            "summer 2023", "the end of October",
                                            "mid-March",   "the 1990s"};
  const std::vector<std::string> years = {"2019", "1998", "2005"};
  auto fill = [](std::string s, const std::string& key, const std::string& value) {
    const size_t at = s.find(key);
    if (at != std::string::npos) s.replace(at, key.size(), value);
    return s;
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < 2000; ++i) {
    std::string s = templates[i % templates.size()];
    s = fill(s, "{date}", dates[i % dates.size()]);
    s = fill(s, "{date2}", dates[(i + 3) % dates.size()]);
    s = fill(s, "{rel}", relatives[i % relatives.size()]);
    s = fill(s, "{dur}", durations[i % durations.size()]);
    s = fill(s, "{age}", ages[i % ages.size()]);
    s = fill(s, "{num}", numbers[i % numbers.size()]);
    s = fill(s, "{ord}", ordinals[i % ordinals.size()]);
    s = fill(s, "{hol}", holidays[i % holidays.size()]);
    s = fill(s, "{period}", periods[i % periods.size()]);
    s = fill(s, "{year}", years[i % years.size()]);
    out.push_back(s);
  }
  return out;
}

void BM_FindAllInSentences(benchmark::State& state) {
  const std::vector<std::string> corpus = Corpus();
  Context context;
  context.ref = Date(2024, 1, 29);
  context.tense = Tense::kPast;
  size_t bytes = 0;
  for (const auto& s : corpus) bytes += s.size();
  (void)FindFirst("warm up the compiled patterns", context);
  int64_t expressions = 0;
  for (auto _ : state) {
    for (const auto& s : corpus) {
      auto values = FindAll(s, context);
      expressions += static_cast<int64_t>(values.size());
      benchmark::DoNotOptimize(values);
    }
  }
  state.SetItemsProcessed(expressions);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(corpus.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FindAllInSentences)->Unit(benchmark::kMillisecond);

void BM_ParseTypedCaptures(benchmark::State& state) {
  const std::vector<std::pair<std::string, Kind>> captures = {
      {"Oct. 31, 2022", Kind::kDate},
      {"January 17", Kind::kDate},
      {"some 15 months", Kind::kDuration},
      {"118-day", Kind::kDuration},
      {"58", Kind::kAge},
      {"14", Kind::kNumber},
      {"February 2022", Kind::kDate},
      {"nearly two years", Kind::kDuration},
  };
  Context context;
  context.ref = Date(2024, 1, 29);
  size_t bytes = 0;
  for (const auto& c : captures) bytes += c.first.size();
  for (auto _ : state)
    for (const auto& c : captures) benchmark::DoNotOptimize(Parse(c.first, c.second, context));
  state.SetItemsProcessed(static_cast<int64_t>(captures.size()) * state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}
BENCHMARK(BM_ParseTypedCaptures);

}  // namespace
}  // namespace factlint::normalize

BENCHMARK_MAIN();
