#include "checker/suppress/directives.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <functional>
#include <nlohmann/json.hpp>

#include "checker/core/ascii.h"
#include "checker/core/name_table.h"
#include "checker/core/spelling.h"

namespace factlint::suppress {
namespace {

// The spelling of each kind but kInvalid, the last, which has none.
constexpr NameTable<DirectiveKind::kEnable> kForms{
    "factlint-disable-next-line", "factlint-disable-line", "factlint-disable", "factlint-enable"};
constexpr std::string_view kPrefix = "factlint";

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string_view Trim(std::string_view s) {
  return TrimBytes(s, IsSpace);
}

// True when a comment's or bracket's text is addressed to factlint:
// "factlint" followed by anything but a letter or digit.
bool AddressedToUs(std::string_view inner) {
  inner = Trim(inner);
  if (inner.substr(0, kPrefix.size()) != kPrefix) return false;
  return inner.size() == kPrefix.size() ||
         !std::isalnum(static_cast<unsigned char>(inner[kPrefix.size()]));
}

bool IsRuleIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

// Reads "factlint-<form> ids -- reason" into `d` (kind, rules, reason or
// problem).
void ParseBody(std::string_view inner, Directive& d) {
  inner = Trim(inner);
  std::string_view head = inner;
  for (size_t i = 1; i + 1 < inner.size(); ++i) {
    if (inner[i] == '-' && inner[i + 1] == '-' && IsSpace(inner[i - 1])) {
      head = Trim(inner.substr(0, i));
      d.reason = std::string(Trim(inner.substr(i + 2)));
      break;
    }
  }
  size_t form_end = 0;
  while (form_end < head.size() && !IsSpace(head[form_end]) && head[form_end] != ',') ++form_end;
  const std::string_view form = head.substr(0, form_end);
  const std::string_view ids = Trim(head.substr(form_end));

  d.kind = kForms.Parse(form).value_or(DirectiveKind::kInvalid);
  if (d.kind == DirectiveKind::kInvalid) {
    d.problem = "unknown suppression '" + std::string(form) + "'";
    std::string_view nearest;
    size_t best = 4;  // suggest only close misspellings
    for (std::string_view name : kForms.NamesFrom(DirectiveKind::kDisableNextLine)) {
      const size_t distance = EditDistance(form, name);
      if (distance < best) best = distance, nearest = name;
    }
    if (!nearest.empty()) d.problem += "; did you mean '" + std::string(nearest) + "'?";
    d.problem +=
        " (expected factlint-disable-next-line, factlint-disable-line, factlint-disable or "
        "factlint-enable)";
    return;
  }
  if (ids.empty()) return;  // every rule
  size_t start = 0;
  while (start <= ids.size()) {
    size_t comma = ids.find(',', start);
    if (comma == std::string_view::npos) comma = ids.size();
    const std::string_view id = Trim(ids.substr(start, comma - start));
    if (id.empty()) {
      d.kind = DirectiveKind::kInvalid;
      d.problem = "empty rule id in '" + std::string(ids) +
                  "'; list rule ids separated by single commas, e.g. 'stale, age-contradiction'";
      return;
    }
    if (std::find_if(id.begin(), id.end(), IsSpace) != id.end()) {
      d.kind = DirectiveKind::kInvalid;
      d.problem = "rule ids must be separated by commas: '" + std::string(id) +
                  "'; a reason goes after ' -- '";
      return;
    }
    if (!std::all_of(id.begin(), id.end(), IsRuleIdChar)) {
      d.kind = DirectiveKind::kInvalid;
      d.problem = "'" + std::string(id) +
                  "' is not a rule id or finding kind; those are lowercase, e.g. "
                  "'age-contradiction' or 'stale'";
      return;
    }
    d.rules.emplace_back(id);
    start = comma + 1;
  }
}

void ParseDirectiveText(std::string_view inner, Directive& d) {
  ParseBody(inner, d);
  if (d.kind == DirectiveKind::kInvalid) d.rules.clear();
}

// One comment or bracket addressed to factlint, before interpretation.
struct Candidate {
  size_t begin = 0;  // byte offsets in the source: the opener ...
  size_t end = 0;    // ... to one past the closer
  std::string inner;
  bool unterminated = false;
  const char* closer = "";
  int record_line = 0;  // JSON Lines: the record's line
  std::string full;     // JSON Lines: opener, inner text and closer
};

// "<!-- ... -->" comments in `text` (offsets relative to it). `skip` says
// whether an offset is inside code that must not be read.
void FindComments(std::string_view text, const std::function<bool(size_t)>& skip,
                  std::vector<Candidate>& out) {
  size_t pos = 0;
  while ((pos = text.find("<!--", pos)) != std::string_view::npos) {
    const size_t close = text.find("-->", pos + 4);
    Candidate c;
    c.begin = pos;
    c.closer = "-->";
    if (close == std::string_view::npos) {
      c.inner = std::string(text.substr(pos + 4));
      c.end = text.size();
      c.unterminated = true;
    } else {
      c.inner = std::string(text.substr(pos + 4, close - pos - 4));
      c.end = close + 3;
    }
    const size_t next = c.end;
    if (!skip(pos) && AddressedToUs(c.inner)) out.push_back(std::move(c));
    pos = next;
  }
}

// "[factlint ... ]" on one line of `text`.
void FindBrackets(std::string_view text, std::vector<Candidate>& out) {
  size_t pos = 0;
  while ((pos = text.find("[factlint", pos)) != std::string_view::npos) {
    size_t line_end = text.find_first_of("\r\n", pos);
    if (line_end == std::string_view::npos) line_end = text.size();
    const size_t close = text.find(']', pos);
    Candidate c;
    c.begin = pos;
    c.closer = "]";
    if (close == std::string_view::npos || close > line_end) {
      c.inner = std::string(text.substr(pos + 1, line_end - pos - 1));
      c.end = line_end;
      c.unterminated = true;
    } else {
      c.inner = std::string(text.substr(pos + 1, close - pos - 1));
      c.end = close + 1;
    }
    const size_t next = c.end > pos ? c.end : pos + 1;
    if (AddressedToUs(c.inner)) out.push_back(std::move(c));
    pos = next;
  }
}

class Parser {
 public:
  Parser(const SourceText& source, Format format, std::string path)
      : source_(source), format_(format), path_(std::move(path)), bytes_(source.bytes()) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < bytes_.size(); ++i) {
      if (bytes_[i] == '\r' && i + 1 < bytes_.size() && bytes_[i + 1] == '\n') ++i;
      if (bytes_[i] == '\n' || bytes_[i] == '\r') line_starts_.push_back(i + 1);
    }
  }

  std::vector<Directive> Parse() {
    std::vector<Candidate> candidates;
    switch (format_) {
      case Format::kMarkdown: {
        const std::vector<bool> fenced = FencedLines();
        FindComments(
            bytes_, [&](size_t offset) { return fenced[static_cast<size_t>(LineOf(offset) - 1)]; },
            candidates);
        break;
      }
      case Format::kHtml:
        FindComments(
            bytes_, [](size_t) { return false; }, candidates);
        break;
      case Format::kText: FindBrackets(bytes_, candidates); break;
      case Format::kJsonLines: FindInRecords(candidates); break;
    }

    // Bytes that belong to a directive: a line made of nothing else is
    // skipped when looking for the "next line".
    std::vector<bool> directive_byte(bytes_.size(), false);
    for (const Candidate& c : candidates)
      if (c.record_line == 0)
        std::fill(directive_byte.begin() + static_cast<long>(c.begin),
                  directive_byte.begin() + static_cast<long>(c.end), true);

    std::vector<Directive> out;
    for (const Candidate& c : candidates) {
      Directive d;
      d.location = LocationOf(c);
      ParseDirectiveText(c.inner, d);
      if (c.unterminated) {
        d.kind = DirectiveKind::kInvalid;
        d.rules.clear();
        d.problem = "unterminated suppression; close it with '" + std::string(c.closer) + "'";
      }
      if (c.record_line > 0) {
        d.first_line = d.last_line = c.record_line;
      } else {
        d.first_line = d.location.line;
        d.last_line = LineOf(c.end > c.begin ? c.end - 1 : c.begin);
        if (d.kind == DirectiveKind::kDisableNextLine)
          d.first_line = d.last_line = NextContentLine(d.last_line, directive_byte);
        else if (d.kind == DirectiveKind::kDisable || d.kind == DirectiveKind::kEnable)
          d.last_line = d.first_line;
      }
      out.push_back(std::move(d));
    }
    return out;
  }

 private:
  int LineOf(size_t offset) const {
    return static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                            line_starts_.begin());
  }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  size_t LineEnd(int line) const {
    return static_cast<size_t>(line) < line_starts_.size() ? line_starts_[static_cast<size_t>(line)]
                                                           : bytes_.size();
  }

  // The first line after `line` with a character that is neither space nor
  // part of a directive; one past the last line when there is none.
  int NextContentLine(int line, const std::vector<bool>& directive_byte) const {
    for (int l = line + 1; l <= line_count(); ++l) {
      for (size_t i = line_starts_[static_cast<size_t>(l) - 1]; i < LineEnd(l); ++i)
        if (!directive_byte[i] && !IsSpace(bytes_[i])) return l;
    }
    return line_count() + 1;
  }

  // Lines inside (and including) ``` or ~~~ fences.
  std::vector<bool> FencedLines() const {
    std::vector<bool> fenced(line_starts_.size(), false);
    char fence = 0;
    size_t fence_length = 0;
    for (int l = 1; l <= line_count(); ++l) {
      std::string_view line = source_.Line(l);
      size_t indent = 0;
      while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
      line.remove_prefix(indent);
      size_t run = 0;
      const char c = line.empty() ? 0 : line[0];
      while (run < line.size() && line[run] == c) ++run;
      const bool is_fence = indent < 4 && (c == '`' || c == '~') && run >= 3;
      if (fence == 0 && is_fence) {
        fence = c;
        fence_length = run;
        fenced[static_cast<size_t>(l) - 1] = true;
      } else if (fence != 0) {
        fenced[static_cast<size_t>(l) - 1] = true;
        if (is_fence && c == fence && run >= fence_length && Trim(line.substr(run)).empty())
          fence = 0;
      }
    }
    return fenced;
  }

  // JSON Lines: a directive in any string of a record. Its position in the
  // line is where its text appears literally, else the line's start (the
  // string may have escaped it).
  void FindInRecords(std::vector<Candidate>& out) const {
    for (int l = 1; l <= line_count(); ++l) {
      const std::string_view line = source_.Line(l);
      if (Trim(line).empty()) continue;
      const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
      if (record.is_discarded()) continue;  // the loader reports it
      std::vector<Candidate> found;
      std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& value) {
        if (value.is_string()) {
          const std::string& text = value.get_ref<const std::string&>();
          const size_t before = found.size();
          FindComments(
              text, [](size_t) { return false; }, found);
          FindBrackets(text, found);
          for (size_t i = before; i < found.size(); ++i)
            found[i].full = text.substr(found[i].begin, found[i].end - found[i].begin);
        } else if (value.is_structured()) {
          for (const auto& item : value) walk(item);
        }
      };
      walk(record);
      const size_t start = line_starts_[static_cast<size_t>(l) - 1];
      for (Candidate& c : found) {
        // The directive as written in the string, else its words alone (the
        // markup may be escaped), else the whole record.
        std::string_view text = c.full;
        size_t at = line.find(text);
        if (at == std::string_view::npos) at = line.find(text = Trim(c.inner));
        if (at == std::string_view::npos) at = 0, text = line;
        c.begin = start + at;
        c.end = c.begin + text.size();
        c.record_line = l;
        out.push_back(std::move(c));
      }
    }
  }

  Location LocationOf(const Candidate& c) const {
    Location loc;
    loc.path = path_;
    const Position begin = source_.PositionOf(c.begin);
    const Position end = source_.PositionOf(c.end);
    loc.line = begin.line;
    loc.column = begin.column;
    loc.end_line = end.line;
    loc.end_column = end.column;
    loc.text = bytes_.substr(c.begin, c.end - c.begin);
    return loc;
  }

  const SourceText& source_;
  Format format_;
  std::string path_;
  const std::string& bytes_;
  std::vector<size_t> line_starts_;
};

}  // namespace

const char* DirectiveName(DirectiveKind kind) {
  return kind == DirectiveKind::kInvalid ? "invalid" : kForms.Name(kind);
}

std::vector<Directive> ParseDirectives(const SourceText& source, Format format) {
  return Parser(source, format, source.path()).Parse();
}

std::vector<Directive> ParseDirectives(const Document& doc) {
  if (!doc.source) return {};
  return Parser(*doc.source, doc.format, doc.path).Parse();
}

}  // namespace factlint::suppress
