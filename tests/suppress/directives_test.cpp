#include "checker/suppress/directives.h"

#include <gtest/gtest.h>

#include <memory>

namespace factlint::suppress {
namespace {

Document MakeDocument(const std::string& path, Format format, const std::string& bytes) {
  Document doc;
  doc.path = path;
  doc.format = format;
  doc.source = std::make_shared<SourceText>(path, bytes);
  return doc;
}

// One directive, summarized: "kind rules lines reason|problem".
std::string Describe(const Directive& d) {
  std::string out = DirectiveName(d.kind);
  out += " [";
  for (size_t i = 0; i < d.rules.size(); ++i) out += (i ? "," : "") + d.rules[i];
  out += "] " + std::to_string(d.first_line) + "-" + std::to_string(d.last_line);
  out += " @" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
  if (!d.reason.empty()) out += " (" + d.reason + ")";
  if (!d.problem.empty()) out += " !" + d.problem;
  return out;
}

struct ParseCase {
  const char* name;
  Format format;
  const char* source;
  std::vector<std::string> want;  // Describe() of each directive, in order
};

const ParseCase kParseCases[] = {
    {"markdown next line, with a reason",
     Format::kMarkdown,
     "# Title\n"
     "<!-- factlint-disable-next-line age-contradiction -- the profile ran before her birthday "
     "-->\n"
     "Dana Reyes, 41, opened the show.\n",
     {"factlint-disable-next-line [age-contradiction] 3-3 @2:1 (the profile ran before her "
      "birthday)"}},
    {"next line skips blank lines and stacked directives",
     Format::kMarkdown,
     "<!-- factlint-disable-next-line a -->\n"
     "\n"
     "<!-- factlint-disable-next-line b --> <!-- factlint-disable-line c -->\n"
     "Text.\n",
     {"factlint-disable-next-line [a] 4-4 @1:1", "factlint-disable-next-line [b] 4-4 @3:1",
      "factlint-disable-line [c] 3-3 @3:39"}},
    {"next line at the end of the file covers nothing",
     Format::kMarkdown,
     "Text.\n<!-- factlint-disable-next-line -->\n",
     {"factlint-disable-next-line [] 4-4 @2:1"}},
    {"same line, after the text; columns count code points",
     Format::kMarkdown,
     "Caf\xC3\xA9 lasted 118 days. <!-- factlint-disable-line duration-contradiction -->\n",
     {"factlint-disable-line [duration-contradiction] 1-1 @1:23"}},
    {"ranges and several ids",
     Format::kMarkdown,
     "<!--factlint-disable stale, count-contradiction-->\nA.\n<!-- factlint-enable stale -->\nB.\n"
     "<!-- factlint-enable -->\n",
     {"factlint-disable [stale,count-contradiction] 1-1 @1:1", "factlint-enable [stale] 3-3 @3:1",
      "factlint-enable [] 5-5 @5:1"}},
    {"a comment over several lines covers them all",
     Format::kHtml,
     "<p>x</p><!--\n  factlint-disable-line\n-->\n",
     {"factlint-disable-line [] 1-3 @1:9"}},
    {"other comments are not directives",
     Format::kHtml,
     "<!-- editor: check ages --><!-- factlintish --><p>Hi</p><!-- see factlint-disable -->\n",
     {}},
    {"markdown fenced code holds examples, not directives",
     Format::kMarkdown,
     "```html\n<!-- factlint-disable -->\n```\n~~~\n<!-- factlint-disable -->\n~~~\n"
     "<!-- factlint-disable x -->\n",
     {"factlint-disable [x] 7-7 @7:1"}},
    {"html has no fences",
     Format::kHtml,
     "```\n<!-- factlint-disable -->\n```\n",
     {"factlint-disable [] 2-2 @2:1"}},
    {"plain text brackets",
     Format::kText,
     "date 2024-01-29\n"
     "[factlint-disable-next-line age-contradiction -- quoted from 2019]\n"
     "Dana Reyes, 41, opened the show.\n"
     "It ran 118 days. [factlint-disable-line]\n",
     {"factlint-disable-next-line [age-contradiction] 3-3 @2:1 (quoted from 2019)",
      "factlint-disable-line [] 4-4 @4:18"}},
    {"plain text ignores comments, markdown ignores brackets",
     Format::kText,
     "<!-- factlint-disable -->\n",
     {}},
    {"markdown ignores brackets", Format::kMarkdown, "[factlint-disable]\n", {}},
    {"misspelled form",
     Format::kMarkdown,
     "<!-- factlint-disabel age-contradiction -->\n",
     {"invalid [] 1-1 @1:1 !unknown suppression 'factlint-disabel'; did you mean "
      "'factlint-disable'? (expected factlint-disable-next-line, factlint-disable-line, "
      "factlint-disable or factlint-enable)"}},
    {"bare prefix",
     Format::kText,
     "[factlint]\n",
     {"invalid [] 1-1 @1:1 !unknown suppression 'factlint' (expected "
      "factlint-disable-next-line, factlint-disable-line, factlint-disable or factlint-enable)"}},
    {"ids need commas",
     Format::kMarkdown,
     "<!-- factlint-disable a b -->\n",
     {"invalid [] 1-1 @1:1 !rule ids must be separated by commas: 'a b'; a reason goes after "
      "' -- '"}},
    {"empty id",
     Format::kMarkdown,
     "<!-- factlint-disable a,,b -->\n",
     {"invalid [] 1-1 @1:1 !empty rule id in 'a,,b'; list rule ids separated by single commas, "
      "e.g. 'stale, age-contradiction'"}},
    {"uppercase id",
     Format::kMarkdown,
     "<!-- factlint-disable Age -->\n",
     {"invalid [] 1-1 @1:1 !'Age' is not a rule id or finding kind; those are lowercase, e.g. "
      "'age-contradiction' or 'stale'"}},
    {"unterminated comment",
     Format::kMarkdown,
     "Text.\n<!-- factlint-disable-next-line\nMore.\n",
     {"invalid [] 2-3 @2:1 !unterminated suppression; close it with '-->'"}},
    {"unterminated bracket",
     Format::kText,
     "[factlint-disable-line stale\nMore.]\n",
     {"invalid [] 1-1 @1:1 !unterminated suppression; close it with ']'"}},
    {"json lines: a directive in a record covers the record",
     Format::kJsonLines,
     "{\"id\": \"1\", \"body\": \"<p>One.</p>\"}\n"
     "{\"id\": \"2\", \"body\": \"<!-- factlint-disable-next-line stale -->\\n<p>Two.</p>\"}\n"
     "{\"id\": \"3\", \"body\": \"Three. [factlint-disable]\"}\n",
     {"factlint-disable-next-line [stale] 2-2 @2:22", "factlint-disable [] 3-3 @3:29"}},
    {"json lines: escaped markup is found, at the line start",
     Format::kJsonLines,
     "{\"body\": \"\\u003c!-- factlint-disable-line stale --\\u003e\"}\n",
     {"factlint-disable-line [stale] 1-1 @1:21"}},
    {"crlf line ends",
     Format::kMarkdown,
     "<!-- factlint-disable-next-line x -->\r\n\r\nText.\r\n",
     {"factlint-disable-next-line [x] 3-3 @1:1"}},
};

TEST(ParseDirectivesTest, Table) {
  for (const ParseCase& c : kParseCases) {
    const Document doc = MakeDocument("a", c.format, c.source);
    std::vector<std::string> got;
    for (const Directive& d : ParseDirectives(doc)) got.push_back(Describe(d));
    EXPECT_EQ(got, c.want) << c.name;
  }
}

TEST(ParseDirectivesTest, LocationIsTheWholeCommentOnTheDocumentPath) {
  const Document doc = MakeDocument("drafts/a.md", Format::kMarkdown,
                                    "Hi.\nX <!-- factlint-disable-line -- why -->\n");
  const std::vector<Directive> directives = ParseDirectives(doc);
  ASSERT_EQ(directives.size(), 1u);
  const Location& loc = directives[0].location;
  EXPECT_EQ(loc.path, "drafts/a.md");
  EXPECT_EQ(loc.line, 2);
  EXPECT_EQ(loc.column, 3);
  EXPECT_EQ(loc.end_line, 2);
  EXPECT_EQ(loc.end_column, 40);
  EXPECT_EQ(loc.text, "<!-- factlint-disable-line -- why -->");
  EXPECT_EQ(directives[0].reason, "why");
}

TEST(ParseDirectivesTest, NoSourceNoDirectives) {
  Document doc;
  doc.path = "a.md";
  EXPECT_TRUE(ParseDirectives(doc).empty());
}

}  // namespace
}  // namespace factlint::suppress
