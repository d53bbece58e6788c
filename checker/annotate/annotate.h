// Annotations: what one sentence says about time and quantity, found once
// and shared by every rule that reads the sentence.
//
// The pattern rules (checker/rules) spell out where a value sits ("premieres
// on {DATE}"); real news puts it anywhere in the clause ("On Saturday, after
// weeks in hospice, Barker died"). Frame rules (rules/frame_rule.h) instead
// ask the annotations for every value the normalizer finds in the sentence
// and bind the ones near a trigger word. Reading the sentence with the
// normalizer is the expensive part, so it happens at most once per sentence,
// and only when some rule asks.
//
//   annotate::SentenceAnnotations notes(doc, sentence, judged);
//   for (const annotate::ValueSpan& v : notes.values())
//     // "died on Saturday at 99": {span "Saturday", kDate}, {span "at 99", kAge}
//   notes.WordsBetween(a, b);        // 3: words strictly between two spans
//   notes.ClauseBreakBetween(a, b);  // true across ';', a dash or ", but"
//
// Offsets are byte offsets into Document::text, like every Span.
#pragma once

#include <optional>
#include <vector>

#include "checker/core/date.h"
#include "checker/core/document.h"
#include "checker/normalize/normalize.h"

namespace factlint::annotate {

// One value the normalizer found: its text and what kind of value it is.
// The rule that binds it normalizes it again with the claim's own tense.
// Dates written as the two ends of a range ("July 23 to August 8",
// "May 5-9", "from 1956 to 1974") know which end they are: a closing end is
// no start, premiere or release, and an opening end written without its
// year takes the closing end's.
enum class RangeEnd { kNone, kOpening, kClosing };

struct ValueSpan {
  Span span;
  normalize::Kind kind = normalize::Kind::kNone;
  double number = 0;  // kNumber, kAge, kDuration: the amount as found
  RangeEnd range_end = RangeEnd::kNone;
};

class SentenceAnnotations {
 public:
  SentenceAnnotations(const Document& doc, const Sentence& sentence, const Date& judged);

  // Every value in the sentence, left to right, not overlapping.
  const std::vector<ValueSpan>& values() const { return values_; }
  // The value that ends at `end` (nullptr: none).
  const ValueSpan* EndingAt(uint32_t end) const;
  // The other end of a range end: the next value for an opening end, the
  // one before for a closing end (nullptr for a value that is no end).
  const ValueSpan* OtherEnd(const ValueSpan& value) const;
  // Words strictly between the end of the earlier span and the start of the
  // later one (order does not matter; overlapping spans: 0).
  int WordsBetween(const Span& a, const Span& b) const;
  // True when a clause boundary separates the two spans: a semicolon, a
  // dash, a parenthesis, or a comma before a word that opens a new clause
  // ("but", "while", "and", "which", "who", "when").
  bool ClauseBreakBetween(const Span& a, const Span& b) const;
  // True when an auxiliary or a verb of saying stands between the two spans
  // ("was", "has", "will", "said"): a value past it belongs to another
  // predicate.
  bool PredicateBetween(const Span& a, const Span& b) const;
  // Where the clause holding `offset` begins: just after the last clause
  // boundary before it in the sentence (the ';', '(', dash or comma; an
  // opening "and" or "which" belongs to the clause), else the sentence's
  // start.
  uint32_t ClauseStart(uint32_t offset) const;
  // True when a relative clause about what ends at `offset` follows it:
  // "Ana Ruiz, who died on Sunday" (an age may stand between: ", 99, who").
  bool RelativeClauseAfter(uint32_t offset) const;

 private:
  // An interval the text writes as its ends ("from 1956 to 1974", "since
  // February 2023") becomes the dates it names, each a value some claim
  // may be about (a term's start or end). False when `text` is not such
  // an interval: it then stays one value.
  static bool AddEndpoints(std::string_view text, uint32_t base, const normalize::Context& context,
                           std::vector<ValueSpan>& out);
  // Marks adjacent dates joined by "to", "and", "through", "until" or a
  // dash as the opening and closing ends of one range.
  void MarkRangeEnds();

  const Document* doc_;
  Span sentence_;
  std::vector<ValueSpan> values_;
};

// The annotations of one sentence, computed on first use.
class LazySentence {
 public:
  LazySentence(const Document& doc, const Sentence& sentence, const Date& judged)
      : doc_(doc), sentence_(sentence), judged_(judged) {}
  const SentenceAnnotations& Get() const {
    if (!notes_) notes_.emplace(doc_, sentence_, judged_);
    return *notes_;
  }

 private:
  const Document& doc_;
  const Sentence& sentence_;
  Date judged_;
  mutable std::optional<SentenceAnnotations> notes_;
};

}  // namespace factlint::annotate
