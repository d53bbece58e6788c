// Escaping for every output format, in one place so each rule is written once
// and tested once (tests/report/escape_test.cpp).
//
//   HtmlEscape("a<b & \"c\"")        // "a&lt;b &amp; &quot;c&quot;"
//   JsonForHtmlScript(R"({"t":"</script>"})")  // {"t":"\u003c/script\u003e"}
//   UriReference("drafts/season two.md")       // "drafts/season%20two.md"
//   GithubProperty("a,b:c")          // "a%2Cb%3Ac"
#pragma once

#include <string>
#include <string_view>

namespace factlint::report {

// `text` with every invalid UTF-8 sequence replaced by U+FFFD, so that JSON
// writers and browsers never see broken text.
std::string ValidUtf8(std::string_view text);

// Text and attribute values in HTML (and inline SVG): & < > " ' escaped.
std::string HtmlEscape(std::string_view text);

// XML 1.0 attribute values: & < > " ' escaped, tab/LF/CR as character
// references (an attribute would otherwise turn them into spaces), and the
// characters XML 1.0 cannot hold at all (controls other than tab, LF, CR;
// U+FFFE/FFFF; invalid UTF-8) dropped.
std::string XmlEscape(std::string_view text);
// The same for element content, where tab, LF and CR stay as they are.
std::string XmlEscapeText(std::string_view text);

// A JSON text made safe to sit inside <script type="application/json">:
// < > & U+2028 U+2029 become \u003c \u003e \u0026 \u2028 \u2029, so no
// "</script>" or "<!--" can end the element early. JSON.parse reads it back
// unchanged. `json` must be valid JSON (as nlohmann::json::dump writes it).
std::string JsonForHtmlScript(std::string_view json);

// A relative path as a URI reference: every byte but the unreserved
// characters (A-Z a-z 0-9 - . _ ~) and "/" percent-encoded ("%20" for a
// space). An absolute path ("/srv/a.txt") becomes a file: URI.
std::string UriReference(std::string_view path);
bool IsAbsolutePath(std::string_view path);

// GitHub Actions workflow commands: the message part (% CR LF escaped) and a
// property value (additionally ":" and ",").
std::string GithubData(std::string_view text);
std::string GithubProperty(std::string_view text);

}  // namespace factlint::report
