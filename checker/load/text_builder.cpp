#include "checker/load/text_builder.h"

namespace factlint::load {

uint32_t TextBuilder::FileOffset(uint32_t input_offset) const {
  if (origins_ == nullptr) return input_offset;
  if (origins_->empty()) return 0;
  if (input_offset >= origins_->size()) return origins_->back().end;
  return (*origins_)[input_offset].begin;
}

void TextBuilder::Flush() {
  if (pending_ == Pending::kNone) return;
  const Pending pending = pending_;
  pending_ = Pending::kNone;
  if (text_.empty()) return;  // never start with a separator
  Replace(pending == Pending::kBreak ? "\n\n" : " ", pending_begin_, pending_end_);
}

void TextBuilder::Verbatim(std::string_view input, uint32_t begin, uint32_t end) {
  if (begin >= end) return;
  Flush();
  for (uint32_t i = begin; i < end; ++i) {
    const auto t = static_cast<uint32_t>(text_.size());
    if (origins_ == nullptr || !(*origins_)[i].escaped) {
      const uint32_t file = origins_ == nullptr ? i : (*origins_)[i].begin;
      if (file != next_file_) offsets_.Add(t, file);
      next_file_ = file + 1;
      last_escape_begin_ = UINT32_MAX;
    } else {
      const ByteOrigin& o = (*origins_)[i];
      // The bytes one escape decodes to ("\u2019" -> 3 bytes) share one run.
      if (o.begin != last_escape_begin_) offsets_.AddReplacement(t, o.begin, o.end);
      last_escape_begin_ = o.begin;
      next_file_ = UINT32_MAX;
    }
    text_ += input[i];
  }
}

void TextBuilder::Replace(std::string_view text, uint32_t begin, uint32_t end) {
  if (text.empty()) return;
  if (end <= begin) end = begin + 1;
  if (origins_ == nullptr) {
    AppendMapped(text, begin, end);
  } else if (origins_->empty()) {
    AppendMapped(text, 0, 1);
  } else {
    const size_t last = origins_->size() - 1;
    const ByteOrigin& first = (*origins_)[begin < last ? begin : last];
    const ByteOrigin& final_byte = (*origins_)[end - 1 < last ? end - 1 : last];
    AppendMapped(text, first.begin, final_byte.end);
  }
}

void TextBuilder::AppendMapped(std::string_view text, uint32_t file_begin, uint32_t file_end) {
  Flush();
  offsets_.AddReplacement(static_cast<uint32_t>(text_.size()), file_begin, file_end);
  text_ += text;
  next_file_ = UINT32_MAX;
  last_escape_begin_ = UINT32_MAX;
}

void TextBuilder::Space(uint32_t begin, uint32_t end) {
  if (pending_ != Pending::kNone) return;  // the first source of a run of separators wins
  pending_ = Pending::kSpace;
  pending_begin_ = begin;
  pending_end_ = end;
}

void TextBuilder::Break(uint32_t begin, uint32_t end) {
  if (pending_ == Pending::kBreak) return;
  pending_ = Pending::kBreak;
  pending_begin_ = begin;
  pending_end_ = end;
}

void TextBuilder::MoveInto(Document& doc) {
  pending_ = Pending::kNone;
  doc.text = std::move(text_);
  doc.offsets = std::move(offsets_);
  text_.clear();
  offsets_ = OffsetMap();
}

}  // namespace factlint::load
