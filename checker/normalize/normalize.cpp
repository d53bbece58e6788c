// The engine: compiles every family's rules once and runs them, either
// anchored at both ends (Parse) or scanning for the leftmost-longest match
// (FindFirst, FindAll).
#include "checker/normalize/normalize.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>

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
  const std::string word = lexicon::Fold(text.substr(begin, end - begin));
  size_t start = 0;
  while (start <= words.size()) {
    size_t bar = words.find('|', start);
    if (bar == std::string_view::npos) bar = words.size();
    if (words.substr(start, bar - start) == word) return true;
    start = bar + 1;
  }
  return false;
}

bool Capitalized(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

namespace {

struct CompiledRule {
  const Rule* rule;
  std::unique_ptr<RE2> re;
  int groups = 0;
  // For the rules built on the union of all dates ("from X to Y", "early X",
  // "since X"): the same pattern with each embedded union replaced by ".+".
  // Capturing groups with the full pattern makes RE2 run its NFA over a
  // program of tens of thousands of instructions; instead the full pattern
  // only finds where the match is (a DFA pass) and the shape, a few dozen
  // instructions, says where the groups are. The handler parses each group
  // as a date anyway, so a wrong split is refused and retried with the full
  // pattern (see Handle).
  std::unique_ptr<RE2> shape;
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

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_log_errors(true);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, options);
  return re;
}

// The prefilter: every rule's pattern in one RE2::Set, so one DFA pass over
// a sentence names the few rules that can match anywhere in it; only those
// run their own (slower, capturing) regexp. `whole` is the same set anchored
// at both ends, for Parse. A set that failed to build or ran out of DFA
// memory on some input is not trusted: every rule runs then.
struct Prefilter {
  std::unique_ptr<RE2::Set> anywhere;
  std::unique_ptr<RE2::Set> whole;
};

struct Registry {
  std::vector<Rule> rules;
  std::vector<CompiledRule> compiled;
  std::vector<size_t> core;  // indices of the composable rules
  Prefilter prefilter;
};

// `extra`: one more pattern after the rules' (the grammar's trigger), so
// the same DFA pass answers it too.
std::unique_ptr<RE2::Set> BuildSet(const std::vector<Rule>& rules, RE2::Anchor anchor,
                                   const std::string* extra = nullptr) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(256 << 20);
  auto set = std::make_unique<RE2::Set>(options, anchor);
  for (size_t i = 0; i < rules.size(); ++i)
    if (set->Add(rules[i].pattern, nullptr) != static_cast<int>(i)) return nullptr;
  if (extra && set->Add(*extra, nullptr) != static_cast<int>(rules.size())) return nullptr;
  if (!set->Compile()) return nullptr;
  return set;
}

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
      CompiledRule c;
      c.rule = &r->rules[i];
      c.re = Compile(r->rules[i].pattern);
      std::string shape = r->rules[i].pattern;
      bool composite = false;
      for (const std::string* part : {&parts_text, static_cast<const std::string*>(&core)}) {
        for (size_t at = shape.find(*part); at != std::string::npos; at = shape.find(*part, at)) {
          shape.replace(at, part->size(), ".+");
          composite = true;
        }
      }
      if (composite) c.shape = Compile(shape);
      if (c.shape &&
          (!c.shape->ok() || c.shape->NumberOfCapturingGroups() != c.re->NumberOfCapturingGroups()))
        c.shape.reset();
      c.groups = c.re->ok() ? c.re->NumberOfCapturingGroups() : 0;
      if (r->rules[i].composable) r->core.push_back(i);
      r->compiled.push_back(std::move(c));
    }
    const std::string trigger = grammar::TriggerPattern();
    r->prefilter.anywhere = BuildSet(r->rules, RE2::UNANCHORED, &trigger);
    r->prefilter.whole = BuildSet(r->rules, RE2::ANCHOR_BOTH);
    return r;
  }();
  return *registry;
}

// The indices of the rules that may match `text` (every rule when the set
// cannot tell).
std::vector<int> Candidates(const RE2::Set* set, std::string_view text, size_t rule_count) {
  std::vector<int> hits;
  RE2::Set::ErrorInfo error;
  error.kind = RE2::Set::kNoError;
  if (set && (set->Match(re2::StringPiece(text.data(), text.size()), &hits, &error) ||
              error.kind == RE2::Set::kNoError)) {
    std::sort(hits.begin(), hits.end());
    return hits;
  }
  hits.resize(rule_count);
  for (size_t i = 0; i < rule_count; ++i) hits[i] = static_cast<int>(i);
  return hits;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The match must not start or end inside a word ("Mayor" is not "May").
bool AtWordBoundaries(std::string_view text, size_t begin, size_t end) {
  if (begin > 0 && IsWordByte(text[begin - 1]) && IsWordByte(text[begin])) return false;
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
  if (!c.re->ok()) return false;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(c.groups) + 1);
  const re2::StringPiece whole(text.data(), text.size());
  m->shaped = false;
  if (c.shape && use_shape) {
    if (!c.re->Match(whole, from, text.size(), anchor, pieces.data(), 1)) return false;
    const size_t begin = static_cast<size_t>(pieces[0].data() - text.data());
    const size_t end = begin + pieces[0].size();
    m->shaped = c.shape->Match(whole, begin, end, RE2::ANCHOR_BOTH, pieces.data(), c.groups + 1);
    if (!m->shaped &&
        !c.re->Match(whole, begin, end, RE2::ANCHOR_BOTH, pieces.data(), c.groups + 1))
      return false;
  } else if (!c.re->Match(whole, from, text.size(), anchor, pieces.data(), c.groups + 1)) {
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
  std::optional<Value> v = c.rule->handle(m, context);
  if (!v) return std::nullopt;
  if (v->end == 0) {
    v->begin = m.begin;
    v->end = m.end;
  }
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
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  return s;
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
    for (const int i :
         Candidates(registry.prefilter.whole.get(), candidate, registry.compiled.size())) {
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
  n->amount.unit = "year";
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
    const RE2::Set* set = registry.prefilter.anywhere.get();
    std::vector<int> hits = internal::Candidates(set, text, count);
    // The set's last pattern is the grammar's trigger; when the set could
    // not answer (every rule is a candidate then), ask the trigger itself.
    const bool hit = !hits.empty() && hits.back() == static_cast<int>(count);
    if (hit) hits.pop_back();
    triggered_ = hit || ((!set || hits.size() == count) && internal::grammar::MayCompose(text));
    for (const int i : hits)
      memos_.push_back({&registry.compiled[static_cast<size_t>(i)], 0, false, true, {}});
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
      if (!best || g.begin < best->begin || g.end > best->end || number_tie) best = g;
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
               internal::IsWordByte(text_[from - 1]))
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
