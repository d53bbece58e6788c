#include "checker/normalize/stream.h"

#include <cmath>
#include <istream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <ostream>

#include "checker/core/utf8.h"

namespace factlint::normalize {

namespace {

Error RefError(std::string_view text, const std::string& why) {
  return Error{"",
               0,
               0,
               "invalid --ref '" + std::string(text) + "': " + why +
                   "; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, e.g. 2013-02-12",
               "",
               ErrorCategory::kUsage};
}

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

nlohmann::json Number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 9e15) return static_cast<long long>(v);
  return v;
}

}  // namespace

Result<Date> ParseRef(std::string_view text) {
  std::string_view date = text;
  if (text.size() > 10) {
    const std::string_view time = text.substr(11);
    if ((text[10] != 'T' && text[10] != ' ') || time.size() != 8 || time[2] != ':' ||
        time[5] != ':' || !Digits(time.substr(0, 2)) || !Digits(time.substr(3, 2)) ||
        !Digits(time.substr(6, 2)))
      return RefError(text, "the time must be THH:MM:SS");
    const int h = std::stoi(std::string(time.substr(0, 2)));
    const int m = std::stoi(std::string(time.substr(3, 2)));
    const int s = std::stoi(std::string(time.substr(6, 2)));
    if (h > 23 || m > 59 || s > 60) return RefError(text, "the time is out of range");
    date = text.substr(0, 10);
  }
  auto parsed = ParseIsoDate(date);
  if (!parsed.ok()) return RefError(text, parsed.error().message);
  return parsed;
}

int RefMinute(std::string_view text) {
  if (text.size() != 19 || !Digits(text.substr(11, 2)) || !Digits(text.substr(14, 2))) return -1;
  return std::stoi(std::string(text.substr(11, 2))) * 60 +
         std::stoi(std::string(text.substr(14, 2)));
}

std::string ToJsonLine(std::string_view input, const std::optional<Value>& value) {
  nlohmann::ordered_json j;
  j["input"] = std::string(input);
  if (!value) {
    j["text"] = nullptr;
    j["kind"] = "none";
    j["value"] = nullptr;
    j["grain"] = nullptr;
    j["from"] = nullptr;
    j["to"] = nullptr;
    return j.dump();
  }
  const Value& v = *value;
  j["text"] = v.text;
  j["kind"] = KindName(v.kind);
  switch (v.kind) {
    case Kind::kDate:
    case Kind::kInterval:
      j["value"] = v.iso;
      j["grain"] = v.grain;
      j["from"] = FormatIsoDate(v.range.from);
      j["to"] = FormatIsoDate(v.range.to);
      break;
    case Kind::kDuration:
      j["value"] = Number(v.amount.min);
      j["grain"] = v.grain;
      if (v.range.from.is_special()) {
        j["from"] = nullptr;
        j["to"] = nullptr;
      } else {
        j["from"] = FormatIsoDate(v.range.from);
        j["to"] = FormatIsoDate(v.range.to);
      }
      j["unit"] = std::string(UnitName(v.amount.unit));
      if (v.amount.max != v.amount.min) j["max"] = Number(v.amount.max);
      j["seconds"] =
          v.seconds ? nlohmann::ordered_json(Number(*v.seconds)) : nlohmann::ordered_json();
      j["iso"] = v.iso;
      j["days"] = {{"min", Number(v.days.min)}, {"max", Number(v.days.max)}};
      break;
    case Kind::kAge:
      j["value"] = Number(v.amount.min);
      j["grain"] = std::string(UnitName(v.amount.unit));
      j["from"] = FormatIsoDate(v.range.from);
      j["to"] = FormatIsoDate(v.range.to);
      j["unit"] = std::string(UnitName(v.amount.unit));
      if (v.amount.max != v.amount.min) j["max"] = Number(v.amount.max);
      break;
    case Kind::kNumber:
    case Kind::kOrdinal:
    case Kind::kNone:
      j["value"] = Number(v.amount.min);
      j["grain"] = nullptr;
      j["from"] = nullptr;
      j["to"] = nullptr;
      // "10 to 12", "hundreds": the upper end.
      if (v.kind == Kind::kNumber && v.amount.max != v.amount.min) j["max"] = Number(v.amount.max);
      break;
  }
  if (!v.approximation.empty()) j["approximation"] = v.approximation;
  if (!v.modifier.empty()) j["modifier"] = v.modifier;
  if (!v.inconsistency.empty()) j["inconsistency"] = v.inconsistency;
  return j.dump();
}

int NormalizeStream(std::istream& in, std::ostream& out, std::ostream& err, const Date& ref,
                    Prefer prefer, int ref_minute) {
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Validate everything first: the contract is one object per line or nothing.
  std::vector<std::string_view> lines;
  const std::string_view text(all);
  size_t start = 0;
  int line_number = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() > kMaxLineBytes) {
      err << "<stdin>:" << line_number << ":1: error: line is " << line.size()
          << " bytes long; lines may be at most " << kMaxLineBytes
          << " bytes (one expression per line)\n";
      return 2;
    }
    if (auto bad = utf8::FindInvalid(line)) {
      err << "<stdin>:" << line_number << ":" << utf8::CodePointCount(line.substr(0, *bad)) + 1
          << ": error: invalid UTF-8 (byte 0x" << std::hex
          << static_cast<int>(static_cast<unsigned char>(line[*bad])) << std::dec
          << "); input must be UTF-8 text\n";
      return 2;
    }
    lines.push_back(line);
    start = end + 1;
  }
  Context context;
  context.ref = ref;
  context.prefer = prefer;
  context.ref_minute = ref_minute;
  std::string buffer;
  for (const std::string_view line : lines) {
    buffer += ToJsonLine(line, FindFirst(line, context));
    buffer += '\n';
  }
  out << buffer;
  out.flush();
  return 0;
}

}  // namespace factlint::normalize
