#include "checker/report/escape.h"

#include <cstdint>

namespace factlint::report {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
size_t ValidSequenceLength(std::string_view text, size_t i, char32_t& code_point) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1Fu, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0Fu, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  code_point = cp;
  return length;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Walks `text` one UTF-8 sequence at a time: on_valid(code_point, sequence)
// for each valid sequence, on_invalid() for each byte that begins none (the
// walk goes on at the next byte). The one reading of UTF-8 that ValidUtf8
// and the XML escapes share, so they agree on what is invalid.
template <typename OnValid, typename OnInvalid>
void ForEachSequence(std::string_view text, OnValid on_valid, OnInvalid on_invalid) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const size_t length = ValidSequenceLength(text, i, cp);
    if (length == 0) {
      on_invalid();
      ++i;
      continue;
    }
    on_valid(cp, text.substr(i, length));
    i += length;
  }
}

bool IsXmlChar(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;
}

// The entity that stands for a character markup reserves (& < > " '), or
// nullptr for any other. HTML and XML differ only in the apostrophe's:
// `apostrophe` is "&#39;" for HTML (which has no &apos; before HTML5), "&apos;"
// for XML.
const char* MarkupEntity(char32_t c, const char* apostrophe) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return apostrophe;
    default: return nullptr;
  }
}

void AppendPercent(unsigned char c, std::string& out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
}

}  // namespace

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachSequence(
      text, [&](char32_t, std::string_view sequence) { out.append(sequence); },
      [&] { out += kReplacement; });
  return out;
}

std::string HtmlEscape(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string out;
  out.reserve(valid.size());
  for (char c : valid) {
    if (const char* entity = MarkupEntity(static_cast<unsigned char>(c), "&#39;")) {
      out += entity;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

std::string XmlEscapeImpl(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  const auto escape = [&](char32_t cp, std::string_view sequence) {
    if (!IsXmlChar(cp)) return;
    if (const char* entity = MarkupEntity(cp, "&apos;")) {
      out += entity;
      return;
    }
    switch (cp) {
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;  // a raw CR would be read as LF
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out.append(sequence);
    }
  };
  // Invalid UTF-8 cannot be in an XML document: its bytes are dropped.
  ForEachSequence(text, escape, [] {});
  return out;
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  return XmlEscapeImpl(text, true);
}
std::string XmlEscapeText(std::string_view text) {
  return XmlEscapeImpl(text, false);
}

std::string JsonForHtmlScript(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool IsAbsolutePath(std::string_view path) {
  return !path.empty() && path.front() == '/';
}

std::string UriReference(std::string_view path) {
  std::string out = IsAbsolutePath(path) ? "file://" : "";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      out += ch;
    } else {
      AppendPercent(c, out);
    }
  }
  return out;
}

std::string GithubData(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string GithubProperty(std::string_view text) {
  std::string out;
  for (char c : GithubData(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace factlint::report
