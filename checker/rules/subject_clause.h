// Where a clause names its subject. A pattern or frame rule that captured
// no subject asks these tests of the words around its match before a
// fallback answers (pattern_rule.h, `subject_fallback`): whose clause the
// match is in, whether a name there is the verb's subject or its object,
// whether the clause opens with someone else, a description, a pronoun of
// the other gender or a name the linker does not know.
//
//   if (ClauseOpenForSalient(env, verb, SubjectKind::kPerson, &described))
//     ...  // "The star also earned two nods": the salient person may answer
//   NearestInClause(env, verb, SubjectKind::kPerson);  // "On Sunday, Ada Pell died"
//
// Offsets are byte offsets into the document, like every Span; each test
// reads only the sentence `env` holds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "checker/core/claim.h"
#include "checker/rules/rule.h"

namespace factlint::rules {

// "the death of the King of Thailand", "the arrest of a suspect": a trigger
// ending in "of" (or followed by it) whose object is a description, not a
// name: the event befalls that someone, not the person named before or the
// one the article is about.
bool ObjectDescribedAfter(const SentenceEnv& env, const Span& trigger);

// Whether `name` sits in an apposition or a relative clause set off by
// commas after another name, closed before `until`: "John Smith, frontman
// of the Rolling Stones, celebrated", "Ana Ruiz, whose album Blue sold well,
// received". The name before the commas is the clause's subject. ("On
// Sunday, the singer Ana Ruiz, 80, died": no name before the comma.)
bool InClosedApposition(const SentenceEnv& env, const Span& name, uint32_t until);

// A name the words before it make something other than what a claim is
// about: an opponent ("Miura's strike against Thespakusatsu Gunma came at
// 50"), or a work another one derives from ("the deluxe edition of 'Smart'
// will be released on June 5": the edition's date, not the album's).
bool NotTheSubjectAt(const SentenceEnv& env, uint32_t offset);

// The subject of `kind` named in the clause nearest to `span`: the last
// one before it (a sentence's subject usually comes before its verb), else
// the first one after it ("the death of X on Sunday"). A name before a
// relative clause counts for it ("Ana Ruiz, who died on Sunday"). Characters
// never.
std::optional<Subject> NearestInClause(const SentenceEnv& env, const Span& span, SubjectKind kind);

// The name that opens the clause right before its verb, when the linker
// did not take it for anything of the kind wanted: "Red Mesa has now been
// delayed to ..." -> "Red Mesa", also as the clause a verb of saying
// reports ("Nelson announced Artemis II will launch ..."). Auxiliaries and
// adverbs between the name and the verb are skipped; anything else means
// the name is not the verb's subject.
std::optional<Span> ClauseSubjectSpan(const SentenceEnv& env, const Span& verb);

// Does the clause open with "he" or "she" a few words before `span` ("She
// won seven Emmys", "He has since won two")?
bool ClauseOpensWithPersonPronoun(const SentenceEnv& env, const Span& span);

// "Lanternfish, last year's biggest hit, landed six nominations",
// "Surprise hit Tinfoil racked up three": the sentence names its subject
// before the match, a capitalized name the linker does not know (a
// one-word title it could not tell from a common word). The work the
// article last named is then not the subject.
bool NamesAnUnknownSubjectBefore(const SentenceEnv& env, uint32_t match_begin);

// The number of a season phrase that ends a word or two before `offset`
// ("the Season 3 premiere", "the season two finale"), else 0.
int SeasonNamedRightBefore(const SentenceEnv& env, uint32_t offset);

// Whether the sentence opens with "The star", "The actor", "The
// 50-year-old": a description of a person as its subject.
bool OpensWithPersonDescription(const SentenceEnv& env);

// Whether the clause of `span` is about a later part of a work: "the second
// part of Night Harbor will come out on July 9", "Volume two, with three
// episodes, arrives July 9", "the finale of the show airs May 5". Such a
// date is the part's, never the work's or its season's; a first part's
// ("the first two episodes drop on June 4") is the season's start and
// stays the work's. `span` is the trigger a fallback subject was found
// for, or (`captured`) the work's name a rule captured: then only "the
// second part of" right before it counts.
bool ClauseIsALaterPart(const SentenceEnv& env, const Span& span, bool captured);

// A pronoun of one gender never refers to a person the article calls by the
// other: "McDonnell will appeal his conviction ... She is to be sentenced on
// Feb. 20" is about his wife.
bool PronounMismatch(const SentenceEnv& env, const Span& span, const Subject& person);

// May the entity the article is about be the subject of this clause? Not
// when the clause names something else before the verb: "the former first
// lady died", "a son born in July", "the slate included shows slated for
// release". A pronoun refers to the salient entity ("she died", "it
// launches"); so does a definite description whose head says the kind
// ("the sequel", "the mission"); a determiner right before the match is
// its own ("the 46-year-old"). `described` gets that description when there
// is one, for DescribesSalient.
bool ClauseOpenForSalient(const SentenceEnv& env, const Span& span, SubjectKind kind,
                          std::string* described);

// A person or an organization: never what "the trial" or "the strike" a
// rule captured as its `described` group names (in a court report the most
// salient entity is the defendant, not the trial).
bool IsAgent(const Subject& subject);

// May the description a clause opens with ("his appeal hearing", "the
// mission") be the salient entity named `name`? Not when both say what
// kind of event they are and the kinds differ: in an article about a strike,
// "the hearing is set for Oct. 2" is about a hearing. Kinds that name one
// another ("the blaze" for "the Marsh Fire", "the movie" for a film) agree;
// a name that says no kind ("Artemis II") agrees with any.
bool DescribesSalient(std::string_view description, std::string_view name);

}  // namespace factlint::rules
