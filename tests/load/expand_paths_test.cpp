// ExpandPaths: explicit files as given, directories walked recursively and
// sorted, hidden entries and unknown extensions skipped.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/load/load.h"

namespace factlint::load {
namespace {

const std::string kFixtures = FACTLINT_LOAD_FIXTURES;

TEST(ExpandPaths, WalksSortedRecursiveSkippingHidden) {
  struct Case {
    const char* name;
    std::vector<std::string> paths;
    std::vector<std::string> expected;
  };
  const std::string tree = kFixtures + "/tree";
  const Case cases[] = {
      {"a directory",
       {tree},
       {tree + "/a/deeper/two.html", tree + "/a/one.md", tree + "/b.txt", tree + "/z.jsonl"}},
      {"a directory with a trailing slash",
       {tree + "/a/"},
       {tree + "/a/deeper/two.html", tree + "/a/one.md"}},
      {"explicit files keep their order, even hidden ones",
       {tree + "/z.jsonl", tree + "/.hidden.txt", tree + "/b.txt"},
       {tree + "/z.jsonl", tree + "/.hidden.txt", tree + "/b.txt"}},
      {"duplicates are dropped",
       {tree + "/b.txt", tree},
       {tree + "/b.txt", tree + "/a/deeper/two.html", tree + "/a/one.md", tree + "/z.jsonl"}},
      {"nothing", {}, {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto files = ExpandPaths(c.paths);
    ASSERT_TRUE(files.ok()) << files.error().ToString();
    EXPECT_EQ(*files, c.expected);
  }
}

TEST(ExpandPaths, EveryWalkedFileLoads) {
  auto files = ExpandPaths({kFixtures});
  ASSERT_TRUE(files.ok()) << files.error().ToString();
  EXPECT_EQ(files->size(), 8u);  // 4 articles + 4 in tree/
  for (const std::string& file : *files) {
    auto docs = LoadFile(file, Role::kArchive);
    EXPECT_TRUE(docs.ok()) << docs.error().ToString();
  }
}

TEST(FormatForPath, KnownExtensions) {
  struct Case {
    const char* path;
    std::optional<Format> format;
  };
  const Case cases[] = {
      {"a.txt", Format::kText},        {"a.TXT", Format::kText},
      {"a.md", Format::kMarkdown},     {"a.markdown", Format::kMarkdown},
      {"a.html", Format::kHtml},       {"a.htm", Format::kHtml},
      {"a.jsonl", Format::kJsonLines}, {"a.ndjson", Format::kJsonLines},
      {"a.json", std::nullopt},        {"README", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(FormatForPath(c.path), c.format) << c.path;
}

TEST(SniffFormat, OnlyWhenClear) {
  struct Case {
    const char* bytes;
    std::optional<Format> format;
  };
  const Case cases[] = {
      {" date 2024-01-29 Body", Format::kText},
      {"\xEF\xBB\xBF"
       "date: 2024-01-29\nBody",
       Format::kText},
      {"Date night", std::nullopt},
      {"<!DOCTYPE html><p>x</p>", Format::kHtml},
      {"  <html lang=en>", Format::kHtml},
      {"{\"body\": \"x\"}", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(SniffFormat(c.bytes), c.format) << c.bytes;
}

}  // namespace
}  // namespace factlint::load
