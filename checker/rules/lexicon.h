// The `lexicon` rule kind and sub-pattern expansion.
//
// A lexicon names regex fragments that other rules reuse as {NAME}:
//
//   kind: lexicon
//   id: lexicon-people
//   description: names of people
//   entries:
//     PERSON: '(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)'
//     NUMBER: ['\d+', '{NUMBER_WORD}']    # a list is joined as alternatives
//
// Expansion is textual: every {NAME} (an upper-case letter, then upper-case
// letters, digits or underscores) becomes (?:fragment), recursively, before
// RE2 compiles the pattern, so RE2's own repetition braces ({2}, {1,3}) are
// untouched. An unknown name is an error at its line:col in the YAML; a
// cycle (A uses B uses A) is an error naming the cycle. Fragments may not
// contain named groups: the rule's own captures are the only ones.
//
// After expansion every straight apostrophe also accepts a curly one (’),
// so rules are written with ' only.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checker/rules/registry.h"
#include "checker/rules/rule.h"
#include "checker/rules/yaml_file.h"

namespace factlint::rules {

class Lexicon {
 public:
  // Adds an entry; an error if `name` is already defined.
  Status Add(const std::string& name, const std::string& pattern, const YAML::Node& node,
             const YamlFile* file);
  bool Contains(std::string_view name) const { return entries_.count(std::string(name)) > 0; }
  std::vector<std::string> Names() const;

  // Expands every {NAME} in `pattern` (the scalar `node` of `file`, for
  // error positions) and rewrites apostrophes.
  Result<std::string> Expand(const std::string& pattern, const YAML::Node& node,
                             const YamlFile& file) const;

 private:
  struct Entry {
    std::string pattern;
    YAML::Node node;
    const YamlFile* file = nullptr;
  };
  Result<std::string> ExpandRecursive(const std::string& pattern, const YAML::Node& node,
                                      const YamlFile& file, std::vector<std::string>& stack) const;
  std::map<std::string, Entry, std::less<>> entries_;
  // Each entry's expansion, once computed (Add clears it).
  mutable std::map<std::string, std::string, std::less<>> expanded_;
};

// Makes every ' in a regex also match ’ (outside and inside character
// classes; escaped characters are left alone).
std::string AcceptCurlyApostrophes(const std::string& pattern);

class LexiconRule : public Rule {
 public:
  static const RuleKind kKind;  // "lexicon": its keys and parser (registry.h)

  // Adds this rule's entries to `lexicon`.
  Status AddTo(Lexicon& lexicon, const YamlFile& file) const;
  std::string Explain() const override;

 private:
  struct Item {
    std::string name;
    std::string pattern;
    YAML::Node node;
  };
  LexiconRule(RuleInfo info, std::vector<Item> items)
      : Rule(std::move(info)), items_(std::move(items)) {}
  std::vector<Item> items_;
};

}  // namespace factlint::rules
