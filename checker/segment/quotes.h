// Finding quotations in one paragraph (see segment.h for the rules).
#pragma once

#include <string_view>
#include <vector>

#include "checker/core/document.h"

namespace factlint::segment {

// The quotations in text[paragraph.begin, paragraph.end), as spans of `text`
// between the marks (marks excluded), sorted by begin. Single-quoted spans
// inside a double-quoted one are listed too.
std::vector<Span> FindQuotes(std::string_view text, Span paragraph);

}  // namespace factlint::segment
