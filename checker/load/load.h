// Loading articles: from the paths a user names to Documents whose text maps
// back, byte for byte, to the file's own lines and columns.
//
//   auto files = load::ExpandPaths({"drafts/", "extra/note.md"});
//   if (!files.ok()) return files.error();          // "drafts/x: error: no such file ..."
//   for (const std::string& file : *files) {
//     auto docs = load::LoadFile(file, Role::kDraft);
//     if (!docs.ok()) return docs.error();           // path:line:col and what would be right
//     for (Document& doc : *docs) ...                // doc.LocationOf(span) -> file:line:col
//   }
//
// Formats, chosen by extension:
//   .txt                  ` date 2024-01-29 First paragraph...` then one paragraph per
//                         line. The leading space is optional, `date:` works too. No
//                         date line -> published is nullopt (the engine decides).
//   .md .markdown         YAML front matter between `---` lines (date, title, url; a
//                         datetime's date part is taken), then Markdown. Markup that is
//                         not prose (`#`, `*`, `_`, backticks, link targets, images,
//                         HTML comments, list and quote markers) is dropped from `text`
//                         but stays in the source, so suppression comments can be read
//                         from Document::source.
//   .html .htm            Date from article:published_time / pubdate / date /
//                         datePublished metas, JSON-LD "datePublished", else the first
//                         <time datetime>. Title from og:title or <title>; url from
//                         rel=canonical or og:url. Text: <article> when present (else
//                         <main>, else the body), without script/style/nav/aside/footer;
//                         block elements become paragraph breaks, entities decoded.
//   .jsonl .ndjson        One JSON object per line: "published", "body" (plain text or
//                         HTML), optional "title", "url", "id". One Document per line;
//                         text offsets point inside the body string, escapes included.
//
// A file with another extension is accepted only when its content clearly is
// one format (it starts with a ` date YYYY-MM-DD` line, or with `<!doctype
// html` / `<html`); otherwise it is an error listing the known extensions.
//
// Text conventions the segmenter relies on: `text` is valid UTF-8, one
// paragraph per line ("\n" ends a paragraph; blank lines may separate them),
// no line break inside a paragraph.
//
// A UTF-8 byte order mark is dropped before anything else, from the text and
// from Document::source alike (editors do not count it as a column). CRLF and
// lone CR line ends work everywhere.
//
// Every user error (empty, binary or non-UTF-8 file, malformed date, broken
// front matter or JSON) is an Error naming the file, the line and column when
// there is one, and what would be right. Nothing here throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/result.h"

namespace factlint::load {

// The files to load, in a deterministic order: files named explicitly come as
// given; a directory contributes, sorted, every file below it with a known
// extension, skipping hidden files and directories (names starting with
// '.'). Duplicates are dropped, keeping the first.
Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths);

// The largest input file read by default (--max-document-size): far above
// any article, low enough that a runaway export fails fast and clearly.
inline constexpr uint64_t kDefaultMaxDocumentSize = uint64_t{16} << 20;

// Reads and parses one file. A JSON Lines file yields one Document per record.
// A file larger than `max_size` bytes is an error naming it and the limit,
// found from its size before it is read (the limit bounds memory too); for a
// JSON Lines export the limit is on the whole file.
Result<std::vector<Document>> LoadFile(const std::string& path, Role role,
                                       uint64_t max_size = kDefaultMaxDocumentSize);

// Parses `bytes` as the content of `path` (the format comes from its
// extension). Tests use it to load text without touching the disk.
Result<std::vector<Document>> LoadBuffer(const std::string& path, std::string bytes, Role role);

// The format an extension means (".md" -> kMarkdown), or nullopt.
std::optional<Format> FormatForPath(const std::string& path);

// The format `bytes` clearly are when the extension does not say, or nullopt.
std::optional<Format> SniffFormat(const std::string& bytes);

// ".txt, .md, .markdown, .html, .htm, .jsonl, .ndjson", for messages.
const char* KnownExtensions();

// Where an article of `format` gives its publication date, for the message
// about an undated one: "the file to start with ' date YYYY-MM-DD'".
const char* DateHint(Format format);

}  // namespace factlint::load
