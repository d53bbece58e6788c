// Markdown with YAML front matter. The front matter (date, title, url) is
// parsed with yaml-cpp; the body keeps its prose and drops the markup around
// it: heading and list markers, blockquote '>', emphasis '*' and '_', code
// backticks, link targets, images, HTML comments and tags. Paragraphs are
// blocks separated by blank lines (headings and list items are paragraphs
// of their own); the lines of one block are joined with a space.
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

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
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
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
    size_t fence_length = 0;
    char fence_char = 0;
    for (size_t at = start; at < in_.size();) {
      const Line line = LineAt(in_, at);
      at = line.next;
      const auto begin = static_cast<uint32_t>(line.begin);
      const auto end = static_cast<uint32_t>(line.end);
      const auto next = static_cast<uint32_t>(line.next > line.end ? line.next : line.end + 1);
      const std::string_view text = in_.substr(line.begin, line.end - line.begin);
      size_t i = line.begin;
      if (in_comment_) {
        Inline(i, line.end);  // finishes the comment, then the rest of the line
        if (!in_comment_) out_.Space(end, next);
        continue;
      }
      const std::string_view trimmed = Trimmed(text);
      if (fence_length > 0) {  // inside a fenced code block: not prose
        if (FenceLength(trimmed, fence_char) >= fence_length) fence_length = 0;
        continue;
      }
      if (trimmed.empty() || IsRuleLine(text)) {
        out_.Break(begin, next);
        continue;
      }
      if (const size_t n = FenceLength(trimmed, '`') + FenceLength(trimmed, '~'); n >= 3) {
        fence_char = trimmed[0];
        fence_length = n;
        out_.Break(begin, next);
        continue;
      }
      if (IsReferenceDefinition(trimmed)) continue;

      // Block markers: indentation, '>' quotes, a list marker, a heading.
      bool new_block = false;
      bool heading = false;
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
        new_block = true;
      } else {
        size_t j = i;
        while (j < line.end && IsDigit(in_[j]) && j - i < 9) ++j;
        if (j > i && j < line.end && (in_[j] == '.' || in_[j] == ')') &&
            (j + 1 == line.end || IsBlank(in_[j + 1]))) {
          i = j + 1;
          new_block = true;
        }
      }
      size_t content_end = line.end;
      if (i < line.end && in_[i] == '#') {
        size_t j = i;
        while (j < line.end && in_[j] == '#') ++j;
        if (j - i <= 6 && (j == line.end || IsBlank(in_[j]))) {
          i = j;
          heading = new_block = true;
          // An optional closing run of '#'.
          size_t k = content_end;
          while (k > i && IsBlank(in_[k - 1])) --k;
          size_t hashes = k;
          while (hashes > i && in_[hashes - 1] == '#') --hashes;
          if (hashes < k && (hashes == i || IsBlank(in_[hashes - 1]))) content_end = hashes;
        }
      }
      while (i < content_end && IsBlank(in_[i])) ++i;
      if (new_block) out_.Break(begin, static_cast<uint32_t>(i > begin ? i : begin + 1));
      if (i >= content_end) {  // a marker alone: "-" or ">"
        out_.Break(begin, next);
        continue;
      }
      Inline(i, content_end);
      if (heading) {
        out_.Break(end, next);
      } else if (!in_comment_) {
        out_.Space(end, next);  // a soft line break
      }
    }
  }

 private:
  static size_t FenceLength(std::string_view s, char c) {
    size_t n = 0;
    while (n < s.size() && s[n] == c) ++n;
    return n >= 3 ? n : 0;
  }

  // "[label]: https://..." defines a link target; it is not prose.
  static bool IsReferenceDefinition(std::string_view s) {
    if (s.empty() || s[0] != '[') return false;
    const size_t close = s.find("]:");
    return close != std::string_view::npos && close > 1 && s.find(']') == close;
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

  void Inline(size_t i, size_t end) {
    size_t chunk = i;
    auto flush = [&](size_t to) {
      out_.Verbatim(in_, static_cast<uint32_t>(chunk), static_cast<uint32_t>(to));
    };
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
      const char c = in_[i];
      if (c == '<' && in_.substr(i, 4) == "<!--") {
        flush(i);
        in_comment_ = true;
        i += 4;
        continue;
      }
      if (c == '\\' && i + 1 < end && IsAsciiPunct(in_[i + 1])) {
        flush(i);
        out_.Replace(in_.substr(i + 1, 1), static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2));
        i = chunk = i + 2;
        continue;
      }
      if (c == '`') {
        size_t run = i;
        while (run < end && in_[run] == '`') ++run;
        const std::string_view ticks = in_.substr(i, run - i);
        const size_t close = in_.substr(0, end).find(ticks, run);
        if (close != std::string_view::npos) {
          flush(i);
          out_.Verbatim(in_, static_cast<uint32_t>(run), static_cast<uint32_t>(close));
          i = chunk = close + ticks.size();
          continue;
        }
        i = run;
        continue;
      }
      if (c == '!' && i + 1 < end && in_[i + 1] == '[') {
        const size_t close = MatchingBracket(i + 1, end, '[', ']');
        const size_t target = close == std::string_view::npos ? close : TargetEnd(close + 1, end);
        if (target != std::string_view::npos) {  // an image: its alt text is not prose
          flush(i);
          i = chunk = target;
          continue;
        }
      }
      if (c == '[') {
        const size_t close = MatchingBracket(i, end, '[', ']');
        const size_t target = close == std::string_view::npos ? close : TargetEnd(close + 1, end);
        if (target != std::string_view::npos) {  // a link: its text stays
          flush(i);
          Inline(i + 1, close);
          i = chunk = target;
          continue;
        }
      }
      if (c == '<' && i + 1 < end && (in_[i + 1] == '/' || IsWordByte(in_[i + 1]))) {
        const size_t gt = in_.substr(0, end).find('>', i);
        if (gt != std::string_view::npos) {
          const std::string_view inside = in_.substr(i + 1, gt - i - 1);
          flush(i);
          if (inside.find("://") != std::string_view::npos ||
              inside.find('@') != std::string_view::npos) {
            // An autolink <https://...>: the address is the text.
            out_.Verbatim(in_, static_cast<uint32_t>(i + 1), static_cast<uint32_t>(gt));
          }
          i = chunk = gt + 1;
          continue;
        }
      }
      if (c == '&') {
        std::string decoded;
        if (const size_t n = DecodeEntity(in_.substr(i, end - i), decoded)) {
          flush(i);
          out_.Replace(decoded, static_cast<uint32_t>(i), static_cast<uint32_t>(i + n));
          i = chunk = i + n;
          continue;
        }
      }
      if (c == '*' || c == '_') {
        size_t run = i;
        while (run < end && in_[run] == c) ++run;
        const bool word_before = i > 0 && IsWordByte(in_[i - 1]);
        const bool word_after = run < end && IsWordByte(in_[run]);
        const bool space_before = i == 0 || IsBlank(in_[i - 1]);
        const bool space_after = run >= end || IsBlank(in_[run]);
        // snake_case and "5 * 3" stay; emphasis markers go.
        const bool keep = (c == '_' && word_before && word_after) || (space_before && space_after);
        if (!keep) {
          flush(i);
          chunk = run;
        }
        i = run;
        continue;
      }
      ++i;
    }
    flush(end > chunk ? end : chunk);
  }

  std::string_view in_;
  TextBuilder& out_;
  bool in_comment_ = false;
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
  return Error{source.path(), line, column, message, ""};
}

}  // namespace

Result<std::vector<Document>> LoadMarkdown(const LoadInput& input) {
  const SourceText& source = *input.source;
  const std::string_view bytes(source.bytes());
  Document doc = NewDocument(input, Format::kMarkdown);
  size_t body = input.start;
  // Where the title's value is in the file: [begin, end) of its line's
  // scalar, and whether those bytes are the value as written.
  size_t title_begin = 0, title_end = 0;
  bool title_verbatim = false;

  const Line first = LineAt(bytes, input.start);
  if (IsFrontMatterFence(bytes.substr(first.begin, first.end - first.begin), false)) {
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
    const std::string yaml(bytes.substr(yaml_begin, close->begin - yaml_begin));
    try {
      const YAML::Node root = YAML::Load(yaml);
      if (root && !root.IsNull() && !root.IsMap()) {
        return YamlError(source, yaml_begin, root.Mark(),
                         "front matter is not a mapping; expected keys like 'date: 2024-01-29'");
      }
      if (root.IsMap()) {
        for (const char* key : {"date", "published", "title", "url"}) {
          const YAML::Node node = root[key];
          if (!node || node.IsNull()) continue;
          if (!node.IsScalar()) {
            return YamlError(
                source, yaml_begin, node.Mark(),
                std::string("front matter '") + key + "' must be a single value; expected e.g. '" +
                    key + (key[0] == 'u' ? ": https://example.com/story'" : ": 2024-01-29'"));
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
            title_begin = yaml_begin + static_cast<size_t>(node.Mark().pos);
            title_end = LineAt(bytes, title_begin).end;
            while (title_end > title_begin &&
                   (bytes[title_end - 1] == ' ' || bytes[title_end - 1] == '\t' ||
                    bytes[title_end - 1] == '\r'))
              --title_end;
            const size_t quote = bytes[title_begin] == '"' || bytes[title_begin] == '\'' ? 1 : 0;
            title_verbatim = bytes.substr(title_begin + quote, value.size()) == value;
            if (title_verbatim) {
              title_begin += quote;
              title_end = title_begin + value.size();
            }
          } else {
            doc.url = value;
          }
        }
      }
    } catch (const YAML::Exception& e) {
      return YamlError(source, yaml_begin, e.mark,
                       "malformed front matter: " + e.msg +
                           "; expected YAML keys like 'date: 2024-01-29' between '---' lines");
    }
    body = close->next;
  }

  TextBuilder out;
  // A body that opens with a heading ("# ...") has its own headline.
  const size_t first_text = bytes.find_first_not_of(" \t\r\n", body);
  const bool opens_with_heading = first_text != std::string_view::npos && bytes[first_text] == '#';
  if (!doc.title.empty() && title_end > title_begin && !opens_with_heading &&
      !OpensWithTitle(bytes.substr(body), doc.title)) {
    // The headline the front matter holds, as the first paragraph.
    const auto b = static_cast<uint32_t>(title_begin), e = static_cast<uint32_t>(title_end);
    if (title_verbatim)
      out.Verbatim(bytes, b, e);
    else
      out.Replace(doc.title, b, e);
    out.Break(e, e + 1);
  }
  BodyConverter(bytes, out).Run(body);
  out.MoveInto(doc);
  std::vector<Document> docs;
  docs.push_back(std::move(doc));
  return docs;
}

}  // namespace factlint::load
