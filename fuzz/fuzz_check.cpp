// Fuzzes the claim pipeline on one document: load (the first byte picks the
// format), segment, link mentions against the shipped fact base, extract
// claims with the shipped rules, and locate and excerpt every claim as the
// text report does.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/facts/fact_base.h"
#include "checker/load/load.h"
#include "checker/mentions/linker.h"
#include "checker/report/report.h"
#include "checker/rules/rule_set.h"
#include "checker/segment/segment.h"

namespace {

struct Knowledge {
  factlint::rules::RuleSet rules;
  factlint::facts::FactBase facts;
};

const Knowledge& Shipped() {
  static const Knowledge* knowledge = [] {
    auto rules = factlint::rules::RuleSet::Load(FACTLINT_SOURCE_DIR "/rules");
    auto facts = factlint::facts::LoadFactBase(FACTLINT_SOURCE_DIR "/facts");
    if (!rules.ok() || !facts.ok()) __builtin_trap();
    return new Knowledge{std::move(*rules), std::move(*facts)};
  }();
  return *knowledge;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const Knowledge& knowledge = Shipped();
  static const char* const kNames[] = {"a.txt", "a.md", "a.html", "a.jsonl"};
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto docs =
      factlint::load::LoadBuffer(kNames[data[0] % 4], std::move(bytes), factlint::Role::kDraft);
  if (!docs.ok()) return 0;
  const factlint::mentions::Linker linker(&knowledge.facts);
  for (factlint::Document& doc : *docs) {
    factlint::segment::Segment(doc);
    const factlint::mentions::DocumentMentions mentions = linker.Index(doc);
    const auto claims = knowledge.rules.Extract(
        doc, 0, doc.published.value_or(factlint::Date(2024, 1, 29)), mentions);
    for (const factlint::Claim& claim : claims) {
      const factlint::Location at = doc.LocationOf(claim.span);
      if (doc.source) factlint::report::FormatSourceExcerpt(*doc.source, at, false);
    }
  }
  return 0;
}
