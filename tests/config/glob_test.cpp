#include "checker/config/glob.h"

#include <gtest/gtest.h>

namespace factlint::config {
namespace {

struct GlobCase {
  const char* pattern;
  const char* path;
  bool matches;
};

const GlobCase kGlobCases[] = {
    // Literals.
    {"a.md", "a.md", true},
    {"a.md", "b.md", false},
    {"a.md", "a.mdx", false},
    {"", "", true},
    {"", "a", false},
    // '*' stays within one path segment.
    {"*.md", "a.md", true},
    {"*.md", ".md", true},
    {"*.md", "drafts/a.md", false},
    {"drafts/*.md", "drafts/a.md", true},
    {"drafts/*.md", "drafts/old/a.md", false},
    {"drafts/*", "drafts/", true},
    {"*", "", true},
    {"a*b*c", "aXbYc", true},
    {"a*b*c", "aXbY/c", false},
    {"*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false},
    // '**' as a segment spans directories, zero or more.
    {"**/a.md", "a.md", true},
    {"**/a.md", "x/y/a.md", true},
    {"drafts/**", "drafts/a.md", true},
    {"drafts/**", "drafts/x/y/a.md", true},
    {"drafts/**", "drafts", false},
    {"drafts/**/a.md", "drafts/a.md", true},
    {"drafts/**/a.md", "drafts/x/y/a.md", true},
    {"drafts/**/a.md", "draftsx/a.md", false},
    {"**", "any/thing/at/all", true},
    // '**' inside a segment is an ordinary '*'.
    {"a**.md", "abc.md", true},
    {"a**.md", "a/b.md", false},
    // '?' is one character, never '/', one code point even when multi-byte.
    {"?.md", "a.md", true},
    {"?.md", "ab.md", false},
    {"a?b", "a/b", false},
    {"caf?.md", "caf\xC3\xA9.md", true},
    // Character classes.
    {"[abc].md", "b.md", true},
    {"[abc].md", "d.md", false},
    {"[a-c]x", "cx", true},
    {"[!a-c]x", "dx", true},
    {"[^a-c]x", "ax", false},
    {"[]]", "]", true},
    {"[a-]", "-", true},
    {"a[/]b", "a/b", false},
    {"[!x]", "/", false},
    {"20[0-9][0-9]-*.md", "2024-profile.md", true},
    // Unterminated class and escapes are literals.
    {"a[b", "a[b", true},
    {"\\*.md", "*.md", true},
    {"\\*.md", "a.md", false},
    {"[\\]]", "]", true},
};

TEST(GlobMatchTest, Table) {
  for (const GlobCase& c : kGlobCases) {
    EXPECT_EQ(GlobMatch(c.pattern, c.path), c.matches)
        << "pattern '" << c.pattern << "' path '" << c.path << "'";
  }
}

struct IgnoreCase {
  std::vector<std::string> globs;
  const char* path;
  const char* base_dir;
  bool ignored;
};

const IgnoreCase kIgnoreCases[] = {
    {{"*.bak"}, "drafts/a.md.bak", "", true},        // a bare name matches any component
    {{"scratch"}, "drafts/scratch/a.md", "", true},  // ... including a directory
    {{"scratch"}, "drafts/scratchpad/a.md", "", false},
    {{"drafts/old"}, "drafts/old/a.md", "", true},     // a leading directory
    {{"drafts/old"}, "x/drafts/old/a.md", "", false},  // a '/' anchors it
    {{"drafts/*.md"}, "./drafts/a.md", "", true},      // "./" is folded
    {{"drafts/*.md"}, "drafts/../drafts/a.md", "", true},
    {{"/drafts/*.md"}, "drafts/a.md", "", true},    // a leading '/' anchors, nothing more
    {{"drafts/"}, "drafts/a.md", "", true},         // a trailing '/' is dropped
    {{"drafts\\*.md"}, "drafts\\a.md", "", false},  // patterns keep their backslash escapes
    {{"drafts/*.md"}, "drafts\\a.md", "", true},    // paths get '/' separators
    {{"a.md", "b.md"}, "b.md", "", true},
    {{}, "b.md", "", false},
    {{"sub/*.md"}, "/repo/sub/a.md", "/repo", true},  // relative to the configuration
    {{"sub/*.md"}, "/elsewhere/sub/a.md", "/repo", false},
};

TEST(IsIgnoredTest, Table) {
  for (const IgnoreCase& c : kIgnoreCases) {
    EXPECT_EQ(IsIgnored(c.globs, c.path, c.base_dir), c.ignored)
        << "path '" << c.path << "' first glob '" << (c.globs.empty() ? "" : c.globs[0]) << "'";
  }
}

}  // namespace
}  // namespace factlint::config
