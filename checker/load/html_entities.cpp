// HTML character references: the named entities news pages actually use, and
// numeric ones (decimal and hex, with the Windows-1252 fix-ups browsers apply
// to &#128;-&#159;).
#include <algorithm>
#include <cstring>

#include "checker/core/utf8.h"
#include "checker/load/formats.h"

namespace factlint::load {
namespace {

struct NamedEntity {
  const char* name;
  char32_t code_point;
};

// Sorted by name (byte order) for binary search.
constexpr NamedEntity kNamedEntities[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Agrave", 0xC0},
    {"Aring", 0xC5},    {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Ccedil", 0xC7},
    {"Dagger", 0x2021}, {"ETH", 0xD0},      {"Eacute", 0xC9},   {"Ecirc", 0xCA},
    {"Egrave", 0xC8},   {"Euml", 0xCB},     {"Iacute", 0xCD},   {"Icirc", 0xCE},
    {"Igrave", 0xCC},   {"Iuml", 0xCF},     {"Ntilde", 0xD1},   {"OElig", 0x152},
    {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Ograve", 0xD2},   {"Oslash", 0xD8},
    {"Otilde", 0xD5},   {"Ouml", 0xD6},     {"Prime", 0x2033},  {"Scaron", 0x160},
    {"THORN", 0xDE},    {"Uacute", 0xDA},   {"Ucirc", 0xDB},    {"Ugrave", 0xD9},
    {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"Yuml", 0x178},    {"aacute", 0xE1},
    {"acirc", 0xE2},    {"acute", 0xB4},    {"aelig", 0xE6},    {"agrave", 0xE0},
    {"amp", 0x26},      {"apos", 0x27},     {"aring", 0xE5},    {"atilde", 0xE3},
    {"auml", 0xE4},     {"bdquo", 0x201E},  {"brvbar", 0xA6},   {"bull", 0x2022},
    {"ccedil", 0xE7},   {"cedil", 0xB8},    {"cent", 0xA2},     {"circ", 0x2C6},
    {"copy", 0xA9},     {"curren", 0xA4},   {"dagger", 0x2020}, {"darr", 0x2193},
    {"deg", 0xB0},      {"divide", 0xF7},   {"eacute", 0xE9},   {"ecirc", 0xEA},
    {"egrave", 0xE8},   {"emsp", 0x2003},   {"ensp", 0x2002},   {"eth", 0xF0},
    {"euml", 0xEB},     {"euro", 0x20AC},   {"frac12", 0xBD},   {"frac14", 0xBC},
    {"frac34", 0xBE},   {"gt", 0x3E},       {"hellip", 0x2026}, {"iacute", 0xED},
    {"icirc", 0xEE},    {"iexcl", 0xA1},    {"igrave", 0xEC},   {"iquest", 0xBF},
    {"iuml", 0xEF},     {"laquo", 0xAB},    {"larr", 0x2190},   {"ldquo", 0x201C},
    {"lrm", 0x200E},    {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", 0x3C},
    {"macr", 0xAF},     {"mdash", 0x2014},  {"micro", 0xB5},    {"middot", 0xB7},
    {"minus", 0x2212},  {"nbsp", 0xA0},     {"ndash", 0x2013},  {"not", 0xAC},
    {"ntilde", 0xF1},   {"oacute", 0xF3},   {"ocirc", 0xF4},    {"oelig", 0x153},
    {"ograve", 0xF2},   {"ordf", 0xAA},     {"ordm", 0xBA},     {"oslash", 0xF8},
    {"otilde", 0xF5},   {"ouml", 0xF6},     {"para", 0xB6},     {"permil", 0x2030},
    {"plusmn", 0xB1},   {"pound", 0xA3},    {"prime", 0x2032},  {"quot", 0x22},
    {"raquo", 0xBB},    {"rarr", 0x2192},   {"rdquo", 0x201D},  {"reg", 0xAE},
    {"rlm", 0x200F},    {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"scaron", 0x161},  {"sect", 0xA7},     {"shy", 0xAD},      {"sup1", 0xB9},
    {"sup2", 0xB2},     {"sup3", 0xB3},     {"szlig", 0xDF},    {"thinsp", 0x2009},
    {"thorn", 0xFE},    {"tilde", 0x2DC},   {"times", 0xD7},    {"trade", 0x2122},
    {"uacute", 0xFA},   {"uarr", 0x2191},   {"ucirc", 0xFB},    {"ugrave", 0xF9},
    {"uml", 0xA8},      {"uuml", 0xFC},     {"yacute", 0xFD},   {"yen", 0xA5},
    {"yuml", 0xFF},     {"zwj", 0x200D},    {"zwnj", 0x200C},
};

// What browsers decode &#128;-&#159; to (Windows-1252); 0 where undefined.
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t DecodeNumeric(std::string_view text, std::string& out) {
  size_t i = 2;  // after "&#"
  const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  const size_t digits_start = i;
  unsigned long value = 0;
  for (; i < text.size() && i - digits_start < 8; ++i) {
    const char c = text[i];
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
      digit = (c | 0x20) - 'a' + 10;
    } else {
      break;
    }
    value = value * (hex ? 16 : 10) + static_cast<unsigned long>(digit);
  }
  if (i == digits_start || i >= text.size() || text[i] != ';') return 0;
  char32_t cp = static_cast<char32_t>(value);
  if (cp >= 0x80 && cp <= 0x9F && kWindows1252[cp - 0x80] != 0) cp = kWindows1252[cp - 0x80];
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  utf8::Append(cp, out);
  return i + 1;
}

}  // namespace

size_t DecodeEntity(std::string_view text, std::string& out) {
  if (text.size() < 3 || text[0] != '&') return 0;
  if (text[1] == '#') return DecodeNumeric(text, out);
  size_t i = 1;
  while (i < text.size() && i < 12 && IsAlnum(text[i])) ++i;
  if (i == 1 || i >= text.size() || text[i] != ';') return 0;
  const std::string name(text.substr(1, i - 1));
  const auto* end = std::end(kNamedEntities);
  const auto* it = std::lower_bound(std::begin(kNamedEntities), end, name,
                                    [](const NamedEntity& e, const std::string& n) {
                                      return std::strcmp(e.name, n.c_str()) < 0;
                                    });
  if (it == end || name != it->name) return 0;
  utf8::Append(it->code_point, out);
  return i + 1;
}

}  // namespace factlint::load
