// HTML: a small tokenizer (text, tags with attributes, comments, raw-text
// elements such as <script> whose content is skipped up to the matching close
// tag, case-insensitively), then a pass that picks the article's text and the
// page's metadata. No regular expressions, no exceptions: malformed markup
// yields the best text it can.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/ascii.h"
#include "checker/load/formats.h"

namespace factlint::load {
namespace {

struct Attribute {
  std::string name;   // lowercased
  std::string value;  // entities decoded
  uint32_t value_begin = 0;
};

struct Token {
  enum class Kind { kText, kStartTag, kEndTag, kRawText };
  Kind kind = Kind::kText;
  uint32_t begin = 0;  // the whole token
  uint32_t end = 0;
  std::string name;  // lowercased tag name; for kRawText, the element's
  std::vector<Attribute> attributes;
  bool self_closing = false;

  const Attribute* Find(std::string_view attribute) const {
    for (const Attribute& a : attributes)
      if (a.name == attribute) return &a;
    return nullptr;
  }
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is not markup: skipped whole, up to their close tag.
bool IsRawTextElement(std::string_view name) {
  return OneOf(name, {"script", "style", "noscript", "template", "textarea", "title", "xmp",
                      "iframe", "noembed", "noframes"});
}

bool IsVoidElement(std::string_view name) {
  return OneOf(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                      "param", "source", "track", "wbr"});
}

// Elements that end a paragraph where they open and where they close.
bool IsBlockElement(std::string_view name) {
  return OneOf(name,
               {"address", "article", "aside",  "blockquote", "body", "br",       "dd",
                "details", "dialog",  "div",    "dl",         "dt",   "fieldset", "figcaption",
                "figure",  "footer",  "form",   "h1",         "h2",   "h3",       "h4",
                "h5",      "h6",      "header", "hgroup",     "hr",   "html",     "li",
                "main",    "nav",     "ol",     "p",          "pre",  "section",  "summary",
                "table",   "tbody",   "thead",  "tfoot",      "tr",   "ul",       "caption"});
}

// Page furniture, not the article: dropped with everything inside.
bool IsBoilerplateElement(std::string_view name) {
  return OneOf(name, {"head", "nav", "aside", "footer", "form", "button", "select", "svg", "object",
                      "video", "audio", "canvas", "map", "menu"});
}

class Tokenizer {
 public:
  Tokenizer(std::string_view input, uint32_t start) : in_(input), i_(start) {}

  std::vector<Token> Run() {
    std::vector<Token> tokens;
    while (i_ < in_.size()) {
      if (in_[i_] != '<') {
        const size_t next = in_.find('<', i_ + 1);
        tokens.push_back(TextToken(next == std::string_view::npos ? in_.size() : next));
        continue;
      }
      const std::string_view rest = in_.substr(i_);
      if (rest.substr(0, 4) == "<!--") {
        const size_t close = in_.find("-->", i_ + 4);
        i_ = close == std::string_view::npos ? in_.size() : close + 3;
      } else if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) {
        const size_t close = in_.find('>', i_);  // <!doctype>, <![CDATA[, <?xml
        i_ = close == std::string_view::npos ? in_.size() : close + 1;
      } else if (rest.size() > 2 && rest[1] == '/' && IsAlpha(rest[2])) {
        tokens.push_back(Tag(Token::Kind::kEndTag));
      } else if (rest.size() > 1 && IsAlpha(rest[1])) {
        Token tag = Tag(Token::Kind::kStartTag);
        const bool raw = IsRawTextElement(tag.name) && !tag.self_closing;
        const std::string name = tag.name;
        tokens.push_back(std::move(tag));
        if (raw) tokens.push_back(RawText(name));
      } else {
        tokens.push_back(TextToken(i_ + 1));  // a lone '<' is text
      }
    }
    return tokens;
  }

 private:
  Token TextToken(size_t end) {
    Token t;
    t.kind = Token::Kind::kText;
    t.begin = static_cast<uint32_t>(i_);
    t.end = static_cast<uint32_t>(end);
    i_ = end;
    return t;
  }

  // A start or end tag at i_ ('<'); reads up to and including its '>'.
  Token Tag(Token::Kind kind) {
    Token t;
    t.kind = kind;
    t.begin = static_cast<uint32_t>(i_);
    i_ += kind == Token::Kind::kEndTag ? 2 : 1;
    const size_t name_begin = i_;
    while (i_ < in_.size() && !IsSpace(in_[i_]) && in_[i_] != '>' && in_[i_] != '/') ++i_;
    t.name = AsciiLower(in_.substr(name_begin, i_ - name_begin));
    while (i_ < in_.size() && in_[i_] != '>') {
      if (IsSpace(in_[i_])) {
        ++i_;
      } else if (in_[i_] == '/') {
        ++i_;
        if (i_ < in_.size() && in_[i_] == '>') t.self_closing = true;
      } else {
        Attribute a = ReadAttribute();
        if (kind == Token::Kind::kStartTag) t.attributes.push_back(std::move(a));
      }
    }
    if (i_ < in_.size()) ++i_;  // '>'
    t.end = static_cast<uint32_t>(i_);
    return t;
  }

  Attribute ReadAttribute() {
    Attribute a;
    const size_t name_begin = i_;
    while (i_ < in_.size() && !IsSpace(in_[i_]) && in_[i_] != '>' && in_[i_] != '=' &&
           !(in_[i_] == '/' && i_ > name_begin))
      ++i_;
    if (i_ == name_begin) ++i_;  // a stray '=' or the like: skip it
    a.name = AsciiLower(in_.substr(name_begin, i_ - name_begin));
    size_t j = i_;
    while (j < in_.size() && IsSpace(in_[j])) ++j;
    if (j >= in_.size() || in_[j] != '=') return a;
    i_ = j + 1;
    while (i_ < in_.size() && IsSpace(in_[i_])) ++i_;
    size_t value_begin = i_;
    size_t value_end;
    if (i_ < in_.size() && (in_[i_] == '"' || in_[i_] == '\'')) {
      const char quote = in_[i_];
      value_begin = i_ + 1;
      const size_t close = in_.find(quote, value_begin);
      value_end = close == std::string_view::npos ? in_.size() : close;
      i_ = close == std::string_view::npos ? in_.size() : close + 1;
    } else {
      while (i_ < in_.size() && !IsSpace(in_[i_]) && in_[i_] != '>') ++i_;
      value_end = i_;
    }
    a.value_begin = static_cast<uint32_t>(value_begin);
    const std::string_view raw = in_.substr(value_begin, value_end - value_begin);
    for (size_t k = 0; k < raw.size();) {
      if (raw[k] == '&') {
        if (const size_t n = DecodeEntity(raw.substr(k), a.value)) {
          k += n;
          continue;
        }
      }
      a.value += raw[k++];
    }
    return a;
  }

  // The content of a raw-text element, up to "</name" (any case) followed by
  // a space, '/' or '>'; the close tag itself is consumed.
  Token RawText(const std::string& name) {
    Token t;
    t.kind = Token::Kind::kRawText;
    t.name = name;
    t.begin = static_cast<uint32_t>(i_);
    size_t k = i_;
    size_t close = in_.size();
    while ((k = in_.find("</", k)) != std::string_view::npos) {
      const size_t after = k + 2 + name.size();
      if (AsciiLower(in_.substr(k + 2, name.size())) == name &&
          (after >= in_.size() || IsSpace(in_[after]) || in_[after] == '>' || in_[after] == '/')) {
        close = k;
        break;
      }
      k += 2;
    }
    t.end = static_cast<uint32_t>(close);
    i_ = close;
    if (i_ < in_.size()) {
      const size_t gt = in_.find('>', i_);
      i_ = gt == std::string_view::npos ? in_.size() : gt + 1;
    }
    return t;
  }

  std::string_view in_;
  size_t i_;
};

// The first "datePublished": "..." in a JSON-LD block, as (value, offset).
std::optional<std::pair<std::string, uint32_t>> JsonLdDatePublished(std::string_view input,
                                                                    const Token& raw) {
  const std::string_view content = input.substr(raw.begin, raw.end - raw.begin);
  const size_t key = content.find("\"datePublished\"");
  if (key == std::string_view::npos) return std::nullopt;
  size_t i = key + 15;
  while (i < content.size() && IsSpace(content[i])) ++i;
  if (i >= content.size() || content[i] != ':') return std::nullopt;
  ++i;
  while (i < content.size() && IsSpace(content[i])) ++i;
  if (i >= content.size() || content[i] != '"') return std::nullopt;
  const size_t close = content.find('"', i + 1);
  if (close == std::string_view::npos) return std::nullopt;
  return std::make_pair(std::string(content.substr(i + 1, close - i - 1)),
                        static_cast<uint32_t>(raw.begin + i + 1));
}

// Lower rank wins; the first source of a rank wins.
void OfferDate(HtmlMetadata& meta, int& best_rank, int rank, const std::string& value,
               uint32_t at) {
  if (rank >= best_rank || value.empty()) return;
  best_rank = rank;
  meta.published = value;
  meta.published_at = at;
}

int MetaDateRank(std::string_view key) {
  if (key == "article:published_time") return 0;
  if (key == "datepublished") return 1;
  if (key == "pubdate" || key == "publishdate" || key == "publish-date") return 3;
  if (key == "date" || key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date")
    return 4;
  return -1;
}

HtmlMetadata ReadMetadata(std::string_view input, const std::vector<Token>& tokens) {
  HtmlMetadata meta;
  int best_rank = 100;
  std::string og_title, title, canonical, og_url;
  uint32_t og_title_at = 0, title_begin = 0, title_end = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind == Token::Kind::kRawText) {
      if (t.name == "title" && title.empty()) {
        std::string decoded;
        const std::string_view raw = input.substr(t.begin, t.end - t.begin);
        for (size_t i = 0; i < raw.size();) {
          if (raw[i] == '&') {
            if (const size_t n = DecodeEntity(raw.substr(i), decoded)) {
              i += n;
              continue;
            }
          }
          const char c = IsSpace(raw[i]) ? ' ' : raw[i];
          if (!(c == ' ' && (decoded.empty() || decoded.back() == ' '))) decoded += c;
          ++i;
        }
        while (!decoded.empty() && decoded.back() == ' ') decoded.pop_back();
        title = decoded;
        title_begin = t.begin;
        title_end = t.end;
      } else if (t.name == "script" && k > 0 && tokens[k - 1].kind == Token::Kind::kStartTag) {
        const Attribute* type = tokens[k - 1].Find("type");
        if (type != nullptr && AsciiLower(type->value) == "application/ld+json") {
          if (auto found = JsonLdDatePublished(input, t))
            OfferDate(meta, best_rank, 1, found->first, found->second);
        }
      }
      continue;
    }
    if (t.kind != Token::Kind::kStartTag) continue;
    if (t.name == "h1") meta.has_heading = true;
    if (t.name == "meta") {
      const Attribute* content = t.Find("content");
      if (content == nullptr) continue;
      for (const char* attr : {"property", "name", "itemprop"}) {
        const Attribute* key_attr = t.Find(attr);
        if (key_attr == nullptr) continue;
        const std::string key = AsciiLower(key_attr->value);
        if (const int rank = MetaDateRank(key); rank >= 0)
          OfferDate(meta, best_rank, rank, content->value, content->value_begin);
        if (key == "og:title" && og_title.empty()) {
          og_title = content->value;
          og_title_at = content->value_begin;
        }
        if (key == "og:url" && og_url.empty()) og_url = content->value;
      }
    } else if (t.name == "link") {
      const Attribute* rel = t.Find("rel");
      const Attribute* href = t.Find("href");
      if (rel != nullptr && href != nullptr && AsciiLower(rel->value) == "canonical" &&
          canonical.empty())
        canonical = href->value;
    } else {
      const Attribute* itemprop = t.Find("itemprop");
      const Attribute* datetime = t.Find("datetime");
      if (datetime == nullptr) datetime = t.Find("content");
      if (itemprop != nullptr && datetime != nullptr &&
          AsciiLower(itemprop->value) == "datepublished")
        OfferDate(meta, best_rank, 1, datetime->value, datetime->value_begin);
      // A bare <time datetime> is the last resort, and only when it is a date
      // ("PT2H" or "10:00" are valid datetime values too).
      if (t.name == "time" && (datetime = t.Find("datetime")) != nullptr &&
          ParseDateOrDateTime(datetime->value).ok())
        OfferDate(meta, best_rank, 5, datetime->value, datetime->value_begin);
    }
  }
  meta.title_is_og = !og_title.empty();
  meta.title = meta.title_is_og ? og_title : title;
  meta.title_begin = meta.title_is_og ? og_title_at : title_begin;
  meta.title_end = meta.title_is_og ? og_title_at + 1 : title_end;
  meta.url = !canonical.empty() ? canonical : og_url;
  return meta;
}

// Token indices [first, last) of the element opened at `open` (start tag
// included, end tag excluded); unclosed runs to the end.
std::pair<size_t, size_t> ElementExtent(const std::vector<Token>& tokens, size_t open) {
  const std::string& name = tokens[open].name;
  int depth = 0;
  for (size_t k = open; k < tokens.size(); ++k) {
    if (tokens[k].name != name || tokens[k].kind == Token::Kind::kRawText) continue;
    if (tokens[k].kind == Token::Kind::kStartTag && !tokens[k].self_closing) ++depth;
    if (tokens[k].kind == Token::Kind::kEndTag && --depth == 0) return {open, k};
  }
  return {open, tokens.size()};
}

// The article's tokens: the first <article> (every one, in fact, when a page
// lists several), else <main>, else the whole page.
std::vector<std::pair<size_t, size_t>> ContentRegions(const std::vector<Token>& tokens) {
  for (const char* container : {"article", "main"}) {
    std::vector<std::pair<size_t, size_t>> regions;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].kind == Token::Kind::kStartTag && tokens[k].name == container) {
        regions.push_back(ElementExtent(tokens, k));
        k = regions.back().second;
      }
    }
    if (!regions.empty()) return regions;
  }
  return {{0, tokens.size()}};
}

void EmitText(std::string_view input, const Token& t, TextBuilder& out, bool blank_line_breaks) {
  uint32_t i = t.begin;
  uint32_t chunk = i;  // start of the pending verbatim chunk
  auto flush_chunk = [&](uint32_t to) {
    out.Verbatim(input, chunk, to);
    chunk = to;
  };
  while (i < t.end) {
    const char c = input[i];
    const bool nbsp = c == '\xC2' && i + 1 < t.end && input[i + 1] == '\xA0';
    if (IsSpace(c) || nbsp) {
      flush_chunk(i);
      const uint32_t begin = i;
      int newlines = 0;
      while (i < t.end) {
        if (input[i] == '\n') ++newlines;
        if (IsSpace(input[i])) {
          ++i;
        } else if (input[i] == '\xC2' && i + 1 < t.end && input[i + 1] == '\xA0') {
          i += 2;
        } else {
          break;
        }
      }
      if (blank_line_breaks && newlines >= 2) {
        out.Break(begin, i);
      } else {
        out.Space(begin, i);
      }
      chunk = i;
    } else if (c == '&') {
      std::string decoded;
      const size_t n = DecodeEntity(input.substr(i, t.end - i), decoded);
      if (n == 0) {
        ++i;
        continue;
      }
      flush_chunk(i);
      const auto end = static_cast<uint32_t>(i + n);
      if (decoded == "\xC2\xA0") {
        out.Space(i, end);
      } else {
        out.Replace(decoded, i, end);
      }
      i = end;
      chunk = i;
    } else {
      ++i;
    }
  }
  flush_chunk(t.end);
}

void EmitRegion(std::string_view input, const std::vector<Token>& tokens, size_t first, size_t last,
                bool whole_page, TextBuilder& out, bool blank_line_breaks) {
  std::vector<std::string> skipping;  // open boilerplate elements
  for (size_t k = first; k < last; ++k) {
    const Token& t = tokens[k];
    switch (t.kind) {
      case Token::Kind::kRawText: break;
      case Token::Kind::kText:
        if (skipping.empty()) EmitText(input, t, out, blank_line_breaks);
        break;
      case Token::Kind::kStartTag: {
        if (t.name == "body") skipping.clear();  // an unclosed <head> ends here
        const bool boilerplate = IsBoilerplateElement(t.name) || (whole_page && t.name == "header");
        if (boilerplate && !t.self_closing && !IsVoidElement(t.name)) skipping.push_back(t.name);
        if (!skipping.empty()) break;
        if (IsBlockElement(t.name)) out.Break(t.begin, t.end);
        if (t.name == "td" || t.name == "th") out.Space(t.begin, t.end);
        break;
      }
      case Token::Kind::kEndTag: {
        auto open = std::find(skipping.rbegin(), skipping.rend(), t.name);
        if (open != skipping.rend()) {
          skipping.erase(std::next(open).base(), skipping.end());
          if (skipping.empty()) out.Space(t.begin, t.end);
          break;
        }
        if (!skipping.empty()) break;
        if (IsBlockElement(t.name)) out.Break(t.begin, t.end);
        if (t.name == "td" || t.name == "th") out.Space(t.begin, t.end);
        break;
      }
    }
  }
}

HtmlMetadata Convert(std::string_view input, uint32_t start, TextBuilder& out,
                     bool blank_line_breaks) {
  const std::vector<Token> tokens = Tokenizer(input, start).Run();
  HtmlMetadata meta = ReadMetadata(input, tokens);
  const auto regions = ContentRegions(tokens);
  const bool whole_page =
      regions.size() == 1 && regions[0].first == 0 && regions[0].second == tokens.size();
  for (const auto& [first, last] : regions) {
    EmitRegion(input, tokens, first, last, whole_page, out, blank_line_breaks);
    if (last < tokens.size()) out.Break(tokens[last].begin, tokens[last].end);
  }
  return meta;
}

}  // namespace

HtmlMetadata HtmlToText(std::string_view input, TextBuilder& out) {
  return Convert(input, 0, out, /*blank_line_breaks=*/true);
}

bool LooksLikeHtml(std::string_view text) {
  for (size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    if (text.substr(i, 4) == "<!--") return true;
    size_t j = i + 1;
    if (j < text.size() && text[j] == '/') ++j;
    if (j >= text.size() || !IsAlpha(text[j])) continue;  // "a < b" is not a tag
    while (j < text.size() && (IsAlpha(text[j]) || (text[j] >= '0' && text[j] <= '9'))) ++j;
    if (j < text.size() && (IsSpace(text[j]) || text[j] == '>' || text[j] == '/') &&
        text.find('>', j) != std::string_view::npos)
      return true;
  }
  return false;
}

Result<std::vector<Document>> LoadHtml(const LoadInput& input) {
  const std::string_view bytes(input.source->bytes());
  Document doc = NewDocument(input, Format::kHtml);
  TextBuilder out;
  const HtmlMetadata meta = Convert(bytes, input.start, out, /*blank_line_breaks=*/false);
  if (meta.published) {
    auto date = ParseDateOrDateTime(*meta.published);
    if (!date.ok()) {
      return ErrorAt(*input.source, meta.published_at,
                     date.error().message +
                         " in the page's publication date (e.g. <meta "
                         "property=\"article:published_time\" "
                         "content=\"2024-01-29T10:00:00Z\">)");
    }
    doc.published = *date;
  }
  doc.title = meta.title;
  doc.url = meta.url;
  // A page without an <h1> whose text does not open with its title: the
  // title is its headline, the first paragraph (see OpensWithTitle). A
  // <title> often ends with the site's name ("Headline | Site"): cut off.
  std::string headline = meta.title;
  if (!meta.title_is_og) {
    for (const char* separator : {" | ", " - ", " – ", " — "}) {
      const size_t at = headline.rfind(separator);
      if (at != std::string::npos && at > 0) {
        headline.resize(at);
        break;
      }
    }
  }
  if (!meta.has_heading && !headline.empty() && !OpensWithTitle(out.text(), headline)) {
    TextBuilder titled;
    titled.Replace(headline, meta.title_begin, meta.title_end);
    titled.Break(meta.title_end, meta.title_end);
    Convert(bytes, input.start, titled, /*blank_line_breaks=*/false);
    titled.MoveInto(doc);
  } else {
    out.MoveInto(doc);
  }
  std::vector<Document> docs;
  docs.push_back(std::move(doc));
  return docs;
}

}  // namespace factlint::load
