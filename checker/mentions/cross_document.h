// One subject, many names: the same game, mission or disaster named one way
// in one article and another way in the next, when the fact base does not
// know it. The linker (linker.h) keys a subject it does not know by the name
// an article gives it ("work:gta 6", "event:artemis ii mission"); this stage
// runs over the claims of every article of a run, after extraction and
// before the constraint engine, and gives the names that denote one subject
// one id, so claims made in different words are still compared.
//
//   std::vector<Claim> claims = ...;  // "GTA 6" (2025), "Grand Theft Auto VI" (2023)
//   mentions::UnifySubjects(claims);
//   // both claims now have subject id "work:grand theft auto vi"; each keeps
//   // the name its own article wrote.
//
// Two names denote one subject when, as keys (lower case, "the" and
// possessives dropped, a trailing Roman numeral read as a number, a generic
// head dropped: "game", "film", "mission", ... ; "fires", "wildfire" and
// "blaze" read as "fire"):
//  1. the keys are equal: "the Artemis II mission" = "Artemis II",
//     "Maui wildfires" = "Maui fire";
//  2. one starts with an initialism of the other's first words and the rest
//     is equal: "GTA 6" = "Grand Theft Auto VI" (the initialism is written in
//     capitals);
//  3. one is the other's last words, at least two of them, and no other
//     subject ends so: "Key Bridge collapse" = "Francis Scott Key Bridge
//     collapse", "Artemis II" = "NASA Artemis II" (not when the words left
//     out hold a year: "the 2019 UAW strike" is another strike);
//  4. people: the same first and last name, one with middle names the other
//     leaves out ("Carlos Hernández", "Carlos Daniel Hernández"), when no
//     other person's name fits; rules 2 and 3 never apply to people (two
//     people who share a surname are not one person).
// An article's own aliases for a subject (Subject::aliases, linker.h) are
// names of it too. Only subjects the fact base lacks are unified: a
// fact-base id is already the one id of its subject. Each rule finds its
// candidates through an index, so an archive's names cost near-linear time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"

namespace factlint::mentions {

// Rewrites the subject ids of `claims` (their own subjects, the ends of
// their relations, the works of their seasons) so each subject named in
// several ways has one id: that of its fullest name. Deterministic: the
// result depends on the set of names, not on the order of the claims.
void UnifySubjects(std::vector<Claim>& claims);

// What a claim about `subject` is found by in the claim ledger, beside its
// id, so an archive claim about the same subject named otherwise is read
// with the drafts': "name-head:<kind>:<last word of the key>" for its name
// and each alias ("name-head:work:6" for "GTA 6" and "Grand Theft Auto
// VI"). Empty for a subject this stage never unifies.
std::vector<std::string> SubjectNameHeads(const Subject& subject);

// The key two names of a work or event are compared by (rule 1 above):
// "The Artemis II mission" -> "artemis 2". Exposed for tests.
std::string SubjectNameKey(std::string_view name);

}  // namespace factlint::mentions
