// TextBuilder: writes a Document's text while recording, for every byte,
// which source bytes it came from (the OffsetMap).
//
// A converter walks its input and says, piece by piece, what becomes text:
//
//   TextBuilder out;                        // input offsets are file offsets
//   out.Verbatim(input, 0, 5);              // "Hello" copied one for one
//   out.Replace("&", 5, 10);                // "&amp;" decoded
//   out.Space(10, 13);                      // "   " collapses to one space, lazily
//   out.Break(13, 17);                      // "<p>" ends a paragraph, lazily
//
// Separators are pending until the next content, so the text never starts or
// ends with one and a break absorbs any space next to it.
//
// When the input is itself decoded from the file (a JSON string), pass the
// per-byte origins of the input; the builder then composes both maps, so the
// final offsets still point into the file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/document.h"

namespace factlint::load {

// Where one byte of an intermediate input came from in the file: the file
// bytes [begin, end); `escaped` when those bytes are an escape sequence that
// decoded to this byte (and maybe its neighbours).
struct ByteOrigin {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool escaped = false;
};

class TextBuilder {
 public:
  explicit TextBuilder(const std::vector<ByteOrigin>* origins = nullptr) : origins_(origins) {}

  // Copies input bytes [begin, end) to the text.
  void Verbatim(std::string_view input, uint32_t begin, uint32_t end);
  // Writes `text` standing for input bytes [begin, end) (end > begin).
  void Replace(std::string_view text, uint32_t begin, uint32_t end);
  // A pending single space standing for input bytes [begin, end).
  void Space(uint32_t begin, uint32_t end);
  // A pending paragraph break ("\n\n") standing for input bytes [begin, end).
  void Break(uint32_t begin, uint32_t end);

  // The file offset of input byte `input_offset`.
  uint32_t FileOffset(uint32_t input_offset) const;

  const std::string& text() const { return text_; }
  // Moves the result out; pending separators are dropped.
  void MoveInto(Document& doc);

 private:
  enum class Pending { kNone, kSpace, kBreak };
  void Flush();
  void AppendMapped(std::string_view text, uint32_t file_begin, uint32_t file_end);

  const std::vector<ByteOrigin>* origins_;
  std::string text_;
  OffsetMap offsets_;
  uint32_t next_file_ = UINT32_MAX;  // the file offset a one-for-one byte would continue at
  Pending pending_ = Pending::kNone;
  uint32_t pending_begin_ = 0;
  uint32_t pending_end_ = 0;
  uint32_t last_escape_begin_ = UINT32_MAX;  // escape the previous byte came from
};

}  // namespace factlint::load
