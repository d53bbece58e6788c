// The engine: compiles every family's rules once and runs them, either
// anchored at both ends (Parse) or scanning for the leftmost-longest match
// (FindFirst, FindAll).
#include "checker/normalize/normalize.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <deque>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "checker/core/ascii.h"
#include "checker/core/utf8.h"
#include "checker/normalize/calendar.h"
#include "checker/normalize/grammar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize {

using internal::Match;
using internal::Rule;

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kDate: return "date";
    case Kind::kInterval: return "interval";
    case Kind::kDuration: return "duration";
    case Kind::kNumber: return "number";
    case Kind::kOrdinal: return "ordinal";
    case Kind::kAge: return "age";
    case Kind::kNone: return "none";
  }
  return "none";
}

const ToleranceTable& ToleranceTable::Default() {
  // Fractions of the stated amount; docs/normalizer.md explains each choice.
  static const ToleranceTable table{{
      {"nearly", {0.25, 0}},
      {"almost", {0.25, 0}},
      {"close to", {0.25, 0}},
      {"just under", {0.10, 0}},
      {"just shy of", {0.10, 0}},
      {"about", {0.10, 0.10}},
      {"around", {0.10, 0.10}},
      {"roughly", {0.10, 0.10}},
      {"approximately", {0.10, 0.10}},
      {"some", {0.10, 0.10}},
      {"an estimated", {0.10, 0.10}},
      {"estimated", {0.10, 0.10}},
      {"circa", {0.10, 0.10}},
      {"nearly", {0.25, 0}},
      {"more than", {0, 0.50}},
      {"over", {0, 0.50}},
      {"upwards of", {0, 0.50}},
      {"in excess of", {0, 0.50}},
      {"well over", {0, 1.0}},
      {"just over", {0, 0.10}},
      {"at least", {0, 0.50}},
      {"less than", {0.50, 0}},
      {"under", {0.50, 0}},
      {"fewer than", {0.50, 0}},
      {"up to", {1.0, 0}},
      {"at most", {1.0, 0}},
      {"no more than", {1.0, 0}},
      {"the better part of", {0.25, 0}},
  }};
  return table;
}

const Tolerance* ToleranceTable::Find(std::string_view word) const {
  const std::string w = lexicon::Fold(word);
  for (const auto& [name, tolerance] : words)
    if (name == w) return &tolerance;
  return nullptr;
}

namespace internal {

Value DateValue(const DateRange& range, const std::string& grain, const std::string& iso) {
  Value v;
  v.kind = Kind::kDate;
  v.range = range;
  v.grain = grain;
  v.iso = iso;
  return v;
}

std::string IsoFor(const DateRange& range, const std::string& grain) {
  const Date& d = range.from;
  if (grain == "day") return calendar::IsoDay(d);
  if (grain == "week") return calendar::IsoWeek(d);
  if (grain == "weekend") return calendar::IsoWeek(d) + "-WE";
  if (grain == "month") return calendar::IsoMonth(d.year(), d.month());
  if (grain == "quarter")
    return calendar::IsoYear(d.year()) + "-Q" + std::to_string((d.month() + 2) / 3);
  if (grain == "half")
    return calendar::IsoYear(d.year()) + "-H" + std::to_string(d.month() <= 6 ? 1 : 2);
  if (grain == "season") {
    static const char* const kCodes[] = {"WI", "WI", "SP", "SP", "SP", "SU",
                                         "SU", "SU", "FA", "FA", "FA", "WI"};
    return calendar::IsoYear(d.year()) + "-" + kCodes[d.month() - 1];
  }
  if (grain == "decade") return calendar::IsoYear(d.year()).substr(0, 3) + "X";
  if (grain == "century") return calendar::IsoYear(d.year()).substr(0, 2) + "XX";
  return calendar::IsoYear(d.year());
}

int YearOf(std::string_view text, const Date& ref) {
  std::string digits;
  for (char c : text)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.empty()) return 0;
  int year = std::stoi(digits);
  if (digits.size() == 2) {
    // '22 -> 2022 unless that is more than ten years after the reference.
    const int century = ref.year() / 100 * 100;
    year += century;
    if (year > ref.year() + 10) year -= 100;
  }
  return year;
}

bool PrecededBy(std::string_view text, size_t pos, std::string_view words) {
  size_t end = pos;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  size_t begin = end;
  while (begin > 0 && ((text[begin - 1] >= 'a' && text[begin - 1] <= 'z') ||
                       (text[begin - 1] >= 'A' && text[begin - 1] <= 'Z')))
    --begin;
  if (begin == end) return false;
  return lexicon::IsOneOf(lexicon::Fold(text.substr(begin, end - begin)), words);
}

bool Capitalized(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

namespace {

// A rule and its regexps, compiled on first use: a run needs the few rules
// its text's prefilter lets through, and compiling all of them up front
// was a fifth of a one-file check's start-up.
class CompiledRule {
 public:
  // `shape`: for the rules built on the union of all dates ("from X to Y",
  // "early X", "since X"), the same pattern with each embedded union
  // replaced by ".+"; empty for the others. Capturing groups with the full
  // pattern makes RE2 run its NFA over a program of tens of thousands of
  // instructions; instead the full pattern only finds where the match is (a
  // DFA pass) and the shape, a few dozen instructions, says where the groups
  // are. The handler parses each group as a date anyway, so a wrong split is
  // refused and retried with the full pattern (see Handle).
  CompiledRule(const Rule* of, std::string shape) : rule(of), shape_pattern_(std::move(shape)) {}

  const Rule* const rule;

  const RE2& re() const {
    Compile();
    return *re_;
  }
  // The shape's regexp, or null when the rule has none (or it does not
  // capture what the full pattern does).
  const RE2* shape() const {
    Compile();
    return shape_.get();
  }
  int groups() const {
    Compile();
    return groups_;
  }
  // True for the rules built on the union of all dates.
  bool composite() const { return !shape_pattern_.empty(); }
  // The pattern an anchored prefilter holds for this rule: the shape where
  // there is one (it matches wherever the full pattern does, at a small
  // fraction of the automaton), else the pattern.
  const std::string& prefilter_pattern() const {
    return shape_pattern_.empty() ? rule->pattern : shape_pattern_;
  }
  // The patterns an unanchored prefilter holds: all of them match wherever
  // the rule does. A shape's ".+" would keep a thread alive to the end of
  // the text in the prefilter's automaton, multiplying its states by every
  // other pattern's, and "(.+)-(.+)" matches most sentences anyway: the
  // shape's pieces between its parts are looked for on their own instead.
  std::vector<std::string> SearchPatterns() const;

 private:
  void Compile() const;

  std::string shape_pattern_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> re_;
  mutable std::unique_ptr<RE2> shape_;
  mutable int groups_ = 0;
};

// "(x)" -> "(?:x)", "(?P<n>x)" -> "(?:x)": a rule's pattern as a part of another.
std::string StripCaptures(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (c == '(' && (i + 1 >= pattern.size() || pattern[i + 1] != '?')) {
      out += "(?:";
      continue;
    }
    if (c == '(' && pattern.compare(i, 4, "(?P<") == 0) {
      out += "(?:";
      i = pattern.find('>', i);
      continue;
    }
    out += c;
  }
  return out;
}

std::unique_ptr<RE2> CompileRegexp(const std::string& pattern) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_log_errors(true);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, options);
  return re;
}

void CompiledRule::Compile() const {
  std::call_once(compiled_, [this] {
    re_ = CompileRegexp(rule->pattern);
    if (!shape_pattern_.empty()) shape_ = CompileRegexp(shape_pattern_);
    if (shape_ &&
        (!shape_->ok() || shape_->NumberOfCapturingGroups() != re_->NumberOfCapturingGroups()))
      shape_.reset();
    groups_ = re_->ok() ? re_->NumberOfCapturingGroups() : 0;
  });
}

std::vector<std::string> CompiledRule::SearchPatterns() const {
  if (shape_pattern_.empty()) return {rule->search.empty() ? rule->pattern : rule->search};
  static const std::string kPart = "(.+)";
  std::vector<std::string> pieces;
  size_t from = 0;
  for (size_t at = shape_pattern_.find(kPart);; at = shape_pattern_.find(kPart, from)) {
    const std::string piece =
        shape_pattern_.substr(from, at == std::string::npos ? std::string::npos : at - from);
    if (!piece.empty()) pieces.push_back(piece);
    if (at == std::string::npos) break;
    from = at + kPart.size();
  }
  // A piece must be a regexp of its own ("(.+|the year)" splits into two
  // halves that are not): else the whole shape.
  RE2::Options options;
  options.set_log_errors(false);
  for (const std::string& piece : pieces) {
    RE2::Set parser(options, RE2::UNANCHORED);
    if (parser.Add(piece, nullptr) < 0) return {shape_pattern_};
  }
  if (pieces.empty()) return {shape_pattern_};
  return pieces;
}

// The prefilter: the rules' patterns in a few small RE2::Sets, so a DFA
// pass over a sentence names the few rules that can match anywhere in it;
// only those run their own (slower, capturing) regexp. A few sets, not one:
// an unanchored set's automaton has a state for every combination of its
// patterns' partial matches (see kPatternsPerSet). A set that failed to build or ran
// out of DFA memory on some input is not trusted: its rules all run then.
class Prefilter {
 public:
  // Sets of `per_set` patterns each, `anchor`ed as given. Rule i may match
  // where all of `patterns[i]` match (one pattern for most rules).
  // Rule i with `alone[i]` gets a set of its own (see Rule::own_prefilter_set).
  Prefilter(const std::vector<std::vector<std::string>>& patterns, RE2::Anchor anchor,
            size_t per_set, const std::vector<bool>& alone = {})
      : needed_(patterns.size()) {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    options.set_max_mem(int64_t{64} << 20);
    std::vector<const std::string*> flat;
    for (size_t rule = 0; rule < patterns.size(); ++rule) {
      needed_[rule] = static_cast<int>(patterns[rule].size());
      for (const std::string& pattern : patterns[rule]) {
        flat.push_back(&pattern);
        owner_.push_back(static_cast<int>(rule));
      }
    }
    auto single = [&](size_t i) {
      const auto rule = static_cast<size_t>(owner_[i]);
      return rule < alone.size() && alone[rule];
    };
    for (size_t first = 0; first < flat.size();) {
      size_t last = first + 1;
      if (!single(first))
        while (last < flat.size() && last < first + per_set && !single(last)) ++last;
      Group group{std::make_unique<RE2::Set>(options, anchor), first, last};
      first = last;
      for (size_t i = group.first; i < group.last; ++i) {
        if (group.set->Add(*flat[i], nullptr) != static_cast<int>(i - group.first)) {
          group.set.reset();
          break;
        }
      }
      if (group.set && !group.set->Compile()) group.set.reset();
      groups_.push_back(std::move(group));
    }
  }

  // The indices of the rules that may match `text`, ascending; `answered`
  // is false when some set could not tell (its patterns all count as hits).
  std::vector<int> Match(std::string_view text, bool* answered = nullptr) const {
    std::vector<int> count(needed_.size(), 0);
    std::vector<int> local;
    bool all_answered = true;
    for (const Group& group : groups_) {
      local.clear();
      RE2::Set::ErrorInfo error;
      error.kind = RE2::Set::kNoError;
      if (group.set &&
          (group.set->Match(re2::StringPiece(text.data(), text.size()), &local, &error) ||
           error.kind == RE2::Set::kNoError)) {
        for (const int i : local)
          ++count[static_cast<size_t>(owner_[group.first + static_cast<size_t>(i)])];
      } else {
        all_answered = false;
        for (size_t i = group.first; i < group.last; ++i) ++count[static_cast<size_t>(owner_[i])];
      }
    }
    std::vector<int> hits;
    for (size_t rule = 0; rule < count.size(); ++rule)
      if (count[rule] > 0 && count[rule] == needed_[rule]) hits.push_back(static_cast<int>(rule));
    if (answered) *answered = all_answered;
    return hits;
  }

 private:
  struct Group {
    std::unique_ptr<RE2::Set> set;  // null: could not be built
    size_t first;                   // its patterns are first..last-1
    size_t last;
  };
  std::vector<Group> groups_;
  std::vector<int> owner_;   // the rule of each pattern
  std::vector<int> needed_;  // the number of patterns of each rule
};

// Patterns per prefilter set. Fewer sets cost fewer passes once the
// automata are built (bench_pipeline BM_Extract: 4 per set 269 ms, 32 and
// one set 221 ms); smaller sets cost less to build on text not seen before
// (`factlint claims` on the 80 dev-corpus articles, user time: 4 per set
// 1.0 s, 32 1.1 s, one set 1.2 s).
constexpr size_t kPatternsPerSet = 32;

struct Registry {
  std::vector<Rule> rules;
  std::deque<CompiledRule> compiled;  // a deque: a CompiledRule does not move
  std::vector<size_t> core;           // indices of the composable rules
  // Every rule's prefilter pattern, then (in `anywhere` only) the grammar's
  // trigger, so the same passes answer it too. `whole` is anchored at both
  // ends, for Parse.
  std::unique_ptr<Prefilter> anywhere;
  std::unique_ptr<Prefilter> whole;
  // Per rule: the prefilter looks for its pieces between the dates it is
  // built on, and it is a candidate only where a plain date rule is too.
  std::vector<bool> needs_a_date;
};

const Registry& Rules() {
  static const Registry* registry = [] {
    auto* r = new Registry;
    AddAgeRules(r->rules);
    AddDurationRules(r->rules);
    AddDateRules(r->rules);
    AddRelativeRules(r->rules);
    AddHolidayRules(r->rules);
    AddPeriodRules(r->rules);
    std::string core;
    for (const Rule& rule : r->rules) {
      if (!rule.composable) continue;
      if (!core.empty()) core += "|";
      core += "(?:" + StripCaptures(rule.pattern) + ")";
    }
    core = "(?:" + core + ")";
    AddPartRules(r->rules, core);
    // Parts ("early 2023") may themselves be the ends of an interval.
    std::string core_with_parts = core;
    for (const Rule& rule : r->rules)
      if (rule.composable && core.find(StripCaptures(rule.pattern)) == std::string::npos)
        core_with_parts += "|(?:" + StripCaptures(rule.pattern) + ")";
    AddIntervalRules(r->rules, "(?:" + core_with_parts + ")");
    AddAnchoredOffsetRules(r->rules, core);
    AddTimeRules(r->rules, core);
    AddNumberRules(r->rules);
    const std::string parts_text = "(?:" + core_with_parts + ")";
    for (size_t i = 0; i < r->rules.size(); ++i) {
      std::string shape = r->rules[i].pattern;
      bool composite = false;
      for (const std::string* part : {&parts_text, static_cast<const std::string*>(&core)}) {
        for (size_t at = shape.find(*part); at != std::string::npos; at = shape.find(*part, at)) {
          shape.replace(at, part->size(), ".+");
          composite = true;
        }
      }
      if (r->rules[i].composable) r->core.push_back(i);
      r->compiled.emplace_back(&r->rules[i], composite ? std::move(shape) : std::string());
    }
    const std::string trigger = grammar::TriggerPattern();
    std::vector<std::vector<std::string>> whole, anywhere;
    for (const CompiledRule& c : r->compiled) {
      whole.push_back({c.prefilter_pattern()});
      anywhere.push_back(c.SearchPatterns());
      // Its pieces without its parts: it matches only where a date does.
      r->needs_a_date.push_back(c.composite() && anywhere.back().front() != c.prefilter_pattern());
    }
    r->whole = std::make_unique<Prefilter>(whole, RE2::ANCHOR_BOTH, kPatternsPerSet);
    anywhere.push_back({trigger});
    std::vector<bool> alone;
    for (const CompiledRule& c : r->compiled) alone.push_back(c.rule->own_prefilter_set);
    r->anywhere = std::make_unique<Prefilter>(anywhere, RE2::UNANCHORED, kPatternsPerSet, alone);
    return r;
  }();
  return *registry;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Whether the code point that ends right before `at` belongs to a word: an
// ASCII letter or digit, or any code point outside ASCII ("Mayor",
// "Ólafur") except a currency sign, after which a number starts as it does
// after "$" ("€1.1 billion", "£2.5 million").
bool WordBefore(std::string_view text, size_t at) {
  const auto byte = static_cast<unsigned char>(text[at - 1]);
  if (byte < 0x80) return IsWordByte(static_cast<char>(byte));
  size_t lead = at - 1;
  while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  size_t pos = lead;
  const char32_t cp = utf8::Decode(text, pos);
  // ¢ £ ¤ ¥, and the Currency Symbols block (€ ₹ ₩ ₽ ...).
  const bool currency = (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
  return !currency;
}

// The match must not start or end inside a word ("Mayor" is not "May").
bool AtWordBoundaries(std::string_view text, size_t begin, size_t end) {
  if (begin > 0 && WordBefore(text, begin) && IsWordByte(text[begin])) return false;
  if (end < text.size() && IsWordByte(text[end - 1]) && IsWordByte(text[end])) return false;
  // "3.5" is not "3" followed by a period, "1,500" is not "1".
  if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && text[end - 1] >= '0' &&
      text[end - 1] <= '9' && text[end + 1] >= '0' && text[end + 1] <= '9')
    return false;
  if (begin >= 2 && (text[begin - 1] == '.' || text[begin - 1] == ',' || text[begin - 1] == '-') &&
      text[begin - 2] >= '0' && text[begin - 2] <= '9' && text[begin] >= '0' && text[begin] <= '9')
    return false;
  return true;
}

// Runs the rule's regexp on text[from..]; fills `m` (the match, with its
// groups) and returns false when there is none.
bool MatchRule(const CompiledRule& c, std::string_view text, size_t from, RE2::Anchor anchor,
               Match* m, bool use_shape = true) {
  const RE2& re = c.re();
  if (!re.ok()) return false;
  const int groups = c.groups();
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(groups) + 1);
  const re2::StringPiece whole(text.data(), text.size());
  m->shaped = false;
  if (c.shape() && use_shape) {
    if (!re.Match(whole, from, text.size(), anchor, pieces.data(), 1)) return false;
    const size_t begin = static_cast<size_t>(pieces[0].data() - text.data());
    const size_t end = begin + pieces[0].size();
    m->shaped = c.shape()->Match(whole, begin, end, RE2::ANCHOR_BOTH, pieces.data(), groups + 1);
    if (!m->shaped && !re.Match(whole, begin, end, RE2::ANCHOR_BOTH, pieces.data(), groups + 1))
      return false;
  } else if (!re.Match(whole, from, text.size(), anchor, pieces.data(), groups + 1)) {
    return false;
  }
  m->text = text;
  m->begin = static_cast<size_t>(pieces[0].data() - text.data());
  m->end = m->begin + pieces[0].size();
  m->group.clear();
  m->group.reserve(pieces.size());
  for (const auto& p : pieces)
    m->group.push_back(p.data() ? std::string_view(p.data(), p.size()) : std::string_view());
  return true;
}

// The rule's handler on a match, once the match is known to sit on word boundaries.
std::optional<Value> HandleMatch(const CompiledRule& c, const Match& m, const Context& context) {
  if (m.end == m.begin || !AtWordBoundaries(m.text, m.begin, m.end)) return std::nullopt;
  std::optional<Value> v;
  try {
    v = c.rule->handle(m, context);
  } catch (const std::out_of_range&) {
    // A date outside the calendar's years 1400-9999 ("40,000 years ago",
    // "in 99999 months"): Boost.Date_Time refuses it, and so do we. It is
    // not a date a claim can be checked against.
    return std::nullopt;
  }
  if (!v) return std::nullopt;
  if (v->end == 0) {
    v->begin = m.begin;
    v->end = m.end;
  }
  if (v->kind == Kind::kDate &&
      IsWeeklySlot(m.text.substr(v->begin, v->end - v->begin), m.text.substr(v->end)))
    return std::nullopt;
  v->text = std::string(m.text.substr(v->begin, v->end - v->begin));
  return v;
}

// HandleMatch, retried with the full pattern's groups when the shape's split was refused.
std::optional<Value> Handle(const CompiledRule& c, const Match& m, const Context& context) {
  auto v = HandleMatch(c, m, context);
  if (v || !m.shaped) return v;
  Match full;
  if (!MatchRule(c, m.text.substr(0, m.end), m.begin, RE2::ANCHOR_BOTH, &full, false))
    return std::nullopt;
  full.text = m.text;
  return HandleMatch(c, full, context);
}

std::optional<Value> RunRule(const CompiledRule& c, std::string_view text, size_t from,
                             RE2::Anchor anchor, const Context& context) {
  Match m;
  if (!MatchRule(c, text, from, anchor, &m)) return std::nullopt;
  return Handle(c, m, context);
}

bool Accepts(Kind wanted, Kind produced) {
  if (wanted == Kind::kNone) return true;
  if (wanted == produced) return true;
  if (wanted == Kind::kInterval && produced == Kind::kDate) return true;
  return false;
}

std::string_view Trim(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';' || c == ':' ||
           c == '.' || c == '!' || c == '?' || c == '"' || c == '(' || c == ')' || c == '[' ||
           c == ']';
  };
  return TrimBytes(s, junk);
}

std::optional<Value> ParseWith(std::string_view expression, Kind kind, const Context& context,
                               bool core_only) {
  const std::string_view trimmed = Trim(expression);
  if (trimmed.empty()) return std::nullopt;
  const size_t offset = static_cast<size_t>(trimmed.data() - expression.data());
  // Keep "Oct." whole: a trailing period after a letter may belong to an abbreviation.
  std::string_view text = trimmed;
  if (offset + text.size() < expression.size() && expression[offset + text.size()] == '.')
    text = expression.substr(offset, text.size() + 1);
  const Registry& registry = Rules();
  for (const std::string_view candidate : {text, trimmed}) {
    for (const int i : registry.whole->Match(candidate)) {
      const CompiledRule& c = registry.compiled[static_cast<size_t>(i)];
      if (core_only && !c.rule->composable) continue;
      if (!Accepts(kind, c.rule->kind)) continue;
      auto v = RunRule(c, candidate, 0, RE2::ANCHOR_BOTH, context);
      if (!v || !Accepts(kind, v->kind)) continue;
      v->begin += offset;
      v->end += offset;
      return v;
    }
    if (text.size() == trimmed.size()) break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Value> ParseCoreDate(std::string_view text, const Context& context) {
  return ParseWith(text, Kind::kNone, context, true);
}

}  // namespace internal

// The grammar's parse that covers the whole trimmed expression, if any.
static std::optional<Value> ParseByGrammar(std::string_view expression, Kind kind,
                                           const Context& context) {
  const std::string_view trimmed = internal::Trim(expression);
  if (trimmed.empty()) return std::nullopt;
  const size_t offset = static_cast<size_t>(trimmed.data() - expression.data());
  for (Value& v : internal::grammar::Parses(trimmed, context)) {
    if (v.begin != 0 || v.end != trimmed.size() || !internal::Accepts(kind, v.kind)) continue;
    v.begin += offset;
    v.end += offset;
    return std::move(v);
  }
  return std::nullopt;
}

std::optional<Value> Parse(std::string_view expression, Kind kind, const Context& context) {
  auto v = internal::ParseWith(expression, kind, context, false);
  // The grammar yields dates and durations only; other kinds skip it.
  const bool grammar_kind = kind == Kind::kNone || kind == Kind::kDate || kind == Kind::kInterval ||
                            kind == Kind::kDuration;
  if (!v && grammar_kind) v = ParseByGrammar(expression, kind, context);
  if (v || kind != Kind::kAge) return v;
  // "Adam Scott, 50": a bare number the caller knows is an age.
  auto n = internal::ParseWith(expression, Kind::kNumber, context, false);
  if (!n || n->kind != Kind::kNumber || n->amount.min < 0 || n->amount.min > 130 ||
      n->amount.min != static_cast<int>(n->amount.min))
    return std::nullopt;
  n->kind = Kind::kAge;
  n->amount.unit = Unit::kYear;
  n->range = BirthRangeForAge(static_cast<int>(n->amount.min), context.ref);
  n->grain = "year";
  return n;
}

namespace {

// One scan of one text: the rules the prefilter let through, and for each the
// leftmost match found so far. A rule's regexp is re-run only when the scan
// has moved past the start of its remembered match (RE2 finds the leftmost
// match at or after a position, so a remembered match that starts at or
// after the new position is still the leftmost one). Handlers are always
// re-run: their result depends on the context's anchor.
class Scan {
 public:
  explicit Scan(std::string_view text) : text_(text) {
    const auto& registry = internal::Rules();
    const size_t count = registry.compiled.size();
    bool answered = true;
    std::vector<int> hits = registry.anywhere->Match(text, &answered);
    // The last pattern is the grammar's trigger; when its set could not
    // answer, ask the trigger itself.
    const bool hit = !hits.empty() && hits.back() == static_cast<int>(count);
    if (hit) hits.pop_back();
    triggered_ = hit && (answered || internal::grammar::MayCompose(text));
    // A rule built on the union of all dates ("from X to Y") matches only
    // where one of the dates does: without a plain date rule among the hits
    // its prefilter pieces ("-", "to") said nothing.
    const bool some_date = std::any_of(hits.begin(), hits.end(), [&](int i) {
      const internal::CompiledRule& c = registry.compiled[static_cast<size_t>(i)];
      return c.rule->composable && !c.composite();
    });
    for (const int i : hits) {
      const internal::CompiledRule& c = registry.compiled[static_cast<size_t>(i)];
      if (registry.needs_a_date[static_cast<size_t>(i)] && !some_date) continue;
      memos_.push_back({&c, 0, false, true, {}});
    }
  }

  // The longest leftmost expression starting at or after `start`: the
  // rules' match, unless the grammar's parse starts earlier or, starting
  // there too, covers more (ties keep the rules' reading).
  std::optional<Value> FindFrom(size_t start, const Context& context) {
    std::optional<Value> best = FindByRules(start, context);
    if (!grammar_done_) {
      if (triggered_) grammar_ = internal::grammar::Parses(text_, context, true);
      grammar_done_ = true;
    }
    for (const Value& g : grammar_) {
      if (g.begin < start) continue;
      if (best && g.begin > best->begin) break;
      // Equal spans keep the rules' reading, except a bare number the grammar
      // reads as a time or a length ("ten-thirty").
      const bool number_tie =
          best && g.end == best->end && best->kind == Kind::kNumber && g.kind != Kind::kNumber;
      // A parse that starts earlier but stops inside the rules' longer one
      // cuts it: "on the 25th" in "on the 25th of July, 2025".
      const bool cuts = best && g.begin < best->begin && g.end > best->begin && g.end < best->end;
      if (!cuts && (!best || g.begin < best->begin || g.end > best->end || number_tie)) best = g;
      break;
    }
    return best;
  }

 private:
  std::optional<Value> FindByRules(size_t start, const Context& context) {
    std::optional<Value> best;
    for (Memo& memo : memos_) {
      size_t from = start;
      // A rule whose leftmost match is refused may still match further on.
      for (int attempt = 0; attempt < 8 && from < text_.size(); ++attempt) {
        if (best && from > best->begin) break;
        const internal::Match* m = MatchFrom(memo, from);
        if (!m) break;  // no match at all
        if (best && m->begin > best->begin) break;
        if (auto v = internal::Handle(*memo.rule, *m, context)) {
          if (!best || v->begin < best->begin || (v->begin == best->begin && v->end > best->end))
            best = std::move(v);
          break;
        }
        from = m->begin + 1;
        // Skip to the next word start so a refused match is not retried inside itself.
        while (from < text_.size() && internal::IsWordByte(text_[from]) &&
               internal::WordBefore(text_, from))
          ++from;
      }
    }
    return best;
  }

  struct Memo {
    const internal::CompiledRule* rule;
    size_t searched_from;  // the position the remembered search started at
    bool searched;
    bool none;  // that search found nothing: nothing after it either
    internal::Match match;
  };

  const internal::Match* MatchFrom(Memo& memo, size_t from) {
    if (memo.searched && memo.searched_from <= from) {
      if (memo.none) return nullptr;
      if (memo.match.begin >= from) return &memo.match;
    }
    memo.searched = true;
    memo.searched_from = from;
    memo.none = !internal::MatchRule(*memo.rule, text_, from, RE2::UNANCHORED, &memo.match);
    return memo.none ? nullptr : &memo.match;
  }

  std::string_view text_;
  std::vector<Memo> memos_;
  // The grammar's parses (grammar.h), computed on first use: they depend on
  // the reference and the direction, not on the anchor FindAll moves.
  std::vector<Value> grammar_;
  bool grammar_done_ = false;
  bool triggered_ = false;
};

}  // namespace

bool IsWeeklySlot(std::string_view expression, std::string_view after) {
  static const RE2 kWeekday("(?i)(?:on[ ]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
  static const RE2 kSlot("(?i)^[ ]+(?:nights|mornings|evenings|afternoons)\\b");
  return RE2::FullMatch(re2::StringPiece(expression.data(), expression.size()), kWeekday) &&
         RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kSlot);
}

std::optional<Value> FindFirst(std::string_view text, const Context& context) {
  return Scan(text).FindFrom(0, context);
}

std::vector<Value> FindAll(std::string_view text, const Context& context) {
  std::vector<Value> out;
  Context running = context;
  Scan scan(text);
  size_t from = 0;
  while (from < text.size()) {
    auto v = scan.FindFrom(from, running);
    if (!v) break;
    from = v->end;
    if ((v->kind == Kind::kDate || v->kind == Kind::kInterval) && !context.anchor)
      running.anchor = v->range;
    out.push_back(std::move(*v));
  }
  return out;
}

}  // namespace factlint::normalize
