// Internal to the loader: one function per format, and the helpers they share.
// Each format lives in its own file (plain_text.cpp, markdown.cpp, html.cpp,
// jsonl.cpp); load.cpp checks the bytes (empty, binary, UTF-8, BOM) first.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/result.h"
#include "checker/load/text_builder.h"

namespace factlint::load {

// What every format loader receives: the whole file (already known to be
// non-empty valid UTF-8 text, a BOM already dropped) and where the content
// starts.
struct LoadInput {
  std::shared_ptr<const SourceText> source;
  uint32_t start = 0;
  Role role = Role::kDraft;
};

Result<std::vector<Document>> LoadPlainText(const LoadInput& input);
Result<std::vector<Document>> LoadMarkdown(const LoadInput& input);
Result<std::vector<Document>> LoadHtml(const LoadInput& input);
Result<std::vector<Document>> LoadJsonLines(const LoadInput& input);

// A Document with the fields every format fills the same way.
Document NewDocument(const LoadInput& input, Format format);

// An Error at byte `offset` of the file.
Error ErrorAt(const SourceText& source, size_t offset, std::string message);

// True when `body` already opens with `title` (a Markdown "# Title" line, a
// CMS that repeats the headline), comparing letters and digits only; true
// for an empty title. A title the body does not repeat is the article's
// headline: the loaders put it first, as its own paragraph, so its claims
// are read and its names weigh as the headline's (as in the plain-text and
// HTML forms of the same article).
bool OpensWithTitle(std::string_view body, std::string_view title);

// Parses a date or a datetime ("2024-01-29", "2024-01-29T10:00:00Z",
// "2024-01-29 10:00"): the date part is taken. Dates as CMS exports write
// them are read too: "March 5, 2024", "Mar. 5, 2024", "5 March 2024",
// "Tuesday, March 5, 2024". The error message reads
// "malformed publication date '2024-13-01': month 13 is out of range 01-12;
// expected YYYY-MM-DD" (no position: the caller knows where the value is).
Result<Date> ParseDateOrDateTime(std::string_view value);

// What an HTML page says about itself, beside its text.
struct HtmlMetadata {
  std::optional<std::string> published;  // raw value of the best date source
  uint32_t published_at = 0;             // input offset of that value
  std::string title;
  uint32_t title_begin = 0;  // input offsets of the title's text
  uint32_t title_end = 0;
  bool title_is_og = false;  // from <meta property="og:title">, not <title>
  bool has_heading = false;  // the page has an <h1>: its own headline
  std::string url;
};

// Converts HTML `input` to text into `out` (input offsets are `out`'s input
// coordinates) and returns the page's metadata. Never fails: malformed HTML
// yields the best text it can.
HtmlMetadata HtmlToText(std::string_view input, TextBuilder& out);

// True if `text` contains something that looks like an HTML tag or entity.
bool LooksLikeHtml(std::string_view text);

// Decodes the character reference starting at text[0] == '&' ("&amp;",
// "&#8217;", "&#x2019;"). On success appends the UTF-8 to `out` and returns the
// number of input bytes consumed; returns 0 when it is not a reference.
size_t DecodeEntity(std::string_view text, std::string& out);

}  // namespace factlint::load
