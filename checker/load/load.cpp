// Paths to files, files to bytes, bytes to Documents: the checks every format
// shares (empty, binary, UTF-8, BOM), then the format's own loader.
#include "checker/load/load.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

#include "checker/core/ascii.h"
#include "checker/core/byte_size.h"
#include "checker/core/utf8.h"
#include "checker/load/formats.h"

namespace factlint::load {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

// The input formats, one row each: adding a format is its loader's file,
// its Format value, one row here, and its comment syntax for suppressions
// (suppress/directives.cpp). `extensions` are lowercase, space-separated.
struct InputFormat {
  Format format;
  const char* extensions;
  Result<std::vector<Document>> (*load)(const LoadInput& input);
  const char* empty_message;  // what a file of nothing but white space lacks
  const char* date_hint;      // where an undated article of this format puts its date
};

// The date hint every format but plain text shares.
#define FACTLINT_STRUCTURED_DATE_HINT \
  "a 'date:' in the front matter, an article:published_time meta tag or a 'published' field"

constexpr InputFormat kInputFormats[] = {
    {Format::kText, ".txt", LoadPlainText,
     "file is empty; expected an article starting with ' date YYYY-MM-DD'",
     "the file to start with ' date YYYY-MM-DD'"},
    {Format::kMarkdown, ".md .markdown", LoadMarkdown,
     "file is empty; expected Markdown starting with front matter "
     "('---', 'date: YYYY-MM-DD', '---') and then the article",
     FACTLINT_STRUCTURED_DATE_HINT},
    {Format::kHtml, ".html .htm", LoadHtml, "file is empty; expected an HTML article",
     FACTLINT_STRUCTURED_DATE_HINT},
    {Format::kJsonLines, ".jsonl .ndjson", LoadJsonLines,
     "file is empty; expected one JSON object per line with 'published' and 'body'",
     FACTLINT_STRUCTURED_DATE_HINT},
};
#undef FACTLINT_STRUCTURED_DATE_HINT

const InputFormat& RowOf(Format format) {
  for (const InputFormat& row : kInputFormats)
    if (row.format == format) return row;
  FACTLINT_CHECK(false, "an input format without a row in kInputFormats");
  return kInputFormats[0];
}

Error TooLarge(const std::string& path, uintmax_t size, uint64_t max_size) {
  return Error{path,
               0,
               0,
               "file is " + std::to_string(size) + " bytes, more than the maximum document size (" +
                   FormatByteSize(max_size) +
                   "); expected a smaller article, or raise the limit with --max-document-size "
                   "or 'max-document-size:' in .factlint.yaml",
               "",
               ErrorCategory::kInput};
}

// Reads a whole file of at most `max_size` bytes; the error names the path
// and what the system said.
Result<std::string> ReadFile(const std::string& path, uint64_t max_size) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    return Error{path, 0, 0, "no such file or directory", "", ErrorCategory::kInput};
  if (fs::is_directory(status))
    return Error{path,
                 0,
                 0,
                 "is a directory; expected a file (directories are walked by "
                 "ExpandPaths)",
                 "",
                 ErrorCategory::kInput};
  // Measured before reading, so an oversized file costs nothing. A file
  // whose size the system cannot tell (a pipe) is still cut off while read.
  const uintmax_t size = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
  if (!ec && size > max_size) return TooLarge(path, size, max_size);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{
        path, 0,
        0,    std::string("cannot be read: ") + std::strerror(errno) + "; expected a readable file",
        "",   ErrorCategory::kInput};
  }
  std::string bytes;
  char buffer[64 * 1024];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
    if (bytes.size() > max_size) return TooLarge(path, bytes.size(), max_size);
  }
  if (in.bad())
    return Error{path, 0, 0, "cannot be read: i/o error while reading", "", ErrorCategory::kInput};
  return bytes;
}

}  // namespace

const char* KnownExtensions() {
  static const std::string known = [] {
    std::string out;
    for (const InputFormat& row : kInputFormats) {
      std::string list = row.extensions;
      for (char& c : list)
        if (c == ' ') c = ',';
      for (size_t at = list.find(','); at != std::string::npos; at = list.find(',', at + 2))
        list.insert(at + 1, " ");
      out += (out.empty() ? "" : ", ") + list;
    }
    return out;
  }();
  return known.c_str();
}

std::optional<Format> FormatForPath(const std::string& path) {
  const std::string ext = AsciiLower(fs::path(path).extension().string());
  if (ext.empty()) return std::nullopt;
  for (const InputFormat& row : kInputFormats) {
    const std::string_view list = row.extensions;
    for (size_t at = list.find(ext); at != std::string_view::npos; at = list.find(ext, at + 1)) {
      const size_t end = at + ext.size();
      if ((at == 0 || list[at - 1] == ' ') && (end == list.size() || list[end] == ' '))
        return row.format;
    }
  }
  return std::nullopt;
}

const char* DateHint(Format format) {
  return RowOf(format).date_hint;
}

std::optional<Format> SniffFormat(const std::string& bytes) {
  std::string_view head = std::string_view(bytes).substr(0, 512);
  if (head.substr(0, kBom.size()) == kBom) head.remove_prefix(kBom.size());
  while (!head.empty() && (head[0] == ' ' || head[0] == '\t' || head[0] == '\r' || head[0] == '\n'))
    head.remove_prefix(1);
  const std::string lower = AsciiLower(std::string(head.substr(0, 16)));
  // " date 2024-..." or "date: 2024-...": the seed format, whatever the name.
  for (std::string_view prefix : {"date ", "date: ", "date:"}) {
    if (lower.compare(0, prefix.size(), prefix) == 0 && lower.size() > prefix.size() &&
        lower[prefix.size()] >= '0' && lower[prefix.size()] <= '9')
      return Format::kText;
  }
  if (lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0) return Format::kHtml;
  return std::nullopt;
}

Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& file) {
    if (seen.insert(file).second) out.push_back(file);
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
      return Error{path, 0, 0, "no such file or directory", "", ErrorCategory::kInput};
    if (!fs::is_directory(status)) {
      if (!std::ifstream(path, std::ios::binary)) {
        return Error{
            path,
            0,
            0,
            std::string("cannot be read: ") + std::strerror(errno) + "; expected a readable file",
            "",
            ErrorCategory::kInput};
      }
      if (!FormatForPath(path)) {
        auto bytes = ReadFile(path, UINT64_MAX);  // sniffing: the limit is LoadFile's
        if (!bytes.ok()) return bytes.error();
        if (!SniffFormat(*bytes)) {
          return Error{path,
                       0,
                       0,
                       "unknown article format; expected one of the extensions " +
                           std::string(KnownExtensions()) +
                           " (or a text file starting with ' date YYYY-MM-DD')",
                       "",
                       ErrorCategory::kInput};
        }
      }
      add(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::none, ec);
    if (ec) return Error{path, 0, 0, "cannot be read: " + ec.message(), "", ErrorCategory::kInput};
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec)
        return Error{path, 0, 0, "cannot be read: " + ec.message(), "", ErrorCategory::kInput};
      const fs::directory_entry& entry = *it;
      if (IsHidden(entry.path())) {
        if (entry.is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (entry.is_directory(ec)) continue;
      if (FormatForPath(entry.path().string())) found.push_back(entry.path().generic_string());
    }
    if (ec) return Error{path, 0, 0, "cannot be read: " + ec.message(), "", ErrorCategory::kInput};
    std::sort(found.begin(), found.end());
    for (const std::string& file : found) add(file);
  }
  return out;
}

Result<std::vector<Document>> LoadFile(const std::string& path, Role role, uint64_t max_size) {
  auto bytes = ReadFile(path, max_size);
  if (!bytes.ok()) return bytes.error();
  return LoadBuffer(path, std::move(*bytes), role);
}

Result<std::vector<Document>> LoadBuffer(const std::string& path, std::string bytes, Role role) {
  std::optional<Format> format = FormatForPath(path);
  if (!format) format = SniffFormat(bytes);
  if (!format) {
    return Error{
        path,
        0,
        0,
        "unknown article format; expected one of the extensions " + std::string(KnownExtensions()),
        "",
        ErrorCategory::kInput};
  }
  if (utf8::LooksBinary(bytes)) {
    return Error{
        path, 0,
        0,    "file looks binary (it has NUL or control bytes); expected a UTF-8 text article",
        "",   ErrorCategory::kInput};
  }
  // A BOM is no character of the article, and editors do not count it as a
  // column: it is dropped before positions are computed.
  if (std::string_view(bytes).substr(0, kBom.size()) == kBom) bytes.erase(0, kBom.size());
  auto source = std::make_shared<const SourceText>(path, std::move(bytes));
  const std::string& b = source->bytes();
  if (auto bad = utf8::FindInvalid(b)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(b[*bad]));
    return ErrorAt(*source, *bad,
                   std::string("invalid UTF-8 (byte ") + hex +
                       "); expected UTF-8 text (re-save the file as UTF-8)");
  }
  const LoadInput input{source, 0, role};
  if (b.find_first_not_of(" \t\r\n\f", input.start) == std::string::npos)
    return Error{path, 0, 0, RowOf(*format).empty_message, "", ErrorCategory::kInput};
  return RowOf(*format).load(input);
}

Document NewDocument(const LoadInput& input, Format format) {
  Document doc;
  doc.path = input.source->path();
  doc.format = format;
  doc.role = input.role;
  doc.source = input.source;
  return doc;
}

bool OpensWithTitle(std::string_view body, std::string_view title) {
  auto next_alnum = [](std::string_view text, size_t& i) -> int {
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i])) &&
           static_cast<unsigned char>(text[i]) < 0x80)
      ++i;
    return i < text.size() ? std::tolower(static_cast<unsigned char>(text[i++])) : -1;
  };
  size_t t = 0, b = 0;
  for (int c = next_alnum(title, t); c >= 0; c = next_alnum(title, t))
    if (next_alnum(body, b) != c) return false;
  return true;
}

Error ErrorAt(const SourceText& source, size_t offset, std::string message) {
  const Position pos = source.PositionOf(offset);
  return Error{source.path(), pos.line, pos.column, std::move(message), "", ErrorCategory::kInput};
}

namespace {

// "March 5, 2024", "Mar. 5, 2024", "5 March 2024", "Tuesday, March 5, 2024":
// the dates CMS exports write in front matter and metadata.
std::optional<Date> ParseWrittenDate(std::string_view value) {
  // Words of letters or digits; spaces, commas and periods between them.
  std::vector<std::string> words;
  std::string word;
  for (const char c : value) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      word += static_cast<char>(std::tolower(u));
    } else if (c == ' ' || c == ',' || c == '.' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word)), word.clear();
    } else {
      return std::nullopt;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  static const std::set<std::string_view> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues",   "wed",     "thu",       "thur",     "thurs",  "fri",      "sat",    "sun"};
  if (words.size() == 4 && kWeekdays.count(words[0]) > 0) words.erase(words.begin());
  if (words.size() != 3) return std::nullopt;
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  auto month_of = [](const std::string& w) {
    for (int m = 0; m < 12; ++m)
      if (w == kMonths[m] || w == kMonths[m].substr(0, 3) || (m == 8 && w == "sept")) return m + 1;
    return 0;
  };
  auto number_of = [](std::string w) {
    for (const char* suffix : {"st", "nd", "rd", "th"})
      if (w.size() > 2 && w.compare(w.size() - 2, 2, suffix) == 0) w.resize(w.size() - 2);
    if (w.empty() || w.size() > 4 ||
        !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return -1;
    return std::stoi(w);
  };
  int month = month_of(words[0]);
  int day = number_of(words[1]);
  if (month == 0) {
    month = month_of(words[1]);
    day = number_of(words[0]);
  }
  const int year = words[2].size() == 4 ? number_of(words[2]) : -1;
  if (month == 0 || day < 1 || day > 31 || year < 1000) return std::nullopt;
  try {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
  } catch (const std::exception&) {  // "February 30": Boost.Date_Time refuses it
    return std::nullopt;
  }
}

}  // namespace

Result<Date> ParseDateOrDateTime(std::string_view value) {
  if (std::optional<Date> written = ParseWrittenDate(value)) return *written;
  // Only the date part of "2024-01-29T10:00:00Z" or "2024-01-29 10:00" counts.
  if (value.size() > 10 && (value[10] == 'T' || value[10] == 't' || value[10] == ' '))
    value = value.substr(0, 10);
  auto date = ParseIsoDate(value);
  if (date.ok()) return date;
  std::string message = "malformed publication date " + date.error().message;
  if (message.find("expected") == std::string::npos) message += "; expected YYYY-MM-DD";
  return Error{"", 0, 0, message, "", ErrorCategory::kInput};
}

}  // namespace factlint::load
