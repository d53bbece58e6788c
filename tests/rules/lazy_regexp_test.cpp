// Rule regexps are parsed at load and compiled on first use.
#include "checker/rules/lazy_regexp.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace factlint::rules {
namespace {

TEST(LazyRegexp, NamesItsGroupsWithoutCompiling) {
  EXPECT_EQ(NamedGroupsOf("(?P<subject>\\w+), (?P<value>\\d+)"),
            (std::set<std::string>{"subject", "value"}));
  // Escaped and bracketed look-alikes are no groups.
  EXPECT_TRUE(NamedGroupsOf("\\(?P<x>y\\)").empty());
  EXPECT_TRUE(NamedGroupsOf("[(?P<x>]").empty());
  EXPECT_EQ(NamedGroupsOf("[]](?P<a>b)"), (std::set<std::string>{"a"}));
  EXPECT_EQ(NamedGroupsOf("[^]x](?P<a>b)"), (std::set<std::string>{"a"}));
}

TEST(LazyRegexp, ASyntaxErrorIsKnownAtOnce) {
  const LazyRegexp bad("(?P<value>\\d+", RE2::Options());
  EXPECT_NE(bad.error().find("missing )"), std::string::npos) << bad.error();
  const LazyRegexp good("(?P<value>\\d+) days", RE2::Options());
  EXPECT_TRUE(good.error().empty());
  EXPECT_TRUE(good.HasGroup("value"));
  EXPECT_FALSE(good.HasGroup("subject"));
}

TEST(LazyRegexp, CompilesOnceForEveryThread) {
  const LazyRegexp re("(\\d+) days", RE2::Options());
  std::vector<const RE2*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i) threads.emplace_back([&, i] { seen[i] = &re.Get(); });
  for (std::thread& t : threads) t.join();
  for (const RE2* r : seen) EXPECT_EQ(r, seen[0]);
  int days = 0;
  EXPECT_TRUE(RE2::FullMatch("12 days", re.Get(), &days));
  EXPECT_EQ(days, 12);
}

}  // namespace
}  // namespace factlint::rules
