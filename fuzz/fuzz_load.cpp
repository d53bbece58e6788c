// Fuzzes the article loaders and the segmenter: the first byte picks the
// format (plain text, Markdown with front matter, HTML, JSON Lines), the rest
// is the file. Whatever loads must segment, and every sentence must map back
// to a position in the file (the offset map's invariants).
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/load/load.h"
#include "checker/segment/segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"a.txt", "a.md", "a.html", "a.jsonl"};
  const std::string path = kNames[data[0] % 4];
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto docs = factlint::load::LoadBuffer(path, std::move(bytes), factlint::Role::kDraft);
  if (!docs.ok()) return 0;
  for (factlint::Document& doc : *docs) {
    factlint::segment::Segment(doc);
    for (const factlint::Sentence& s : doc.sentences) {
      const factlint::Location at = doc.LocationOf(s.span);
      if (at.line < 1 || at.column < 1) __builtin_trap();
    }
  }
  return 0;
}
