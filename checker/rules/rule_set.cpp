#include "checker/rules/rule_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>
#include <tuple>

#include "checker/annotate/annotate.h"
#include "checker/core/sha256.h"
#include "checker/mentions/linker.h"
#include "checker/normalize/normalize.h"
#include "checker/rules/frame_rule.h"
#include "checker/rules/guesses.h"
#include "checker/rules/lexicon.h"
#include "checker/rules/registry.h"
#include "checker/rules/superseded.h"
#include "checker/rules/tense.h"
#include "checker/rules/yaml_file.h"

namespace factlint::rules {
namespace {

namespace fs = std::filesystem;

bool IsKebabCase(const std::string& id) {
  if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  char previous = 0;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return id.back() != '-';
}

Result<Date> ParseExampleDate(const YamlFile& file, const YAML::Node& node) {
  if (!node.IsScalar()) return file.ErrorAt(node, "'published' must be a date YYYY-MM-DD");
  Result<Date> date = ParseIsoDate(node.Scalar());
  if (!date.ok()) return file.ErrorAt(node, "'published': " + date.error().message);
  return date;
}

Result<std::vector<Example>> ParseExamples(const YamlFile& file, const YAML::Node& node) {
  std::vector<Example> examples;
  const YAML::Node list = node["examples"];
  if (!list) return examples;
  if (!list.IsSequence()) {
    return file.ErrorAt(list, "'examples' must be a list, found a " + NodeTypeName(list));
  }
  static const std::vector<std::string> kExampleKeys = {"text", "published", "claims", "none",
                                                        "note"};
  static const std::vector<std::string> kClaimKeys = {"subject", "attribute", "value",
                                                      "normalized"};
  for (const YAML::Node& item : list) {
    Status keys = file.CheckKeys(item, kExampleKeys, "an example");
    if (!keys.ok()) return keys.error();
    Example example;
    example.line = item.Mark().line + 1;
    example.column = item.Mark().column + 1;
    Result<std::string> text = file.RequireString(item, "text");
    if (!text.ok()) return text.error();
    example.text = *text;
    if (const YAML::Node published = item["published"]) {
      Result<Date> date = ParseExampleDate(file, published);
      if (!date.ok()) return date.error();
      example.published = *date;
    }
    if (const YAML::Node none = item["none"]) {
      if (!none.IsScalar() || (none.Scalar() != "true" && none.Scalar() != "false")) {
        return file.ErrorAt(none, "'none' must be true or false");
      }
      example.none = none.Scalar() == "true";
    }
    const YAML::Node claims = item["claims"];
    if (claims) {
      if (!claims.IsSequence()) {
        return file.ErrorAt(claims, "'claims' must be a list of {subject, attribute, value}");
      }
      for (const YAML::Node& claim : claims) {
        Status claim_keys = file.CheckKeys(claim, kClaimKeys, "an expected claim");
        if (!claim_keys.ok()) return claim_keys.error();
        ExpectedClaim expected;
        Result<std::string> subject = file.OptionalString(claim, "subject");
        Result<std::string> attribute = file.OptionalString(claim, "attribute");
        Result<std::string> value = file.OptionalString(claim, "value");
        Result<std::string> normalized = file.OptionalString(claim, "normalized");
        for (const auto* r : {&subject, &attribute, &value, &normalized})
          if (!r->ok()) return r->error();
        expected.subject = *subject;
        expected.attribute = *attribute;
        expected.value = *value;
        expected.normalized = *normalized;
        example.claims.push_back(expected);
      }
    }
    if (example.none && !example.claims.empty()) {
      return file.ErrorAt(item, "an example has either 'claims' or 'none: true', not both");
    }
    if (!example.none && example.claims.empty()) {
      return file.ErrorAt(item,
                          "an example needs 'claims' (what it must produce) or "
                          "'none: true' (it must produce nothing)");
    }
    examples.push_back(std::move(example));
  }
  return examples;
}

Result<std::vector<std::string>> ListRuleFiles(const std::string& dir_or_file) {
  std::vector<std::string> paths;
  std::error_code ec;
  if (fs::is_regular_file(dir_or_file, ec)) {
    paths.push_back(dir_or_file);
    return paths;
  }
  if (!fs::is_directory(dir_or_file, ec)) {
    return Error{dir_or_file, 0, 0, "no such rule file or directory", "", ErrorCategory::kRule};
  }
  for (auto it = fs::recursive_directory_iterator(dir_or_file, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const std::string ext = it->path().extension().string();
    if (ext == ".yaml" || ext == ".yml") paths.push_back(it->path().string());
  }
  if (ec)
    return Error{dir_or_file,         0, 0, "cannot list the directory: " + ec.message(), "",
                 ErrorCategory::kRule};
  std::sort(paths.begin(), paths.end());
  return paths;
}

// The dates a document mentions, for anchors, found sentence by sentence on
// first need: most sentences never hold an expression that counts from an
// anchor, so scanning every sentence up front cost more than all the rules.
// A sentence's dates are what normalize::FindFirst finds left to right, with
// the judged date as reference and the sentence's tense.
// A date a sentence mentions, and where it ends in Document::text.
struct DateMention {
  uint32_t offset = 0;
  DateRange range;
};

class LazyDates : public AnchorSource {
 public:
  LazyDates(const Document& doc, const Date& judged)
      : doc_(doc), judged_(judged), found_(doc.sentences.size()) {}

  // The last date that ends at or before `offset`, if any: the sentences
  // starting before `offset`, from the last one backwards.
  std::optional<DateRange> Before(uint32_t offset) const override {
    const auto& sentences = doc_.sentences;
    auto end = std::partition_point(sentences.begin(), sentences.end(),
                                    [&](const Sentence& s) { return s.span.begin < offset; });
    for (size_t s = static_cast<size_t>(end - sentences.begin()); s-- > 0;) {
      const std::vector<DateMention>& dates = Of(s);
      for (auto it = dates.rbegin(); it != dates.rend(); ++it)
        if (it->offset <= offset) return it->range;
    }
    return std::nullopt;
  }

 private:
  const std::vector<DateMention>& Of(size_t index) const {
    std::optional<std::vector<DateMention>>& slot = found_[index];
    if (slot) return *slot;
    slot.emplace();
    const Sentence& sentence = doc_.sentences[index];
    const std::string_view text = doc_.Text(sentence.span);
    normalize::Context context;
    context.ref = judged_;
    context.tense = SentenceTense(text);
    size_t pos = 0;
    while (pos < text.size()) {
      std::optional<normalize::Value> value = normalize::FindFirst(text.substr(pos), context);
      if (!value || value->end == 0) break;
      const auto begin = static_cast<uint32_t>(sentence.span.begin + pos + value->begin);
      // "on August 25th this year": the year right after the day only
      // places it; the day stays what "several days later" counts from.
      const bool qualifies_previous = !slot->empty() && begin <= slot->back().offset + 2 &&
                                      value->range.from <= slot->back().range.from &&
                                      slot->back().range.to <= value->range.to;
      if ((value->kind == normalize::Kind::kDate || value->kind == normalize::Kind::kInterval) &&
          !qualifies_previous) {
        slot->push_back(DateMention{static_cast<uint32_t>(sentence.span.begin + pos + value->end),
                                    value->range});
      }
      pos += std::max(value->end, value->begin + 1);
    }
    return *slot;
  }

  const Document& doc_;
  Date judged_;
  mutable std::vector<std::optional<std::vector<DateMention>>> found_;
};

// The YAML files of a rule set and the node of every rule, kept parsed until
// every rule has compiled: errors point into them.
struct ParsedRules {
  std::vector<std::unique_ptr<YamlFile>> files;
  std::vector<const YamlFile*> file_of_rule;
  std::vector<YAML::Node> node_of_rule;
};

// Where each rule id was first defined, for the error on a duplicate.
using RuleIds = std::map<std::string, std::pair<std::string, int>>;

// The keys every kind shares (id, severity, message...): checked here once,
// so that a kind's parser only reads its own.
Result<RuleInfo> ParseSharedFields(const YamlFile& file, const YAML::Node& node,
                                   const std::string& path, const std::string& kind, RuleIds& ids) {
  RuleInfo info;
  info.kind = kind;
  info.path = path;
  info.line = node.Mark().line + 1;
  info.column = node.Mark().column + 1;
  Result<std::string> id = file.RequireString(node, "id");
  if (!id.ok()) return id.error();
  if (!IsKebabCase(*id)) {
    return file.ErrorAt(node["id"], "rule id '" + *id +
                                        "' must be kebab-case: lower-case letters, digits "
                                        "and single hyphens, like age-apposition");
  }
  if (auto seen = ids.find(*id); seen != ids.end()) {
    return file.ErrorAt(node["id"], "duplicate rule id '" + *id + "'; first defined at " +
                                        seen->second.first + ":" +
                                        std::to_string(seen->second.second));
  }
  ids[*id] = {path, info.line};
  info.id = *id;
  std::string severity;
  for (auto [key, field] :
       {std::pair{"description", &info.description}, std::pair{"severity", &severity},
        std::pair{"message", &info.message}, std::pair{"link", &info.link}}) {
    Result<std::string> value = file.OptionalString(node, key);
    if (!value.ok()) return value.error();
    *field = *value;
  }
  if (!severity.empty()) {
    std::optional<Severity> level = ParseSeverity(severity);
    if (!level) {
      return file.ErrorAt(node["severity"], "unknown severity '" + severity +
                                                "'; expected one of: error, warning or info");
    }
    info.severity = *level;
    info.severity_given = true;
  }
  return info;
}

// One rule's map: `kind:` picks the class, which allows its own keys besides
// the shared ones and parses them.
Result<std::unique_ptr<Rule>> ParseRule(const YamlFile& file, const YAML::Node& node,
                                        const std::string& path, RuleIds& ids) {
  if (!node.IsMap()) {
    return file.ErrorAt(node,
                        "a rule must be a map (id, kind, ...), found a " + NodeTypeName(node));
  }
  Result<std::string> kind = file.RequireString(node, "kind");
  if (!kind.ok()) return kind.error();
  const RuleKind* entry = FindRuleKind(*kind);
  if (!entry) {
    return file.ErrorAt(node["kind"], "unknown rule kind '" + *kind + "'; expected one of: " +
                                          JoinAlternatives(RuleKindNames()));
  }
  Status keys = file.CheckKeys(node, AllowedKeys(*entry), "a " + *kind + " rule");
  if (!keys.ok()) return keys.error();

  Result<RuleInfo> info = ParseSharedFields(file, node, path, *kind, ids);
  if (!info.ok()) return info.error();
  Result<std::vector<Example>> examples = ParseExamples(file, node);
  if (!examples.ok()) return examples.error();

  Result<std::unique_ptr<Rule>> rule = entry->parse(file, node, *info);
  if (!rule.ok()) return rule.error();
  (*rule)->set_examples(std::move(*examples));
  return rule;
}

// Every rule of every file, in file order, into `rules`.
Result<ParsedRules> ParseRules(const std::vector<std::pair<std::string, std::string>>& texts,
                               std::vector<std::unique_ptr<Rule>>& rules) {
  ParsedRules parsed;
  RuleIds ids;
  for (const auto& [path, text] : texts) {
    Result<YamlFile> file_or_error = YamlFile::Parse(path, text);
    if (!file_or_error.ok()) return file_or_error.error();
    parsed.files.push_back(std::make_unique<YamlFile>(std::move(*file_or_error)));
    const YamlFile& file = *parsed.files.back();
    for (const YAML::Node& node : file.rules()) {
      Result<std::unique_ptr<Rule>> rule = ParseRule(file, node, path, ids);
      if (!rule.ok()) return rule.error();
      rules.push_back(std::move(*rule));
      parsed.file_of_rule.push_back(&file);
      parsed.node_of_rule.push_back(node);
    }
  }
  return parsed;
}

// Declarations first: sub-patterns and attributes, whatever the file order,
// so that any rule may use any of them.
Status Declare(const std::vector<std::unique_ptr<Rule>>& rules, const ParsedRules& parsed,
               Lexicon& lexicon,
               std::map<std::string, const AttributeDecl*, std::less<>>& attributes) {
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule* rule = rules[i].get();
    if (const auto* lexicon_rule = dynamic_cast<const LexiconRule*>(rule)) {
      Status added = lexicon_rule->AddTo(lexicon, *parsed.file_of_rule[i]);
      if (!added.ok()) return added.error();
    } else if (const auto* attribute = dynamic_cast<const AttributeRule*>(rule)) {
      const AttributeDecl& decl = attribute->decl();
      if (attributes.count(decl.name)) {
        return parsed.file_of_rule[i]->ErrorAt(parsed.node_of_rule[i],
                                               "attribute '" + decl.name + "' is declared twice");
      }
      attributes[decl.name] = &decl;
    }
  }
  return {};
}

// Compiles every rule against the declarations; a rule that makes claims
// must also show one text that yields a claim and one that does not.
Status CompileRules(std::vector<std::unique_ptr<Rule>>& rules, const ParsedRules& parsed,
                    const Lexicon& lexicon,
                    const std::map<std::string, const AttributeDecl*, std::less<>>& attributes) {
  size_t expanded_total = 0;
  for (size_t i = 0; i < rules.size(); ++i) {
    Rule& rule = *rules[i];
    CompileEnv env;
    env.lexicon = &lexicon;
    env.file = parsed.file_of_rule[i];
    env.attributes = &attributes;
    env.expanded_total = &expanded_total;
    Status compiled = rule.Compile(env);
    if (!compiled.ok()) return compiled.error();
    if (rule.MakesClaims()) {
      const YAML::Node examples = parsed.node_of_rule[i]["examples"];
      const YAML::Node& where = examples ? examples : parsed.node_of_rule[i];
      bool positive = false, negative = false;
      for (const Example& example : rule.examples()) (example.none ? negative : positive) = true;
      if (!positive || !negative) {
        return parsed.file_of_rule[i]->ErrorAt(
            where, "rule '" + rule.info().id +
                       "' needs at least one positive example (with "
                       "'claims') and one negative example ('none: true'); it has " +
                       std::string(positive ? "no negative" : "no positive") + " example");
      }
    }
  }
  return {};
}

}  // namespace

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

Result<RuleSet> RuleSet::Load(const std::string& dir_or_file, const LoadOptions& options) {
  return Load(std::vector<std::string>{dir_or_file}, options);
}

Result<RuleSet> RuleSet::Load(const std::vector<std::string>& dirs_or_files,
                              const LoadOptions& options) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& dir_or_file : dirs_or_files) {
    Result<std::vector<std::string>> paths = ListRuleFiles(dir_or_file);
    if (!paths.ok()) return paths.error();
    for (const std::string& path : *paths) {
      std::ifstream in(path, std::ios::binary);
      if (!in) return Error{path, 0, 0, "cannot read the rule file", "", ErrorCategory::kRule};
      std::ostringstream text;
      text << in.rdbuf();
      files.emplace_back(path, text.str());
    }
  }
  return LoadTexts(files, options);
}

Result<RuleSet> RuleSet::LoadTexts(const std::vector<std::pair<std::string, std::string>>& texts,
                                   const LoadOptions& load_options) {
  RuleSet set;
  Result<ParsedRules> parsed = ParseRules(texts, set.rules_);
  if (!parsed.ok()) return parsed.error();
  Lexicon lexicon;
  if (Status declared = Declare(set.rules_, *parsed, lexicon, set.attributes_); !declared.ok())
    return declared.error();
  if (Status compiled = CompileRules(set.rules_, *parsed, lexicon, set.attributes_); !compiled.ok())
    return compiled.error();

  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{64} << 20);
  set.simulate_out_of_memory_ = load_options.simulate_out_of_memory;
  // Several small sets rather than one: an unanchored set's automaton has a
  // state for every combination of its patterns' partial matches, so its
  // cost grows with the product of the patterns; small sets add up instead
  // (measured on the dev corpus with callgrind: one set of every pattern
  // 43.6G instructions past start-up, groups of 16 15.8G, 8 10.4G, 4 8.8G,
  // 2 7.9G; 4 keeps the number of automata small).
  constexpr size_t kPatternsPerSet = 4;
  std::vector<std::string> set_patterns;  // by entry, for the atom filter
  auto open_set = [&] {
    set.sets_.push_back(SetGroup{std::make_unique<RE2::Set>(options, RE2::UNANCHORED), {}});
  };
  for (size_t i = 0; i < set.rules_.size(); ++i) {
    const std::vector<std::string> patterns = set.rules_[i]->Patterns();
    // A frame is selected by the values of a sentence, not by the set: its
    // triggers ("died", any verb) would match nearly every sentence and
    // swell the set's automaton for every rule.
    if (set.rules_[i]->info().kind == FrameRule::kKind.name) {
      for (size_t p = 0; p < patterns.size(); ++p) set.frames_.push_back(SetEntry{i, p});
      continue;
    }
    for (size_t p = 0; p < patterns.size(); ++p) {
      if (set.sets_.empty() || set.sets_.back().entries.size() >= kPatternsPerSet) open_set();
      std::string error;
      if (set.sets_.back().set->Add(patterns[p], &error) < 0) {
        return Error{set.rules_[i]->info().path,
                     set.rules_[i]->info().line,
                     set.rules_[i]->info().column,
                     "invalid regex: " + error,
                     "",
                     ErrorCategory::kRule};
      }
      set.sets_.back().entries.push_back(static_cast<int>(set.entries_.size()));
      set.entries_.push_back(SetEntry{i, p});
      set_patterns.push_back(patterns[p]);
    }
  }
  set.atom_filter_ =
      LazyAtomFilter(std::move(set_patterns), options, load_options.atom_filter_after_bytes);
  for (size_t g = 0; g < set.sets_.size(); ++g) {
    for (int entry : set.sets_[g].entries) {
      if (set.group_of_entry_.size() <= static_cast<size_t>(entry)) {
        set.group_of_entry_.resize(static_cast<size_t>(entry) + 1, 0);
      }
      set.group_of_entry_[static_cast<size_t>(entry)] = static_cast<int>(g);
    }
  }
  for (SetGroup& group : set.sets_) {
    if (!group.set->Compile()) {
      return Error{texts.empty() ? "" : texts.front().first,
                   0,
                   0,
                   "the rules' patterns are too large to compile together",
                   "",
                   ErrorCategory::kRule};
    }
  }
  std::vector<std::string_view> digested;
  for (const auto& file : texts) digested.push_back(file.second);
  set.digest_ = DigestOf(digested);
  return set;
}

void RuleSet::SelectInto(std::string_view sentence, std::vector<int>& selected) const {
  selected.clear();
  // The groups to run: those with a pattern the atom filter finds
  // possible, or every group before the filter is built.
  std::vector<int> groups;
  if (const AtomFilter* filter = atom_filter_.After(sentence.size())) {
    std::vector<int> possible;
    filter->Possible(sentence, possible);
    for (int entry : possible) {
      const int g = group_of_entry_[static_cast<size_t>(entry)];
      if (groups.empty() || groups.back() != g) groups.push_back(g);  // entries are in group order
    }
  } else {
    groups.resize(sets_.size());
    std::iota(groups.begin(), groups.end(), 0);
  }
  std::vector<int> local;
  for (int g : groups) {
    const SetGroup& group = sets_[static_cast<size_t>(g)];
    local.clear();
    RE2::Set::ErrorInfo info;
    info.kind = RE2::Set::kNoError;
    const bool matched =
        group.set->Match(re2::StringPiece(sentence.data(), sentence.size()), &local, &info);
    if (simulate_out_of_memory_) info.kind = RE2::Set::kOutOfMemory;
    if (matched && !simulate_out_of_memory_) {
      for (int i : local) selected.push_back(group.entries[static_cast<size_t>(i)]);
    } else if (info.kind != RE2::Set::kNoError) {
      // The automaton ran out of memory on this sentence: every rule of
      // the group is a candidate, and its own regex decides. Slower, never
      // a silent drop.
      ++prefilter_fallbacks_.value;
      selected.insert(selected.end(), group.entries.begin(), group.entries.end());
    }
  }
  std::sort(selected.begin(), selected.end());
}

std::vector<int> RuleSet::Select(std::string_view sentence) const {
  std::vector<int> matched;
  SelectInto(sentence, matched);
  return matched;
}

std::vector<std::string> RuleSet::Candidates(std::string_view sentence) const {
  std::vector<std::string> ids;
  for (int index : Select(sentence)) {
    const std::string& id = rules_[entries_[static_cast<size_t>(index)].rule]->info().id;
    if (ids.empty() || ids.back() != id) ids.push_back(id);
  }
  return ids;
}

std::vector<Claim> RuleSet::Extract(const Document& doc, int doc_index, const Date& judged_as_of,
                                    const mentions::DocumentMentions& mentions) const {
  return ExtractWithRule(doc, doc_index, judged_as_of, mentions, "");
}

std::vector<Claim> RuleSet::ExtractWithRule(const Document& doc, int doc_index,
                                            const Date& judged_as_of,
                                            const mentions::DocumentMentions& mentions,
                                            std::string_view rule_id,
                                            std::vector<Claim>* dropped) const {
  std::vector<Claim> claims = Run(doc, doc_index, judged_as_of, mentions, rule_id);
  MergeOverlapping(claims);
  DropGuessesTheArticleContradicts(claims, dropped);
  DropPlansTheArticleReplaces(claims, mentions.LeadEnd(), [&](const std::string& attribute) {
    const AttributeDecl* decl = FindAttribute(attribute);
    return decl != nullptr && !decl->per_mention && !decl->changes_over_time;
  });
  for ([[maybe_unused]] const Claim& claim : claims)
    FACTLINT_DCHECK(ClaimShapeProblem(claim) == nullptr, ClaimShapeProblem(claim));
  return claims;
}

std::vector<Claim> RuleSet::Run(const Document& doc, int doc_index, const Date& judged,
                                const mentions::DocumentMentions& mentions,
                                std::string_view only_rule) const {
  // The dates the document mentions (for anchors) are found only when an
  // expression needs one; a sentence's tense only when a rule may match it.
  const LazyDates dates(doc, judged);
  std::vector<Claim> claims;
  std::vector<int> selected;
  for (const Sentence& sentence : doc.sentences) {
    const std::string_view text = doc.Text(sentence.span);
    SelectInto(text, selected);
    if (selected.empty() && frames_.empty()) continue;
    SentenceEnv env;
    env.doc = &doc;
    env.doc_index = doc_index;
    env.judged = judged;
    env.mentions = &mentions;
    env.sentence = &sentence;
    env.tense = SentenceTense(text);
    env.anchors = &dates;
    const annotate::LazySentence annotations(doc, sentence, judged);
    env.annotations = &annotations;
    env.earlier = &claims;
    const size_t first = claims.size();
    for (int index : selected) {
      const SetEntry& entry = entries_[static_cast<size_t>(index)];
      const Rule& rule = *rules_[entry.rule];
      if (!only_rule.empty() && rule.info().id != only_rule) continue;
      rule.Extract(entry.pattern, env, claims);
    }
    // Frames look for their values first (frame_rule.h): they run on every
    // sentence, and the annotations are computed once for all of them.
    for (const SetEntry& entry : frames_) {
      const Rule& rule = *rules_[entry.rule];
      if (!only_rule.empty() && rule.info().id != only_rule) continue;
      rule.Extract(entry.pattern, env, claims);
    }
    ArbitrateFrames(claims, first);
  }
  return claims;
}

bool RuleSet::IsFrame(std::string_view rule_id) const {
  const Rule* rule = FindRule(rule_id);
  return rule != nullptr && rule->info().kind == FrameRule::kKind.name;
}

void RuleSet::ArbitrateFrames(std::vector<Claim>& claims, size_t first) const {
  // One value, one predicate: a value that a `claim` rule spelled out is
  // that rule's; a value several frames reach belongs to the nearest
  // trigger (the shortest claim span), the earlier rule on a tie.
  auto overlaps = [](const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; };
  std::vector<bool> frame(claims.size(), false);
  std::vector<bool> generic(claims.size(), false);  // a frame of any verb (frame_rule.h)
  for (size_t i = first; i < claims.size(); ++i) {
    const Rule* rule = FindRule(claims[i].rule);
    frame[i] = rule != nullptr && rule->info().kind == FrameRule::kKind.name;
    generic[i] = frame[i] && static_cast<const FrameRule*>(rule)->generic();
  }
  std::vector<bool> drop(claims.size(), false);
  // A dated mention (subject kind "mention", or an attribute that changes
  // per mention) only stands in for a value no other claim took: it never
  // pushes a claim out.
  std::vector<bool> stands_in(claims.size(), false);  // decided once per claim
  for (size_t i = first; i < claims.size(); ++i) {
    const AttributeDecl* decl = FindAttribute(claims[i].attribute);
    stands_in[i] =
        claims[i].subject.kind == SubjectKind::kMention || (decl != nullptr && decl->per_mention);
  }
  auto mention = [&](size_t i) { return stands_in[i]; };
  for (size_t i = first; i < claims.size(); ++i) {
    if (!frame[i]) continue;
    for (size_t j = first; j < claims.size() && !drop[i]; ++j) {
      if (i == j || drop[j]) continue;
      if (!frame[j] && claims[i].subject.id == claims[j].subject.id &&
          claims[i].attribute == claims[j].attribute && overlaps(claims[i].span, claims[j].span)) {
        // A `claim` rule's statement of the same subject and attribute wins
        // however the spans compare (merging would keep the longer frame).
        drop[i] = true;
        break;
      }
      if (!overlaps(claims[i].value_span, claims[j].value_span)) continue;
      if (mention(j) && !mention(i)) continue;
      if (mention(i) && !mention(j)) {
        drop[i] = true;
      } else if (frame[j] && generic[i] != generic[j]) {
        drop[i] = generic[i];  // the specific frame takes the value
      } else if (!frame[j]) {
        drop[i] = true;
      } else if (claims[j].span.size() < claims[i].span.size() ||
                 (claims[j].span.size() == claims[i].span.size() && j < i &&
                  claims[j].attribute != claims[i].attribute)) {
        drop[i] = true;
      }
    }
  }
  size_t out = first;
  for (size_t i = first; i < claims.size(); ++i) {
    if (drop[i]) continue;
    if (out != i) claims[out] = std::move(claims[i]);
    ++out;
  }
  claims.resize(out);
}

void MergeOverlapping(std::vector<Claim>& claims) {
  // Stable: among equal spans the earlier rule (and pattern) comes first.
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    return false;
  });
  // The kept claims of one subject, attribute and kind never overlap each
  // other (an overlapping one is a repeat), so they are disjoint intervals:
  // by begin, the only one a claim can overlap from the left is the last
  // that begins before the claim ends. One map look-up per claim instead of
  // a pass over every kept claim (a long article has thousands). Empty spans
  // break disjointness and are rare: they are compared one by one.
  struct Kept {
    std::map<uint32_t, uint32_t> spans;  // begin -> end, disjoint, non-empty
    std::vector<Span> empty;
  };
  std::map<std::tuple<std::string, std::string, int>, Kept> kept_by_key;
  std::vector<Claim> kept;
  for (Claim& claim : claims) {
    const auto overlap = [&](const Span& other) {
      return claim.span.begin < other.end && other.begin < claim.span.end;
    };
    Kept& same = kept_by_key[{claim.subject.id, claim.attribute, static_cast<int>(claim.kind)}];
    bool repeated = std::any_of(same.empty.begin(), same.empty.end(), overlap);
    auto it = same.spans.lower_bound(claim.span.end);
    if (!repeated && it != same.spans.begin()) {
      --it;
      repeated = overlap(Span{it->first, it->second});
    }
    if (repeated) continue;
    if (claim.span.size() == 0) {
      same.empty.push_back(claim.span);
    } else {
      same.spans.emplace(claim.span.begin, claim.span.end);
    }
    kept.push_back(std::move(claim));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Claim& a, const Claim& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end < b.span.end;
  });
  claims = std::move(kept);
}

const AttributeDecl* RuleSet::FindAttribute(std::string_view name) const {
  auto it = attributes_.find(name);
  return it == attributes_.end() ? nullptr : it->second;
}

const Rule* RuleSet::FindRule(std::string_view id) const {
  for (const auto& rule : rules_)
    if (rule->info().id == id) return rule.get();
  return nullptr;
}

std::vector<RuleInfo> RuleSet::rules() const {
  std::vector<RuleInfo> out;
  for (const auto& rule : rules_) out.push_back(rule->info());
  return out;
}

std::vector<const Rule*> RuleSet::AllRules() const {
  std::vector<const Rule*> out;
  for (const auto& rule : rules_) out.push_back(rule.get());
  return out;
}

std::vector<AttributeDecl> RuleSet::attributes() const {
  std::vector<AttributeDecl> out;
  for (const auto& [name, decl] : attributes_) out.push_back(*decl);
  return out;
}

}  // namespace factlint::rules
