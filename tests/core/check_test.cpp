// Invariants (core/check.h) stop the program with a message naming the
// check; user errors (core/result.h) carry the category the exit code is
// chosen by; a claim's shape is checked by one function every rule kind's
// claims pass through (core/claim.h).
#include "checker/core/check.h"

#include <gtest/gtest.h>

#include "checker/core/claim.h"
#include "checker/core/result.h"

namespace factlint {
namespace {

TEST(CheckDeathTest, AFailedCheckNamesTheConditionAndAsksForAReport) {
  const int* environment = nullptr;
  EXPECT_DEATH(FACTLINT_CHECK(environment != nullptr, "a rule ran without its document"),
               "internal error: .*check_test.cpp:[0-9]+: check failed: environment != nullptr "
               "\\(a rule ran without its document\\)\nThis is a bug in factlint");
}

TEST(CheckDeathTest, AHoldingCheckDoesNothing) {
  int calls = 0;
  FACTLINT_CHECK(++calls == 1, nullptr);
  EXPECT_EQ(calls, 1);  // the condition runs exactly once
}

#if !defined(NDEBUG) || defined(FACTLINT_DCHECKS)
TEST(CheckDeathTest, ADebugCheckRunsInThisBuild) {
  EXPECT_DEATH(FACTLINT_DCHECK(1 + 1 == 3, "arithmetic"), "check failed: 1 \\+ 1 == 3");
}
#else
TEST(CheckDeathTest, ADebugCheckIsNotEvaluatedInThisBuild) {
  int calls = 0;
  FACTLINT_DCHECK(++calls == 5, "never evaluated");
  EXPECT_EQ(calls, 0);
}
#endif

TEST(ErrorCategory, NamesAndRetagging) {
  EXPECT_STREQ(ErrorCategoryName(ErrorCategory::kRule), "rule");
  EXPECT_STREQ(ErrorCategoryName(ErrorCategory::kInternal), "internal");
  Error shared{"", 0, 0, "'x' is not a date", ""};
  EXPECT_EQ(shared.category, ErrorCategory::kInput);  // a core helper's default
  const Error flag = std::move(shared).In(ErrorCategory::kUsage);
  EXPECT_EQ(flag.category, ErrorCategory::kUsage);
  EXPECT_EQ(flag.message, "'x' is not a date");
  // The category never shows in the message: stderr stays as documented.
  EXPECT_EQ(flag.ToString(), "error: 'x' is not a date");
}

Claim ValueClaim(ValueType type) {
  Claim c;
  c.document = 0;
  c.span = Span{3, 10};
  c.rule = "age-apposition";
  c.attribute = "age";
  c.type = type;
  return c;
}

TEST(ClaimShape, EachTypeNeedsItsValueFields) {
  Claim age = ValueClaim(ValueType::kAge);
  age.quantity = Quantity{50, 50, Unit::kYear};
  EXPECT_STREQ(ClaimShapeProblem(age), "an age without its years and birth range");
  age.date = DateRange{Date(1973, 1, 30), Date(1974, 1, 29)};
  EXPECT_EQ(ClaimShapeProblem(age), nullptr);

  Claim length = ValueClaim(ValueType::kDuration);
  length.quantity = Quantity{118, 118, Unit::kDay};
  EXPECT_NE(ClaimShapeProblem(length), nullptr);  // no length in days
  length.days = Quantity{117, 119, Unit::kDay};
  EXPECT_EQ(ClaimShapeProblem(length), nullptr);

  Claim date = ValueClaim(ValueType::kDate);
  EXPECT_NE(ClaimShapeProblem(date), nullptr);
  date.date = DateRange{Date(2025, 1, 17), Date(2025, 1, 17)};
  EXPECT_EQ(ClaimShapeProblem(date), nullptr);

  EXPECT_STREQ(ClaimShapeProblem(ValueClaim(ValueType::kNone)),
               "a value claim without a value type");
}

TEST(ClaimShape, StatusHasNoValueAndRelationHasItsEnds) {
  Claim status = ValueClaim(ValueType::kNone);
  status.kind = ClaimKind::kStatus;
  EXPECT_EQ(ClaimShapeProblem(status), nullptr);
  status.date = DateRange{Date(2025, 1, 17), Date(2025, 1, 17)};
  EXPECT_STREQ(ClaimShapeProblem(status), "a status claim with a value");

  Claim relation = ValueClaim(ValueType::kDuration);
  relation.kind = ClaimKind::kRelation;
  relation.quantity = Quantity{15, 15, Unit::kMonth};
  relation.days = Quantity{440, 480, Unit::kDay};
  EXPECT_NE(ClaimShapeProblem(relation), nullptr);
  relation.relation = Relation{};
  EXPECT_EQ(ClaimShapeProblem(relation), nullptr);
}

TEST(ClaimShape, EveryClaimNamesItsDocumentRuleAndAttribute) {
  Claim orphan = ValueClaim(ValueType::kNumber);
  orphan.quantity = Quantity{14, 14, Unit::kCount};
  EXPECT_EQ(ClaimShapeProblem(orphan), nullptr);
  orphan.document = -1;
  EXPECT_STREQ(ClaimShapeProblem(orphan), "a claim without its document");
  orphan.document = 0;
  orphan.attribute.clear();
  EXPECT_NE(ClaimShapeProblem(orphan), nullptr);
}

}  // namespace
}  // namespace factlint
