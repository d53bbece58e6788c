#include "checker/rules/pattern_rule.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "checker/annotate/annotate.h"
#include "checker/core/ascii.h"
#include "checker/core/name_table.h"
#include "checker/core/regex_letters.h"
#include "checker/core/value_text.h"
#include "checker/mentions/lexicon.h"
#include "checker/mentions/linker.h"
#include "checker/mentions/seasons.h"
#include "checker/mentions/tokens.h"
#include "checker/rules/lexicon.h"
#include "checker/rules/plan_words.h"
#include "checker/rules/subject_clause.h"
#include "checker/rules/tense.h"

namespace factlint::rules {
namespace {

// The key of `reject:` and `require:` that tests the whole sentence rather
// than a group.
constexpr const char* kSentenceTest = "sentence";

bool Contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

bool Contains(const std::vector<DeclaredType>& types, DeclaredType type) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

// What the normalizer is asked to read for a capture of `type`; nullopt
// for the types only an attribute declares (nothing in the text to read).
std::optional<normalize::Kind> KindOf(DeclaredType type) {
  switch (type) {
    case DeclaredType::kDate: return normalize::Kind::kDate;
    case DeclaredType::kInterval: return normalize::Kind::kInterval;
    case DeclaredType::kDuration: return normalize::Kind::kDuration;
    case DeclaredType::kNumber:
    case DeclaredType::kCount: return normalize::Kind::kNumber;
    case DeclaredType::kAge: return normalize::Kind::kAge;
    case DeclaredType::kStatus:
    case DeclaredType::kRelation: return std::nullopt;
  }
  return std::nullopt;
}

const char* kNumberWords[] = {"zero",     "one",      "two",      "three",   "four",    "five",
                              "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                              "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                              "eighteen", "nineteen", "twenty"};

std::string StripQuotes(std::string text) {
  static const RE2 kEdges("^[\\s'\"‘’“”]+|[\\s'\"‘’“”]+$");
  RE2::GlobalReplace(&text, kEdges, "");
  return text;
}

int OrdinalNumber(std::string_view word) {
  static const char* kOrdinals[] = {"first", "second",  "third",  "fourth", "fifth",
                                    "sixth", "seventh", "eighth", "ninth",  "tenth"};
  const std::string lower = AsciiLower(word);
  for (size_t i = 0; i < std::size(kOrdinals); ++i)
    if (lower == kOrdinals[i]) return static_cast<int>(i + 1);
  return 0;
}

// The subject a work, season or event name stands for when the linker does
// not know it, keyed like the linker keys them without a fact base:
// "work:<folded title>", "season:<work id>:<n>" named "<Title> season <n>".
std::optional<Subject> SubjectByName(std::string_view raw, SubjectKind kind, const SentenceEnv& env,
                                     uint32_t offset) {
  std::string text = StripQuotes(std::string(raw));
  if (text.rfind("the ", 0) == 0 || text.rfind("The ", 0) == 0) text = text.substr(4);
  if (text.empty()) return std::nullopt;
  if (kind == SubjectKind::kSeason || kind == SubjectKind::kWork) {
    static const RE2 kTitleSeason(
        "(?i)^(?:(.+?)(?:['’]s)?\\s+)?(?:season|series)\\s+(\\d+|[a-z]+)$");
    static const RE2 kOrdinalSeason(
        "(?i)^(?:(.+?)['’]s\\s+|its\\s+)?([a-z]+)\\s+season(?:\\s+of\\s+(.+))?$");
    static const RE2 kSeasonOf("(?i)^(?:season|series)\\s+(\\d+|[a-z]+)\\s+of\\s+(.+)$");
    std::string title, number, title_after;
    int n = 0;
    if (RE2::FullMatch(text, kSeasonOf, &number, &title)) {
      n = static_cast<int>(ParseSmallNumber(number).value_or(0));
    } else if (RE2::FullMatch(text, kTitleSeason, &title, &number)) {
      n = static_cast<int>(ParseSmallNumber(number).value_or(0));
    } else if (RE2::FullMatch(text, kOrdinalSeason, &title, &number, &title_after)) {
      n = OrdinalNumber(number);
      if (n == 0) return std::nullopt;  // "the new season": only the linker knows which
      if (title.empty()) title = title_after;
    }
    if (n > 0 || !number.empty()) {
      if (n <= 0) return std::nullopt;
      std::optional<Subject> work;
      title = StripQuotes(title);
      if (!title.empty() && std::isupper(static_cast<unsigned char>(title[0]))) {
        work = Subject{"work:" + mentions::FoldName(title), title, SubjectKind::kWork};
      } else {
        work = env.mentions->CurrentWork(offset);
      }
      if (!work) return std::nullopt;
      return Subject{"season:" + work->id + ":" + std::to_string(n),
                     work->name + " season " + std::to_string(n), SubjectKind::kSeason};
    }
    if (!std::isupper(static_cast<unsigned char>(text[0]))) return std::nullopt;
    return Subject{"work:" + mentions::FoldName(text), text, SubjectKind::kWork};
  }
  if (!std::isupper(static_cast<unsigned char>(text[0]))) return std::nullopt;
  return Subject{std::string(SubjectKindName(kind)) + ":" + mentions::FoldName(text), text, kind};
}

}  // namespace

std::optional<double> ParseSmallNumber(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i < text.size()) {
    double n = 0;
    size_t j = i;
    while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) ||
                               (text[j] == ',' && j + 1 < text.size() &&
                                std::isdigit(static_cast<unsigned char>(text[j + 1]))))) {
      if (text[j] != ',') n = n * 10 + (text[j] - '0');
      ++j;
    }
    return n;
  }
  const std::string lower = AsciiLower(text);
  for (size_t w = std::size(kNumberWords); w-- > 0;) {
    const std::string word = kNumberWords[w];
    size_t at = lower.find(word);
    while (at != std::string::npos) {
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      const size_t end = at + word.size();
      const bool ends =
          end >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
      if (starts && ends) return static_cast<double>(w);
      at = lower.find(word, at + 1);
    }
  }
  return std::nullopt;
}

const Span* PatternRule::Match::Group(const std::string& name) const {
  auto it = groups.find(name);
  return it == groups.end() ? nullptr : &it->second;
}

const std::vector<std::string>& PatternRule::CommonKeys() {
  static const std::vector<std::string> keys = {
      "pattern", "patterns",      "captures",      "attribute",    "subject_fallback",
      "tense",   "subject_strip", "reject",        "subject_name", "subject_name_from",
      "require", "asserted",      "reject_unnamed"};
  return keys;
}

Result<std::unique_ptr<Rule>> PatternRule::ParseKeys(std::unique_ptr<PatternRule> rule,
                                                     const YamlFile& file, const YAML::Node& node) {
  Status common = rule->ParseCommon(file, node);
  if (!common.ok()) return common.error();
  Status own = rule->ParseOwnKeys(file, node);
  if (!own.ok()) return own.error();
  return std::unique_ptr<Rule>(std::move(rule));
}

namespace {

struct CaptureSpelling {
  std::string_view name;
  SubjectCapture capture;
};

// In the order a rule file's error lists them.
constexpr CaptureSpelling kSubjectCaptures[] = {
    {"person", {SubjectKind::kPerson}},
    {"work", {SubjectKind::kWork}},
    {"season", {SubjectKind::kSeason}},
    {"next-season", {SubjectKind::kSeason, SubjectCapture::Returning::kNextSeason}},
    {"upcoming", {SubjectKind::kSeason, SubjectCapture::Returning::kUpcoming}},
    {"event", {SubjectKind::kEvent}},
    {"organization", {SubjectKind::kOrganization}},
    {"award", {SubjectKind::kAward}},
    {"any", {SubjectKind::kNone}},
};

}  // namespace

std::optional<SubjectCapture> ParseSubjectCapture(std::string_view name) {
  for (const CaptureSpelling& s : kSubjectCaptures)
    if (s.name == name) return s.capture;
  return std::nullopt;
}

std::string_view SubjectCaptureName(const SubjectCapture& capture) {
  for (const CaptureSpelling& s : kSubjectCaptures)
    if (s.capture.kind == capture.kind && s.capture.returning == capture.returning) return s.name;
  return SubjectKindName(capture.kind);  // a kind no rule file may ask for (kCharacter, ...)
}

const std::vector<std::string>& SubjectCaptureNames() {
  static const std::vector<std::string> names = NamesOf(kSubjectCaptures);
  return names;
}

const std::vector<DeclaredType>& PatternRule::ValueTypes() {
  static const std::vector<DeclaredType> types = {DeclaredType::kDate,     DeclaredType::kInterval,
                                                  DeclaredType::kDuration, DeclaredType::kNumber,
                                                  DeclaredType::kCount,    DeclaredType::kAge};
  return types;
}

const std::vector<std::string>& PatternRule::Fallbacks() {
  static const std::vector<std::string> fallbacks = {
      "last-person", "last-season",    "current-work", "sentence-subject",
      "nearest",     "clause-subject", "deceased",     "mention",
      "salient",     "topic",          "structure",    "pronoun"};
  return fallbacks;
}

// The keys every pattern kind shares, one group of keys a step: what the
// rule matches, what its groups capture, how its subject is found, and
// how its clause is read.
Status PatternRule::ParseCommon(const YamlFile& file, const YAML::Node& node) {
  node_ = node;
  Status status = ParsePatterns(file, node);
  if (status.ok()) status = ParseCaptures(file, node);
  if (status.ok()) status = ParseSubjectKeys(file, node);
  if (status.ok()) status = ParseGroupTests(file, node);
  if (status.ok()) status = ParseSubjectName(file, node);
  if (status.ok()) status = ParseClauseKeys(file, node);
  return status;
}

// `pattern:` or `patterns:`, one of them: the regexes, still unexpanded.
Status PatternRule::ParsePatterns(const YamlFile& file, const YAML::Node& node) {
  const YAML::Node pattern = node["pattern"];
  const YAML::Node patterns = node["patterns"];
  if (pattern && patterns) {
    return file.ErrorAt(patterns, "give either 'pattern' or 'patterns', not both");
  }
  if (!pattern && !patterns) {
    return file.ErrorAt(node, "missing required key 'pattern' (a regex) or 'patterns' (a list)");
  }
  if (pattern) {
    if (!pattern.IsScalar()) {
      return file.ErrorAt(pattern, "'pattern' must be a string, found a " + NodeTypeName(pattern));
    }
    pattern_nodes_.push_back(pattern);
  } else {
    if (!patterns.IsSequence() || patterns.size() == 0) {
      return file.ErrorAt(patterns, "'patterns' must be a non-empty list of strings");
    }
    for (const YAML::Node& p : patterns) {
      if (!p.IsScalar()) {
        return file.ErrorAt(p, "each of 'patterns' must be a string, found a " + NodeTypeName(p));
      }
      pattern_nodes_.push_back(p);
    }
  }
  return Status();
}

// `captures:`: each group's subject kind or value type, parsed here so that
// a misspelt one is an error at its place in the file.
Status PatternRule::ParseCaptures(const YamlFile& file, const YAML::Node& node) {
  const std::vector<std::string> allowed = AllowedCaptures();
  if (const YAML::Node captures = node["captures"]) {
    if (!captures.IsMap()) {
      return file.ErrorAt(
          captures, "'captures' must be a map of group: type, found a " + NodeTypeName(captures));
    }
    for (const auto& entry_pair : captures) {
      const YAML::Node key_node = entry_pair.first;
      const YAML::Node value_node = entry_pair.second;
      const std::string name = key_node.Scalar();
      if (!Contains(allowed, name)) {
        return file.ErrorAt(key_node, "unknown capture '" + name + "' for a " + info().kind +
                                          " rule; expected one of: " + JoinAlternatives(allowed));
      }
      if (!value_node.IsScalar()) {
        return file.ErrorAt(value_node, "the type of capture '" + name + "' must be a string");
      }
      const std::string type = value_node.Scalar();
      const bool is_subject = name == "subject" || name == "to_subject";
      const std::optional<SubjectCapture> subject =
          is_subject ? ParseSubjectCapture(type) : std::nullopt;
      std::optional<DeclaredType> value = is_subject ? std::nullopt : ParseDeclaredType(type);
      if (value && !Contains(ValueTypes(), *value))
        value = std::nullopt;  // "status", "relation": an attribute's types, not a capture's
      if (is_subject ? !subject : !value) {
        const std::vector<std::string> types =
            is_subject ? SubjectCaptureNames() : DeclaredTypeNames(ValueTypes());
        return file.ErrorAt(value_node,
                            "unknown " + std::string(is_subject ? "subject kind" : "value type") +
                                " '" + type + "' for capture '" + name +
                                "'; expected one of: " + JoinAlternatives(types));
      }
      if (subject) subject_captures_[name] = *subject;
      if (value) value_captures_[name] = *value;
    }
  }
  return Status();
}

// `attribute:` (checked against the declarations in Compile, once every
// file is read), `subject_fallback:` and `subject_strip:`.
Status PatternRule::ParseSubjectKeys(const YamlFile& file, const YAML::Node& node) {
  Result<std::string> attribute = file.RequireString(node, "attribute");
  if (!attribute.ok()) return attribute.error();
  attribute_name_ = *attribute;
  attribute_node_ = node["attribute"];

  Result<std::vector<std::string>> fallbacks = file.StringList(node, "subject_fallback");
  if (!fallbacks.ok()) return fallbacks.error();
  for (const std::string& fallback : *fallbacks) {
    if (!Contains(Fallbacks(), fallback)) {
      return file.ErrorAt(node["subject_fallback"],
                          "unknown subject fallback '" + fallback +
                              "'; expected one of: " + JoinAlternatives(Fallbacks()));
    }
  }
  fallbacks_ = *fallbacks;

  if (const YAML::Node strip = node["subject_strip"]) {
    if (!strip.IsScalar()) return file.ErrorAt(strip, "'subject_strip' must be a regex string");
    strip_node_ = strip;
  }
  return Status();
}

// `reject:` and `require:`: regexes a group must not or must match whole,
// kept unexpanded until Compile.
Status PatternRule::ParseGroupTests(const YamlFile& file, const YAML::Node& node) {
  // `sentence` is the whole sentence, searched rather than matched whole.
  std::vector<std::string> allowed = AllowedCaptures();
  allowed.push_back(kSentenceTest);
  for (const char* key : {"reject", "require", "reject_unnamed"}) {
    const YAML::Node map = node[key];
    if (!map) continue;
    const std::string name(key);
    if (!map.IsMap()) {
      return file.ErrorAt(
          map, "'" + name + "' must be a map of group: regex, found a " + NodeTypeName(map));
    }
    for (const auto& entry_pair : map) {
      const YAML::Node key_node = entry_pair.first;
      const YAML::Node value_node = entry_pair.second;
      if (!Contains(allowed, key_node.Scalar())) {
        return file.ErrorAt(key_node, "unknown capture '" + key_node.Scalar() + "' in '" + name +
                                          "'; expected one of: " + JoinAlternatives(allowed));
      }
      if (!value_node.IsScalar())
        return file.ErrorAt(value_node, "a '" + name + "' entry must be a regex string");
      (name == "reject"           ? reject_nodes_
       : name == "reject_unnamed" ? reject_unnamed_nodes_
                                  : require_nodes_)
          .emplace_back(key_node.Scalar(), value_node);
    }
  }
  return Status();
}

// `subject_name:` and `subject_name_from:`: a subject named after the
// captured one ("{subject} strike").
Status PatternRule::ParseSubjectName(const YamlFile& file, const YAML::Node& node) {
  // One name, or a list of names tried in order against the fact base
  // ("{subject} presidency", "{subject} premiership"): the first the fact
  // base knows, else the first.
  Result<std::vector<std::string>> subject_names = file.StringList(node, "subject_name");
  if (!subject_names.ok()) return subject_names.error();
  for (const std::string& name : *subject_names) {
    if (name.find("{subject}") == std::string::npos)
      return file.ErrorAt(node["subject_name"],
                          "'subject_name' must contain {subject}, like '{subject} strike' "
                          "or '{work}: {subject}'");
  }
  if (!subject_names->empty()) {
    subject_name_ = subject_names->front();
    other_subject_names_.assign(subject_names->begin() + 1, subject_names->end());
  }

  Result<std::string> from = file.OptionalString(node, "subject_name_from");
  if (!from.ok()) return from.error();
  if (!from->empty()) {
    const std::optional<SubjectCapture> capture = ParseSubjectCapture(*from);
    if (!capture)
      return file.ErrorAt(node["subject_name_from"],
                          "unknown subject kind '" + *from +
                              "'; expected one of: " + JoinAlternatives(SubjectCaptureNames()));
    if (!node["subject_name"])
      return file.ErrorAt(node["subject_name_from"],
                          "'subject_name_from' needs a 'subject_name' to compose, like "
                          "'{subject} sentencing'");
    compose_from_ = capture;
  }
  return Status();
}

// `asserted:` and `tense:`: how the clause around a match is read.
Status PatternRule::ParseClauseKeys(const YamlFile& file, const YAML::Node& node) {
  Result<std::string> asserted = file.OptionalString(node, "asserted");
  if (!asserted.ok()) return asserted.error();
  if (*asserted == "always") {
    always_asserted_ = true;
  } else if (!asserted->empty()) {
    return file.ErrorAt(node["asserted"], "unknown asserted '" + *asserted +
                                              "'; expected 'always' (an apposition states its "
                                              "value whatever its clause hedges)");
  }
  Result<std::string> tense = file.OptionalString(node, "tense");
  if (!tense.ok()) return tense.error();
  if (!tense->empty()) {
    if (*tense == "past")
      tense_ = Tense::kPast;
    else if (*tense == "present")
      tense_ = Tense::kPresent;
    else if (*tense == "future")
      tense_ = Tense::kFuture;
    else
      return file.ErrorAt(node["tense"], "unknown tense '" + *tense +
                                             "'; expected one of: past, present or future");
  }
  return Status();
}

namespace {

// An invalid pattern, at the place in the rule file the author can fix: the
// '(' left open, the text RE2 quotes; else the pattern's start with RE2's
// message shortened (it quotes the pattern with every {NAME} expanded).
Error RegexErrorAt(const YamlFile& file, const YAML::Node& node, const std::string& re2_error) {
  const RegexProblem problem = LocateRegexError(node.Scalar(), re2_error);
  if (problem.offset)
    return file.ErrorInScalar(node, *problem.offset, "invalid regex: " + problem.message);
  return file.ErrorAt(
      node, "invalid regex: " + problem.message + " (in a sub-pattern {NAME} the pattern uses)");
}

}  // namespace

bool WritesAYear(std::string_view text) {
  static const RE2 kYear("\\b(?:1[89]|20)\\d\\d\\b");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kYear);
}

Status PatternRule::CompileRegexNode(const CompileEnv& env, const YAML::Node& node,
                                     std::unique_ptr<LazyRegexp>& out) {
  Result<std::string> expanded = env.lexicon->Expand(node.Scalar(), node, *env.file);
  if (!expanded.ok()) return expanded.error();
  RE2::Options options;
  options.set_log_errors(false);
  out = std::make_unique<LazyRegexp>(*expanded, options);
  if (!out->error().empty()) return RegexErrorAt(*env.file, node, out->error());
  return Status();
}

Status PatternRule::Compile(const CompileEnv& env) {
  const YamlFile& file = *env.file;
  Status bound = BindAttribute(env);
  if (!bound.ok()) return bound;

  RE2::Options options;
  options.set_log_errors(false);
  // Expanded lexicon patterns make programs of 20,000+ instructions, whose
  // DFA outgrows RE2's default 8 MiB on ordinary sentences; RE2 then falls
  // back to the NFA over the whole sentence, tens of times slower. The
  // budget only caps the lazily built DFA cache.
  options.set_max_mem(int64_t{64} << 20);
  auto compile_whole = [&](const YAML::Node& node, const std::string& prefix,
                           const std::string& suffix, std::unique_ptr<LazyRegexp>& out) -> Status {
    Result<std::string> expanded = env.lexicon->Expand(node.Scalar(), node, file);
    if (!expanded.ok()) return expanded.error();
    out = std::make_unique<LazyRegexp>(prefix + "(?:" + *expanded + ")" + suffix, options);
    if (!out->error().empty()) return RegexErrorAt(file, node, out->error());
    return Status();
  };
  if (strip_node_) {
    // Consume() anchors at the start: strip one or more leading words.
    Status s = compile_whole(strip_node_, "(?:", "[\\s,]+)+", strip_);
    if (!s.ok()) return s;
  }
  // reject, require and reject_unnamed: group -> regex, matched whole.
  auto compile_tests = [&](const std::vector<std::pair<std::string, YAML::Node>>& nodes,
                           std::vector<std::pair<std::string, std::unique_ptr<LazyRegexp>>>& out) {
    for (const auto& [group, node] : nodes) {
      std::unique_ptr<LazyRegexp> re;
      Status s = compile_whole(node, "", "", re);
      if (!s.ok()) return s;
      out.emplace_back(group, std::move(re));
    }
    return Status();
  };
  for (Status s : {compile_tests(reject_nodes_, reject_), compile_tests(require_nodes_, require_),
                   compile_tests(reject_unnamed_nodes_, reject_unnamed_)})
    if (!s.ok()) return s;
  for (const YAML::Node& node : pattern_nodes_) {
    Status s = CompilePattern(env, node, options);
    if (!s.ok()) return s;
  }
  return Status();
}

// The rule's attribute, found among the declared ones (rule files may
// declare it after the rule) and able to make this kind's claims; a value
// group without a written type captures the attribute's.
Status PatternRule::BindAttribute(const CompileEnv& env) {
  const YamlFile& file = *env.file;
  auto found = env.attributes->find(attribute_name_);
  if (found == env.attributes->end()) {
    std::vector<std::string> names;
    for (const auto& [name, decl] : *env.attributes) names.push_back(name);
    return file.ErrorAt(
        attribute_node_,
        "unknown attribute '" + attribute_name_ + "'; declared attributes: " +
            (names.empty() ? "none (declare one with kind: attribute)" : JoinAlternatives(names)));
  }
  attribute_ = found->second;
  const std::vector<DeclaredType> types = AttributeTypesAllowed();
  if (!Contains(types, attribute_->type)) {
    return file.ErrorAt(attribute_node_, "attribute '" + attribute_name_ + "' has type " +
                                             std::string(DeclaredTypeName(attribute_->type)) +
                                             ", which a " + info().kind +
                                             " rule cannot make; expected an attribute of type " +
                                             JoinAlternatives(DeclaredTypeNames(types)));
  }
  if (!value_captures_.count("value") && Contains(AllowedCaptures(), "value")) {
    value_captures_["value"] = attribute_->type;
  }
  return Status();
}

// One of the rule's patterns, expanded and compiled, with the groups this
// kind knows and needs; counted against the rule set's budget of expanded
// regex.
Status PatternRule::CompilePattern(const CompileEnv& env, const YAML::Node& node,
                                   const RE2::Options& options) {
  const YamlFile& file = *env.file;
  const std::vector<std::string> allowed = AllowedCaptures();
  Result<std::string> expanded = env.lexicon->Expand(node.Scalar(), node, file);
  if (!expanded.ok()) return expanded.error();
  // The shipped rules expand to about 160 KB in all; a rule set past
  // 16 MiB is a sub-pattern bomb spread over many patterns.
  constexpr size_t kMaxExpandedTotal = size_t{16} << 20;
  if (env.expanded_total != nullptr) {
    *env.expanded_total += expanded->size();
    if (*env.expanded_total > kMaxExpandedTotal)
      return file.ErrorAt(node,
                          "the rules' patterns expand to more than 16 MiB of regex in all "
                          "here; sub-patterns repeat others too often");
  }
  auto re = std::make_unique<LazyRegexp>(*expanded, options);
  if (!re->error().empty()) return RegexErrorAt(file, node, re->error());
  for (const std::string& name : re->group_names()) {
    if (!Contains(allowed, name)) {
      return file.ErrorAt(node, "unknown capture (?P<" + name + ">...) for a " + info().kind +
                                    " rule; expected one of: " + JoinAlternatives(allowed));
    }
  }
  for (const std::string& required : RequiredCaptures()) {
    if (required == "subject" && !fallbacks_.empty()) continue;
    if (!re->HasGroup(required)) {
      return file.ErrorAt(node, "the pattern has no (?P<" + required + ">...) group, which a " +
                                    info().kind + " rule needs" +
                                    (required == "subject" ? " (or give subject_fallback)" : ""));
    }
  }
  expanded_.push_back(*expanded);
  compiled_.push_back(std::move(re));
  return Status();
}

void PatternRule::Extract(size_t pattern_index, const SentenceEnv& env,
                          std::vector<Claim>& out) const {
  env.CheckComplete();
  for (const Match& match : Matches(pattern_index, env)) Build(match, env, out);
}

std::vector<PatternRule::Match> PatternRule::Matches(size_t pattern_index,
                                                     const SentenceEnv& env) const {
  return Matches(pattern_index, env, env.sentence->span);
}

std::vector<PatternRule::Match> PatternRule::Matches(size_t pattern_index, const SentenceEnv& env,
                                                     Span window) const {
  std::vector<Match> matches;
  const RE2& re = compiled_.at(pattern_index)->Get();
  if (!re.ok()) return matches;  // never after the rule set's prefilter compiled (lazy_regexp.h)
  const Span sentence = env.sentence->span;
  const std::string_view view = env.doc->Text(sentence);
  const re2::StringPiece text(view.data(), view.size());
  const int groups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> submatch(static_cast<size_t>(groups));
  window.begin = std::max(window.begin, sentence.begin);
  window.end = std::min(window.end, sentence.end);
  size_t pos = window.begin - sentence.begin;
  const size_t endpos = window.end - sentence.begin;
  while (pos <= endpos && re.Match(text, pos, endpos, RE2::UNANCHORED, submatch.data(), groups)) {
    auto offset = [&](const re2::StringPiece& piece) {
      return static_cast<uint32_t>(sentence.begin +
                                   static_cast<size_t>(piece.data() - text.data()));
    };
    Match match;
    match.span =
        Span{offset(submatch[0]), offset(submatch[0]) + static_cast<uint32_t>(submatch[0].size())};
    for (const auto& [name, index] : re.NamedCapturingGroups()) {
      const re2::StringPiece& piece = submatch[static_cast<size_t>(index)];
      if (piece.data() == nullptr) continue;
      match.groups[name] = Span{offset(piece), offset(piece) + static_cast<uint32_t>(piece.size())};
    }
    // Trim spaces around the whole match: the claim's text is what it says.
    while (match.span.begin < match.span.end &&
           std::isspace(static_cast<unsigned char>(env.doc->text[match.span.begin])))
      ++match.span.begin;
    while (match.span.end > match.span.begin &&
           std::isspace(static_cast<unsigned char>(env.doc->text[match.span.end - 1])))
      --match.span.end;
    if (Accept(match, env)) matches.push_back(std::move(match));
    const size_t end = static_cast<size_t>(submatch[0].data() - text.data()) + submatch[0].size();
    pos = end > pos ? end : pos + 1;
  }
  return matches;
}

bool PatternRule::Accept(Match& match, const SentenceEnv& env) const {
  if (strip_) {
    for (const char* group : {"subject", "to_subject"}) {
      auto it = match.groups.find(group);
      if (it == match.groups.end()) continue;
      const std::string_view text = env.doc->Text(it->second);
      re2::StringPiece rest(text.data(), text.size());
      if (RE2::Consume(&rest, strip_->Get())) {
        const auto cut = static_cast<uint32_t>(rest.data() - text.data());
        if (match.span.begin == it->second.begin) match.span.begin += cut;
        it->second.begin += cut;
        if (it->second.size() == 0) return false;
      }
    }
  }
  // A group's text is matched whole; the sentence is searched.
  auto holds = [&](const std::string& group, const RE2& re) -> std::optional<bool> {
    if (group == kSentenceTest) {
      const std::string_view text = env.doc->Text(env.sentence->span);
      return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
    }
    const Span* span = match.Group(group);
    if (!span) return std::nullopt;
    const std::string_view text = env.doc->Text(*span);
    return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re);
  };
  for (const auto& [group, re] : reject_)
    if (holds(group, re->Get()) == true) return false;
  for (const auto& [group, re] : require_)
    if (holds(group, re->Get()) == false) return false;
  return true;
}

bool PatternRule::RejectsSubjectName(std::string_view name) const {
  for (const auto& [group, re] : reject_)
    if (group == "subject" && RE2::FullMatch(re2::StringPiece(name.data(), name.size()), re->Get()))
      return true;
  return false;
}

namespace {

TextRange InSentence(const Span& span, const SentenceEnv& env) {
  return TextRange{span.begin - env.sentence->span.begin, span.end - env.sentence->span.begin};
}

}  // namespace

Tense PatternRule::EffectiveTense(const Match& match, const SentenceEnv& env) const {
  if (tense_) return *tense_;
  if (match.tense) return *match.tense;
  std::optional<TextRange> verb;
  if (const Span* v = match.Group("verb")) verb = InSentence(*v, env);
  std::optional<TextRange> value;
  if (const Span* v = match.Group("value")) value = InSentence(*v, env);
  match.tense =
      ClaimTense(env.doc->Text(env.sentence->span), InSentence(match.span, env), verb, value);
  return *match.tense;
}

bool PatternRule::Unasserted(const Match& match, const SentenceEnv& env) const {
  if (always_asserted_) return false;
  std::optional<TextRange> verb;
  if (const Span* v = match.Group("verb")) verb = InSentence(*v, env);
  return IsUnasserted(env.doc->Text(env.sentence->span), InSentence(match.span, env), verb);
}

std::optional<DeclaredType> PatternRule::ValueTypeOf(const std::string& group) const {
  auto it = value_captures_.find(group);
  if (it != value_captures_.end()) return it->second;
  if (group == "distance") return DeclaredType::kDuration;
  if (group == "when" || group == "to_when") return DeclaredType::kDate;
  return std::nullopt;
}

SubjectCapture PatternRule::SubjectCaptureOf(const std::string& group) const {
  auto it = subject_captures_.find(group);
  return it != subject_captures_.end() ? it->second : SubjectCapture{};
}

Claim PatternRule::BaseClaim(const Match& match, const SentenceEnv& env) const {
  Claim claim;
  claim.document = env.doc_index;
  claim.span = match.span;
  claim.rule = info().id;
  claim.attribute = attribute_->name;
  claim.unknown = attribute_->unknown;
  claim.published = env.judged;
  claim.quoted = env.sentence->InQuote(match.span);
  claim.tense = EffectiveTense(match, env);
  if (info().severity_given) {
    claim.severity = SeverityName(info().severity);
  } else if (attribute_->severity) {
    claim.severity = SeverityName(*attribute_->severity);
  }
  return claim;
}

namespace {

// The subject a captured group names: whom the linker found there, else,
// for a kind other than person, the name as written.
std::optional<Subject> ResolveCaptured(const SentenceEnv& env, const Span& captured,
                                       SubjectKind resolve_kind) {
  if (NotTheSubjectAt(env, captured.begin)) return std::nullopt;
  if (std::optional<Subject> resolved = env.mentions->Resolve(captured, resolve_kind))
    return resolved;
  // A name the linker does not know, of a kind other than person: kept by
  // its name (as the linker does for unknown people), unless the linker
  // saw a character or a known person there.
  if (resolve_kind == SubjectKind::kPerson || resolve_kind == SubjectKind::kNone)
    return std::nullopt;
  for (const mentions::Mention& mention : env.mentions->Around(captured)) {
    const bool overlaps = mention.span.begin < captured.end && captured.begin < mention.span.end;
    const bool known_person = mention.subject.kind == SubjectKind::kPerson &&
                              mention.how != mentions::MentionSource::kName;
    if (overlaps && (mention.is_character || known_person)) return std::nullopt;
  }
  return SubjectByName(env.doc->Text(captured), resolve_kind, env, captured.begin);
}

// The `clause-subject` fallback: the name that opens the clause of
// `clause`, whom the linker knows by it, else that name.
std::optional<Subject> ClauseSubject(const SentenceEnv& env, const Span& clause,
                                     SubjectKind resolve_kind, uint32_t offset) {
  std::optional<Span> name_span = ClauseSubjectSpan(env, clause);
  if (!name_span) return std::nullopt;
  // A name the fact base (or the article, by its title cues) knows as
  // something of another kind ("Dune: Part Two", a work) is not this
  // rule's subject.
  for (const mentions::Mention& m : env.mentions->Around(*name_span)) {
    if ((m.how == mentions::MentionSource::kFactBase || m.how == mentions::MentionSource::kTitle) &&
        m.span.begin < name_span->end && name_span->begin < m.span.end &&
        resolve_kind != SubjectKind::kNone && m.subject.kind != resolve_kind &&
        !(resolve_kind == SubjectKind::kSeason && m.subject.kind == SubjectKind::kWork))
      return std::nullopt;
  }
  const std::string name(env.doc->Text(*name_span));
  const SubjectKind by_kind =
      resolve_kind == SubjectKind::kNone ? SubjectKind::kEvent : resolve_kind;
  std::optional<Subject> found = env.mentions->ResolveName(name, resolve_kind);
  if (!found) found = SubjectByName(name, by_kind, env, offset);
  return found;
}

// The `last-season` fallback (the last season named before the match)
// and `sentence-subject` (the first subject named in its sentence before
// it).
std::optional<Subject> MentionedBefore(const SentenceEnv& env, const Span& match,
                                       bool last_season) {
  // From the last mention before the match back (a binary search, not
  // a walk from the document's end).
  const auto& mentions = env.mentions->mentions();
  for (auto it = env.mentions->BeforeOffset(match.begin); it != mentions.rend(); ++it) {
    if (it->span.begin >= match.begin || it->is_character) continue;
    if (last_season) {
      if (it->subject.kind == SubjectKind::kSeason) return it->subject;
    } else {
      if (it->span.begin < env.sentence->span.begin) break;
      // "Ana Ruiz, whose album Blue sold well, received nine nominations":
      // a name inside an apposition that closed before the match is not the
      // sentence's subject.
      if (InClosedApposition(env, it->span, match.begin)) continue;
      return it->subject;
    }
  }
  // "The star also earned two Oscar nominations for Red Orchard": a
  // sentence that opens with a person's description is the salient
  // person's, not the work its object names. With another person named
  // since ("Ana Ruiz has six nods. The pop star has seven"), the
  // description is anyone's guess: no claim.
  if (!last_season && OpensWithPersonDescription(env)) {
    std::optional<Subject> salient = env.mentions->Salient(SubjectKind::kPerson);
    const std::optional<Subject> last = env.mentions->LastPerson(match.begin);
    if (salient && last && last->id != salient->id) return std::nullopt;
    return salient;
  }
  return std::nullopt;
}

}  // namespace

bool PatternRule::ResolveSubject(const std::string& group, const Match& match,
                                 const SentenceEnv& env, bool use_fallbacks, Subject& subject,
                                 Span& span) const {
  const SubjectCapture capture = SubjectCaptureOf(group);
  // kSeason when returning; kNone for any.
  const SubjectKind resolve_kind = capture.kind;
  const bool composes = !subject_name_.empty() && group == "subject";
  if (const Span* captured = match.Group(group); captured && captured->size() > 0 && composes) {
    span = *captured;
    // "Kohberger's murder trial": the person the surname stands for. Only
    // `subject_name_from` of one kind looks the owner up; any, next-season
    // and upcoming never named one (no subject is of those kinds).
    if (compose_from_ && compose_from_->IsOneKind())
      if (std::optional<Subject> owner = env.mentions->Resolve(*captured, compose_from_->kind))
        return ComposeSubject(match, env, resolve_kind, span, owner->name,
                              std::string(env.doc->Text(*captured)), subject);
    return ComposeSubject(match, env, resolve_kind, span, std::string(env.doc->Text(*captured)),
                          std::string(), subject);
  }
  if (const Span* captured = match.Group(group); captured && captured->size() > 0) {
    span = *captured;
    std::optional<Subject> found = ResolveCaptured(env, *captured, resolve_kind);
    if (!found) return false;
    const bool work = found->kind == SubjectKind::kWork || found->kind == SubjectKind::kSeason;
    if (work && ClauseIsALaterPart(env, *captured, true)) return false;
    // "the Season 3 premiere of 'Dust Road'": the season the verb names.
    if (const Span* verb = match.Group("verb");
        verb != nullptr && found->kind == SubjectKind::kWork && captured->begin > verb->begin) {
      if (const int number = SeasonNamedRightBefore(env, verb->begin); number > 0) {
        subject = env.mentions->SeasonOf(*found, number);
        return true;
      }
    }
    subject = *found;
    return TakeReturningSeason(capture, match, env, subject);
  }
  if (!use_fallbacks) return false;
  // A fallback looks for the kind the name is composed from ("the person
  // nearest 'was sentenced'"), when the rule says so.
  const SubjectKind fallback_kind =
      !subject_name_.empty() && compose_from_ ? compose_from_->kind : resolve_kind;
  // "a 16-year-old daughter, Ruby": a match that names nobody may still
  // say it is about someone else (`reject_unnamed`).
  for (const auto& [tested, re] : reject_unnamed_) {
    const Span* group_span = match.Group(tested);
    if (group_span == nullptr) continue;
    const std::string_view text = env.doc->Text(*group_span);
    if (RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re->Get())) return false;
  }
  for (const std::string& fallback : fallbacks_) {
    std::optional<Subject> found =
        FindByFallback(fallback, group, match, env, capture, fallback_kind);
    if (found && !found->empty()) {
      if (RejectsSubjectName(found->name)) return false;
      // A date is nobody ("Aug. 21", found next to "a three-day period");
      // only a claim about its own words ("mention") is named by one.
      static const RE2 kDate(
          "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?"
          "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
          "(?:,?\\s+\\d{4})?");
      if (found->kind != SubjectKind::kMention && RE2::FullMatch(found->name, kDate)) return false;
      const bool work = found->kind == SubjectKind::kWork || found->kind == SubjectKind::kSeason;
      if (work &&
          ClauseIsALaterPart(env, match.Group("verb") ? *match.Group("verb") : match.span, false))
        return false;
      span = match.span;
      // A frame's subject found by fallback composes like a captured one:
      // the person nearest "was sentenced" -> "<person> sentencing".
      if (composes) {
        const size_t head = found->name.rfind(' ');
        return ComposeSubject(match, env, resolve_kind, span, found->name,
                              found->kind == SubjectKind::kEvent && head != std::string::npos
                                  ? found->name.substr(0, head)
                                  : std::string(),
                              subject);
      }
      subject = *found;
      return TakeReturningSeason(capture, match, env, subject);
    }
  }
  return false;
}

bool PatternRule::TakeReturningSeason(const SubjectCapture& capture, const Match& match,
                                      const SentenceEnv& env, Subject& found) const {
  // "next-season": a season; a work named alone stands for the season it
  // returns with ("Dust Road returns on May 2"), never for its premiere.
  // "upcoming": the same for a work that has seasons, when the claim is not
  // in the past tense ("Dust Road premieres in 2026" is its next season);
  // otherwise the work itself (a film, or "Dust Road premiered in 2016").
  const bool lenient = capture.returning == SubjectCapture::Returning::kUpcoming;
  const bool returning = capture.returning != SubjectCapture::Returning::kNo;
  if (!returning || found.kind != SubjectKind::kWork) return true;
  if (lenient && EffectiveTense(match, env) == Tense::kPast) return true;
  std::optional<Subject> season = env.mentions->ReturningSeason(found);
  if (!season) return lenient;
  found = *season;
  return true;
}

bool PatternRule::ComposeSubject(const Match& match, const SentenceEnv& env,
                                 SubjectKind resolve_kind, const Span& span, std::string name,
                                 std::string written, Subject& subject) const {
  name = StripQuotes(std::move(name));
  static const RE2 kArticle("^(?i:the)\\s+");
  static const RE2 kPossessive("['’]s?$");
  RE2::Replace(&name, kArticle, "");
  RE2::Replace(&name, kPossessive, "");
  written = StripQuotes(std::move(written));
  RE2::Replace(&written, kArticle, "");
  RE2::Replace(&written, kPossessive, "");
  static const RE2 kLeadingThe("^(?i:the\\s+)");
  std::string composed = subject_name_;
  const size_t work_at = composed.find("{work}");
  if (work_at != std::string::npos) {
    // "{work}: {subject}": a thing of the work in context ("the show's
    // most-watched episode" of Pine Hollow), keyed by its description.
    std::optional<Subject> work = env.mentions->CurrentWork(match.span.begin);
    if (!work) return false;
    composed.replace(work_at, 6, work->name);
    static const RE2 kOwner("^(?i:(?:the[ ]+)?(?:show|series|film|season)['’]s?|its)\\s+");
    RE2::Replace(&name, kOwner, "");
  }
  RE2::Replace(&name, kLeadingThe, "");
  // Each template with the name as written and in the possessive ("Ana
  // Ruiz's funeral", as fact bases often name it); the first the fact
  // base knows wins.
  std::optional<Subject> found;
  std::vector<std::string> templates{composed};
  templates.insert(templates.end(), other_subject_names_.begin(), other_subject_names_.end());
  std::vector<std::string> owners{name, name + "'s"};
  if (!written.empty() && written != name) owners.insert(owners.end(), {written, written + "'s"});
  for (size_t t = 0; t < templates.size() && !found; ++t) {
    for (const std::string& owner : owners) {
      std::string candidate = templates[t];
      const size_t at = candidate.find("{subject}");
      if (at == std::string::npos) continue;
      candidate.replace(at, 9, owner);
      found = env.mentions->ResolveName(candidate, resolve_kind);
      if (found) break;
    }
  }
  composed.replace(composed.find("{subject}"), 9, name);
  if (!found) {
    if (composed.empty() || !std::isupper(static_cast<unsigned char>(composed[0]))) return false;
    found = SubjectByName(composed,
                          resolve_kind == SubjectKind::kNone ? SubjectKind::kEvent : resolve_kind,
                          env, span.begin);
  }
  if (!found) return false;
  subject = *found;
  return true;
}

std::optional<Subject> PatternRule::FindByFallback(const std::string& fallback,
                                                   const std::string& group, const Match& match,
                                                   const SentenceEnv& env,
                                                   const SubjectCapture& capture,
                                                   SubjectKind fallback_kind) const {
  const Span* verb = match.Group("verb");
  const Span& clause = verb != nullptr ? *verb : match.span;
  if (fallback == "last-person") return env.mentions->LastPerson(match.span.begin);
  if (fallback == "pronoun") {
    // "She won seven Emmys": the person last named before, when that is
    // the person the article is about; with another named in between
    // (her husband) the pronoun is anyone's guess, and no claim is made.
    if (!ClauseOpensWithPersonPronoun(env, clause)) return std::nullopt;
    std::optional<Subject> found = env.mentions->LastPerson(match.span.begin);
    const std::optional<Subject> salient = env.mentions->Salient(SubjectKind::kPerson);
    if (found && salient && found->id != salient->id) return std::nullopt;
    if (found && PronounMismatch(env, clause, *found)) return std::nullopt;
    return found;
  }
  // Nearest to the verb: in "On Sunday, Ada Pell died" the name lies
  // between the value and the trigger.
  if (fallback == "nearest") return NearestInClause(env, clause, fallback_kind);
  if (fallback == "mention") {
    // The dated mention itself, one subject per mention: it is checked
    // against itself (its weekday) and never compared with another.
    const Span* value = match.Group("value");
    const Span at = value != nullptr ? *value : match.span;
    // The document's index too: one JSON Lines file holds many articles.
    return Subject{"mention:" + std::to_string(env.doc_index) + ":" + env.doc->path + ":" +
                       std::to_string(at.begin),
                   std::string(env.doc->Text(at)), SubjectKind::kMention};
  }
  if (fallback == "deceased") {
    // The person whose death the article last reported.
    if (env.earlier != nullptr)
      for (auto it = env.earlier->rbegin(); it != env.earlier->rend(); ++it)
        if (it->document == env.doc_index && it->attribute == "death" &&
            it->subject.kind == SubjectKind::kPerson && it->span.end <= match.span.begin)
          return it->subject;
    return std::nullopt;
  }
  if (fallback == "clause-subject") {
    // A rule that composes its subject's name (`subject_name`) takes none.
    if (!subject_name_.empty() && group == "subject") return std::nullopt;
    return ClauseSubject(env, clause, capture.kind, match.span.begin);
  }
  if (fallback == "salient") return SalientSubject(match, env, capture, fallback_kind);
  if (fallback == "topic") {
    // The same entity whatever the clause names: in "investigators said
    // Tuesday a loose wire caused the crash" the clause's agent is never
    // what the claim is about.
    std::optional<Subject> found = env.mentions->Salient(fallback_kind);
    // "what started the blaze": the most salient fire, though a mission
    // be named as often.
    if (const Span* said = match.Group("described"); found && said != nullptr) {
      const std::string described(env.doc->Text(*said));
      auto fits = [&](const Subject& s) {
        return DescribesSalient(described, s.name) && !IsAgent(s);
      };
      if (!fits(*found)) found = env.mentions->SalientWhere(fallback_kind, fits);
    }
    return found;
  }
  // What is rebuilt or reopened is a built place ("<the Key Bridge>
  // replacement"), whatever disaster the article is about.
  if (fallback == "structure") return env.mentions->SalientStructure();
  // "The pop star racked up seven nominations": a person's, not the work
  // last named.
  if (fallback == "current-work")
    return OpensWithPersonDescription(env) || NamesAnUnknownSubjectBefore(env, match.span.begin)
               ? std::nullopt
               : env.mentions->CurrentWork(match.span.begin);
  if (fallback == "last-season" || fallback == "sentence-subject")
    return MentionedBefore(env, match.span, fallback == "last-season");
  return std::nullopt;
}

std::optional<Subject> PatternRule::SalientSubject(const Match& match, const SentenceEnv& env,
                                                   const SubjectCapture& capture,
                                                   SubjectKind fallback_kind) const {
  // Up to the verb or the value, whichever comes first: in "the
  // 46-year-old walks away" the value's own "the" is not a subject.
  const Span* verb = match.Group("verb");
  const Span* value = match.Group("value");
  Span upto = verb != nullptr ? *verb : match.span;
  if (value != nullptr && value->begin < upto.begin) upto = *value;
  std::string described;
  // An object the rule captured after the verb ("the union called off
  // <the strike>") is what the claim is about; who acted, before the
  // verb, is not asked.
  const Span* said = match.Group("described");
  // ... and so is one that holds the value ("would end <the 128-day
  // strike>").
  const bool described_after =
      said != nullptr &&
      (said->begin >= upto.end || (said->begin <= upto.begin && said->end >= upto.end));
  if (!described_after && !ClauseOpenForSalient(env, upto, fallback_kind, &described))
    return std::nullopt;
  // A description the rule captured ("the walkout, which began ...",
  // its `described` group) says the kind when the clause before the
  // verb does not.
  if (said != nullptr && (described.empty() || described_after))
    described = std::string(env.doc->Text(*said));
  std::optional<Subject> found = env.mentions->Salient(fallback_kind);
  // Not the most salient entity: the most salient one of the kind
  // the clause says ("the blaze" in an article that names a mission
  // as often as the fire).
  const bool rule_described = said != nullptr;
  auto fits = [&](const Subject& s) {
    return DescribesSalient(described, s.name) && !(rule_described && IsAgent(s));
  };
  if (found && !fits(*found)) found = env.mentions->SalientWhere(fallback_kind, fits);
  // "The superhero sequel will now open in 2027", in a lead that names
  // no film, the article's most-named film first named three paragraphs
  // on: a description takes an entity the reader has met, named before
  // it or in the lead it stands in (a headline's "the sequel", named in
  // the next sentence).
  const uint32_t lead_end = env.mentions->LeadEnd();
  auto met = [&](const Subject& s) {
    const std::optional<uint32_t> at = env.mentions->FirstNamed(s);
    return at && (*at < upto.begin || (upto.begin < lead_end && *at < lead_end));
  };
  if (found && !met(*found))
    found = env.mentions->SalientWhere(fallback_kind,
                                       [&](const Subject& s) { return fits(s) && met(s); });
  if (found && PronounMismatch(env, upto, *found)) return std::nullopt;
  if (found && found->kind == SubjectKind::kPerson && verb != nullptr &&
      ObjectDescribedAfter(env, *verb))
    return std::nullopt;
  // "The series premiered in January of last year", in an article
  // about its second season: the whole series' premiere, not the
  // season's.
  // ... and so is "the hospital drama first premiered in 2019": what
  // premiered first, or a genre's word for the show, is the whole series.
  static const RE2 kTheWhole(
      "(?i)\\b(?:series|show|franchise|sitcom|anime|drama|comedy|thriller|dramedy|docuseries|"
      "soap|procedural|anthology)\\b");
  static const RE2 kSeason("(?i)\\b(?:season|series[ ]+\\d|installment|instalment)");
  static const RE2 kFirst("(?i)\\b(?:first|originally)[ ]+$");
  const bool first = verb != nullptr && RE2::PartialMatch(env.Lead(verb->begin, 12), kFirst);
  if (found && capture.returning == SubjectCapture::Returning::kUpcoming &&
      found->kind == SubjectKind::kSeason && (RE2::PartialMatch(described, kTheWhole) || first) &&
      !RE2::PartialMatch(described, kSeason) && EffectiveTense(match, env) == Tense::kPast)
    if (std::optional<Subject> work = env.mentions->CurrentWork(match.span.begin)) found = *work;
  return found;
}

bool PatternRule::NumberedSeasonGroup(const Match& match, const SentenceEnv& env) {
  const Span* season = match.Group("season");
  if (season == nullptr || season->size() == 0) return false;
  const std::vector<mentions::SeasonPhrase> phrases =
      mentions::FindSeasonPhrases(env.doc->Text(*season), season->begin);
  return !phrases.empty() && phrases.front().number > 0;
}

bool PatternRule::ResolveSeasonGroup(const Match& match, const SentenceEnv& env, Subject& subject,
                                     Span& span) const {
  const Span* season = match.Group("season");
  if (season == nullptr || season->size() == 0) return false;
  const std::vector<mentions::SeasonPhrase> phrases =
      mentions::FindSeasonPhrases(env.doc->Text(*season), season->begin);
  const int number = phrases.empty() ? 0 : phrases.front().number;
  if (const Span* named = match.Group("subject"); named && number > 0) {
    std::optional<Subject> work = env.mentions->Resolve(*named, SubjectKind::kWork);
    if (!work) work = SubjectByName(env.doc->Text(*named), SubjectKind::kWork, env, named->begin);
    if (work && work->kind == SubjectKind::kWork) {
      subject = env.mentions->SeasonOf(*work, number);
      span = *season;
      return true;
    }
  }
  const std::optional<Subject> resolved = env.mentions->Resolve(*season, SubjectKind::kSeason);
  if (resolved && resolved->kind == SubjectKind::kSeason) {
    subject = *resolved;
    span = *season;
    return true;
  }
  // "picked up Russian Doll for an eight-episode second season": the
  // numbered season of the work the article is about.
  if (match.Group("subject") == nullptr && number > 0) {
    if (std::optional<Subject> work = env.mentions->CurrentWork(season->begin)) {
      subject = env.mentions->SeasonOf(*work, number);
      span = *season;
      return true;
    }
  }
  return false;
}

namespace {

// Whether the `reach` bytes of the sentence before `value` match `re`.
bool LeadMatches(const SentenceEnv& env, const Span& value, const RE2& re, uint32_t reach) {
  return RE2::PartialMatch(env.Lead(value.begin, reach), re);
}

// "since" right before `value`.
bool SinceBefore(const SentenceEnv& env, const Span& value) {
  static const RE2 kSince("(?i)\\bsince[ ]+$");
  return LeadMatches(env, value, kSince, 8);
}

// "his 99th birthday in December": the month or day a birthday falls on,
// right after the word. Written without a year, it is the nearest one:
// news writes "last December" for a birthday already past.
bool BirthdayBefore(const SentenceEnv& env, const Span& value) {
  static const RE2 kBirthday("(?i)\\bbirthday[ ]+(?:in|on|this|next)?[ ]*$");
  return LeadMatches(env, value, kBirthday, 16) && !WritesAYear(env.doc->Text(value));
}

// A verb of planning or declaring shortly before `value`: the past tense
// of a decision, whose date may lie ahead ("was set for May 14").
bool PlannedBefore(const SentenceEnv& env, const Span& value) {
  static const RE2 kPlan(
      "(?i)\\b(?:set|scheduled|rescheduled|slated|planned|intended|expected|due|supposed|meant|"
      "declared|proclaimed|designated|ordered|asked|told|gave|given|required|instructed|"
      "directed|deadline|postponed|delayed|moved|moving|pushed|targeted|targeting|aimed|"
      "announced|revealed|unveiled|preponed|bumped|brought[ ]+forward|cancell?ed)\\b");
  if (LeadMatches(env, value, kPlan, 80)) return true;  // bytes: the words leading to the value
  // "firm on the April 15 trial date", "the October date": a date that
  // names a day set for something.
  static const RE2 kSetDay("^[ ]+(?:[a-z-]+[ ]+){0,2}(?:date|deadline)\\b");
  // "Aug. 16 and 17 were postponed as well": the plan follows the date.
  static const RE2 kPlannedAfter(
      "^[^.;:]{0,24}?\\b(?:was|were|has[ ]+been|have[ ]+been|had[ ]+been)[ ]+(?:also[ ]+|now[ ]+|"
      "since[ ]+)?(?:postponed|delayed|moved|cancell?ed|rescheduled|pushed[ ]+back|scrapped|"
      "called[ ]+off|set|scheduled|slated|planned|announced)\\b");
  const std::string_view rest = env.Trail(value.end, 48);
  return RE2::PartialMatch(rest, kSetDay) || RE2::PartialMatch(rest, kPlannedAfter);
}

// "has been deferred to June", "have been pushed back until March": a
// move told in the present perfect is recent, so the day it moved to is
// still ahead, whatever the tense of the verb.
bool MovedToJustNow(const SentenceEnv& env, const Span& value) {
  static const RE2 kMovedTo(
      std::string("(?i)\\b(?:has|have)[ ]+(?:now[ ]+|since[ ]+|again[ ]+|also[ ]+)?been[ ]+"
                  "(?:[a-z]+ly[ ]+)?") +
      kMovedVerb +
      "[ ]+(?:back[ ]+)?(?:to|until|till|into)[ ]+(?:the[ ]+)?(?:(?:early|mid|late)[ -]+)?$");
  return LeadMatches(env, value, kMovedTo, 80);
}

// A date whose year the text leaves out is this year's in news style (the
// year is written only when it is not the current one), so a past-tense
// verb of planning or declaring dates a later day of this year: "was
// initially intended to debut on November 3" (written in August),
// "declared January 9 a day of mourning" (written December 30, just
// across New Year). The past reading stands when it is this year's, or
// near, or when the text fixes the year (both readings agree then).
normalize::Value ThisYearsUnlessNamed(std::string_view text, normalize::Kind kind,
                                      const normalize::Context& context,
                                      const normalize::Value& past) {
  normalize::Context ahead = context;
  ahead.tense = Tense::kFuture;
  ahead.prefer = normalize::Prefer::kFuture;
  const std::optional<normalize::Value> future = normalize::Parse(text, kind, ahead);
  if (!future || future->range == past.range || !future->inconsistency.empty()) return past;
  const long days_back = (context.ref - past.range.from).days();
  const long days_ahead = (future->range.from - context.ref).days();
  const bool last_year = past.range.from.year() < context.ref.year();
  constexpr long kHalfYear = 183;
  constexpr long kMostOfAYear = 300;
  constexpr long kAcrossNewYear = 45;
  if ((last_year && days_back > kHalfYear) ||
      (days_back > kMostOfAYear && days_ahead <= kAcrossNewYear))
    return *future;
  return past;
}

// "died just weeks earlier, on November 19, 2023": a date counted from
// another ("weeks earlier") that the sentence restates with its year. The
// stated date is the claim's value; when it lies outside the counted one
// from every anchor the reader could mean (the publication, the date the
// text gave before), the sentence contradicts itself and the value says so.
void TakeRestatedDate(const SentenceEnv& env, const Span& span, std::string_view text,
                      normalize::Kind wanted, const normalize::Context& context,
                      normalize::Value& value) {
  static const RE2 kCounted(
      "(?i)\\b(?:days?|weeks?|months?|years?|decades?)[ ]+(?:earlier|before|prior|later|"
      "afterwards?)$");
  if (env.annotations == nullptr ||
      !RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kCounted))
    return;
  static const RE2 kApposition("^,?[ ]+(?:(?i:on|in)[ ]+)?");
  const std::string_view rest = env.doc->Text(Span{span.end, env.sentence->span.end});
  re2::StringPiece after(rest.data(), rest.size());
  if (!RE2::Consume(&after, kApposition)) return;
  const uint32_t stated_at = span.end + static_cast<uint32_t>(after.data() - rest.data());
  for (const annotate::ValueSpan& other : env.annotations->Get().values()) {
    if (other.span.begin != stated_at) continue;
    const std::string_view stated_text = env.doc->Text(other.span);
    static const RE2 kYear("\\b[12][0-9]{3}\\b");
    if (!RE2::PartialMatch(re2::StringPiece(stated_text.data(), stated_text.size()), kYear)) return;
    std::optional<normalize::Value> stated = normalize::Parse(stated_text, wanted, context);
    if (!stated || !stated->inconsistency.empty()) return;
    normalize::Context from_publication = context;
    from_publication.anchor_source = nullptr;
    const std::optional<normalize::Value> counted =
        normalize::Parse(text, wanted, from_publication);
    auto fits = [&](const DateRange& range) {
      return !(stated->range.to < range.from) && !(range.to < stated->range.from);
    };
    const std::string counted_text(text);
    if (fits(value.range) || (counted && fits(counted->range))) {
      value = *stated;
      return;
    }
    const DateRange from_publication_range = counted ? counted->range : value.range;
    value = *stated;
    value.inconsistency = "the sentence dates it " + std::string(stated_text) + ", but " +
                          counted_text + " from the publication is " +
                          FormatRange(from_publication_range);
    return;
  }
}

// Does a date's text write its year ("2024", "'24", "3/5/2024")?
bool WritesItsYear(std::string_view text) {
  static const RE2 kYear("\\b[0-9]{4}\\b|['’][0-9]{2}\\b|[0-9]+/[0-9]+/[0-9]+");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kYear);
}

// A date told in the past without its year, whose weekday fits neither
// near reading: "the king died on Wednesday, February 6", in a piece on
// an accession long ago that never writes the year. Some earlier year
// fits the weekday, and the text does not say which, so the date is no
// claim: neither a value (it is not last February 6) nor a wrong weekday.
// Only a day in the fortnight before publication keeps its slip: news
// names the weekday of a recent day, and there the year is plain.
bool YearLeftOpen(std::string_view text, const normalize::Value& value, Tense tense,
                  const Date& judged) {
  if (value.inconsistency.empty() || tense != Tense::kPast) return false;
  if (WritesItsYear(text)) return false;
  constexpr long kRecentDays = 14;
  const long days_back = (judged - value.range.from).days();
  return days_back < 1 || days_back > kRecentDays;
}

// "In 1906, an earthquake struck the city on April 18", "It was 110 years
// ago an earthquake struck at 5:12 a.m. on 18 April": a sentence that opens
// with a past year sets the year of the dates without one that follow it.
// Only an opening year: "The firm, founded in 1990, released its report on
// March 3" dates the report this year.
std::optional<int> YearTheSentenceOpensWith(const SentenceEnv& env, const Span& span) {
  if (env.annotations == nullptr) return std::nullopt;
  for (const annotate::ValueSpan& opener : env.annotations->Get().values()) {
    if (opener.span.begin >= span.begin) break;
    if (opener.kind != normalize::Kind::kDate) continue;
    const std::string_view lead = env.doc->Text(Span{env.sentence->span.begin, opener.span.begin});
    static const RE2 kOpening(
        "(?i)^[\"“‘' ]*(?:(?:it[ ]+(?:was|is)|back|exactly|that[ ]+was|on[ ]+this[ ]+day)[ ]+)?"
        "(?:in[ ]+)?$");
    if (!RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), kOpening)) return std::nullopt;
    normalize::Context context;
    context.ref = env.judged;
    context.tense = Tense::kPast;
    const std::optional<normalize::Value> year =
        normalize::Parse(env.doc->Text(opener.span), normalize::Kind::kDate, context);
    if (!year || year->grain != "year" || year->range.from.year() >= env.judged.year())
      return std::nullopt;
    return static_cast<int>(year->range.from.year());
  }
  return std::nullopt;
}

// The value of a date without its year in the year the sentence opens with
// (above); `value` unchanged when it writes its year or none is set.
void TakeOpeningYear(const SentenceEnv& env, const Span& span, std::string_view text,
                     normalize::Kind wanted, normalize::Value& value) {
  if (WritesItsYear(text) || (value.grain != "day" && value.grain != "month")) return;
  const std::optional<int> year = YearTheSentenceOpensWith(env, span);
  if (!year) return;
  // The middle of that year as the reference, read to the nearest: every
  // day of it is within half a year.
  normalize::Context within;
  within.ref = Date(static_cast<unsigned short>(*year), 7, 1);
  within.tense = Tense::kUnknown;
  within.prefer = normalize::Prefer::kNearest;
  std::optional<normalize::Value> dated = normalize::Parse(text, wanted, within);
  if (dated && dated->range.from.year() == *year) value = *dated;
}

// "between July 23 and August 8, 2021", "from Oct. 20 to Nov. 17, 2023":
// the opening end of a range takes its year from the closing end, the day
// before it. `value` unchanged when the text writes its year, or no dated
// end follows.
void TakeClosingYear(const SentenceEnv& env, const Span& span, std::string_view text,
                     normalize::Kind wanted, const normalize::Context& context,
                     normalize::Value& value) {
  if (WritesItsYear(text) || env.annotations == nullptr) return;
  const annotate::SentenceAnnotations& notes = env.annotations->Get();
  const annotate::ValueSpan* opening_end = notes.EndingAt(span.end);
  if (opening_end == nullptr || opening_end->range_end != annotate::RangeEnd::kOpening) return;
  const annotate::ValueSpan* closing_end = notes.OtherEnd(*opening_end);
  if (closing_end == nullptr) return;
  const std::string_view closing = env.doc->Text(closing_end->span);
  if (!WritesItsYear(closing)) return;
  const std::optional<normalize::Value> end = normalize::Parse(closing, wanted, context);
  if (!end || end->range.to.is_not_a_date()) return;
  normalize::Context before_end = context;
  before_end.ref = end->range.to;
  before_end.tense = Tense::kPast;
  before_end.prefer = normalize::Prefer::kPast;
  before_end.anchor_source = nullptr;
  std::optional<normalize::Value> opening = normalize::Parse(text, wanted, before_end);
  if (opening && opening->inconsistency.empty()) value = *opening;
}

}  // namespace

std::optional<normalize::Value> PatternRule::NormalizeGroup(const std::string& group,
                                                            const Match& match,
                                                            const SentenceEnv& env) const {
  const Span* span = match.Group(group);
  if (!span || span->size() == 0) return std::nullopt;
  const std::optional<DeclaredType> type = ValueTypeOf(group);
  const std::optional<normalize::Kind> kind = type ? KindOf(*type) : std::nullopt;
  if (!kind) return std::nullopt;
  const std::string_view text = env.doc->Text(*span);
  normalize::Context context;
  context.ref = env.judged;
  context.tense = EffectiveTense(match, env);
  // "since 5.30 a.m. on Sunday": what something has lasted since is past,
  // whatever the clause's tense ("the drilling has been halted since ...").
  if (SinceBefore(env, *span)) context.tense = Tense::kPast;
  if (BirthdayBefore(env, *span)) {
    context.tense = Tense::kUnknown;
    context.prefer = normalize::Prefer::kNearest;
  }
  // Found only if the expression counts from an anchor ("the next month").
  const uint32_t anchor_offset = span->begin;
  context.anchor_source = [&env, anchor_offset] { return env.AnchorBefore(anchor_offset); };
  // A date attribute takes a period too ("from 1977 to 1981", "between
  // March and May"): the claim is that the event falls inside it.
  const normalize::Kind wanted =
      *kind == normalize::Kind::kDate ? normalize::Kind::kInterval : *kind;
  std::optional<normalize::Value> value = normalize::Parse(text, wanted, context);
  // "air on Wednesday nights": a weekly slot, no day.
  if (value && value->kind == normalize::Kind::kDate &&
      normalize::IsWeeklySlot(text, env.doc->Text(Span{span->end, env.sentence->span.end})))
    return std::nullopt;
  // "his 23rd season": an ordinal a frame took as a count; "his 99th
  // birthday": as the age reached.
  if (!value && (wanted == normalize::Kind::kNumber || wanted == normalize::Kind::kAge)) {
    value = normalize::Parse(text, normalize::Kind::kOrdinal, context);
    if (value && wanted == normalize::Kind::kAge) {
      const int age = static_cast<int>(value->amount.min);
      value->amount.unit = Unit::kYear;
      value->range = BirthRangeForAge(age, context.ref);
      value->grain = "year";
    }
    if (value) value->kind = wanted;
  }
  // A present-tense date is a schedule ("premieres on January 17"): the
  // next one, unless that is most of a year away and a recent one is near.
  if (value && context.tense == Tense::kPresent &&
      (*kind == normalize::Kind::kDate || *kind == normalize::Kind::kInterval)) {
    normalize::Context ahead = context;
    ahead.prefer = normalize::Prefer::kFuture;
    std::optional<normalize::Value> future = normalize::Parse(text, wanted, ahead);
    if (future && (future->range.from - env.judged).days() <= 300) value = future;
  }
  // A weekday that does not fit the year the tense chose may fit the other
  // direction: "has been announced as Monday, September 19" (published
  // September 10) is this September 19, not last year's. Only a near date
  // (half a year) is taken; otherwise the weekday really is wrong.
  if (value && !value->inconsistency.empty() &&
      (*kind == normalize::Kind::kDate || *kind == normalize::Kind::kInterval)) {
    for (Tense other : {Tense::kFuture, Tense::kPast}) {
      if (other == context.tense) continue;
      normalize::Context flipped = context;
      flipped.tense = other;
      flipped.prefer =
          other == Tense::kFuture ? normalize::Prefer::kFuture : normalize::Prefer::kPast;
      std::optional<normalize::Value> alternative = normalize::Parse(text, wanted, flipped);
      if (alternative && alternative->inconsistency.empty() &&
          std::abs((alternative->range.from - env.judged).days()) <= 183) {
        value = alternative;
        break;
      }
    }
  }
  const bool date_like = *kind == normalize::Kind::kDate || *kind == normalize::Kind::kInterval;
  if (value && date_like) TakeOpeningYear(env, *span, text, wanted, *value);
  if (value && date_like) TakeClosingYear(env, *span, text, wanted, context, *value);
  // "will premiere two weeks earlier": counted from the last date the text
  // gave, a future clause that lands before publication is telling how far
  // a plan moved, not when.
  static const RE2 kCountedFromAnchor("(?i)\\b(?:earlier|later)$");
  if (value && date_like && context.tense == Tense::kFuture && !value->range.to.is_not_a_date() &&
      value->range.to < env.judged &&
      RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kCountedFromAnchor))
    return std::nullopt;
  if (value && date_like && YearLeftOpen(text, *value, context.tense, env.judged))
    return std::nullopt;
  if (value && date_like && context.tense == Tense::kPast && value->inconsistency.empty() &&
      !value->range.to.is_not_a_date() && value->range.to < env.judged && !WritesItsYear(text) &&
      MovedToJustNow(env, *span)) {
    // "has been deferred to June", written in September: next June.
    normalize::Context ahead = context;
    ahead.tense = Tense::kFuture;
    ahead.prefer = normalize::Prefer::kFuture;
    if (std::optional<normalize::Value> next = normalize::Parse(text, wanted, ahead);
        next && next->inconsistency.empty())
      value = next;
  }
  if (value && date_like && context.tense == Tense::kPast && value->inconsistency.empty() &&
      PlannedBefore(env, *span))
    value = ThisYearsUnlessNamed(text, wanted, context, *value);
  if (value && date_like) TakeRestatedDate(env, *span, text, wanted, context, *value);
  if (value &&
      (value->kind == *kind || (date_like && (value->kind == normalize::Kind::kDate ||
                                              value->kind == normalize::Kind::kInterval)))) {
    return value;
  }
  return std::nullopt;
}

std::string PatternRule::Explain() const {
  std::string out = "attribute: " + attribute_name_ + "\n";
  // Every capture as written, in the order of the groups' names.
  std::map<std::string, std::string_view> captures;
  for (const auto& [name, capture] : subject_captures_)
    captures[name] = SubjectCaptureName(capture);
  for (const auto& [name, type] : value_captures_) captures[name] = DeclaredTypeName(type);
  if (!captures.empty()) {
    out += "captures:";
    for (const auto& [name, type] : captures) out += " " + name + "=" + std::string(type);
    out += "\n";
  }
  if (!fallbacks_.empty()) out += "subject fallback: " + JoinAlternatives(fallbacks_) + "\n";
  for (size_t i = 0; i < pattern_nodes_.size(); ++i) {
    out += "pattern: " + pattern_nodes_[i].Scalar() + "\n";
  }
  return out;
}

}  // namespace factlint::rules
