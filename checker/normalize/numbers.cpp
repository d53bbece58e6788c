// Numbers and ordinals: "1,500", "2.5", "fourteen", "twenty-one", "a dozen",
// "two hundred", "1.5 million"; "first", "21st", "twenty-first".
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

std::optional<Value> NumberValue(const Match& m, const Context&) {
  const auto n = lexicon::ParseNumber(m.Get(1));
  if (!n) return std::nullopt;
  Value v;
  v.kind = Kind::kNumber;
  v.amount = {*n, *n, "count"};
  return v;
}

std::optional<Value> OrdinalValue(const Match& m, const Context&) {
  const auto n = lexicon::ParseOrdinal(m.Get(1));
  if (!n) return std::nullopt;
  Value v;
  v.kind = Kind::kOrdinal;
  v.amount = {static_cast<double>(*n), static_cast<double>(*n), "count"};
  return v;
}

}  // namespace

void AddNumberRules(std::vector<Rule>& rules) {
  rules.push_back(
      {Kind::kOrdinal, "ordinal", std::string("(") + lexicon::kOrdinalPattern + ")", OrdinalValue});
  rules.push_back(
      {Kind::kNumber, "number", std::string("(") + lexicon::kNumberPattern + ")", NumberValue});
}

}  // namespace factlint::normalize::internal
