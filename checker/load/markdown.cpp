// Markdown with YAML front matter. The front matter (date, title, url) is
// parsed with yaml-cpp; the body keeps its prose and drops the markup around
// it: heading and list markers, blockquote '>', emphasis '*' and '_', code
// backticks, link targets, images, HTML comments and tags. Paragraphs are
// blocks separated by blank lines (headings and list items are paragraphs
// of their own); the lines of one block are joined with a space.
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "checker/core/ascii.h"
#include "checker/core/utf8.h"
#include "checker/load/formats.h"

namespace factlint::load {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t';
}
bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}
bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

struct Line {
  size_t begin;  // content, without the line end
  size_t end;
  size_t next;  // start of the next line
};

Line LineAt(std::string_view bytes, size_t begin) {
  size_t end = begin;
  while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') ++end;
  size_t next = end;
  if (next < bytes.size() && bytes[next] == '\r') ++next;
  if (next < bytes.size() && bytes[next] == '\n') ++next;
  return {begin, end, next};
}

std::string_view Trimmed(std::string_view s) {
  return TrimBytes(s, IsBlank);
}

// "---", "***", "___" (three or more, spaces allowed): a thematic break; "==="
// and "---" also underline a setext heading. Either way, a paragraph ends.
bool IsRuleLine(std::string_view s) {
  s = Trimmed(s);
  if (s.size() < 3) return false;
  const char c = s[0];
  if (c != '-' && c != '*' && c != '_' && c != '=') return false;
  int count = 0;
  for (char ch : s) {
    if (ch == c) {
      ++count;
    } else if (!IsBlank(ch)) {
      return false;
    }
  }
  return count >= 3;
}

class BodyConverter {
 public:
  BodyConverter(std::string_view bytes, TextBuilder& out) : in_(bytes), out_(out) {}

  void Run(size_t start) {
    for (size_t at = start; at < in_.size();) {
      const Line line = LineAt(in_, at);
      at = line.next;
      ConvertLine(line);
    }
  }

 private:
  // Where a line's prose is once its block markers are gone, and whether
  // those markers open a paragraph of its own (a list item, a heading).
  struct BlockMarkers {
    size_t content_begin;
    size_t content_end;
    bool new_block = false;
    bool heading = false;
  };

  static size_t FenceLength(std::string_view s, char c) {
    size_t n = 0;
    while (n < s.size() && s[n] == c) ++n;
    return n >= 3 ? n : 0;
  }

  // The end of the line break that a paragraph break or a space stands
  // for; the last line may have none, and then one past its end stands in.
  static uint32_t BreakEnd(const Line& line) {
    return static_cast<uint32_t>(line.next > line.end ? line.next : line.end + 1);
  }

  // "[label]: https://..." defines a link target; it is not prose.
  static bool IsReferenceDefinition(std::string_view s) {
    if (s.empty() || s[0] != '[') return false;
    const size_t close = s.find("]:");
    return close != std::string_view::npos && close > 1 && s.find(']') == close;
  }

  // The lines that are no prose (blank lines, rules, code fences and what
  // they hold, link definitions) end a paragraph or vanish; the rest keeps
  // its prose.
  void ConvertLine(const Line& line) {
    const auto begin = static_cast<uint32_t>(line.begin);
    const auto end = static_cast<uint32_t>(line.end);
    const uint32_t next = BreakEnd(line);
    const std::string_view text = in_.substr(line.begin, line.end - line.begin);
    if (in_comment_) {
      Inline(line.begin, line.end);  // finishes the comment, then the rest of the line
      if (!in_comment_) out_.Space(end, next);
      return;
    }
    const std::string_view trimmed = Trimmed(text);
    if (fence_length_ > 0) {  // inside a fenced code block: not prose
      if (FenceLength(trimmed, fence_char_) >= fence_length_) fence_length_ = 0;
      return;
    }
    if (trimmed.empty() || IsRuleLine(text)) {
      out_.Break(begin, next);
      return;
    }
    if (const size_t n = FenceLength(trimmed, '`') + FenceLength(trimmed, '~'); n >= 3) {
      fence_char_ = trimmed[0];
      fence_length_ = n;
      out_.Break(begin, next);
      return;
    }
    if (IsReferenceDefinition(trimmed)) return;
    ConvertProseLine(line);
  }

  // A line of prose: a list item or a heading starts a paragraph, a
  // heading ends one too, and any other line break is a space.
  void ConvertProseLine(const Line& line) {
    const auto begin = static_cast<uint32_t>(line.begin);
    const auto end = static_cast<uint32_t>(line.end);
    const uint32_t next = BreakEnd(line);
    const BlockMarkers markers = ReadBlockMarkers(line);
    const size_t i = markers.content_begin;
    if (markers.new_block) out_.Break(begin, static_cast<uint32_t>(i > begin ? i : begin + 1));
    if (i >= markers.content_end) {  // a marker alone: "-" or ">"
      out_.Break(begin, next);
      return;
    }
    Inline(i, markers.content_end);
    if (markers.heading) {
      out_.Break(end, next);
    } else if (!in_comment_) {
      out_.Space(end, next);  // a soft line break
    }
  }

  // Block markers: indentation, '>' quotes, a list marker, a heading's
  // '#'s before the text and the optional run of them after it.
  BlockMarkers ReadBlockMarkers(const Line& line) const {
    BlockMarkers markers{line.begin, line.end};
    size_t& i = markers.content_begin;
    for (bool again = true; again;) {
      again = false;
      while (i < line.end && IsBlank(in_[i])) ++i;
      if (i < line.end && in_[i] == '>') {
        ++i;
        again = true;
      }
    }
    if (i < line.end && (in_[i] == '-' || in_[i] == '*' || in_[i] == '+') &&
        (i + 1 == line.end || IsBlank(in_[i + 1]))) {
      i += 1;
      markers.new_block = true;
    } else {
      size_t j = i;
      while (j < line.end && IsDigit(in_[j]) && j - i < 9) ++j;
      if (j > i && j < line.end && (in_[j] == '.' || in_[j] == ')') &&
          (j + 1 == line.end || IsBlank(in_[j + 1]))) {
        i = j + 1;
        markers.new_block = true;
      }
    }
    if (i < line.end && in_[i] == '#') {
      size_t j = i;
      while (j < line.end && in_[j] == '#') ++j;
      if (j - i <= 6 && (j == line.end || IsBlank(in_[j]))) {
        i = j;
        markers.heading = markers.new_block = true;
        // An optional closing run of '#'.
        size_t k = markers.content_end;
        while (k > i && IsBlank(in_[k - 1])) --k;
        size_t hashes = k;
        while (hashes > i && in_[hashes - 1] == '#') --hashes;
        if (hashes < k && (hashes == i || IsBlank(in_[hashes - 1]))) markers.content_end = hashes;
      }
    }
    while (i < markers.content_end && IsBlank(in_[i])) ++i;
    return markers;
  }

  // The index of the ']' matching the '[' at `open`, before `end`, or npos.
  size_t MatchingBracket(size_t open, size_t end, char open_c, char close_c) const {
    int depth = 0;
    for (size_t k = open; k < end; ++k) {
      if (in_[k] == '\\') {
        ++k;
      } else if (in_[k] == open_c) {
        ++depth;
      } else if (in_[k] == close_c && --depth == 0) {
        return k;
      }
    }
    return std::string_view::npos;
  }

  // Where a link's target "(url)" or "[ref]" starting at `at` ends, or npos.
  size_t TargetEnd(size_t at, size_t end) const {
    if (at >= end) return std::string_view::npos;
    if (in_[at] == '(') {
      const size_t close = MatchingBracket(at, end, '(', ')');
      return close == std::string_view::npos ? close : close + 1;
    }
    if (in_[at] == '[') {
      const size_t close = MatchingBracket(at, end, '[', ']');
      return close == std::string_view::npos ? close : close + 1;
    }
    return std::string_view::npos;
  }

  // Writes the prose of [i, end) without its inline markup: prose goes out
  // a chunk at a time, up to the markup that interrupts it.
  void Inline(size_t i, size_t end) {
    size_t chunk = i;
    while (i < end) {
      if (in_comment_) {
        const size_t close = in_.find("-->", i);
        if (close == std::string_view::npos || close + 3 > end) {
          i = chunk = end;
          break;
        }
        in_comment_ = false;
        i = chunk = close + 3;
        continue;
      }
      i = Markup(i, end, chunk);
    }
    Flush(chunk, end > chunk ? end : chunk);
  }

  // The markup that may start at `i`, handled. Each step below returns
  // where the scan goes on (i + 1 when `i` starts no markup of its kind)
  // and moves `chunk` past whatever it wrote or dropped.
  size_t Markup(size_t i, size_t end, size_t& chunk) {
    switch (in_[i]) {
      case '<':
        if (in_.substr(i, 4) == "<!--") {
          Flush(chunk, i);
          in_comment_ = true;
          return chunk = i + 4;  // a comment left open at the line's end is no prose
        }
        return Tag(i, end, chunk);
      case '\\': return Escape(i, end, chunk);
      case '`': return CodeSpan(i, end, chunk);
      case '!': return Image(i, end, chunk);
      case '[': return Link(i, end, chunk);
      case '&': return Entity(i, end, chunk);
      case '*':
      case '_': return Emphasis(i, end, chunk);
      default: return i + 1;
    }
  }

  // Prose as written, up to the markup at `to`.
  void Flush(size_t chunk, size_t to) {
    out_.Verbatim(in_, static_cast<uint32_t>(chunk), static_cast<uint32_t>(to));
  }

  // "\*" is a literal '*', not emphasis: the backslash is no prose.
  size_t Escape(size_t i, size_t end, size_t& chunk) {
    if (i + 1 >= end || !IsAsciiPunct(in_[i + 1])) return i + 1;
    Flush(chunk, i);
    out_.Replace(in_.substr(i + 1, 1), static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2));
    return chunk = i + 2;
  }

  // A code span's text is prose without its backticks; backticks that
  // close nothing stay.
  size_t CodeSpan(size_t i, size_t end, size_t& chunk) {
    size_t run = i;
    while (run < end && in_[run] == '`') ++run;
    const std::string_view ticks = in_.substr(i, run - i);
    const size_t close = in_.substr(0, end).find(ticks, run);
    if (close == std::string_view::npos) return run;
    Flush(chunk, i);
    out_.Verbatim(in_, static_cast<uint32_t>(run), static_cast<uint32_t>(close));
    return chunk = close + ticks.size();
  }

  // An image's alt text is not prose: the whole image goes.
  size_t Image(size_t i, size_t end, size_t& chunk) {
    if (i + 1 >= end || in_[i + 1] != '[') return i + 1;
    const size_t close = MatchingBracket(i + 1, end, '[', ']');
    const size_t target = close == std::string_view::npos ? close : TargetEnd(close + 1, end);
    if (target == std::string_view::npos) return i + 1;
    Flush(chunk, i);
    return chunk = target;
  }

  // A link's text stays prose (with its own markup read); its target goes.
  size_t Link(size_t i, size_t end, size_t& chunk) {
    const size_t close = MatchingBracket(i, end, '[', ']');
    const size_t target = close == std::string_view::npos ? close : TargetEnd(close + 1, end);
    if (target == std::string_view::npos) return i + 1;
    Flush(chunk, i);
    Inline(i + 1, close);
    return chunk = target;
  }

  // An HTML tag is markup, not prose; but an autolink <https://...> is
  // written for its address.
  size_t Tag(size_t i, size_t end, size_t& chunk) {
    if (i + 1 >= end || (in_[i + 1] != '/' && !IsWordByte(in_[i + 1]))) return i + 1;
    const size_t gt = in_.substr(0, end).find('>', i);
    if (gt == std::string_view::npos) return i + 1;
    const std::string_view inside = in_.substr(i + 1, gt - i - 1);
    Flush(chunk, i);
    if (inside.find("://") != std::string_view::npos ||
        inside.find('@') != std::string_view::npos) {
      // An autolink <https://...>: the address is the text.
      out_.Verbatim(in_, static_cast<uint32_t>(i + 1), static_cast<uint32_t>(gt));
    }
    return chunk = gt + 1;
  }

  // "&amp;" reads as the character it stands for.
  size_t Entity(size_t i, size_t end, size_t& chunk) {
    std::string decoded;
    const size_t n = DecodeEntity(in_.substr(i, end - i), decoded);
    if (n == 0) return i + 1;
    Flush(chunk, i);
    out_.Replace(decoded, static_cast<uint32_t>(i), static_cast<uint32_t>(i + n));
    return chunk = i + n;
  }

  // Emphasis markers are no prose, but snake_case and "5 * 3" are.
  size_t Emphasis(size_t i, size_t end, size_t& chunk) {
    const char c = in_[i];
    size_t run = i;
    while (run < end && in_[run] == c) ++run;
    const bool word_before = i > 0 && IsWordByte(in_[i - 1]);
    const bool word_after = run < end && IsWordByte(in_[run]);
    const bool space_before = i == 0 || IsBlank(in_[i - 1]);
    const bool space_after = run >= end || IsBlank(in_[run]);
    const bool keep = (c == '_' && word_before && word_after) || (space_before && space_after);
    if (!keep) {
      Flush(chunk, i);
      chunk = run;
    }
    return run;
  }

  std::string_view in_;
  TextBuilder& out_;
  bool in_comment_ = false;
  size_t fence_length_ = 0;  // inside a fenced code block: its fence's length
  char fence_char_ = 0;
};

bool IsFrontMatterFence(std::string_view line, bool closing) {
  line = Trimmed(line);
  return line == "---" || (closing && line == "...");
}

Error YamlError(const SourceText& source, size_t yaml_begin, const YAML::Mark& mark,
                const std::string& message) {
  // yaml-cpp marks are 0-based lines and byte columns of the YAML text.
  const Position first = source.PositionOf(yaml_begin);
  const int line = first.line + (mark.line > 0 ? mark.line : 0);
  int column = 1;
  if (mark.column > 0) {
    const std::string_view text = source.Line(line);
    const size_t bytes = std::min(static_cast<size_t>(mark.column), text.size());
    column = static_cast<int>(utf8::CodePointCount(text.substr(0, bytes))) + 1;
  }
  return Error{source.path(), line, column, message, "", ErrorCategory::kInput};
}

// Where the front matter's title is in the file: [begin, end) of its
// line's scalar, and whether those bytes are the value as written.
struct TitlePlace {
  size_t begin = 0;
  size_t end = 0;
  bool verbatim = false;
};

// The title's bytes in the file, so that the headline made of it points
// at them: the scalar without its quotes when it is written as is.
TitlePlace PlaceTitle(std::string_view bytes, size_t begin, const std::string& value) {
  TitlePlace place;
  place.begin = begin;
  place.end = LineAt(bytes, begin).end;
  while (place.end > place.begin && (bytes[place.end - 1] == ' ' || bytes[place.end - 1] == '\t' ||
                                     bytes[place.end - 1] == '\r'))
    --place.end;
  const size_t quote = bytes[place.begin] == '"' || bytes[place.begin] == '\'' ? 1 : 0;
  place.verbatim = bytes.substr(place.begin + quote, value.size()) == value;
  if (place.verbatim) {
    place.begin += quote;
    place.end = place.begin + value.size();
  }
  return place;
}

// The keys an article takes from its front matter (date, title, url); a
// value of another shape is an error pointing into the YAML.
Status ReadFrontMatterKeys(const SourceText& source, size_t yaml_begin, const YAML::Node& root,
                           Document& doc, TitlePlace& title) {
  for (const char* key : {"date", "published", "title", "url"}) {
    const YAML::Node node = root[key];
    if (!node || node.IsNull()) continue;
    if (!node.IsScalar()) {
      return YamlError(source, yaml_begin, node.Mark(),
                       std::string("front matter '") + key +
                           "' must be a single value; expected e.g. '" + key +
                           (key[0] == 'u' ? ": https://example.com/story'" : ": 2024-01-29'"));
    }
    const std::string value = node.Scalar();
    if (key[0] == 'd' || key[0] == 'p') {
      if (doc.published) continue;  // 'date' wins over 'published'
      auto date = ParseDateOrDateTime(value);
      if (!date.ok()) {
        return YamlError(source, yaml_begin, node.Mark(),
                         date.error().message + " in the front matter's '" + key + ":'");
      }
      doc.published = *date;
    } else if (key[0] == 't') {
      doc.title = value;
      title = PlaceTitle(source.bytes(), yaml_begin + static_cast<size_t>(node.Mark().pos), value);
    } else {
      doc.url = value;
    }
  }
  return {};
}

// The front matter in [yaml_begin, yaml_end), read into `doc`: yaml-cpp's
// exceptions become the user's errors, at their line and column.
Status ReadFrontMatter(const SourceText& source, size_t yaml_begin, size_t yaml_end, Document& doc,
                       TitlePlace& title) {
  const std::string yaml(
      std::string_view(source.bytes()).substr(yaml_begin, yaml_end - yaml_begin));
  try {
    const YAML::Node root = YAML::Load(yaml);
    if (root && !root.IsNull() && !root.IsMap()) {
      return YamlError(source, yaml_begin, root.Mark(),
                       "front matter is not a mapping; expected keys like 'date: 2024-01-29'");
    }
    if (root.IsMap()) return ReadFrontMatterKeys(source, yaml_begin, root, doc, title);
  } catch (const YAML::Exception& e) {
    return YamlError(source, yaml_begin, e.mark,
                     "malformed front matter: " + e.msg +
                         "; expected YAML keys like 'date: 2024-01-29' between '---' lines");
  }
  return {};
}

// Where the body starts: after the front matter, read into `doc`, when
// the file opens with one.
Result<size_t> SkipFrontMatter(const LoadInput& input, Document& doc, TitlePlace& title) {
  const SourceText& source = *input.source;
  const std::string_view bytes(source.bytes());
  const Line first = LineAt(bytes, input.start);
  if (!IsFrontMatterFence(bytes.substr(first.begin, first.end - first.begin), false))
    return size_t{input.start};
  const size_t yaml_begin = first.next;
  size_t at = yaml_begin;
  std::optional<Line> close;
  while (at < bytes.size()) {
    const Line line = LineAt(bytes, at);
    if (IsFrontMatterFence(bytes.substr(line.begin, line.end - line.begin), true)) {
      close = line;
      break;
    }
    at = line.next;
  }
  if (!close) {
    return ErrorAt(source, first.begin,
                   "front matter opened with '---' is never closed; expected a '---' line "
                   "after the 'date:', 'title:' and 'url:' keys");
  }
  if (Status read = ReadFrontMatter(source, yaml_begin, close->begin, doc, title); !read.ok())
    return read.error();
  return close->next;
}

// The front matter's title is the article's headline, its first
// paragraph, unless the body opens with one of its own.
void AddHeadline(std::string_view bytes, size_t body, const std::string& title,
                 const TitlePlace& place, TextBuilder& out) {
  // A body that opens with a heading ("# ...") has its own headline.
  const size_t first_text = bytes.find_first_not_of(" \t\r\n", body);
  const bool opens_with_heading = first_text != std::string_view::npos && bytes[first_text] == '#';
  if (title.empty() || place.end <= place.begin || opens_with_heading ||
      OpensWithTitle(bytes.substr(body), title))
    return;
  const auto b = static_cast<uint32_t>(place.begin), e = static_cast<uint32_t>(place.end);
  if (place.verbatim)
    out.Verbatim(bytes, b, e);
  else
    out.Replace(title, b, e);
  out.Break(e, e + 1);
}

}  // namespace

Result<std::vector<Document>> LoadMarkdown(const LoadInput& input) {
  const std::string_view bytes(input.source->bytes());
  Document doc = NewDocument(input, Format::kMarkdown);
  TitlePlace title;
  const Result<size_t> body = SkipFrontMatter(input, doc, title);
  if (!body.ok()) return body.error();
  TextBuilder out;
  AddHeadline(bytes, *body, doc.title, title, out);
  BodyConverter(bytes, out).Run(*body);
  out.MoveInto(doc);
  std::vector<Document> docs;
  docs.push_back(std::move(doc));
  return docs;
}

}  // namespace factlint::load
