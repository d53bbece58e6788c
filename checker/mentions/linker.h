// Linking mentions to subjects: who "Scott" is, that "the actor, 37," is the
// person last named, that Mark Scout is a character and not Adam Scott, and
// that "season two" is Severance season 2 in an article about Severance.
//
//   mentions::Linker linker(&fact_base);          // or nullptr: no fact base
//   mentions::DocumentMentions m = linker.Index(doc);  // doc is segmented
//   std::optional<Subject> who = m.Resolve(span_of("Stiller"), SubjectKind::kPerson);
//   // -> {id "person.ben_stiller", name "Ben Stiller", kind kPerson}
//
// Unknown people become subjects by their normalized name
// ({id "person:zach cherry", name "Zach Cherry"}), so two articles about
// someone the fact base lacks are still compared. Pronouns are not guessed.
//
// The rules, in the order Index applies them:
//  1. Fact-base names and aliases, longest match, case as written (an alias
//     that starts in lower case may start a sentence capitalized). A
//     character's one-word alias ("Mark") counts only in an article that
//     names its work. "the writers' strike" is the event of that name in
//     the year the text gives, else the latest one starting on or before
//     the article's date.
//  2. Other capitalized names of 2-4 words ("Jane Porter", "Ana de Armas",
//     "George R. R. Martin") are people, keyed "person:<folded name>";
//     months, weekdays, function words, organization words and places are
//     not names, and a quoted title after "series"/"show"/"film" is a work.
//  3. Characters: "Character (Actor)", "Actor, who plays Character",
//     "Actor as Character", "Actor's Character", "Character, played by
//     Actor". A character never takes its actor's claims.
//  4. One word ("Stiller", "Dan", "Porter") is the person or character last
//     named before it whose first or last name it is; when none is named
//     before, the first named after it. If that is a character: nullopt.
//  5. Seasons: "season 2", "season two", "the second season", "Severance
//     season 2", "Severance's second season", "the season 1 finale" — of the
//     work named with it, else CurrentWork(). "the new/upcoming/next season"
//     is the work's earliest season not yet premiered at the article's date
//     (by the fact base), else the highest season the article names.
//     Seasons the fact base lacks are "season:<work id>:<n>".
//  6. Events the fact base lacks: capitalized words before an event noun
//     ("the Harlow Mill fire", "the Ostvik Fire report"). The names an
//     article gives one kind of disaster are one event when the headline or
//     the lead tells of their place, keyed by the first, the others its
//     Subject::aliases; never two strikes, never a fire the article compares
//     its own with ("deadlier than the Marsh fire"), never one with a year
//     of its own ("the 2018 Marsh fire"). cross_document.h then ties the
//     articles' names together.
//  Works the fact base lacks are found from the text itself (works.h):
//     quoted titles, "<Title> season 2", "season 2 of <Title>", "the drama
//     <Title>", "<Title> premiered"; every occurrence is then a work
//     ("work:<folded title>"), and CurrentWork prefers the work the article
//     is about over one named in passing.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/facts/fact_base.h"

namespace factlint::mentions {

// How the linker found a mention: which of the rules above made it. The
// rules that read mentions trust some more than others (a fact-base person
// is nobody's work; a guessed name may be anything).
enum class MentionSource {
  kFactBase,   // a fact-base name or alias (rule 1)
  kName,       // a capitalized name the fact base lacks (rule 2)
  kShortName,  // a surname or first name referring back (rule 4)
  kTitle,      // a title of a work the fact base lacks (works.h)
  kEvent,      // an event the fact base lacks, by its event noun (rule 6)
  kSeason,     // a season phrase (rule 5)
};

// "fact-base", "name", "short-name", "title", "event", "season": what
// `factlint rules why` prints after a mention.
std::string_view MentionSourceName(MentionSource source);

// One name found in a document, resolved or not.
struct Mention {
  Span span;
  Subject subject;  // the person/work/character/season/event it refers to
  bool is_character = false;
  MentionSource how = MentionSource::kName;
};

class WorkIndex;  // seasons.h

// What the article's own pronouns say of a person: "McDonnell will appeal
// his conviction" makes McDonnell "he", so a later "she is to be sentenced"
// is somebody else.
enum class Gender { kUnknown, kMale, kFemale };

class DocumentMentions {
 public:
  // What the text at `span` (found by a rule as the subject of a claim)
  // refers to. `kind` is what the rule expects: kPerson, kWork, kSeason,
  // kEvent (or kNone for any). The text may be a full name, a surname used
  // after the full name, an alias, a descriptor ("the actor", "The Parks and
  // Recreation alum") that refers to the person last named before `span`, or
  // a season phrase ("season two", "the new season"). nullopt when it refers
  // to nothing a claim may be about — a character, a pronoun, an unknown
  // descriptor.
  std::optional<Subject> Resolve(const Span& span, SubjectKind kind) const;

  // A name a rule composed rather than found in the text ("Coastal Crew
  // Guild" + " strike"): the fact base's entity of that name and kind (of
  // several events, the latest started on or before publication), else
  // nullopt. An event no fact-base name spells so is the one event whose
  // name or alias holds all of the name's words ("Hernández recovery" is
  // "Key Bridge collapse: recovery of the fourth victim (Carlos Hernández)").
  std::optional<Subject> ResolveName(std::string_view name, SubjectKind kind) const;

  // Season `number` of `work`: the fact base's season entity, else
  // "season:<work id>:<n>".
  Subject SeasonOf(const Subject& work, int number) const;

  // The person last named before `offset`, skipping characters.
  std::optional<Subject> LastPerson(uint32_t offset) const;
  // The entity of `kind` (kPerson, kWork, kEvent, ...; kNone for any) the
  // document is most about: the one named most often, a name in the
  // headline or the lead (the first two sentences) counting three times,
  // the earliest named winning a tie. Characters never. nullopt when the
  // document names nothing of that kind.
  std::optional<Subject> Salient(SubjectKind kind) const;
  // The most salient entity of `kind` that `accept` takes ("the blaze": the
  // article's most salient fire, when a mission is named as often).
  std::optional<Subject> SalientWhere(SubjectKind kind,
                                      const std::function<bool(const Subject&)>& accept) const;
  // Where the document first names `subject` (the offset of its first
  // mention), or nullopt when it never does: a description ("the sequel")
  // takes an entity the reader has met, before it or in the lead.
  std::optional<uint32_t> FirstNamed(const Subject& subject) const;
  // Where the lead ends: the headline and the first sentence after it (the
  // document's first two sentences).
  uint32_t LeadEnd() const;
  // The gender the document gives `person`: the pronouns of the sentences
  // that name that person and no other, and honorifics (Mr, Mrs, Ms) before
  // the name; kUnknown when they are few or disagree.
  Gender GenderOf(const Subject& person) const;
  // The built place the document is most about ("the Francis Scott Key
  // Bridge", "the Silver Creek mine"): capitalized words ending in a noun of
  // a structure, counted like Salient, a short form ("Key Bridge") counting
  // for the one longer name it ends. Kind kPlace; what "<place>
  // replacement" or "<place> reopening" is named after. nullopt when the
  // document names no structure.
  std::optional<Subject> SalientStructure() const { return salient_structure_; }
  // The work the document is mostly about, at `offset` (for "season 2").
  std::optional<Subject> CurrentWork(uint32_t offset) const;
  // The season "<work> returns on October 4" is about: with a fact base, the
  // work's earliest season not premiered at publication (NewSeasonNumber);
  // without, the one season number the article names, if it names exactly
  // one. nullopt when nothing says which.
  std::optional<Subject> ReturningSeason(const Subject& work) const;

  const std::vector<Mention>& mentions() const { return mentions_; }

  // The mention covering most of `span`, or nullptr.
  const Mention* MentionAt(const Span& span) const;

  // In text order, the mentions that may overlap or lie inside `span` (a
  // superset: callers still test the spans), found by binary search. Rules
  // ask this for every claim; a pass over all of mentions() instead would
  // make a long article cost the square of its length.
  struct Range {
    std::vector<Mention>::const_iterator first, last;
    std::vector<Mention>::const_iterator begin() const { return first; }
    std::vector<Mention>::const_iterator end() const { return last; }
  };
  Range Around(const Span& span) const;
  // mentions_ from the last that begins before `offset` back to the first.
  std::vector<Mention>::const_reverse_iterator BeforeOffset(uint32_t offset) const;

 private:
  friend class Linker;
  std::optional<Subject> ComputeSalient(SubjectKind kind) const;
  std::optional<Subject> MostSalient(SubjectKind kind,
                                     const std::function<bool(const Subject&)>* accept) const;
  // The one fact-base event whose name or an alias holds all of the
  // content words of `name` (at least two), else null.
  const facts::Entity* EventByWords(std::string_view name) const;
  const Document* doc_ = nullptr;
  const facts::FactBase* base_ = nullptr;
  std::vector<Mention> mentions_;  // in text order
  // What the queries above need, computed once per document by
  // Linker::Index, so that answering them for every claim of a long article
  // stays linear in its length (each query a binary search, not a pass over
  // every mention).
  uint32_t longest_mention_ = 0;  // bytes: bounds MentionAt's window
  std::shared_ptr<const WorkIndex> works_;
  std::map<std::string, int, std::less<>> named_seasons_;  // work id -> highest named
  std::optional<Subject> salient_structure_;
  // Salient(kind), computed on first use: a whole-document answer.
  mutable std::map<SubjectKind, std::optional<Subject>> salient_;
  // GenderOf, computed on first use for every person of the document.
  std::map<std::string, Gender> ComputeGenders() const;
  mutable std::optional<std::map<std::string, Gender>> genders_;
  // FirstNamed, computed on first use for every subject of the document.
  mutable std::optional<std::map<std::string, uint32_t, std::less<>>> first_named_;
};

struct Dictionary;  // the fact base's names, indexed for matching (linker.cpp)

class Linker {
 public:
  explicit Linker(const facts::FactBase* base);  // base may be nullptr
  ~Linker();
  DocumentMentions Index(const Document& doc) const;

 private:
  const facts::FactBase* base_;
  std::shared_ptr<const Dictionary> dictionary_;
};

}  // namespace factlint::mentions
