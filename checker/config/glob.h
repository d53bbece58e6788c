// Glob patterns over paths, for the `ignore:` list of .factlint.yaml.
//
//   GlobMatch("drafts/*.md", "drafts/a.md")          // true
//   GlobMatch("drafts/*.md", "drafts/old/a.md")      // false: * stops at '/'
//   GlobMatch("drafts/**/*.md", "drafts/old/a.md")   // true
//   GlobMatch("**/tmp", "tmp")                       // true: ** is zero or more directories
//   IsIgnored({"*.bak", "vendor"}, "./vendor/x.md")  // true: a bare name matches any component
//
// Syntax (the same as gitignore and most shells, minus negation):
//   *       any run of characters except '/'
//   **      as a whole path segment ("**/", "/**", "a/**/b"): zero or more
//           directories; anywhere else it is an ordinary '*'
//   ?       one character (one UTF-8 code point) except '/'
//   [abc]   one of a, b, c; [a-z] a range; [!a-z] or [^a-z] negated;
//           a ']' right after '[' (or '[!') is a literal; never matches '/';
//           an unterminated '[' is a literal '['
//   \x      the character x literally
// Matching is case-sensitive and byte-exact otherwise.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace factlint::config {

// True when `pattern` matches the whole of `path`. Pure: no normalization of
// either side ("./a" does not match "a"); see IsIgnored for that.
bool GlobMatch(std::string_view pattern, std::string_view path);

// True when any of `globs` ignores `path`, an input path as the user named it
// (or as a directory walk produced it). Both sides are normalized first:
// backslashes become '/', "./" and "x/.." are folded, a leading "/" of a
// pattern is dropped. Then, gitignore-style:
//   - a pattern with no '/' ("*.bak", "scratch") matches any single component
//     of the path, so it ignores files by name and whole directories by name;
//   - a pattern with a '/' ("drafts/old", "archive/**/*.html") matches the
//     path or any of its leading directories ("drafts/old" ignores
//     "drafts/old/a.md").
// When `base_dir` is not empty (the configuration file's directory), the
// path is also tried relative to it, so "drafts/*.md" in /repo/.factlint.yaml
// ignores /repo/drafts/a.md whatever the current directory is.
bool IsIgnored(const std::vector<std::string>& globs, std::string_view path,
               const std::string& base_dir = "");

}  // namespace factlint::config
