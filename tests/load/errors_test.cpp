// Every kind of bad input yields an Error naming the file, the line and
// column when there is one, and what would be right.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "checker/load/load.h"

namespace factlint::load {
namespace {

struct ErrorCase {
  const char* path;
  std::string bytes;
  int line;
  int column;
  const char* message;  // a part of the message that must appear
};

TEST(LoadErrors, BadInputNamesFileLineColumnAndFix) {
  const ErrorCase cases[] = {
      {"empty.txt", "", 0, 0,
       "file is empty; expected an article starting with ' date YYYY-MM-DD'"},
      {"blank.txt", " \n\t\n", 0, 0, "file is empty"},
      {"blank.md", "  \n\n", 0, 0, "file is empty; expected Markdown starting with front matter"},
      {"empty.html", "", 0, 0, "file is empty; expected an HTML article"},
      {"empty.jsonl", "\n\n", 0, 0,
       "file is empty; expected one JSON object per line with 'published' and 'body'"},
      {"bom-only.txt", "\xEF\xBB\xBF", 0, 0, "file is empty"},
      {"binary.txt", std::string("PK\x03\x04\x00\x00", 6), 0, 0,
       "file looks binary (it has NUL or control bytes); expected a UTF-8 text article"},
      {"bad-utf8.txt", " date 2024-01-02 Caf\xC3 ok", 1, 21,
       "invalid UTF-8 (byte 0xC3); expected UTF-8 text"},
      {"bad-utf8-line2.txt", " date 2024-01-02 ok\nna\xEF\xBF", 2, 3, "invalid UTF-8 (byte 0xEF)"},
      {"bad-utf8-bom.md", "\xEF\xBB\xBFz\xFF", 1, 2, "invalid UTF-8 (byte 0xFF)"},
      {"bad-month.txt", " date 2024-13-45 Body.", 1, 7,
       "malformed publication date '2024-13-45': month 13 is out of range 01-12; expected "
       "YYYY-MM-DD in the ' date YYYY-MM-DD' line"},
      {"bad-day.txt", "date: 2024-02-30\nBody.", 1, 7,
       "'2024-02-30': day 30 is out of range 01-29"},
      {"not-a-date.txt", " date 2024/01/05 Body.", 1, 7,
       "'2024/01/05' is not a date; expected YYYY-MM-DD"},
      {"empty-date.txt", "date:\nBody.", 1, 6, "the date line has no date"},
      {"bom-bad-date.txt", "\xEF\xBB\xBF date 2024-00-10 x", 1, 7, "month 0 is out of range"},
      {"bad-yaml.md", "---\ndate: 2024-01-01\ntitle: Élan: the return\n---\nBody.", 3, 12,
       "malformed front matter: illegal map value; expected YAML keys"},
      {"bad-yaml-indent.md", "---\ndate: 2024-01-01\n  title: [x\n---\nBody.", 3, 8,
       "expected YAML keys like 'date: 2024-01-29' between '---' lines"},
      {"unclosed-front.md", "---\ndate: 2024-01-01\nBody.\n", 1, 1,
       "front matter opened with '---' is never closed; expected a '---' line"},
      {"bad-date.md", "---\ntitle: Été\ndate: 2024-02-30\n---\nBody.", 3, 7,
       "malformed publication date '2024-02-30': day 30 is out of range 01-29 for that month; "
       "expected YYYY-MM-DD in the front matter's 'date:'"},
      {"list-date.md", "---\ndate: [2024-01-01]\n---\nBody.", 2, 7,
       "front matter 'date' must be a single value; expected e.g. 'date: 2024-01-29'"},
      {"not-a-map.md", "---\n- a\n- b\n---\nBody.", 2, 1, "front matter is not a mapping"},
      {"bad-meta.html",
       "<html><head>\n<meta property=\"article:published_time\" content=\"2024-99-01\">\n</head>",
       2, 50, "month 99 is out of range 01-12; expected YYYY-MM-DD in the page's publication date"},
      {"trailing-comma.jsonl",
       "{\"published\": \"2024-01-01\", \"body\": \"ok\"}\n"
       "{\"published\": \"2024-01-01\", \"body\": \"é\",}\n",
       2, 41, "malformed JSON: syntax error while parsing object key"},
      {"truncated.jsonl", "{\"published\": \"2024-01-01\", \"body\": \"x", 1, 39,
       "malformed JSON: "},
      {"no-body.jsonl", "  {\"published\": \"2024-01-01\"}", 1, 3,
       "record has no \"body\" key; expected one JSON object per line like {\"published\""},
      {"no-published.jsonl", "{\"body\": \"x\"}", 1, 1, "record has no \"published\" key"},
      {"body-number.jsonl", "{\"published\": \"2024-01-01\", \"body\": 5}", 1, 37,
       "\"body\" must be a string"},
      {"title-list.jsonl", "{\"published\": \"2024-01-01\", \"body\": \"x\", \"title\": []}", 1, 51,
       "\"title\" must be a string"},
      {"bad-published.jsonl", "\n{\"published\": \"2024-1-5\", \"body\": \"x\"}", 2, 16,
       "malformed publication date '2024-1-5' is not a date; expected YYYY-MM-DD, e.g. "
       "2024-01-29 in \"published\""},
      {"array.jsonl", "[1, 2]", 1, 1, "not a JSON object; expected one JSON object per line"},
      {"impossible-day.jsonl", "{\"published\": \"February 30, 2024\", \"body\": \"x\"}", 1, 16,
       "malformed publication date 'February 30, 2024'"},
      {"season.jsonl", "{\"published\": \"Spring 2024\", \"body\": \"x\"}", 1, 16,
       "malformed publication date 'Spring 2024'"},
      {"notes.docx", "whatever", 0, 0,
       "unknown article format; expected one of the extensions .txt, .md, .markdown, .html, "
       ".htm, .jsonl, .ndjson"},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.path);
    auto docs = LoadBuffer(c.path, c.bytes, Role::kDraft);
    if (docs.ok()) {
      ADD_FAILURE() << "loaded without error";
      continue;
    }
    const Error& e = docs.error();
    EXPECT_EQ(e.path, c.path);
    EXPECT_EQ(e.line, c.line) << e.ToString();
    EXPECT_EQ(e.column, c.column) << e.ToString();
    EXPECT_NE(e.message.find(c.message), std::string::npos) << e.ToString();
    EXPECT_EQ(e.category, ErrorCategory::kInput) << e.ToString();
  }
}

TEST(LoadErrors, MissingAndUnreadablePaths) {
  const std::string missing = std::string(FACTLINT_LOAD_FIXTURES) + "/does-not-exist.txt";
  auto docs = LoadFile(missing, Role::kDraft);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.error().ToString(), missing + ": error: no such file or directory");

  auto dir = LoadFile(FACTLINT_LOAD_FIXTURES, Role::kDraft);
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.error().message.find("is a directory; expected a file"), std::string::npos);

  auto files = ExpandPaths({std::string(FACTLINT_LOAD_FIXTURES) + "/article.txt", missing});
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.error().path, missing);
  EXPECT_EQ(files.error().message, "no such file or directory");

  auto unknown = ExpandPaths({std::string(FACTLINT_LOAD_FIXTURES) + "/tree/notes.csv"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("unknown article format; expected one of the "
                                         "extensions .txt, .md"),
            std::string::npos);
}

// Found by fuzz/fuzz_load: a number beyond a double made nlohmann throw
// out_of_range (not parse_error), which nothing caught: factlint aborted.
TEST(LoadErrors, JsonNumberTooLargeIsAnErrorNotACrash) {
  const std::string line =
      "{\"published\": \"2024-01-01\", \"body\": \"x\", \"n\": 2" + std::string(400, '0') + "}\n";
  auto docs = LoadBuffer("export.jsonl", line, Role::kDraft);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.error().path, "export.jsonl");
  EXPECT_EQ(docs.error().line, 1);
  EXPECT_NE(docs.error().message.find("unreadable JSON value"), std::string::npos)
      << docs.error().ToString();
  auto crash_input = LoadBuffer(
      "a.jsonl", "2440000000000000000000000000E0" + std::string(56, '0') + "1743890977?}\n",
      Role::kDraft);
  EXPECT_FALSE(crash_input.ok());
}

// A file above the maximum document size is refused before it is read,
// with its size and the limit; at the limit it loads.
TEST(LoadErrors, FileAboveTheMaximumSizeNamesItAndTheLimit) {
  const std::string path = std::string(FACTLINT_LOAD_FIXTURES) + "/article.txt";
  const auto size = static_cast<uint64_t>(std::filesystem::file_size(path));
  auto too_big = LoadFile(path, Role::kDraft, size - 1);
  ASSERT_FALSE(too_big.ok());
  EXPECT_EQ(too_big.error().path, path);
  EXPECT_NE(too_big.error().message.find("file is " + std::to_string(size) +
                                         " bytes, more than the maximum document size"),
            std::string::npos)
      << too_big.error().ToString();
  EXPECT_TRUE(LoadFile(path, Role::kDraft, size).ok());
}

}  // namespace
}  // namespace factlint::load
