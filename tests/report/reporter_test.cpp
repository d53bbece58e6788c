// Behaviour of the reporters beyond the golden files: the excerpt and caret,
// the summary line, the registry, and the HTML report's escaping and CSP.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <nlohmann/json.hpp>
#include <string>

#include "checker/core/sha256.h"
#include "checker/report/html_timeline.h"
#include "checker/report/report.h"
#include "tests/report/fixture.h"

namespace factlint::report {
namespace {

struct ExcerptCase {
  const char* name;
  std::string text;
  Location location;
  std::string expected;
};

const ExcerptCase kExcerptCases[] = {
    {"ascii span",
     "The actor, 50, said\n",
     {"a", 1, 12, 1, 14, "50"},
     "The actor, 50, said\n           ^~\n"},
    {"code point columns",
     "Caf\xC3\xA9 \xC3\x93lafur, 50\n",
     {"a", 1, 6, 1, 12, "\xC3\x93lafur"},
     "Caf\xC3\xA9 \xC3\x93lafur, 50\n     ^~~~~~\n"},
    {"tabs kept", "\t\tx = 50\n", {"a", 1, 3, 1, 4, "x"}, "\t\tx = 50\n\t\t^\n"},
    {"span runs onto the next line",
     "one two\nthree\n",
     {"a", 1, 5, 2, 3, "two\nth"},
     "one two\n    ^~~\n"},
    {"empty span", "abc\n", {"a", 1, 2, 1, 2, ""}, "abc\n ^\n"},
    {"span at the line end", "abc\n", {"a", 1, 4, 1, 5, ""}, "abc\n   ^\n"},
    {"second line of crlf text", "x\r\nyz\r\n", {"a", 2, 2, 2, 3, "z"}, "yz\n ^\n"},
    {"line out of range", "abc\n", {"a", 9, 1, 9, 2, ""}, ""},
    {"long line quoted around the span",
     std::string(200, 'a') + "XY" + std::string(200, 'b'),
     {"a", 1, 201, 1, 203, "XY"},
     "..." + std::string(60, 'a') + "XY" + std::string(60, 'b') + "...\n" + std::string(63, ' ') +
         "^~\n"},
    {"long line, span near its start",
     "ab" + std::string(300, 'c'),
     {"a", 1, 2, 1, 3, "b"},
     "ab" + std::string(60, 'c') + "...\n ^\n"},
};

TEST(FormatSourceExcerptTest, EveryCase) {
  for (const ExcerptCase& c : kExcerptCases) {
    const SourceText source("a", c.text);
    EXPECT_EQ(FormatSourceExcerpt(source, c.location), c.expected) << c.name;
  }
}

TEST(FormatSourceExcerptTest, ColorWrapsTheCaretLineInGreen) {
  const SourceText source("a", "abc\n");
  EXPECT_EQ(FormatSourceExcerpt(source, {"a", 1, 2, 1, 3, "b"}, true),
            "abc\n\x1b[1;32m ^\x1b[0m\n");
}

struct SummaryCase {
  std::vector<Severity> severities;
  int documents;
  const char* expected;
};

const SummaryCase kSummaryCases[] = {
    {{}, 5, "no findings in 5 documents"},
    {{}, 1, "no findings in 1 document"},
    {{Severity::kError}, 1, "1 finding (1 error) in 1 document"},
    {{Severity::kWarning, Severity::kError, Severity::kWarning},
     5,
     "3 findings (1 error, 2 warnings) in 5 documents"},
    {{Severity::kInfo, Severity::kInfo}, 2, "2 findings (2 info) in 2 documents"},
};

TEST(TextReporterTest, SummaryLine) {
  for (const SummaryCase& c : kSummaryCases) {
    RunReport run;
    run.documents.resize(static_cast<size_t>(c.documents));
    for (Severity severity : c.severities) {
      Finding finding;
      finding.severity = severity;
      finding.rule = "r";
      finding.location = {"a.txt", 1, 1, 1, 2, "x"};
      run.findings.push_back(finding);
    }
    const std::string out = MakeReporter("text")->Render(run, {});
    const std::string last_line = out.substr(out.rfind('\n', out.size() - 2) + 1);
    EXPECT_EQ(last_line, std::string(c.expected) + "\n");
  }
}

TEST(RegistryTest, EveryNameMakesAReporterAndOthersDoNot) {
  ASSERT_EQ(FormatNames().size(), 6u);
  for (const std::string& name : FormatNames()) EXPECT_NE(MakeReporter(name), nullptr) << name;
  for (const char* name : {"", "TEXT", "xml", "sarif "}) EXPECT_EQ(MakeReporter(name), nullptr);
}

TEST(JsonReporterTest, KeysInContractOrder) {
  const auto json =
      nlohmann::ordered_json::parse(MakeReporter("json")->Render(testing::GoldenRunReport(), {}));
  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"tool", "as_of", "documents", "findings"}));
  keys.clear();
  for (const auto& item : json["findings"][0].items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"rule", "kind", "severity", "subject", "attribute",
                                            "message", "location", "related"}));
  EXPECT_EQ(json["findings"][0]["related"][0]["note"],
            "age 50 on 2024-01-29: born 1973-01-30\xE2\x80\xA6"
            "1974-01-29");
}

TEST(JsonReporterTest, InvalidUtf8DoesNotThrow) {
  RunReport run;
  Finding finding;
  finding.message = "bad \xFF byte";
  run.findings.push_back(finding);
  const std::string out = MakeReporter("json")->Render(run, {});
  EXPECT_NE(out.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

TEST(GithubReporterTest, OneCommandLinePerFindingEvenWithNewlines) {
  const std::string out = MakeReporter("github")->Render(testing::HostileRunReport(), {});
  size_t lines = 0;
  for (char c : out) lines += c == '\n';
  EXPECT_EQ(lines, 2u);
  EXPECT_EQ(out.rfind("::error ", 0), 0u);
  EXPECT_NE(out.find("\n::warning "), std::string::npos);
  // The message's own "%0A" is data, not a line break; "::" in data is inert.
  EXPECT_NE(out.find("%250A::error::injected"), std::string::npos);
  EXPECT_NE(out.find("title=x\"><script>"), std::string::npos);  // nothing to escape there
  EXPECT_NE(out.find("with: colons {{findings}}%0Adrafts/"), std::string::npos);
}

// The hostile fixture's strings must never reach the page unescaped.
TEST(HtmlReporterTest, HostileTextIsEscaped) {
  const std::string html = MakeReporter("html")->Render(testing::HostileRunReport(), {});
  size_t scripts = 0;
  for (size_t at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1))
    ++scripts;
  EXPECT_EQ(scripts, 2u) << "only the data block and the report's own script";
  for (const char* raw : {"<img", "<svg id=pwned", "<b id=pwned", "</script><script>"}) {
    EXPECT_EQ(html.find(raw), std::string::npos) << raw;
  }
  // The JSON data block: nothing that could end the element or the string.
  const std::string open = "<script type=\"application/json\" id=\"factlint-data\">";
  const size_t begin = html.find(open) + open.size();
  const std::string data = html.substr(begin, html.find("</script>", begin) - begin);
  EXPECT_NE(data.find("\\u003c/script\\u003e"), std::string::npos);
  for (const char* raw : {"<", ">", "&", "\xE2\x80\xA8", "\xE2\x80\xA9"})
    EXPECT_EQ(data.find(raw), std::string::npos) << raw;
  EXPECT_NE(html.find("{{findings}}"), std::string::npos) << "placeholders in text stay text";
}

TEST(HtmlReporterTest, CspAllowsExactlyTheInlineScriptAndStyle) {
  const std::string html = MakeReporter("html")->Render(testing::GoldenRunReport(), {});
  const auto inline_text = [&html](const std::string& open, const std::string& close) {
    const size_t begin = html.find(open);
    const size_t end = html.find(close, begin);
    return html.substr(begin + open.size(), end - begin - open.size());
  };
  const std::string script = inline_text("<script>", "</script>");
  const std::string style = inline_text("<style>", "</style>");
  ASSERT_FALSE(script.empty());
  ASSERT_FALSE(style.empty());
  // RE2, not std::regex: GCC 12's <regex> trips -Werror=maybe-uninitialized
  // in the sanitizer build (FACTLINT_SANITIZE), and RE2 is a dependency anyway.
  std::string csp;
  ASSERT_TRUE(RE2::PartialMatch(html, R"re(Content-Security-Policy" content="([^"]*)")re", &csp));
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(csp.find("script-src 'sha256-" + Base64(Sha256(script)) + "'"), std::string::npos);
  EXPECT_NE(csp.find("style-src 'sha256-" + Base64(Sha256(style)) + "'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe"), std::string::npos);
  // No network: the only URL is the SVG namespace, which is never fetched.
  std::string page = html;
  for (size_t at; (at = page.find("http://www.w3.org/2000/svg")) != std::string::npos;)
    page.erase(at, 26);
  for (const char* network : {"http:", "https:", "src=", "href=", "url("})
    EXPECT_EQ(page.find(network), std::string::npos) << network;
}

TEST(HtmlReporterTest, FindingsAndTimelinesArePresent) {
  const std::string html = MakeReporter("html")->Render(testing::GoldenRunReport(), {});
  for (const char* needed :
       {"id=\"finding-1\"", "id=\"finding-2\"", "id=\"finding-3\"", "<svg class=\"timeline-svg\"",
        "class=\"gap\"", "drafts/season two.md:5:55", "<mark>Adam Scott, 50</mark>"}) {
    EXPECT_NE(html.find(needed), std::string::npos) << needed;
  }
}

DateRange Days(const char* from, const char* to) {
  return {*ParseIsoDate(from), *ParseIsoDate(to)};
}

// A length is a light span with the end it implies as its bar; the gap is
// between that end and the other row, not between two dots; a "made public"
// row is context, never marked as a conflict; each row says where it is.
TEST(TimelineSvgTest, ALengthIsASpanAndAnAnnouncementIsContext) {
  std::vector<TimelineRow> rows(3);
  rows[0] = {"strike 41 days",
             "strike 41 days",
             Days("2024-02-24", "2024-02-25"),
             false,
             true,
             "drafts/very/deep/folder/of/the/newsroom/archive/strike-ends.md:12",
             Days("2024-01-15", "2024-02-25")};
  rows[1] = {"end Feb 22", "end Feb 22", Days("2024-02-22", "2024-02-22"),
             false,        false,        "archive/strike.md:3"};
  rows[2] = {"made public 2024-03-01",
             "made public",
             Days("2024-03-01", "2024-03-01"),
             false,
             false,
             "archive/strike.md:3",
             std::nullopt,
             true};
  const std::string svg = TimelineSvg(rows, *ParseIsoDate("2024-03-10"));
  EXPECT_NE(svg.find("<rect class=\"span\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("2024-01-15 \xE2\x80\xA6 2024-02-25"), std::string::npos) << svg;
  // Feb 22 and Feb 24: one day (the 23rd) between them.
  EXPECT_NE(svg.find("no overlap: 1 day"), std::string::npos) << svg;
  EXPECT_NE(svg.find("class=\"bar annotation\""), std::string::npos) << svg;
  EXPECT_EQ(svg.find("annotation conflict"), std::string::npos) << svg;
  // A long path keeps its file's end.
  EXPECT_NE(svg.find("archive/strike-ends.md:12</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<text class=\"row-where\" x=\"6\" y=\"44.0\">\xE2\x80\xA6"),
            std::string::npos)
      << svg;
}

// Rows at the calendar's ends: the padding stops there (a date before
// 1400-01-01 would throw while drawing the ticks).
TEST(TimelineSvgTest, RowsAtTheCalendarsEndsAreDrawn) {
  std::vector<TimelineRow> rows(2);
  rows[0] = {"founded", "founded", Days("1400-01-01", "1400-01-02"), false, true};
  rows[1] = {"ends", "ends", Days("9999-12-30", "9999-12-31"), false, false};
  std::string svg;
  EXPECT_NO_THROW(svg = TimelineSvg(rows, *ParseIsoDate("2024-03-10")));
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
}

}  // namespace
}  // namespace factlint::report
