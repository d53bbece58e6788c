#include "checker/report/escape.h"

#include <gtest/gtest.h>

#include <string>

namespace factlint::report {
namespace {

using Escaper = std::string (*)(std::string_view);

struct EscapeCase {
  const char* name;
  Escaper escape;
  std::string input;
  std::string expected;
};

const EscapeCase kCases[] = {
    {"html specials", HtmlEscape, "a<b & \"c\" 'd'>", "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;"},
    {"html script tag", HtmlEscape, "</script>", "&lt;/script&gt;"},
    {"html keeps utf-8", HtmlEscape, "Caf\xC3\xA9", "Caf\xC3\xA9"},
    {"html replaces bad utf-8", HtmlEscape,
     "a\xFF"
     "b",
     "a\xEF\xBF\xBD"
     "b"},
    {"xml specials", XmlEscape, "<a href=\"x\">&'", "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"},
    {"xml drops controls", XmlEscape,
     std::string("a\x01"
                 "b\x1F"
                 "c\0d",
                 7),
     "abcd"},
    {"xml attribute keeps line ends", XmlEscape, "a\nb\tc\rd", "a&#10;b&#9;c&#13;d"},
    {"xml text keeps newline", XmlEscapeText, "a\nb\tc", "a\nb\tc"},
    {"xml drops U+FFFE", XmlEscapeText,
     "a\xEF\xBF\xBE"
     "b",
     "ab"},
    {"xml drops bad utf-8", XmlEscapeText, "a\xC3(b", "a(b"},
    {"xml drops surrogate", XmlEscapeText,
     "a\xED\xA0\x80"
     "b",
     "ab"},
    {"json script", JsonForHtmlScript, R"({"t":"</script><!--"})",
     R"({"t":"\u003c/script\u003e\u003c!--"})"},
    {"json ampersand", JsonForHtmlScript, R"("a&b")", R"("a\u0026b")"},
    {"json line separators", JsonForHtmlScript,
     "\"a\xE2\x80\xA8"
     "b\xE2\x80\xA9\"",
     R"("a\u2028b\u2029")"},
    {"uri space", UriReference, "drafts/season two.md", "drafts/season%20two.md"},
    {"uri reserved", UriReference, "a#b?c%d:e", "a%23b%3Fc%25d%3Ae"},
    {"uri utf-8", UriReference, "caf\xC3\xA9.txt", "caf%C3%A9.txt"},
    {"uri absolute", UriReference, "/srv/a b.txt", "file:///srv/a%20b.txt"},
    {"github data", GithubData, "50% done\r\nnext: a, b", "50%25 done%0D%0Anext: a, b"},
    {"github property", GithubProperty, "a,b:c%\n", "a%2Cb%3Ac%25%0A"},
};

TEST(EscapeTest, EveryCase) {
  for (const EscapeCase& c : kCases) {
    EXPECT_EQ(c.escape(c.input), c.expected) << c.name;
  }
}

}  // namespace
}  // namespace factlint::report
