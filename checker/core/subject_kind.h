// SubjectKind: what a claim's Subject (claim.h) or a fact-base Entity
// (facts/fact_base.h) is. A closed set, so the engine compares kinds as
// values and a misspelt kind is an error where it is written, not a subject
// that silently matches nothing.
//
//   kNone          no subject: the kind of a Subject{}; as a filter
//                  (DocumentMentions::Resolve, Salient) it asks for any kind
//   kPerson        "person.adam_scott", "person:zach cherry"
//   kCharacter     "character.mark_scout": never a claim's subject
//   kWork          a series or a film: "work.severance", "work:dust road"
//   kSeason        a work's season: "season.severance.2", "season:work:dust road:2"
//   kEvent         a strike, a fire, a trial: "event:sag-aftra strike"
//   kOrganization  a union, a company, a party
//   kAward         an award or a ceremony
//   kPlace         a built place the linker found (a bridge, a mine):
//                  what "<place> replacement" is named after
//   kMention       a dated mention, a claim about its own words: checked
//                  against itself, never compared with another
//
// Only the seven from kPerson to kAward are written in files: a fact file's
// `kind:` (facts/load.cpp) and a rule's subject capture (rules/
// pattern_rule.cpp, which adds any, next-season and upcoming). The linker
// and the rules make kPlace and kMention themselves.
//
// Text becomes a SubjectKind at the edges only, once:
//   ParseSubjectKind   fact files, rule files, ledger records
//                      (ledger/claim_record.cpp)
// and SubjectKindName gives the name back wherever a kind is written out:
// subject ids ("person:" + folded name), the ledger, error messages.
//
//   ParseSubjectKind("season")                     // -> SubjectKind::kSeason
//   SubjectKindName(SubjectKind::kSeason)          // -> "season"
//   ParseSubjectKind(SubjectKindName(k)) == k      // for every k; kNone's name is ""
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace factlint {

enum class SubjectKind {
  kNone,  // first, so a Subject{} has no kind
  kPerson,
  kCharacter,
  kWork,
  kSeason,
  kEvent,
  kOrganization,
  kAward,
  kPlace,
  kMention,  // the last (subject_kind.cpp checks its table against it)
};

// The name: "person", "character", ..., "mention"; "" for kNone.
std::string_view SubjectKindName(SubjectKind kind);

// The kind `name` names; "" is kNone. nullopt for anything else, including
// other spellings ("Person", "people"): the edges that read files report
// it, listing the names they accept.
std::optional<SubjectKind> ParseSubjectKind(std::string_view name);

// Every kind's name but kNone's, in the order above.
std::vector<std::string_view> SubjectKindNames();

}  // namespace factlint
