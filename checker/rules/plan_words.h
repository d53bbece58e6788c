// The words news moves a date with, spelled once for every test that asks
// whether a date is the one something moved to ("has been delayed to
// June", "postponed until Friday", "pushed back to 2027"). A regex
// fragment, one non-capturing group, lower case (callers add (?i)):
//
//   static const RE2 kMovedTo(std::string("(?i)\\b") + kMovedVerb + "[ ]+to[ ]+$");
#pragma once

namespace factlint::rules {

inline constexpr char kMovedVerb[] =
    "(?:rescheduled|postponed|delayed|deferred|pushed(?:[ ]+back)?|moved(?:[ ]+(?:back|up))?|"
    "put[ ]+off|shifted|bumped)";

}  // namespace factlint::rules
