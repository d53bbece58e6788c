// Plain text: ` date 2024-01-29 First paragraph...`, then one paragraph per
// line (blank lines may separate them). The date line is found leniently: the
// leading space is optional, `date:` and `Date` work too; a first line that
// does not start with the word "date" followed by a digit (or `date:`) has no
// date line, and the whole file is the body.
#include <string_view>

#include "checker/load/formats.h"

namespace factlint::load {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t';
}
bool IsLineEnd(char c) {
  return c == '\n' || c == '\r';
}

bool StartsWithWordDate(std::string_view s) {
  if (s.size() < 4) return false;
  for (size_t i = 0; i < 4; ++i)
    if ((s[i] | 0x20) != "date"[i]) return false;
  return true;
}

}  // namespace

Result<std::vector<Document>> LoadPlainText(const LoadInput& input) {
  const std::string& b = input.source->bytes();
  const std::string_view bytes(b);
  Document doc = NewDocument(input, Format::kText);

  size_t i = input.start;
  while (i < bytes.size() && IsBlank(bytes[i])) ++i;
  size_t body = input.start;
  if (StartsWithWordDate(bytes.substr(i))) {
    size_t j = i + 4;
    const bool colon = j < bytes.size() && bytes[j] == ':';
    if (colon) ++j;
    const size_t after_word = j;
    while (j < bytes.size() && IsBlank(bytes[j])) ++j;
    const bool separated = colon || j > after_word;
    const bool digit = j < bytes.size() && bytes[j] >= '0' && bytes[j] <= '9';
    if (separated && (colon || digit)) {
      size_t end = j;
      while (end < bytes.size() && !IsBlank(bytes[end]) && !IsLineEnd(bytes[end])) ++end;
      if (end == j) {
        return ErrorAt(*input.source, j,
                       "the date line has no date; expected ' date YYYY-MM-DD' at the start "
                       "of the file");
      }
      auto date = ParseDateOrDateTime(bytes.substr(j, end - j));
      if (!date.ok()) {
        return ErrorAt(*input.source, j, date.error().message + " in the ' date YYYY-MM-DD' line");
      }
      doc.published = *date;
      body = end;
      while (body < bytes.size() && IsBlank(bytes[body])) ++body;
      // A date line of its own: the body starts on the next line.
      if (body < bytes.size() && bytes[body] == '\r') ++body;
      if (body < bytes.size() && bytes[body] == '\n') ++body;
    }
  }

  TextBuilder out;
  size_t line = body;
  while (line < bytes.size()) {
    size_t end = line;
    while (end < bytes.size() && !IsLineEnd(bytes[end])) ++end;
    out.Verbatim(bytes, static_cast<uint32_t>(line), static_cast<uint32_t>(end));
    if (end == bytes.size()) break;
    size_t next = end + 1;
    if (bytes[end] == '\r' && next < bytes.size() && bytes[next] == '\n') ++next;
    // Line ends are kept (one paragraph per line) but always as "\n".
    if (next == end + 1 && bytes[end] == '\n') {
      out.Verbatim(bytes, static_cast<uint32_t>(end), static_cast<uint32_t>(next));
    } else {
      out.Replace("\n", static_cast<uint32_t>(end), static_cast<uint32_t>(next));
    }
    line = next;
  }
  out.MoveInto(doc);
  std::vector<Document> docs;
  docs.push_back(std::move(doc));
  return docs;
}

}  // namespace factlint::load
