// The `frame` rule kind: a trigger word and the value the sentence puts
// near it. Where a `claim` rule spells out the whole shape of a sentence
// ("{PERSON} died on {DATE}"), a frame names only the words that evoke the
// event and lets the annotations (checker/annotate) supply the value,
// wherever the clause puts it:
//
//   kind: frame
//   id: death-date-frame
//   attribute: death                     # its type picks the value: a date
//   pattern: '(?i)\b(?P<verb>died|passed away)\b'   # the trigger
//   captures: {subject: person}          # the subject's kind
//   subject_fallback: [nearest, salient] # no subject group: the nearest
//                                        # person in the sentence, else the
//                                        # one the article is about
//   within: 6                            # at most 6 words between trigger and value
//   side: either                         # after | before | either | over (the
//                                        # trigger is the value's own words:
//                                        # "years old", "at the age of")
//   held_on: clause-date                 # an age: the date in its clause is
//                                        # the day it held ("retired in June
//                                        # 2007 at the age of 87");
//                                        # clause-date-or-publication: else the
//                                        # publication, even in the past tense
//                                        # ("died at 99" in an obituary)
//   value_not_after: '(?i:through|till)' # the word right before a value that
//                                        # makes it no value of this frame
//                                        # ("airs weekly through Oct. 8": the
//                                        # run's end, not its premiere)
//   value_not_before: '(?i:after|later)' # the word right after a value that
//                                        # makes it no value of this frame
//                                        # ("six years after it debuted": a
//                                        # distance between events, not a length)
//   value_reject: '(?i:the[ ]+next[ ]+day)' # a value (matched whole) that is
//                                        # no value of this frame ("stream
//                                        # the next day": the day after
//                                        # whatever was dated last)
//   subject_name: '{subject} sentencing' # compose the subject's name ...
//   subject_name_from: person            # ... from the person a fallback finds
//
//   "On Saturday, after weeks in hospice, Ana Ruiz died at home."
//     -> death(Ana Ruiz) = the Saturday before publication
//
// The attribute's type decides which values fit: a date or interval, a
// duration, an age ("at the age of 99", "99 years old", "a 39-year-old"),
// or a number (a four-digit year is never one). A value is bound only to a
// trigger in its own clause (annotate.h ClauseBreakBetween) and, when
// several frames reach one value, only to the nearest trigger (RuleSet
// arbitrates); a `claim` rule that matched the same value wins over any
// frame. Everything else — tense from the trigger (its `verb` group, else
// the whole trigger), hedges and negation, subject resolution, normalizing
// the value — is the `claim` kind's (claim_rule.h).
//
// An age placed in the past ("retired at the age of 87") with no date in its
// clause is not claimed: anchored on the publication it would be wrong.
#pragma once

#include <memory>

#include "checker/rules/claim_rule.h"
#include "checker/rules/registry.h"

namespace factlint::annotate {
struct ValueSpan;
class SentenceAnnotations;
}  // namespace factlint::annotate

namespace factlint::rules {

class FrameRule : public ClaimRule {
 public:
  static const RuleKind kKind;  // "frame": its keys and parser (registry.h)

  Status Compile(const CompileEnv& env) override;
  void Extract(size_t pattern_index, const SentenceEnv& env,
               std::vector<Claim>& out) const override;
  std::string Explain() const override;
  // `generic: true`: any verb and its date ("dated-event"). Such a frame
  // yields a value to every other frame that reaches it, however near.
  bool generic() const { return generic_; }

 protected:
  std::vector<std::string> AllowedCaptures() const override {
    return {"subject", "value", "verb", "season"};
  }
  std::vector<std::string> RequiredCaptures() const override { return {}; }

 private:
  enum class Side { kEither, kAfter, kBefore, kOver };
  friend class PatternRule;  // ParseAs<FrameRule> makes it
  explicit FrameRule(RuleInfo info) : ClaimRule(std::move(info)) {}
  // within, side, held_on, generic (and the node, for Compile).
  Status ParseOwnKeys(const YamlFile& file, const YAML::Node& node) override;
  // True when a value of this kind can fill the attribute.
  bool Fits(normalize::Kind kind) const;
  static bool PrecededByOf(const SentenceEnv& env, const Span& value);
  // A year that describes a noun ("the sequel to the 2022 hit", "her 2019
  // album"), unless a time preposition makes the phrase the clause's time
  // ("in the 2022 season").
  static bool DescribesANoun(const SentenceEnv& env, const Span& value);
  // The noun such a year describes is the trigger, an event ("a 2026
  // release date", "its 2027 premiere"): the year is the event's.
  static bool NamesTheEvent(const SentenceEnv& env, const Span& trigger, const Span& value);
  // A possessive date ("last year's strike", "Monday's vote") dates the noun
  // after it; it is the trigger's only when that noun is the trigger
  // ("Sunday's premiere", "Sunday's season premiere").
  static bool DatesAnotherNoun(const SentenceEnv& env, const Span& trigger, const Span& value);
  // "the 44-year-old said": a definite descriptor that speaks, the news'
  // way of quoting someone already met, by their age on the day of
  // publication, whatever the tense of the verb.
  static bool DefiniteDescriptor(const SentenceEnv& env, const Span& value);
  // A dateline's date ("NARA, Jan. 21 (Kito Press) --", "LONDON, Aug 24:").
  static bool InDateline(const SentenceEnv& env, const Span& value);
  // The closing end of a range ("July 24-August 9", "from May 2 to May 9"),
  // unless the range is a move ("pushed back from February to March").
  static bool ClosesARange(const SentenceEnv& env, const annotate::SentenceAnnotations& notes,
                           const Span& value);
  // The steps of Extract. The stretches of the sentence near a value that
  // fits, where a trigger is looked for; overlapping stretches are one.
  std::vector<Span> ValueWindows(const annotate::SentenceAnnotations& notes) const;
  // True when `value` may be what `trigger` dates or counts: on the rule's
  // side, within its words, in its clause, and no other phrase's (a
  // saying's date, a year that describes a noun, a name's year in brackets).
  bool ValueOfTrigger(const SentenceEnv& env, const annotate::SentenceAnnotations& notes,
                      const Span& trigger, const annotate::ValueSpan& value) const;
  // `held_on: clause-date`: the date nearest the value in its clause
  // becomes the frame's `when`; false when the claim has no day to hold on.
  bool AnchorOnClauseDate(const SentenceEnv& env, const annotate::SentenceAnnotations& notes,
                          const Span& trigger, const Span& value, Match& frame) const;
  // A birthday the words before it put ahead ("shy of", "ahead of").
  static bool BirthdayToCome(const SentenceEnv& env, const Span& value);
  // A date right after "born": a date of birth, not of a birthday.
  static bool BornBefore(const SentenceEnv& env, const Span& date);

  // `value_not_after`: the regex (matched whole) and its node, compiled
  // with the rule's patterns.
  YAML::Node value_not_after_node_;
  std::unique_ptr<LazyRegexp> value_not_after_;
  // `value_not_before`: the same for the word right after a value.
  YAML::Node value_not_before_node_;
  std::unique_ptr<LazyRegexp> value_not_before_;
  // `value_reject`: a value's own text this frame never takes.
  YAML::Node value_reject_node_;
  std::unique_ptr<LazyRegexp> value_reject_;
  // True when the word right before `value` is one `value_not_after` names.
  bool ValueAfterExcludedWord(const SentenceEnv& env, const Span& value) const;
  // True when the word right after `value` is one `value_not_before` names.
  bool ValueBeforeExcludedWord(const SentenceEnv& env, const Span& value) const;

  int within_ = 6;
  bool generic_ = false;
  Side side_ = Side::kEither;
  bool held_on_clause_date_ = false;
  bool held_on_publication_ = false;  // no date in the clause: the publication
  // `held_on: birthday`: the value is the ordinal of a birthday ("his 99th
  // birthday") and the clause's date, anywhere in it, is that birthday; no
  // date, no claim ("ahead of his 99th birthday" says nothing dated).
  bool held_on_birthday_ = false;
  YAML::Node node_;
};

}  // namespace factlint::rules
