// Each format loads its fixture: metadata, and the text with markup gone.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/load/load.h"

namespace factlint::load {
namespace {

const std::string kFixtures = FACTLINT_LOAD_FIXTURES;

struct FormatCase {
  const char* file;
  Format format;
  const char* published;
  const char* title;
  const char* url;
  std::vector<std::string> paragraphs;  // exactly the text, one paragraph each
};

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

TEST(LoadFormats, EachFixtureLoads) {
  const FormatCase cases[] = {
      {"article.txt",
       Format::kText,
       "2024-03-05",
       "",
       "",
       {"The Glass Orchard, the fantasy series about a family of orchard-keepers on the island "
        "of Véranne, returns to Lumenstream on April 12, its creator said Tuesday.",
        "“We finished shooting in Oct. 2023 and it’s been a long wait,” showrunner Inès "
        "Calloway, 47, told reporters. “The second season is darker. It’s also funnier.”",
        "The first season premiered in June 2022 and drew 9.5 million viewers in its first week, "
        "according to Dr. Amos Fell of the U.S. research firm Pollwise Inc. It earned 11 "
        "nominations."}},
      {"article.md",
       Format::kMarkdown,
       "2024-03-05",
       "The Glass Orchard returns",
       "https://example.com/glass-orchard",
       {"The Glass Orchard is back",
        "The fantasy series about the orchard-keepers of Véranne returns to Lumenstream on "
        "April 12. ",
        "“It’s been a long wait,” said Inès Calloway, 47.", "Season 1 premiered in June 2022.",
        "It drew 9.5 million viewers."}},
      {"article.html",
       Format::kHtml,
       "2024-03-05",
       "The Glass Orchard returns",
       "https://example.com/glass-orchard",
       {"The Glass Orchard is back",
        "The fantasy series about the orchard-keepers of Véranne returns to Lumenstream on "
        "April 12 — its creator said Tuesday.",
        "“It’s been a long wait,” said Inès Calloway, 47.", "She thanked the fans.",
        "Season 1 premiered in June 2022 and drew 9.5 million viewers."}},
  };
  for (const FormatCase& c : cases) {
    SCOPED_TRACE(c.file);
    auto docs = LoadFile(kFixtures + "/" + c.file, Role::kArchive);
    ASSERT_TRUE(docs.ok()) << docs.error().ToString();
    ASSERT_EQ(docs->size(), 1u);
    const Document& doc = docs->front();
    EXPECT_EQ(doc.format, c.format);
    EXPECT_EQ(doc.role, Role::kArchive);
    EXPECT_EQ(doc.path, kFixtures + "/" + c.file);
    ASSERT_TRUE(doc.published.has_value());
    EXPECT_EQ(FormatIsoDate(*doc.published), c.published);
    EXPECT_EQ(doc.title, c.title);
    EXPECT_EQ(doc.url, c.url);
    EXPECT_EQ(Paragraphs(doc.text), c.paragraphs) << doc.text;
    ASSERT_NE(doc.source, nullptr);
  }
}

TEST(LoadFormats, JsonLinesHasOneDocumentPerRecord) {
  auto docs = LoadFile(kFixtures + "/articles.jsonl", Role::kDraft);
  ASSERT_TRUE(docs.ok()) << docs.error().ToString();
  ASSERT_EQ(docs->size(), 3u);
  struct Expected {
    const char* id;
    const char* published;
    const char* title;
    const char* url;
    const char* text;
  };
  const Expected expected[] = {
      // The title the body does not repeat is its headline.
      {"go-1", "2024-03-05", "The Glass Orchard returns", "https://example.com/go-1",
       "The Glass Orchard returns\n\nThe fantasy series returns to Lumenstream on April "
       "12.\n\n“It’s been a long wait,” said "
       "Inès Calloway, 47."},
      {"2", "2024-06-01", "", "",
       "Season 2 drew 7.1 million viewers — fewer than season 1.\n\nA third season is \"in "
       "talks\"."},
      {"https://example.com/go-3", "2024-07-10", "", "https://example.com/go-3",
       "Production on season 3 began in July."},
  };
  for (size_t i = 0; i < 3; ++i) {
    SCOPED_TRACE(i);
    const Document& doc = (*docs)[i];
    EXPECT_EQ(doc.format, Format::kJsonLines);
    EXPECT_EQ(doc.path, kFixtures + "/articles.jsonl");
    EXPECT_EQ(doc.id, expected[i].id);
    ASSERT_TRUE(doc.published.has_value());
    EXPECT_EQ(FormatIsoDate(*doc.published), expected[i].published);
    EXPECT_EQ(doc.title, expected[i].title);
    EXPECT_EQ(doc.url, expected[i].url);
    EXPECT_EQ(doc.text, expected[i].text);
    EXPECT_EQ(doc.source.get(), docs->front().source.get());  // one file, one SourceText
  }
}

// Smaller inputs, one quirk each.
TEST(LoadFormats, Variants) {
  struct Case {
    const char* path;
    const char* bytes;
    const char* published;  // "" for none
    const char* text;
  };
  const Case cases[] = {
      {"no-date.txt", "Just a body.\nSecond line.", "", "Just a body.\nSecond line."},
      {"colon.txt", "date: 2024-01-29\nBody on the next line.", "2024-01-29",
       "Body on the next line."},
      {"no-space.txt", "date 2024-01-29 Body.", "2024-01-29", "Body."},
      {"datetime.txt", " date 2024-01-29T10:00:00Z Body.", "2024-01-29", "Body."},
      {"date-word.txt", "Date night was a hit.", "", "Date night was a hit."},
      {"crlf.txt", " date 2024-01-29 One.\r\n\r\nTwo.\r\n", "2024-01-29", "One.\n\nTwo.\n"},
      {"no-front.md", "Plain *Markdown* body.", "", "Plain Markdown body."},
      {"published-key.md", "---\npublished: '2024-02-01'\n---\nBody.", "2024-02-01", "Body."},
      // Dates as CMS exports write them.
      {"written.md", "---\ndate: March 5, 2024\n---\nBody.", "2024-03-05", "Body."},
      {"abbreviated.md", "---\ndate: Sept. 5, 2024\n---\nBody.", "2024-09-05", "Body."},
      {"day-first.md", "---\ndate: 5th March 2024\n---\nBody.", "2024-03-05", "Body."},
      {"weekday.md", "---\ndate: 'Wednesday, March 6, 2024'\n---\nBody.", "2024-03-06", "Body."},
      {"rfc3339.md", "---\ndate: 2024-03-05T23:30:00-05:00\n---\nBody.", "2024-03-05", "Body."},
      {"written.jsonl", "{\"published\": \"Mar 5, 2024\", \"body\": \"x\"}", "2024-03-05", "x"},
      {"escapes.md", "---\ndate: 2024-02-01\n---\nA \\*literal\\* star and AT&amp;T.", "2024-02-01",
       "A *literal* star and AT&T."},
      {"snake.md", "---\ndate: 2024-02-01\n---\nThe file_name stays; 5 * 3 too; _this_ goes.",
       "2024-02-01", "The file_name stays; 5 * 3 too; this goes."},
      {"ref-link.md", "---\ndate: 2024-02-01\n---\nSee [the site][1].\n\n[1]: https://example.com",
       "2024-02-01", "See the site."},
      {"comment.md", "---\ndate: 2024-02-01\n---\nBefore <!-- a\nmulti-line\ncomment --> after.",
       "2024-02-01", "Before  after."},
      {"comment-at-line-end.md", "---\ndate: 2024-02-01\n---\nfoo <!--\nbar --> baz", "2024-02-01",
       "foo  baz"},
      {"setext.md", "---\ndate: 2024-02-01\n---\nTitle\n=====\nBody.", "2024-02-01",
       "Title\n\nBody."},
      {"nested.md", "---\ndate: 2024-02-01\n---\n> - quoted item\n> more", "2024-02-01",
       "quoted item more"},
      {"jsonld.html",
       "<script type=\"application/ld+json\">{\"datePublished\": \"2024-05-06T07:00:00Z\"}"
       "</script><p>Body.</p>",
       "2024-05-06", "Body."},
      {"time.html",
       "<main><p>On <time datetime=\"10:00\">ten</time></p>"
       "<time datetime=\"2024-05-07\">May 7</time></main>",
       "2024-05-07", "On ten\n\nMay 7"},
      {"pubdate.html", "<meta name=\"pubdate\" content=\"2024-05-08\"><p>Body.</p>", "2024-05-08",
       "Body."},
      {"itemprop.html", "<span itemprop=\"datePublished\" content=\"2024-05-09\"></span><p>x</p>",
       "2024-05-09", "x"},
      {"no-article.html",
       "<html><head><title>T</title></head><body><header>Site</header><nav>Menu</nav>"
       "<div>Main &amp; text</div><footer>Foot</footer></body></html>",
       "", "T\n\nMain & text"},
      {"unclosed-head.html", "<html><head><title>T</title><body><p>Text.</p>", "", "Text."},
      {"malformed.html", "<p>Broken <b attr=\"x>y\" =z>text</B></p><p>a < b & c</p></nope><", "",
       "Broken text\n\na < b & c\n\n<"},
      {"unclosed-attribute.html", "<p>Kept</p><b attr=\"x>lost to the end of file", "", "Kept"},
      {"numeric.html", "<p>&#8217;&#x2019;&#146;&#0;&bogus; &amp</p>", "",
       "’’’\xEF\xBF\xBD&bogus; &amp"},
      {"table.html", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "",
       "a b\n\nc"},
      {"plain-body.jsonl", "{\"published\": \"2024-01-01\", \"body\": \"a < b and x > y\"}",
       "2024-01-01", "a < b and x > y"},
      {"no-ext-sniff", " date 2024-01-03 Sniffed.", "2024-01-03", "Sniffed."},
      // A title the body does not open with is the headline, its own
      // paragraph; not when the body repeats it or opens with a heading of
      // its own, or (HTML) the page has an <h1>; a <title>'s site name is
      // cut off.
      {"title.md", "---\ndate: 2024-02-01\ntitle: \"Film delayed to 2025\"\n---\nBody.",
       "2024-02-01", "Film delayed to 2025\n\nBody."},
      {"repeated.md", "---\ndate: 2024-02-01\ntitle: Film delayed\n---\nFILM DELAYED!\n\nBody.",
       "2024-02-01", "FILM DELAYED!\n\nBody."},
      {"heading.md", "---\ndate: 2024-02-01\ntitle: Film delayed\n---\n# Another\n\nBody.",
       "2024-02-01", "Another\n\nBody."},
      {"title.jsonl",
       "{\"published\": \"2024-01-01\", \"title\": \"A \\\"new\\\" date\", \"body\": \"x\"}",
       "2024-01-01", "A \"new\" date\n\nx"},
      {"title.html", "<title>Film delayed | The Site</title><p>Body.</p>", "",
       "Film delayed\n\nBody."},
      {"h1.html", "<title>Film delayed</title><h1>Other</h1><p>Body.</p>", "", "Other\n\nBody."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    auto docs = LoadBuffer(c.path, c.bytes, Role::kDraft);
    ASSERT_TRUE(docs.ok()) << docs.error().ToString();
    ASSERT_EQ(docs->size(), 1u);
    const Document& doc = docs->front();
    EXPECT_EQ(doc.published ? FormatIsoDate(*doc.published) : "", c.published);
    EXPECT_EQ(doc.text, c.text);
  }
}

TEST(LoadFormats, AHeadlineFromTheTitleIsFoundWhereTheTitleIsWritten) {
  struct Case {
    const char* path;
    const char* bytes;
    int line;
    int column;
  };
  const Case cases[] = {
      {"t.md", "---\ndate: 2024-02-01\ntitle: Film delayed to 2025\n---\nBody.", 3, 24},
      {"t.jsonl",
       "{\"published\": \"2024-01-01\", \"title\": \"Film delayed to 2025\", \"body\": \"x\"}", 1,
       55},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    auto docs = LoadBuffer(c.path, c.bytes, Role::kDraft);
    ASSERT_TRUE(docs.ok()) << docs.error().ToString();
    const Document& doc = docs->front();
    const auto at = static_cast<uint32_t>(doc.text.find("2025"));
    ASSERT_NE(doc.text.find("2025"), std::string::npos);
    const Location loc = doc.LocationOf({at, at + 4});
    EXPECT_EQ(loc.line, c.line);
    EXPECT_EQ(loc.column, c.column);
    EXPECT_EQ(loc.text, "2025");
  }
}

}  // namespace
}  // namespace factlint::load
