// The word lists the linker decides with: words that never begin or
// continue a person's name (function words, months, weekdays), particles
// that may sit inside one ("de", "van"), honorifics, descriptors that refer
// back to the person last named ("the actor", "the alum"), pronouns, the
// last words of organizations' names and a few places.
#pragma once

#include <string_view>

namespace factlint::mentions {

bool IsNameStopword(std::string_view word);  // "The", "In", "While", "January", "Monday", ...
bool IsNameParticle(std::string_view word);  // "de", "van", "von", "da", ...
bool IsHonorific(std::string_view word);
// How many words of a title start here: 2 for "Prime Minister", 1 for
// "Governor", 0 for anything else. `second` is the next word (may be empty).
size_t TitleWords(std::string_view first,
                  std::string_view second);       // "Mr", "Mrs", "Ms", "Dr" (without the dot)
bool IsOrganizationWord(std::string_view word);   // "Industries", "News", "Series", ...
bool IsPlaceName(std::string_view folded_name);   // "new york", "los angeles", ...
bool IsNeverInPersonName(std::string_view word);  // "War", "Coast", "Veterans", ...
// A noun that names an event after its place or its party ("the Harlow Mill
// fire", "the Writers Guild strike"); lowercase.
bool IsEventNoun(std::string_view lowercase_word);
// "actor", "star", "alum", "-year-old", ...: a noun that, after "the" or a
// capitalized phrase, stands for a person named before.
bool IsPersonDescriptor(std::string_view lowercase_word);
bool IsPronoun(std::string_view lowercase_word);

}  // namespace factlint::mentions
