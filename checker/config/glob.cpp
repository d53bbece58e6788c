#include "checker/config/glob.h"

#include <filesystem>
#include <system_error>

namespace factlint::config {
namespace {

// A backtracking matcher that remembers the (pattern, path) positions it has
// already failed from, so "*a*a*a*b" against a long path stays polynomial.
class Matcher {
 public:
  Matcher(std::string_view pattern, std::string_view path)
      : p_(pattern), s_(path), failed_((pattern.size() + 1) * (path.size() + 1), 0) {}

  bool Match(size_t pi, size_t si) {
    char& failed = failed_[pi * (s_.size() + 1) + si];
    if (failed) return false;
    const bool matched = MatchFrom(pi, si);
    if (!matched) failed = 1;
    return matched;
  }

 private:
  // "**" counts as "any number of directories" only as a whole segment.
  bool IsDirectoryStar(size_t pi) const {
    return p_.compare(pi, 2, "**") == 0 && (pi == 0 || p_[pi - 1] == '/') &&
           (pi + 2 == p_.size() || p_[pi + 2] == '/');
  }

  bool MatchFrom(size_t pi, size_t si) {
    while (pi < p_.size()) {
      const char c = p_[pi];
      if (c == '*') {
        if (IsDirectoryStar(pi)) {
          if (pi + 2 == p_.size()) return true;
          const size_t rest = pi + 3;  // after "**/"
          if (Match(rest, si)) return true;
          for (size_t k = si; k < s_.size(); ++k)
            if (s_[k] == '/' && Match(rest, k + 1)) return true;
          return false;
        }
        size_t next = pi;
        while (next < p_.size() && p_[next] == '*') ++next;
        for (size_t k = si;; ++k) {
          if (Match(next, k)) return true;
          if (k == s_.size() || s_[k] == '/') return false;
        }
      }
      if (si == s_.size()) return false;
      if (c == '?') {
        if (s_[si] == '/') return false;
        ++si;  // and the rest of a multi-byte code point
        while (si < s_.size() && (static_cast<unsigned char>(s_[si]) & 0xC0) == 0x80) ++si;
        ++pi;
        continue;
      }
      if (c == '[') {
        bool in_class = false;
        const size_t end = MatchClass(pi, static_cast<unsigned char>(s_[si]), in_class);
        if (end != std::string_view::npos) {
          if (!in_class || s_[si] == '/') return false;
          pi = end + 1;
          ++si;
          continue;
        }
        // Unterminated: a literal '['.
      }
      char literal = c;
      if (c == '\\' && pi + 1 < p_.size()) literal = p_[++pi];
      if (s_[si] != literal) return false;
      ++pi;
      ++si;
    }
    return si == s_.size();
  }

  // Parses the class starting at p_[open] == '['. Returns the index of its
  // closing ']' (npos when there is none) and sets `in_class` to whether `ch`
  // belongs to it.
  size_t MatchClass(size_t open, unsigned char ch, bool& in_class) const {
    size_t j = open + 1;
    bool negated = false;
    if (j < p_.size() && (p_[j] == '!' || p_[j] == '^')) {
      negated = true;
      ++j;
    }
    bool found = false;
    bool first = true;
    while (j < p_.size()) {
      if (p_[j] == ']' && !first) {
        in_class = found != negated;
        return j;
      }
      first = false;
      unsigned char lo = static_cast<unsigned char>(p_[j]);
      if (lo == '\\' && j + 1 < p_.size()) lo = static_cast<unsigned char>(p_[++j]);
      unsigned char hi = lo;
      if (j + 2 < p_.size() && p_[j + 1] == '-' && p_[j + 2] != ']') {
        hi = static_cast<unsigned char>(p_[j + 2]);
        j += 2;
      }
      if (lo <= ch && ch <= hi) found = true;
      ++j;
    }
    return std::string_view::npos;
  }

  std::string_view p_;
  std::string_view s_;
  std::vector<char> failed_;
};

// "./a//b/../c\\d" -> "a/c/d"; "." -> "".
std::string NormalizePath(std::string_view raw) {
  std::string slashed(raw);
  for (char& c : slashed)
    if (c == '\\') c = '/';
  std::string out = std::filesystem::path(slashed).lexically_normal().generic_string();
  while (out.size() >= 2 && out.compare(0, 2, "./") == 0) out.erase(0, 2);
  if (out == ".") out.clear();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

std::string NormalizePattern(std::string_view raw) {
  std::string out(raw);
  while (out.size() >= 2 && out.compare(0, 2, "./") == 0) out.erase(0, 2);
  while (!out.empty() && out.front() == '/') out.erase(0, 1);
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

bool PatternIgnores(const std::string& pattern, const std::string& path) {
  if (pattern.empty() || path.empty()) return false;
  const bool anchored = pattern.find('/') != std::string::npos;
  size_t start = 0;
  while (true) {
    const size_t slash = path.find('/', start);
    const size_t end = slash == std::string::npos ? path.size() : slash;
    const std::string_view candidate =
        anchored ? std::string_view(path).substr(0, end)  // a leading directory, or the path
                 : std::string_view(path).substr(start, end - start);  // one component
    if (GlobMatch(pattern, candidate)) return true;
    if (slash == std::string::npos) return false;
    start = slash + 1;
  }
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view path) {
  return Matcher(pattern, path).Match(0, 0);
}

bool IsIgnored(const std::vector<std::string>& globs, std::string_view path,
               const std::string& base_dir) {
  std::vector<std::string> candidates = {NormalizePath(path)};
  if (!base_dir.empty()) {
    std::error_code ec;
    const auto absolute_path = std::filesystem::absolute(std::string(path), ec);
    const auto absolute_base = std::filesystem::absolute(base_dir, ec);
    if (!ec) {
      const std::string relative =
          NormalizePath(absolute_path.lexically_relative(absolute_base).generic_string());
      const bool outside = relative == ".." || relative.compare(0, 3, "../") == 0;
      if (!relative.empty() && !outside) candidates.push_back(relative);
    }
  }
  for (const std::string& glob : globs) {
    const std::string pattern = NormalizePattern(glob);
    for (const std::string& candidate : candidates)
      if (PatternIgnores(pattern, candidate)) return true;
  }
  return false;
}

}  // namespace factlint::config
