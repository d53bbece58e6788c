// Dates near a work that are not the work's: the year a story is set in,
// and a part's own date (an episode's, the finale's). With the shipped rules
// competing for every value, no release, premiere, start or event date of
// the work may come of them (each case made one before the rules knew).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shipped_claims.h"

namespace factlint::rules {
namespace {

using testing::ClaimsOf;

// The non-mention claims of `text` whose value starts in `year`.
std::vector<std::string> WorkClaimsIn(const std::string& text, const Date& published, int year) {
  std::vector<std::string> out;
  for (const Claim& c : ClaimsOf(text, published)) {
    if (c.subject.kind == SubjectKind::kMention || !c.date) continue;
    if (c.date->from.year() == year) out.push_back(c.subject.name + " " + c.attribute);
  }
  return out;
}

TEST(NotTheWork, TheYearAStoryIsSetIn) {
  const Date published(2025, 6, 1);
  for (const char* text : {"Red Mesa is set in the summer of 1994.",
                           "The new season of Red Mesa will be set in the fall of 1994.",
                           "Red Mesa, a drama set during the winter of 1994, returns in May."})
    EXPECT_TRUE(WorkClaimsIn(text, published, 1994).empty()) << text;
}

TEST(NotTheWork, APartsOwnDate) {
  // November only: the season's.
  EXPECT_EQ(WorkClaimsIn("The fifth season of Red Mesa arrives in November, with the finale to "
                         "come out on New Year's Eve.",
                         Date(2025, 6, 1), 2025)
                .size(),
            1u);
  EXPECT_TRUE(WorkClaimsIn("The drama Red Mesa keeps rolling out its second season, with episode "
                           "4 debuting on Sunday, Oct. 31.",
                           Date(2021, 10, 26), 2021)
                  .empty());
}

}  // namespace
}  // namespace factlint::rules
