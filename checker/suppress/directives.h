// Suppression directives written in articles, and how they are read.
//
// Markdown and HTML articles use comments, which no reader sees:
//
//   <!-- factlint-disable-next-line age-contradiction -- the profile predates the birthday -->
//   Dana Reyes, 41, opened the festival on Friday.
//   The strike lasted 118 days. <!-- factlint-disable-line duration-contradiction -->
//   <!-- factlint-disable stale, count-contradiction -->
//   ... lines where those two are not reported ...
//   <!-- factlint-enable -->
//
// Plain-text articles have no comments, so the same directive goes in square
// brackets; "[factlint-" does not occur in prose:
//
//   [factlint-disable-next-line age-contradiction -- the profile predates the birthday]
//   Dana Reyes, 41, opened the festival on Friday.
//
// JSON Lines exports: a directive inside any string of a record (usually the
// body), in either spelling, applies to that record. A record is one line of
// the file, so every disable form covers exactly the whole record (a range
// ends with its record) and factlint-enable has nothing left to do.
//
// Grammar of the text inside the comment or brackets:
//
//   factlint-<form> [rule-id {, rule-id}] [-- reason]
//   form    = disable-next-line | disable-line | disable | enable
//   rule-id = a rule id ("age-contradiction") or a finding kind ("stale");
//             lowercase letters, digits, '-', '_', '.'; none means every rule
//
// Which lines each form covers (1-based lines of the source file):
//   disable-next-line  the next line that is not blank and holds no other
//                      directive (so directives can be stacked above a line)
//   disable-line       the line(s) of the directive itself
//   disable            from its own line to the line of the factlint-enable
//                      that ends it (inclusive), else to the end of the file
//   enable             with ids, ends the disabling of just those ids (also
//                      inside a disable of every rule); without, ends all
// Comments inside Markdown fenced code blocks are examples, not directives.
#pragma once

#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/source.h"

namespace factlint::suppress {

enum class DirectiveKind { kDisableNextLine, kDisableLine, kDisable, kEnable, kInvalid };

// "factlint-disable-next-line", ...; "invalid" for kInvalid.
const char* DirectiveName(DirectiveKind kind);

struct Directive {
  DirectiveKind kind = DirectiveKind::kInvalid;
  std::vector<std::string> rules;  // empty: every rule
  std::string reason;              // the text after "--", trimmed; may be empty
  // The whole comment or bracket in the source file; `text` is its raw text.
  Location location;
  // The lines it covers: for next-line and line forms the covered lines; for
  // disable and enable, the directive's own line (ranges are built by the
  // filter, which sees them in order). For JSON Lines, the record's line.
  int first_line = 0;
  int last_line = 0;
  std::string problem;  // kInvalid: what is wrong and what would be right
};

// Every directive in `source`, in source order. Malformed directives come
// back as kInvalid with a `problem`; this never fails. `path` of each
// location is source.path().
std::vector<Directive> ParseDirectives(const SourceText& source, Format format);

// The directives of the file `doc` was loaded from (all of its records, for
// JSON Lines), with locations on doc.path. Empty when doc.source is null.
std::vector<Directive> ParseDirectives(const Document& doc);

}  // namespace factlint::suppress
