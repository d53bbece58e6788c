// Rule: what every YAML rule has, whatever its kind (the one embedded
// definition, like Vale's): id, kind, description, severity, message, link,
// examples, and where it was defined. A kind is one subclass in one file,
// described by its RuleKind (registry.h).
//
//   kind: claim                 # selects the C++ class
//   id: age-apposition          # kebab-case, unique across the set
//   description: an age in apposition after a name
//   severity: warning           # error | warning | info
//   message: ...                # optional, findings on these claims
//   link: https://...           # optional
//   examples:
//     - text: "Ben Stiller, 58, directed it."
//       published: 2024-01-03
//       claims: [{subject: Ben Stiller, attribute: age, value: "58"}]
//     - text: "The actor turned in 58 pages."
//       none: true
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/check.h"
#include "checker/core/claim.h"
#include "checker/core/date.h"
#include "checker/core/document.h"
#include "checker/core/finding.h"
#include "checker/core/result.h"

namespace factlint::mentions {
class DocumentMentions;
}
namespace factlint::annotate {
class LazySentence;
}

namespace factlint::rules {

class YamlFile;
class Lexicon;
struct AttributeDecl;

// One claim an example must produce. Empty fields are not compared.
// `value` matches either the value as written or its normalized form;
// `normalized` only the normalized form (see FormatNormalized).
struct ExpectedClaim {
  std::string subject;
  std::string attribute;
  std::string value;
  std::string normalized;
};

struct Example {
  std::string text;
  std::optional<Date> published;  // default: kDefaultExamplePublished
  bool none = false;              // a negative example: must produce no claim
  std::vector<ExpectedClaim> claims;
  int line = 0;  // where the example starts in the rule file
  int column = 0;
};

// The publication date of an example that gives none.
Date DefaultExamplePublished();

struct RuleInfo {
  std::string id;
  std::string kind;
  std::string description;
  // error | warning | info; when the rule gives none, its attribute's, else warning.
  Severity severity = Severity::kWarning;
  bool severity_given = false;
  std::string message;
  std::string link;
  std::string path;  // the rule file
  int line = 0;      // where the rule starts (1-based)
  int column = 0;
};

// The dates a document mentions, for the normalizer's anchor ("the next
// month" counts from the last date named before it).
class AnchorSource {
 public:
  virtual ~AnchorSource() = default;
  // The last date mentioned that ends at or before `offset`, if any.
  virtual std::optional<DateRange> Before(uint32_t offset) const = 0;
};

// Everything a rule sees while it extracts from one sentence.
struct SentenceEnv {
  const Document* doc = nullptr;
  int doc_index = -1;
  Date judged;  // Claim::published
  const mentions::DocumentMentions* mentions = nullptr;
  const Sentence* sentence = nullptr;
  Tense tense = Tense::kUnknown;
  const AnchorSource* anchors = nullptr;  // nullptr: no anchors
  // The values the sentence holds (annotate.h), found on first use.
  const annotate::LazySentence* annotations = nullptr;
  // The claims made so far in this document, from earlier sentences (for
  // the `deceased` fallback: whose funeral "the arrangements" are).
  const std::vector<Claim>* earlier = nullptr;
  // The sentence's text in the `reach` bytes before `offset` (its lead) or
  // after it (its trail), cut at the sentence's edges. Context tests look
  // only a few words around a value ("since" right before a date, "'s"
  // right after it), never at the whole sentence again for every value.
  std::string_view Lead(uint32_t offset, uint32_t reach) const {
    const uint32_t from =
        offset > sentence->span.begin + reach ? offset - reach : sentence->span.begin;
    return doc->Text(Span{from, std::max(from, offset)});
  }
  std::string_view Trail(uint32_t offset, uint32_t reach) const {
    const uint32_t to = std::min(sentence->span.end, offset + reach);
    return doc->Text(Span{offset, std::max(offset, to)});
  }
  // The last date mentioned before `offset`, if any.
  std::optional<DateRange> AnchorBefore(uint32_t offset) const {
    return anchors != nullptr ? anchors->Before(offset) : std::nullopt;
  }
  // Every rule may read the document, the sentence, its mentions, its
  // annotations and the claims so far; only `anchors` may be missing.
  void CheckComplete() const {
    FACTLINT_CHECK(doc != nullptr && sentence != nullptr && mentions != nullptr &&
                       annotations != nullptr && earlier != nullptr,
                   "a rule ran on a sentence environment that lacks a part");
  }
};

// What a rule needs from the rest of the set when it compiles.
struct CompileEnv {
  const Lexicon* lexicon = nullptr;
  const YamlFile* file = nullptr;  // the rule's own file, for errors
  // Declared attributes by name.
  const std::map<std::string, const AttributeDecl*, std::less<>>* attributes = nullptr;
  // Bytes of regex every rule so far expanded to: a hostile rule set (many
  // patterns each near the 1 MiB a sub-pattern may expand to) is an error,
  // not gigabytes of parsed regexps. Null: not counted.
  size_t* expanded_total = nullptr;
};

class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  const std::vector<Example>& examples() const { return examples_; }
  void set_examples(std::vector<Example> examples) { examples_ = std::move(examples); }

  // True for kinds that make claims (and so must carry examples); false
  // for declarations (lexicon, attribute).
  virtual bool MakesClaims() const { return false; }
  // Called once every file is parsed: expand sub-patterns, compile, check
  // references to attributes. Errors point into the rule's file.
  virtual Status Compile(const CompileEnv& env) {
    (void)env;
    return Status();
  }
  // The compiled patterns that select this rule in the set's RE2::Set.
  virtual std::vector<std::string> Patterns() const { return {}; }
  // Appends the claims pattern `pattern_index` finds in the sentence.
  virtual void Extract(size_t pattern_index, const SentenceEnv& env,
                       std::vector<Claim>& out) const {
    (void)pattern_index;
    (void)env;
    (void)out;
  }
  // Extra lines for `rules explain` (patterns, captures, attribute).
  virtual std::string Explain() const { return ""; }

 private:
  RuleInfo info_;
  std::vector<Example> examples_;
};

// The normalized form of a claim, as examples and `rules explain` print it:
// dates "2025-01-17" or "2022-02-01..2022-02-28"; ages, counts "58";
// durations "118 day" (or "18..24 month"); a status "unknown";
// a relation its distance.
std::string FormatNormalized(const Claim& claim);

}  // namespace factlint::rules
