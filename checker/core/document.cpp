#include "checker/core/document.h"

#include <algorithm>

namespace factlint {

void OffsetMap::Add(uint32_t text_offset, uint32_t source_offset) {
  AddReplacement(text_offset, source_offset, 0);
}

void OffsetMap::AddReplacement(uint32_t text_offset, uint32_t source_begin, uint32_t source_end) {
  if (!runs_.empty() && runs_.back().text == text_offset) {
    runs_.back() = {text_offset, source_begin, source_end};
    return;
  }
  runs_.push_back({text_offset, source_begin, source_end});
}

namespace {
// The run that holds text byte `text_offset`, or nullptr before the first run.
const OffsetMap::Run* RunAt(const std::vector<OffsetMap::Run>& runs, uint32_t text_offset) {
  auto it = std::upper_bound(runs.begin(), runs.end(), text_offset,
                             [](uint32_t t, const OffsetMap::Run& r) { return t < r.text; });
  return it == runs.begin() ? nullptr : &*(it - 1);
}
}  // namespace

uint32_t OffsetMap::ToSource(uint32_t text_offset) const {
  if (runs_.empty()) return text_offset;
  const Run* run = RunAt(runs_, text_offset);
  if (run == nullptr) return runs_.front().source;
  if (run->replaced_end != 0) return run->source;  // inside a replacement: its start
  return run->source + (text_offset - run->text);
}

uint32_t OffsetMap::ToSourceEnd(uint32_t text_end) const {
  if (text_end == 0) return ToSource(0);
  const Run* run = RunAt(runs_, text_end - 1);
  if (run != nullptr && run->replaced_end != 0) return run->replaced_end;
  return ToSource(text_end - 1) + 1;
}

bool Sentence::InQuote(const Span& s) const {
  for (const Span& q : quotes)
    if (q.begin <= s.begin && s.end <= q.end) return true;
  return false;
}

const char* RoleName(Role role) {
  return role == Role::kDraft ? "draft" : "archive";
}

const char* FormatName(Format format) {
  switch (format) {
    case Format::kText: return "text";
    case Format::kMarkdown: return "markdown";
    case Format::kHtml: return "html";
    case Format::kJsonLines: return "jsonl";
  }
  return "text";
}

Position Document::PositionOf(uint32_t text_offset) const {
  const uint32_t src = offsets.ToSource(text_offset);
  return source ? source->PositionOf(src) : Position{1, static_cast<int>(text_offset) + 1};
}

Location Document::LocationOf(const Span& span) const {
  Location loc;
  loc.path = path;
  const Position start = PositionOf(span.begin);
  // The end is one past the last character in the source: markup stripped
  // after the span is not part of it, a decoded entity at its end is.
  Position end = start;
  if (span.end > span.begin) {
    uint32_t past = offsets.ToSourceEnd(span.end);
    if (source) {
      const std::string& b = source->bytes();
      while (past < b.size() && (static_cast<unsigned char>(b[past]) & 0xC0) == 0x80) ++past;
      end = source->PositionOf(past);
    } else {
      end = PositionOf(span.end);
    }
  }
  loc.line = start.line;
  loc.column = start.column;
  loc.end_line = end.line;
  loc.end_column = end.column;
  loc.text = std::string(Text(span));
  const int s = SentenceAt(span.begin);
  if (s >= 0) {
    const Span sentence = sentences[static_cast<size_t>(s)].span;
    if (sentence.begin <= span.begin)
      loc.sentence_before = std::string(Text({sentence.begin, span.begin}));
    if (span.end <= sentence.end) loc.sentence_after = std::string(Text({span.end, sentence.end}));
  }
  return loc;
}

int Document::SentenceAt(uint32_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.span.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  if (offset < it->span.end || (offset == it->span.end && offset == it->span.begin))
    return static_cast<int>(it - sentences.begin());
  return -1;
}

}  // namespace factlint
