// Document: one article as the pipeline sees it.
//
// A loader turns a file into one or more Documents (a JSON Lines export holds
// many). `text` is the article's plain text — HTML tags removed, entities
// decoded, JSON strings unescaped, front matter dropped — and `offsets` maps
// every byte of `text` back to a byte of the original file, so that any span a
// later stage finds is reported at the file's own line and column.
//
//   const Document& doc = ...;
//   Span span{10, 24};                 // bytes of doc.text
//   Location loc = doc.LocationOf(span);  // path, line, column, end_*, text
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/check.h"
#include "checker/core/date.h"
#include "checker/core/source.h"

namespace factlint {

// A half-open byte range [begin, end) of Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
};

// Where something is, as every report shows it. Lines and columns are 1-based,
// columns count code points, end_line/end_column point one past the last
// character. `text` is the located text itself.
struct Location {
  std::string path;
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;
  std::string text;
  // The rest of the sentence around `text`, as plain article text (markup
  // removed): what a report shows so a reader sees the claim in context.
  // Empty when the document has not been segmented. Not part of the JSON
  // contract.
  std::string sentence_before;
  std::string sentence_after;
};

// Maps byte offsets of Document::text to byte offsets of the source file.
// It is piecewise linear: each run says "text bytes from `text` on come from
// source bytes from `source` on, one for one", until the next run. A decoded
// entity ("&amp;" -> "&") is a replacement run: its text stands for the
// source bytes [source, replaced_end), so a span ending on it ends after ";".
class OffsetMap {
 public:
  struct Run {
    uint32_t text;
    uint32_t source;
    uint32_t replaced_end;  // 0 for a one-for-one run
  };
  // Runs must be added in increasing `text` order.
  void Add(uint32_t text_offset, uint32_t source_offset);
  // Text from `text_offset` up to the next run replaces source bytes
  // [source_begin, source_end) (an entity, an escape sequence).
  void AddReplacement(uint32_t text_offset, uint32_t source_begin, uint32_t source_end);
  // The source offset of text byte `text_offset` (or of one past the end).
  uint32_t ToSource(uint32_t text_offset) const;
  // The source offset one past the source of text bytes ending at
  // `text_end` (exclusive): after the last character, or after the whole
  // replaced sequence when the last byte is part of a replacement.
  uint32_t ToSourceEnd(uint32_t text_end) const;
  const std::vector<Run>& runs() const { return runs_; }

 private:
  std::vector<Run> runs_;
};

// A sentence of Document::text, with the quotations inside it.
struct Sentence {
  Span span;
  uint32_t paragraph = 0;    // 0-based paragraph index in the document
  std::vector<Span> quotes;  // spans between matching quotation marks
  // True when `s` lies inside one of the sentence's quotations: what a quoted
  // speaker says is attributed to them, not asserted by the article.
  bool InQuote(const Span& s) const;
};

enum class Role { kDraft, kArchive };
const char* RoleName(Role role);  // "draft" | "archive"

enum class Format { kText, kMarkdown, kHtml, kJsonLines };
const char* FormatName(Format format);  // "text" | "markdown" | "html" | "jsonl"

struct Document {
  std::string path;  // the file as the user named it
  Format format = Format::kText;
  Role role = Role::kDraft;
  std::optional<Date> published;  // none for an undated draft
  std::string title;
  std::string url;
  std::string id;    // JSON Lines: the record's id, else empty
  std::string text;  // plain text, valid UTF-8
  std::shared_ptr<const SourceText> source;
  OffsetMap offsets;
  std::vector<Span> paragraphs;     // filled by the segmenter
  std::vector<Sentence> sentences;  // filled by the segmenter, in order

  std::string_view Text(const Span& span) const {
    FACTLINT_DCHECK(span.begin <= span.end && span.end <= text.size(),
                    "a span outside the document's text");
    return std::string_view(text).substr(span.begin, span.size());
  }
  Position PositionOf(uint32_t text_offset) const;
  // Location of `span`; its `text` is the span's text in Document::text.
  Location LocationOf(const Span& span) const;
  // Index of the sentence containing text offset `offset`, or -1.
  int SentenceAt(uint32_t offset) const;
};

}  // namespace factlint
