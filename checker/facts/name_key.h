// NameKey: the form in which the fact base compares names and aliases.
// Lowercase (ASCII and Latin-1 letters), typographic apostrophes as "'",
// runs of spaces as one, and no leading "the " — so "The Actors’ Strike"
// and "actors' strike" are one key.
#pragma once

#include <string>
#include <string_view>

namespace factlint::facts {

std::string NameKey(std::string_view name);

// The name without its regnal or generational suffix, as people are often
// called: "Queen Elizabeth II" -> "Queen Elizabeth", "Martin Luther King
// Jr." -> "Martin Luther King". Empty when there is no suffix, or when one
// word would be left ("Charles III" is not "Charles").
std::string NameWithoutSuffix(std::string_view name);

}  // namespace factlint::facts
