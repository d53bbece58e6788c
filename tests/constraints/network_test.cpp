// The temporal network alone: which sets of constraints it reports, in
// which order, and that dropping a source lets the rest still be checked.
#include "checker/constraints/network.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace factlint::constraints {
namespace {

constexpr int O = Network::kOrigin;
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Case {
  const char* name;
  int variables;  // numbered 1..variables
  std::vector<Constraint> constraints;
  // Each conflict's sources, sorted; the handler drops the largest source.
  std::vector<std::vector<int>> conflicts;
};

const Case kCases[] = {
    {"consistent_unary", 1, {{1, O, 0, 10, 1}, {1, O, 5, 15, 2}}, {}},
    {"disjoint_unary", 1, {{1, O, 0, 4, 1}, {1, O, 5, 15, 2}}, {{1, 2}}},
    {"unary_written_from_the_origin", 1, {{O, 1, -4, 0, 1}, {1, O, 5, 15, 2}}, {{1, 2}}},
    {"a_range_empty_by_itself", 1, {{1, O, 5, 4, 7}}, {{7}}},
    {"touching_ranges_overlap", 1, {{1, O, 0, 5, 1}, {1, O, 5, 9, 2}}, {}},
    {"facts_first: the claim is blamed against the fact, not the other claim",
     1,
     {{1, O, 0, 100, 1}, {1, O, 50, 60, 2}, {1, O, 10, 10, 3, true}},
     {{2, 3}}},
    {"two_independent_problems_each_once",
     2,
     {{1, O, 0, 1, 1}, {1, O, 3, 4, 2}, {2, O, 0, 1, 3}, {2, O, 3, 4, 4}},
     {{1, 2}, {3, 4}}},
    {"negative_cycle_through_three_points",
     3,
     // b − a in [10, 20], c − b in [10, 20], c − a in [0, 15]
     {{2, 1, 10, 20, 1}, {3, 2, 10, 20, 2}, {3, 1, 0, 15, 3}},
     {{1, 2, 3}}},
    {"difference_against_unary_anchors",
     2,
     // start = 100, end = 218, end − start in [145, 146]
     {{1, O, 100, 100, 1, true}, {2, O, 218, 218, 2, true}, {2, 1, 145, 146, 3}},
     {{1, 2, 3}}},
    {"open_sides_are_no_constraint",
     2,
     {{2, 1, 10, kInf, 1}, {2, 1, -kInf, 20, 2}, {1, O, 0, 0, 3}, {2, O, 15, 15, 4}},
     {}},
    {"after_dropping_one_source_the_rest_is_still_checked",
     2,
     {{2, 1, 147, 148, 1}, {2, 1, 145, 146, 2}, {2, 1, 140, 141, 3}},
     // BF meets [147, 148] against [140, 141] first; then the remaining pair.
     {{1, 3}, {1, 2}}},
};

class NetworkTest : public testing::TestWithParam<Case> {};

TEST_P(NetworkTest, FindsEachConflictOnce) {
  const Case& c = GetParam();
  Network network;
  for (int i = 0; i < c.variables; ++i) network.AddVariable();
  for (const Constraint& constraint : c.constraints) network.Add(constraint);
  std::vector<std::vector<int>> found;
  network.FindConflicts([&](const Network::Conflict& conflict) {
    std::vector<int> sources;
    for (int id : conflict.ids)
      sources.push_back(network.constraints()[static_cast<size_t>(id)].source);
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    found.push_back(sources);
    return sources.back();
  });
  EXPECT_EQ(found, c.conflicts);
}

INSTANTIATE_TEST_SUITE_P(Cases, NetworkTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& param) {
                           std::string name = param.param.name;
                           name = name.substr(0, name.find(':'));
                           return name;
                         });

TEST(NetworkTest, StopsAfterTheBoundOfRoundsPerComponent) {
  Network network;
  network.AddVariable();
  for (int i = 0; i < 10; ++i) network.Add({1, O, double(i) * 10, double(i) * 10 + 1, i});
  int rounds = 0;
  network.FindConflicts(
      [&](const Network::Conflict& conflict) {
        ++rounds;
        return network.constraints()[static_cast<size_t>(conflict.ids.front())].source;
      },
      3);
  EXPECT_EQ(rounds, 3);
}

// Two articles agree on a strike's start (100) and end (146); one also calls
// it a 52-day strike. Whichever cycle is found first, only dropping the
// length leaves nothing in conflict: the probe says so, and it only counts.
TEST(NetworkTest, ProbesWhatDroppingEachSourceLeaves) {
  Network network;
  network.AddVariable();  // 1: start
  network.AddVariable();  // 2: end
  network.Add({1, O, 100, 100, 1});
  network.Add({2, O, 146, 146, 2});
  network.Add({2, 1, 51, 52, 3});
  network.Add({1, O, 100, 100, 4});
  network.Add({2, O, 146, 146, 5});
  std::vector<std::vector<int>> left;  // per round: without 1..5
  network.FindConflicts([&](const Network::Conflict& conflict) {
    std::vector<int> round;
    for (int source = 1; source <= 5; ++source)
      round.push_back(conflict.ConflictsLeftWithout(source));
    left.push_back(round);
    return 3;
  });
  ASSERT_EQ(left.size(), 1u);  // dropping the length settles the component
  EXPECT_EQ(left[0], (std::vector<int>{1, 1, 0, 1, 1}));
}

TEST(NetworkTest, TheProbeCountsDisjointConflictsUpToItsCap) {
  Network network;
  network.AddVariable();
  // 1 disagrees with 2, 3 and 4, which disagree among themselves too.
  network.Add({1, O, 0, 0, 1});
  network.Add({1, O, 10, 10, 2});
  network.Add({1, O, 20, 20, 3});
  network.Add({1, O, 30, 30, 4});
  int without_first = -1, capped = -1;
  network.FindConflicts([&](const Network::Conflict& conflict) {
    if (without_first < 0) {
      without_first = conflict.ConflictsLeftWithout(1);  // {2,3} or {3,4}..., then one more
      capped = conflict.ConflictsLeftWithout(1, 1);
    }
    return network.constraints()[static_cast<size_t>(conflict.ids.front())].source;
  });
  EXPECT_EQ(without_first, 1);  // {2, 4} found; dropping both leaves 3 alone
  EXPECT_EQ(capped, 1);
}

}  // namespace
}  // namespace factlint::constraints
