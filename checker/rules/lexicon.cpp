#include "checker/rules/lexicon.h"

#include <cctype>

#include "checker/core/regex_letters.h"

namespace factlint::rules {
namespace {

bool IsNameStart(char c) {
  return c >= 'A' && c <= 'Z';
}
bool IsNameChar(char c) {
  return IsNameStart(c) || (c >= '0' && c <= '9') || c == '_';
}

// The length of a {NAME} reference at pattern[i] ('{'), or 0.
size_t ReferenceLength(const std::string& pattern, size_t i) {
  if (pattern[i] != '{' || i + 1 >= pattern.size() || !IsNameStart(pattern[i + 1])) return 0;
  size_t j = i + 1;
  while (j < pattern.size() && IsNameChar(pattern[j])) ++j;
  if (j >= pattern.size() || pattern[j] != '}') return 0;
  return j + 1 - i;
}

}  // namespace

Status Lexicon::Add(const std::string& name, const std::string& pattern, const YAML::Node& node,
                    const YamlFile* file) {
  if (entries_.count(name) > 0) {
    const Entry& first = entries_.at(name);
    std::string where = first.file ? first.file->path() : "";
    if (first.node.Mark().line >= 0) where += ":" + std::to_string(first.node.Mark().line + 1);
    return file->ErrorAt(node, "sub-pattern {" + name + "} is already defined at " + where);
  }
  entries_[name] = Entry{pattern, node, file};
  expanded_.clear();  // an entry may change what earlier expansions meant
  return Status();
}

std::vector<std::string> Lexicon::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, entry] : entries_) names.push_back(name);
  return names;
}

Result<std::string> Lexicon::Expand(const std::string& pattern, const YAML::Node& node,
                                    const YamlFile& file) const {
  std::vector<std::string> stack;
  Result<std::string> expanded = ExpandRecursive(pattern, node, file, stack);
  if (!expanded.ok()) return expanded;
  return CompactLetterClasses(AcceptCurlyApostrophes(*expanded));
}

Result<std::string> Lexicon::ExpandRecursive(const std::string& pattern, const YAML::Node& node,
                                             const YamlFile& file,
                                             std::vector<std::string>& stack) const {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      // \p{Lu}, \P{Greek}: a Unicode class, not a sub-pattern.
      size_t end = i + 2;
      if ((pattern[i + 1] == 'p' || pattern[i + 1] == 'P') && end < pattern.size() &&
          pattern[end] == '{') {
        const size_t close = pattern.find('}', end);
        if (close != std::string::npos) end = close + 1;
      }
      out += pattern.substr(i, end - i);
      i = end - 1;
      continue;
    }
    const size_t length = ReferenceLength(pattern, i);
    if (length == 0) {
      out += pattern[i];
      continue;
    }
    const std::string name = pattern.substr(i + 1, length - 2);
    auto it = entries_.find(name);
    if (it == entries_.end()) {
      std::string known =
          Names().empty() ? "none are defined" : "known: " + JoinAlternatives(Names());
      return file.ErrorInScalar(node, i, "unknown sub-pattern {" + name + "}; " + known);
    }
    for (size_t k = 0; k < stack.size(); ++k) {
      if (stack[k] == name) {
        std::string cycle;
        for (size_t m = k; m < stack.size(); ++m) cycle += "{" + stack[m] + "} -> ";
        return file.ErrorInScalar(node, i, "sub-pattern cycle: " + cycle + "{" + name + "}");
      }
    }
    // An entry expands the same way wherever it is used: expanded once.
    // (One that expanded has no cycle below it.)
    auto cached = expanded_.find(name);
    if (cached == expanded_.end()) {
      stack.push_back(name);
      const Entry& entry = it->second;
      Result<std::string> inner = ExpandRecursive(entry.pattern, entry.node, *entry.file, stack);
      stack.pop_back();
      if (!inner.ok()) return inner;
      cached = expanded_.emplace(name, std::move(*inner)).first;
    }
    out += "(?:";
    out += cached->second;
    out += ")";
    // Sub-patterns that repeat each other ("{A}{A}" where A is "{B}{B}"...)
    // grow exponentially: a hostile rule file must be an error, not a
    // process that runs out of memory.
    constexpr size_t kMaxExpanded = 1 << 20;
    if (out.size() > kMaxExpanded)
      return file.ErrorInScalar(node, i,
                                "sub-patterns expand to more than 1 MiB of regex here; a "
                                "sub-pattern repeats others too often");
    i += length - 1;
  }
  return out;
}

std::string AcceptCurlyApostrophes(const std::string& pattern) {
  static const std::string kCurly = "\xE2\x80\x99";  // ’
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += pattern.substr(i, 2);
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      if (c == '\'') out += kCurly;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      // A ']' right after '[' or '[^' is a literal member.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      continue;
    }
    if (c == '\'') {
      out += "['" + kCurly + "]";
      continue;
    }
    out += c;
  }
  return out;
}

const RuleKind LexiconRule::kKind = {
    "lexicon", nullptr, "entries",
    [](const YamlFile& file, const YAML::Node& node,
       RuleInfo info) -> Result<std::unique_ptr<Rule>> {
      const YAML::Node entries = node["entries"];
      if (!entries)
        return file.ErrorAt(node, "missing required key 'entries' (a map NAME: pattern)");
      if (!entries.IsMap()) {
        return file.ErrorAt(
            entries, "'entries' must be a map of NAME: pattern, found a " + NodeTypeName(entries));
      }
      std::vector<Item> items;
      for (const auto& entry_pair : entries) {
        const YAML::Node key_node = entry_pair.first;
        const YAML::Node value_node = entry_pair.second;
        const std::string name = key_node.Scalar();
        bool valid = !name.empty() && IsNameStart(name[0]);
        for (char c : name) valid = valid && IsNameChar(c);
        if (!valid) {
          return file.ErrorAt(key_node, "sub-pattern name '" + name +
                                            "' must be upper case: a letter, then letters, "
                                            "digits or underscores (like PERSON or AGE_WORD)");
        }
        std::string pattern;
        if (value_node.IsScalar()) {
          pattern = value_node.Scalar();
        } else if (value_node.IsSequence()) {
          for (const YAML::Node& alt : value_node) {
            if (!alt.IsScalar()) {
              return file.ErrorAt(alt, "each alternative of {" + name + "} must be a string");
            }
            if (!pattern.empty()) pattern += "|";
            pattern += alt.Scalar();
          }
        } else {
          return file.ErrorAt(value_node, "{" + name + "} must be a pattern or a list of patterns");
        }
        if (pattern.find("(?P<") != std::string::npos || pattern.find("(?<") != std::string::npos) {
          return file.ErrorAt(value_node, "sub-pattern {" + name +
                                              "} must not contain named groups; use (?:...) "
                                              "and let the rule name its captures");
        }
        items.push_back(Item{name, pattern, value_node});
      }
      return std::unique_ptr<Rule>(new LexiconRule(std::move(info), std::move(items)));
    }};

Status LexiconRule::AddTo(Lexicon& lexicon, const YamlFile& file) const {
  for (const Item& item : items_) {
    Status added = lexicon.Add(item.name, item.pattern, item.node, &file);
    if (!added.ok()) return added;
  }
  return Status();
}

std::string LexiconRule::Explain() const {
  std::string out;
  for (const Item& item : items_) out += "{" + item.name + "}: " + item.pattern + "\n";
  return out;
}

}  // namespace factlint::rules
