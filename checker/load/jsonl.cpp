// JSON Lines: one article per line, {"published": "...", "body": "...",
// "title": "...", "url": "...", "id": ...}. nlohmann::json validates each
// line; a small scanner of our own then finds the raw "body" string in the
// line, so every byte of the decoded body (escapes included) maps back into
// the file.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/utf8.h"
#include "checker/load/formats.h"

namespace factlint::load {
namespace {

bool IsJsonSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A member of the line's top-level object: its key and the raw value bytes.
struct RawMember {
  std::string key;
  size_t value_begin = 0;  // offsets in the line
  size_t value_end = 0;
};

// The end of the JSON string starting at line[i] == '"' (one past its quote).
size_t SkipString(std::string_view line, size_t i) {
  for (++i; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '"') {
      return i + 1;
    }
  }
  return line.size();
}

size_t SkipValue(std::string_view line, size_t i) {
  if (i >= line.size()) return i;
  if (line[i] == '"') return SkipString(line, i);
  if (line[i] == '{' || line[i] == '[') {
    int depth = 0;
    while (i < line.size()) {
      const char c = line[i];
      if (c == '"') {
        i = SkipString(line, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if ((c == '}' || c == ']') && --depth == 0) return i + 1;
      ++i;
    }
    return i;
  }
  while (i < line.size() && line[i] != ',' && line[i] != '}' && line[i] != ']' &&
         !IsJsonSpace(line[i]))
    ++i;
  return i;
}

// Decodes the JSON string literal `raw` (quotes included) that starts at file
// offset `file_offset`; `origins` gets one entry per decoded byte.
void DecodeString(std::string_view raw, uint32_t file_offset, std::string& out,
                  std::vector<ByteOrigin>* origins) {
  auto hex4 = [&](size_t at) -> long {
    if (at + 4 > raw.size()) return -1;
    long v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      const char c = raw[k];
      const int d = (c >= '0' && c <= '9')   ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  };
  const size_t end = raw.size() > 1 && raw.back() == '"' ? raw.size() - 1 : raw.size();
  for (size_t i = 1; i < end;) {
    const size_t before = out.size();
    size_t consumed = 1;
    bool escaped = false;
    if (raw[i] != '\\' || i + 1 >= end) {
      out += raw[i];
    } else {
      escaped = true;
      consumed = 2;
      switch (raw[i + 1]) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          long cp = hex4(i + 2);
          consumed = 6;
          if (cp >= 0xD800 && cp <= 0xDBFF && raw.substr(i + 6, 2) == "\\u") {
            const long low = hex4(i + 8);
            if (low >= 0xDC00 && low <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              consumed = 12;  // a surrogate pair is one character
            }
          }
          if (cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
          utf8::Append(static_cast<char32_t>(cp), out);
          break;
        }
        default: out += raw[i + 1]; break;  // \" \\ \/
      }
    }
    if (origins != nullptr) {
      const auto begin = static_cast<uint32_t>(file_offset + i);
      for (size_t k = before; k < out.size(); ++k)
        origins->push_back({begin, static_cast<uint32_t>(begin + consumed), escaped});
    }
    i += consumed;
  }
}

// The members of the top-level object on a line nlohmann already accepted.
std::vector<RawMember> ScanMembers(std::string_view line) {
  std::vector<RawMember> members;
  size_t i = line.find('{');
  if (i == std::string_view::npos) return members;
  ++i;
  while (i < line.size()) {
    while (i < line.size() && (IsJsonSpace(line[i]) || line[i] == ',')) ++i;
    if (i >= line.size() || line[i] != '"') break;
    const size_t key_end = SkipString(line, i);
    RawMember m;
    DecodeString(line.substr(i, key_end - i), 0, m.key, nullptr);
    i = key_end;
    while (i < line.size() && (IsJsonSpace(line[i]) || line[i] == ':')) ++i;
    m.value_begin = i;
    m.value_end = SkipValue(line, i);
    i = m.value_end;
    members.push_back(std::move(m));
  }
  return members;
}

const RawMember* FindMember(const std::vector<RawMember>& members, std::string_view key) {
  const RawMember* found = nullptr;
  for (const RawMember& m : members)
    if (m.key == key) found = &m;  // nlohmann keeps the last of duplicate keys
  return found;
}

constexpr const char* kExpectedRecord =
    "expected one JSON object per line like {\"published\": \"2024-01-29\", \"title\": \"...\", "
    "\"url\": \"...\", \"body\": \"...\"}";

// nlohmann's message without its "[json.exception...] parse error at ...:" prefix.
std::string ParseErrorMessage(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  const size_t colon = what.find(": ", what.find("parse error"));
  if (colon != std::string::npos) what = what.substr(colon + 2);
  return what;
}

// One line of the file, so that every error about it can point into it.
struct JsonLine {
  const SourceText& source;
  size_t start;           // file offset of the line
  std::string_view text;  // without its line end

  Error ErrorAt(size_t column_offset, const std::string& message) const {
    return load::ErrorAt(source, start + std::min(column_offset, text.size()), message);
  }
  // An error about the record as a whole points at the record's start.
  size_t ObjectAt() const { return text.find_first_not_of(" \t"); }
};

// A line's record: nlohmann's value, to check the members, and the raw
// members, to map what we decode back to the line's bytes.
struct Record {
  nlohmann::json value;
  std::vector<RawMember> members;
};

// The article's text before conversion, each byte mapped to the file.
struct MappedText {
  std::string text;
  std::vector<ByteOrigin> origins;
  uint32_t headline = 0;  // the bytes of a title put before the body; 0 when none
};

// The line's object, or why the line is none: a bad line is its writer's
// to fix, so nothing nlohmann throws may escape as a crash.
Result<nlohmann::json> ParseObject(const JsonLine& line) {
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(line.text);
  } catch (const nlohmann::json::parse_error& e) {
    const size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return line.ErrorAt(at, "malformed JSON: " + ParseErrorMessage(e) + "; " + kExpectedRecord);
  } catch (const nlohmann::json::exception& e) {
    // Not a syntax error but a value nlohmann cannot hold (a number
    // beyond a double, found by fuzzing): still the line's fault, not a
    // crash.
    return line.ErrorAt(line.ObjectAt(), std::string("unreadable JSON value (") + e.what() + "); " +
                                             kExpectedRecord);
  }
  if (!record.is_object())
    return line.ErrorAt(line.ObjectAt(), std::string("not a JSON object; ") + kExpectedRecord);
  return record;
}

// The string member `key` into `value`, so that a record missing a
// required key, or holding something else than a string, is told where.
std::optional<Error> ReadString(const JsonLine& line, const Record& record, const char* key,
                                bool required, std::string& value) {
  const RawMember* m = FindMember(record.members, key);
  if (m == nullptr || !record.value.contains(key)) {
    if (!required) return std::nullopt;
    return line.ErrorAt(line.ObjectAt(),
                        std::string("record has no \"") + key + "\" key; " + kExpectedRecord);
  }
  if (!record.value[key].is_string())
    return line.ErrorAt(m->value_begin,
                        std::string("\"") + key + "\" must be a string; " + kExpectedRecord);
  value = record.value[key].get<std::string>();
  return std::nullopt;
}

// A name for the article that findings can cite: the record's own id,
// else its url, else the line it is on.
std::string DocumentId(const JsonLine& line, const nlohmann::json& record, const std::string& url) {
  if (record.contains("id") && record["id"].is_string()) return record["id"].get<std::string>();
  if (record.contains("id") && record["id"].is_number()) return record["id"].dump();
  if (!url.empty()) return url;
  return "line " + std::to_string(line.source.PositionOf(line.start).line);
}

// The document's own fields, and the body as nlohmann decoded it: the
// reference our own decoding of the body must match.
std::optional<Error> ReadFields(const JsonLine& line, const Record& record, Document& doc,
                                std::string& body) {
  std::string published;
  for (auto [key, required, target] :
       {std::make_tuple("published", true, &published), std::make_tuple("body", true, &body),
        std::make_tuple("title", false, &doc.title), std::make_tuple("url", false, &doc.url)}) {
    if (auto problem = ReadString(line, record, key, required, *target)) return problem;
  }
  auto date = ParseDateOrDateTime(published);
  if (!date.ok())
    return line.ErrorAt(FindMember(record.members, "published")->value_begin + 1,
                        date.error().message + " in \"published\"");
  doc.published = *date;
  doc.id = DocumentId(line, record.value, doc.url);
  return std::nullopt;
}

// A member's string decoded by us, so that each byte knows its file bytes.
void DecodeMember(const JsonLine& line, const RawMember& member, std::string& out,
                  std::vector<ByteOrigin>& origins) {
  DecodeString(line.text.substr(member.value_begin, member.value_end - member.value_begin),
               static_cast<uint32_t>(line.start + member.value_begin), out, &origins);
}

// The body with each byte mapped to the file; it must read as nlohmann
// read it, or a finding would point at the wrong bytes.
Result<MappedText> DecodeBody(const JsonLine& line, const Record& record, const std::string& body) {
  const RawMember* raw_body = FindMember(record.members, "body");
  MappedText mapped;
  DecodeMember(line, *raw_body, mapped.text, mapped.origins);
  if (mapped.text != body) {
    return line.ErrorAt(raw_body->value_begin,
                        "internal error: the body string could not be mapped back to the file");
  }
  return mapped;
}

// A title the body does not repeat is its headline, the first paragraph,
// mapped to the title's own bytes (for a plain body: an HTML body brings
// its own <h1>).
void PrependTitle(const JsonLine& line, const Record& record, const std::string& title,
                  MappedText& body) {
  const RawMember* raw_title = FindMember(record.members, "title");
  if (!raw_title || title.empty() || OpensWithTitle(body.text, title)) return;
  std::string decoded;
  std::vector<ByteOrigin> origins;
  DecodeMember(line, *raw_title, decoded, origins);
  if (decoded != title) return;
  body.headline = static_cast<uint32_t>(decoded.size());
  // The paragraph break stands for the title's closing quote.
  const uint32_t quote = static_cast<uint32_t>(line.start + raw_title->value_end - 1);
  decoded += "\n\n";
  origins.push_back({quote, quote + 1, false});
  origins.push_back({quote, quote + 1, false});
  body.text.insert(0, decoded);
  body.origins.insert(body.origins.begin(), origins.begin(), origins.end());
}

// The article on one line, its text converted for the checks.
Result<Document> ReadDocument(const LoadInput& input, const JsonLine& line) {
  auto value = ParseObject(line);
  if (!value.ok()) return value.error();
  const Record record{std::move(*value), ScanMembers(line.text)};
  Document doc = NewDocument(input, Format::kJsonLines);
  std::string body;
  if (auto problem = ReadFields(line, record, doc, body)) return *problem;
  auto mapped = DecodeBody(line, record, body);
  if (!mapped.ok()) return mapped.error();
  const bool html_body = LooksLikeHtml(mapped->text);
  if (!html_body) PrependTitle(line, record, doc.title, *mapped);
  const std::string& text = mapped->text;
  TextBuilder out(&mapped->origins);
  if (html_body) {
    HtmlToText(text, out);
  } else {
    const uint32_t headline = mapped->headline;
    out.Verbatim(text, 0, headline);
    if (headline > 0) out.Break(headline, headline + 2);
    out.Verbatim(text, headline + (headline > 0 ? 2 : 0), static_cast<uint32_t>(text.size()));
  }
  out.MoveInto(doc);
  return doc;
}

}  // namespace

Result<std::vector<Document>> LoadJsonLines(const LoadInput& input) {
  const SourceText& source = *input.source;
  const std::string_view bytes(source.bytes());
  std::vector<Document> docs;
  size_t line_start = input.start;
  while (line_start < bytes.size()) {
    size_t line_end = bytes.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = bytes.size();
    const size_t next = line_end + 1;
    if (line_end > line_start && bytes[line_end - 1] == '\r') --line_end;
    const JsonLine line{source, line_start, bytes.substr(line_start, line_end - line_start)};
    line_start = next;
    if (line.text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto doc = ReadDocument(input, line);
    if (!doc.ok()) return doc.error();
    docs.push_back(std::move(*doc));
  }
  if (docs.empty()) {
    return Error{source.path(),
                 0,
                 0,
                 "file is empty; expected one JSON object per line with 'published' and 'body'",
                 "",
                 ErrorCategory::kInput};
  }
  return docs;
}

}  // namespace factlint::load
