// PatternRule: what the rule kinds that read sentences (claim, status,
// relation) share — their patterns, typed captures, attribute, subject
// fallbacks and tense — and the machinery that turns a regex match into the
// pieces of a Claim. Each kind only says how the pieces make its claim.
//
//   pattern: '(?i)(?P<subject>{PERSON}),\s+(?P<value>{AGE}),'   # or patterns: [..]
//   captures:                 # the type of each named group
//     subject: person         # a subject kind: person | work | season | event |
//                             # organization | award, or any | next-season | upcoming
//     value: age              # a value type: date | interval | duration | number |
//                             # count | age
//   attribute: age            # a declared attribute (kind: attribute)
//   subject_fallback: [last-person]   # when the pattern has no subject group
//                                     # (or it did not take part): last-person |
//                                     # last-season | current-work | sentence-subject
//   tense: future             # optional: the claim's tense, else the tense of
//                             # its (?P<verb>...) group, else of its clause,
//                             # else of the sentence (tense.h)
//   subject_strip: '{LEADING_WORD}'   # optional: words cut from the front of
//                             # the subject ("Meanwhile Ben Stiller" -> "Ben Stiller")
//   subject_name: '{subject} strike'  # optional: the subject is this name made
//                             # from the captured one ("the Coastal Crew Guild" ->
//                             # the fact base's "Coastal Crew Guild strike", else
//                             # event:coastal crew guild strike); '{work}: {subject}'
//                             # names a thing of the current work ("Pine Hollow:
//                             # most-watched episode")
//   reject:                   # optional: drop a match whose group is exactly this
//     subject: '{NOT_A_NAME}'   # (for subject: also a subject a fallback found)
//     sentence: '\p{Ll}+ \(\d+\)'  # `sentence`: drop a match in a sentence
//                             # where this is found anywhere ("titles (20)":
//                             # a table of tallies, not of ages)
//   require:                  # optional: drop a match whose group is not exactly this
//     verb: '(?i:years?[- ]old(?:[ ]+{PERSON_NOUN})?)'   # (sentence: not found)
//   reject_unnamed:           # optional: like reject, only for a match whose
//     verb: '(?i:years?[- ]old[ ]+daughter)'  # subject a fallback found: "a
//                             # 16-year-old daughter, Ruby" is not the person's
//                             # age, "his 19-year-old son Suleman" is Suleman's
//
// Subjects go through DocumentMentions::Resolve; a subject that resolves to
// nothing (a character, a pronoun) drops the claim. Only for non-person
// kinds, a capitalized name the linker does not know becomes a name-keyed
// subject ("event:sag-aftra strike"), as the linker does for unknown people.
// Typed captures go through normalize::Parse with the sentence's tense, the
// judged date as reference, and the last date mentioned before as anchor.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/subject_kind.h"
#include "checker/normalize/normalize.h"
#include "checker/rules/attribute.h"
#include "checker/rules/declared_type.h"
#include "checker/rules/lazy_regexp.h"
#include "checker/rules/rule.h"
#include "checker/rules/yaml_file.h"

namespace factlint::rules {

// What a subject group asks the linker for (`captures: {subject: ...}`, and
// `subject_name_from`): one kind of subject (subject_kind.h), any kind, or
// a season that a work named alone stands for:
//   next-season  a work named alone is the season it returns with ("Dust
//                Road returns on May 2"), never its premiere
//   upcoming     the same for a work that has seasons, when the claim is
//                not in the past tense; otherwise the work itself
struct SubjectCapture {
  enum class Returning { kNo, kNextSeason, kUpcoming };
  SubjectKind kind = SubjectKind::kNone;  // kNone: any; kSeason when returning
  Returning returning = Returning::kNo;

  // One kind, as it is written: not any, next-season or upcoming.
  bool IsOneKind() const { return kind != SubjectKind::kNone && returning == Returning::kNo; }
};

// The capture `name` names: a subject kind a rule may ask for ("person",
// ..., "award"), "any", "next-season" or "upcoming"; nullopt for anything
// else (the rule file's error lists SubjectCaptureNames()).
std::optional<SubjectCapture> ParseSubjectCapture(std::string_view name);
// The name it was parsed from.
std::string_view SubjectCaptureName(const SubjectCapture& capture);
// Every name ParseSubjectCapture takes, in the order error messages list them.
const std::vector<std::string>& SubjectCaptureNames();

// Whether `text` writes a year from 1800 to 2099 ("June 7, 2021"): a date
// whose year is written needs no direction to be placed.
bool WritesAYear(std::string_view text);

class PatternRule : public Rule {
 public:
  bool MakesClaims() const override { return true; }
  Status Compile(const CompileEnv& env) override;
  std::vector<std::string> Patterns() const override { return expanded_; }
  void Extract(size_t pattern_index, const SentenceEnv& env,
               std::vector<Claim>& out) const override;
  std::string Explain() const override;

  // The keys every pattern kind accepts.
  static const std::vector<std::string>& CommonKeys();
  // The types a value capture may declare: date to age (declared_type.h).
  static const std::vector<DeclaredType>& ValueTypes();
  static const std::vector<std::string>& Fallbacks();
  // The type of value group `group` captures: its capture, else the
  // type its name implies ("when": a date, "distance": a duration), else
  // nullopt (a subject group, "verb", "season": nothing to normalize).
  std::optional<DeclaredType> ValueTypeOf(const std::string& group) const;
  // What a subject group ("subject", "to_subject") asks for: its capture,
  // else any kind.
  SubjectCapture SubjectCaptureOf(const std::string& group) const;
  // `asserted: always`: no hedge or negation in its clause drops a claim.
  bool always_asserted() const { return always_asserted_; }

 protected:
  // A rule-file regex (`node`, {NAME} sub-patterns expanded) compiled into
  // `out`; an invalid one is an error at the place in the file to fix it.
  static Status CompileRegexNode(const CompileEnv& env, const YAML::Node& node,
                                 std::unique_ptr<LazyRegexp>& out);

  // One match of one pattern: the whole span and each named group that took part.
  struct Match {
    Span span;
    std::map<std::string, Span> groups;
    const Span* Group(const std::string& name) const;
    // EffectiveTense's answer, once asked (BaseClaim and each typed capture ask);
    // a copy whose spans change must reset it.
    mutable std::optional<Tense> tense;
  };

  explicit PatternRule(RuleInfo info) : Rule(std::move(info)) {}
  // Reads the common keys; `allowed_captures` are the group names this kind knows.
  Status ParseCommon(const YamlFile& file, const YAML::Node& node);
  // Every pattern kind's parser (its RuleKind::parse): a `Kind` made from
  // `info`, the common keys read into it, then its own (ParseOwnKeys). A
  // template only to name the class; the kind befriends PatternRule, whose
  // constructors are not public.
  template <class Kind>
  static Result<std::unique_ptr<Rule>> ParseAs(const YamlFile& file, const YAML::Node& node,
                                               RuleInfo info) {
    return ParseKeys(std::unique_ptr<PatternRule>(new Kind(std::move(info))), file, node);
  }
  // The keys a kind allows besides the common ones (its RuleKind::own_keys),
  // read once the common ones are; none by default.
  virtual Status ParseOwnKeys(const YamlFile& /*file*/, const YAML::Node& /*node*/) { return {}; }
  // The group names this kind allows, and those every pattern must have.
  virtual std::vector<std::string> AllowedCaptures() const = 0;
  virtual std::vector<std::string> RequiredCaptures() const = 0;
  // Attribute types this kind may use.
  virtual std::vector<DeclaredType> AttributeTypesAllowed() const = 0;
  // Makes the claims of one match.
  virtual void Build(const Match& match, const SentenceEnv& env, std::vector<Claim>& out) const = 0;
  // Every match of pattern `pattern_index` in the sentence that Accept
  // keeps, left to right, not overlapping.
  std::vector<Match> Matches(size_t pattern_index, const SentenceEnv& env) const;
  // The same within `window` of the sentence only (a frame looks for its
  // trigger near a value, not over the whole sentence).
  std::vector<Match> Matches(size_t pattern_index, const SentenceEnv& env, Span window) const;
  // The pattern `pattern_index`, for kinds that check its groups.
  const LazyRegexp& Compiled(size_t pattern_index) const { return *compiled_.at(pattern_index); }
  size_t PatternCount() const { return compiled_.size(); }

  // Helpers for Build.
  Claim BaseClaim(const Match& match, const SentenceEnv& env) const;
  // Resolves the subject group `group` (or, when it did not take part, the
  // fallbacks if `use_fallbacks`). Fills the claim's subject fields.
  bool ResolveSubject(const std::string& group, const Match& match, const SentenceEnv& env,
                      bool use_fallbacks, Subject& subject, Span& span) const;
  // The (?P<season>...) group ("its second season") of the work the
  // subject group names, else of the work in context. False when the match
  // has no season group or it names no season.
  // The match's `season` group names a season by number ("second season").
  static bool NumberedSeasonGroup(const Match& match, const SentenceEnv& env);
  bool ResolveSeasonGroup(const Match& match, const SentenceEnv& env, Subject& subject,
                          Span& span) const;
  std::optional<normalize::Value> NormalizeGroup(const std::string& group, const Match& match,
                                                 const SentenceEnv& env) const;
  // The claim's tense: the rule's `tense:`, else ClaimTense (tense.h) of the
  // match and its `verb` group.
  Tense EffectiveTense(const Match& match, const SentenceEnv& env) const;
  // True when the match's clause hedges or negates it (tense.h IsUnasserted).
  bool Unasserted(const Match& match, const SentenceEnv& env) const;
  // Applies subject_strip and reject; false drops the match.
  bool Accept(Match& match, const SentenceEnv& env) const;
  // The claim is about its own words (`subject_fallback: [mention]`): a
  // date as written, whatever it dates.
  bool AboutItsOwnWords() const {
    return std::find(fallbacks_.begin(), fallbacks_.end(), "mention") != fallbacks_.end();
  }

  const AttributeDecl* attribute_ = nullptr;
  // The subject kind a `nearest` or `salient` fallback looks for when the
  // subject's name is composed from it (`subject_name`); nullopt: the
  // subject's own kind.
  std::optional<SubjectCapture> compose_from_;

 private:
  std::vector<YAML::Node> pattern_nodes_;
  // The captures, parsed: the value groups' (and "value" from the
  // attribute when not written) and the subject groups'.
  std::map<std::string, DeclaredType> value_captures_;
  std::map<std::string, SubjectCapture> subject_captures_;
  std::string attribute_name_;
  YAML::Node attribute_node_;
  YAML::Node node_;
  std::vector<std::string> fallbacks_;
  std::optional<Tense> tense_;
  // `asserted: always`: an apposition ("Charles, now 73,") states its value
  // whatever the clause around it hedges ("would be crowned alongside").
  bool always_asserted_ = false;
  std::string subject_name_;                      // "{subject} strike", or empty
  std::vector<std::string> other_subject_names_;  // more templates, tried in order
  std::vector<std::string> expanded_;
  std::vector<std::unique_ptr<LazyRegexp>> compiled_;
  YAML::Node strip_node_;
  std::unique_ptr<LazyRegexp> strip_;
  std::vector<std::pair<std::string, YAML::Node>> reject_nodes_;
  std::vector<std::pair<std::string, std::unique_ptr<LazyRegexp>>> reject_;
  std::vector<std::pair<std::string, YAML::Node>> require_nodes_;
  std::vector<std::pair<std::string, std::unique_ptr<LazyRegexp>>> require_;
  std::vector<std::pair<std::string, YAML::Node>> reject_unnamed_nodes_;
  std::vector<std::pair<std::string, std::unique_ptr<LazyRegexp>>> reject_unnamed_;
  // The steps of ResolveSubject. A work that stands for the season it
  // returns with (a next-season or upcoming capture) becomes that season;
  // false when a next-season capture finds none.
  bool TakeReturningSeason(const SubjectCapture& capture, const Match& match,
                           const SentenceEnv& env, Subject& found) const;
  // A subject named after `name` by the rule's `subject_name` templates
  // ("Coastal Crew Guild" -> "Coastal Crew Guild strike"). `written` is
  // another owner for the fact base to know the event by: the name as the
  // text wrote it when `name` is whom the linker took it for ("Hernandez"
  // of several Hernandezes), or an event's place when `name` is an event
  // ("Silkyara tunnel" of "Silkyara tunnel collapse": its rescue is the
  // "Silkyara tunnel rescue").
  bool ComposeSubject(const Match& match, const SentenceEnv& env, SubjectKind resolve_kind,
                      const Span& span, std::string name, std::string written,
                      Subject& subject) const;
  // What one `subject_fallback` finds, before the tests every found
  // subject must pass.
  std::optional<Subject> FindByFallback(const std::string& fallback, const std::string& group,
                                        const Match& match, const SentenceEnv& env,
                                        const SubjectCapture& capture,
                                        SubjectKind fallback_kind) const;
  // The `salient` fallback: the article's most salient subject of the
  // kind, when the clause before the verb (or a `described` group) leaves
  // the subject to it.
  std::optional<Subject> SalientSubject(const Match& match, const SentenceEnv& env,
                                        const SubjectCapture& capture,
                                        SubjectKind fallback_kind) const;
  // The steps of Compile: the attribute first, then each pattern.
  Status BindAttribute(const CompileEnv& env);
  Status CompilePattern(const CompileEnv& env, const YAML::Node& node, const RE2::Options& options);
  // ParseAs's step that needs no class: ParseCommon, then ParseOwnKeys.
  static Result<std::unique_ptr<Rule>> ParseKeys(std::unique_ptr<PatternRule> rule,
                                                 const YamlFile& file, const YAML::Node& node);
  // The steps of ParseCommon, in its order (pattern_rule.cpp says which
  // keys each reads).
  Status ParsePatterns(const YamlFile& file, const YAML::Node& node);
  Status ParseCaptures(const YamlFile& file, const YAML::Node& node);
  Status ParseSubjectKeys(const YamlFile& file, const YAML::Node& node);
  Status ParseGroupTests(const YamlFile& file, const YAML::Node& node);
  Status ParseSubjectName(const YamlFile& file, const YAML::Node& node);
  Status ParseClauseKeys(const YamlFile& file, const YAML::Node& node);
  // True when a `reject: {subject: ...}` pattern matches `name` whole: a
  // subject a fallback found is held to the same test as a captured one.
  bool RejectsSubjectName(std::string_view name) const;
};

// A season number as written in a subject ("2", "two"): the first run of
// digits, or a number word up to twenty. Values go through the normalizer.
std::optional<double> ParseSmallNumber(std::string_view text);

}  // namespace factlint::rules
