// Works an article is about, found from its own text when the fact base
// does not know them (or there is no fact base): the linker needs them to
// bind "season 2" and status statements to the right show.
//
//   auto titles = mentions::FindWorkTitles(
//       "The comedy series 'Dust Road' returns. Dust Road season 2 ...");
//   // -> {"Dust Road"}; every occurrence of it is then a work mention
//
// A title is taken when the text gives it a work cue at least once:
//  - quoted, title-cased and short: 'Dust Road', "Dust Road", ‘Dust Road’,
//    “Dust Road” (not a quoted sentence, not a nickname between two names);
//  - next to a season: "Dust Road season 2", "Dust Road's second season",
//    "season 2 of Dust Road", "the second season of Dust Road";
//  - after or before a kind word: "the drama Dust Road", "the Dust Road
//    series" (streamers and networks are not titles: "the Apple TV+ drama");
//  - a name followed by a release verb, none of whose words is a person's
//    name: "Saltmarsh premiered", "Saltmarsh returns", "Saltmarsh was
//    renewed".
// Without any cue in the document, a single capitalized word repeated at
// least three times mid-sentence that is never part of a longer name, never
// a person's first or last name, never after a place preposition and never
// followed by a person cue (", 41,", "said", "told", "who") is the work
// (an article about Saltmarsh that italicized the title, lost by the loader).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/mentions/tokens.h"

namespace factlint::mentions {

// The titles of works `text` names, as written (case kept), longest first.
// `person_names` are the folded first and last names of the people the
// linker found (a title is never one of them).
std::vector<std::string> FindWorkTitles(std::string_view text,
                                        const std::vector<std::string>& person_names);
// The same, with the words of `text` (Tokenize(text)) the caller already has.
std::vector<std::string> FindWorkTitles(std::string_view text,
                                        const std::vector<std::string>& person_names,
                                        const std::vector<Word>& words);

// True for streamers, networks and studios written where a title could be
// ("the Apple TV+ series", "a Netflix show").
bool IsPlatformName(std::string_view name);

}  // namespace factlint::mentions
