// The grammar's chart: runs every production over the pieces of a chunk
// until nothing new appears, then reads off, at each start, the longest
// composed item that makes a value. See grammar.h for the layers.
//
// Why chunks: a sentence is split at tokens no production can use ("said",
// "the company's"), so the chart only ever sees a few tokens at a time ("on
// the 15th", "3 fridays from now"); most news sentences have no chunk with
// two pieces and cost one tokenizing pass.
#include "checker/normalize/grammar.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <unordered_map>

#include "checker/normalize/lexicon.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal::grammar {

namespace {

// The productions, indexed by what their first slot accepts: an item at a
// start only tries the productions that can begin with it.
struct Grammar {
  std::vector<Production> productions;
  std::vector<std::vector<size_t>> by_type;  // first slot a piece type (not kWord)
  std::unordered_map<std::string, std::vector<size_t>> by_word;  // first slot literal words
};

const Grammar& TheGrammar() {
  static const auto* g = [] {
    auto* out = new Grammar;
    AddClockProductions(out->productions);
    AddTimeProductions(out->productions);
    AddDurationProductions(out->productions);
    AddIntervalProductions(out->productions);
    out->by_type.resize(static_cast<size_t>(T::kInterval) + 1);
    for (size_t i = 0; i < out->productions.size(); ++i) {
      const Slot& first = out->productions[i].slots.front();
      if (first.type != T::kWord || !first.words) {
        out->by_type[static_cast<size_t>(first.type)].push_back(i);
        continue;
      }
      std::string_view list(first.words);
      while (!list.empty()) {
        const size_t bar = std::min(list.find('|'), list.size());
        out->by_word[std::string(list.substr(0, bar))].push_back(i);
        list.remove_prefix(std::min(bar + 1, list.size()));
      }
    }
    return out;
  }();
  return *g;
}

bool Fits(const Slot& slot, const Item& item) {
  if (slot.type != item.type) return false;
  return !slot.words || lexicon::IsOneOf(item.w, slot.words);
}

bool SameSpec(const Spec& x, const Spec& y) {
  const bool clocks =
      x.clock.has_value() == y.clock.has_value() &&
      (!x.clock || (x.clock->hour == y.clock->hour && x.clock->minute == y.clock->minute));
  return x.year == y.year && x.month == y.month && x.day == y.day && x.weekday == y.weekday &&
         x.holiday == y.holiday && x.grain == y.grain &&
         x.range.has_value() == y.range.has_value() && (!x.range || *x.range == *y.range) && clocks;
}

// Two items that say the same thing over the same tokens are one.
bool Same(const Item& a, const Item& b) {
  if (a.type != b.type || a.b != b.b || a.e != b.e || a.composed != b.composed || a.at != b.at)
    return false;
  switch (a.type) {
    case T::kWord: return a.w == b.w;
    case T::kNumber: return a.num == b.num;
    case T::kOrdinal:
    case T::kDom:
    case T::kMonth: return a.n == b.n;
    case T::kWeekday: return a.n == b.n && a.plural == b.plural;
    case T::kUnit: return a.unit == b.unit;
    case T::kHoliday: return a.w == b.w;
    case T::kClock:
      return a.clock.hour == b.clock.hour && a.clock.minute == b.clock.minute &&
             a.clock.ambiguous == b.clock.ambiguous;
    case T::kDuration: return a.unit == b.unit && a.num == b.num;
    case T::kTime: return SameSpec(a.spec, b.spec);
    case T::kInterval: return SameSpec(a.spec, b.spec) && SameSpec(a.until, b.until);
  }
  return false;
}

class Chart {
 public:
  Chart(const std::vector<Token>& tokens, size_t b, size_t e) : by_start_(e + 1), b_(b) {
    (void)tokens;
  }

  bool Add(Item item) {
    if (items_.size() >= 4000) return false;
    for (const size_t k : by_start_[item.b])
      if (Same(items_[k], item)) return false;
    by_start_[item.b].push_back(items_.size());
    items_.push_back(std::move(item));
    return true;
  }

  // Tries every production that can begin with an item at some start;
  // returns whether it added anything.
  bool RunAll(const Grammar& g, const Env& env) {
    bool added = false;
    std::vector<const Item*> parts;
    std::vector<Item> made;
    for (size_t start = b_; start < by_start_.size(); ++start) {
      made.clear();
      const size_t count = by_start_[start].size();
      for (size_t k = 0; k < count; ++k) {
        const Item& first = items_[by_start_[start][k]];
        auto try_all = [&](const std::vector<size_t>& ids) {
          for (const size_t id : ids) {
            const Production& p = g.productions[id];
            if (!Fits(p.slots[0], first)) continue;
            parts.assign(1, &first);
            Match(p, 1, first.e, parts, made, env);
          }
        };
        if (first.type != T::kWord) {
          try_all(g.by_type[static_cast<size_t>(first.type)]);
        } else if (auto it = g.by_word.find(first.w); it != g.by_word.end()) {
          try_all(it->second);
        }
      }
      for (Item& it : made) added |= Add(std::move(it));
    }
    return added;
  }

  const std::vector<Item>& items() const { return items_; }

 private:
  void Match(const Production& p, size_t slot, size_t at, std::vector<const Item*>& parts,
             std::vector<Item>& made, const Env& env) {
    if (slot == p.slots.size()) {
      std::optional<Item> it;
      try {
        it = p.make(parts, env);
      } catch (const std::out_of_range&) {
        // A date outside the calendar's years 1400-9999 ("40,000 years
        // ago"): no value, like any other composition that does not hold.
      }
      if (it) {
        it->b = parts.front()->b;
        it->e = parts.back()->e;
        made.push_back(std::move(*it));
      }
      return;
    }
    if (at >= by_start_.size()) return;
    // Indices, not references: items_ does not grow while matching (made is separate).
    for (const size_t k : by_start_[at]) {
      const Item& it = items_[k];
      if (!Fits(p.slots[slot], it)) continue;
      parts.push_back(&it);
      Match(p, slot + 1, it.e, parts, made, env);
      parts.pop_back();
    }
  }

  std::vector<std::vector<size_t>> by_start_;
  std::vector<Item> items_;
  size_t b_;
};

// A token that may be a parse with connectors alone: an ordinal ("on the
// 15th"), a clock word or token ("noon", "3pm", "15h30"), a quarter
// ("2018q4"), a weekday abbreviation standing for a whole text ("thu").
bool StandsAlone(const std::string& w) {
  if (w == "noon" || w == "midnight" || w == "midday" || w == "am" || w == "pm") return true;
  if (w[0] >= '0' && w[0] <= '9') return w.find_first_not_of("0123456789.,") != std::string::npos;
  return lexicon::ParseOrdinal(w).has_value() || lexicon::WeekdayNumber(w) >= 0;
}

std::optional<Value> ValueOf(const Item& it, const Env& env) {
  if (!it.composed) return std::nullopt;
  if (it.type == T::kTime) return ResolveTime(it.spec, env.context);
  if (it.type == T::kClock) {
    Spec s;
    s.clock = it.clock;
    return ResolveTime(s, env.context);
  }
  if (it.type == T::kDuration) return DurationOf(it, env.context);
  if (it.type == T::kInterval) return IntervalOf(it, env.context);
  return std::nullopt;
}

// Runs the chart on tokens [b, e) and appends the parses.
void ParseChunk(std::string_view text, const std::vector<Token>& tokens, size_t b, size_t e,
                const Context& context, std::vector<Value>& out) {
  std::vector<Item> pieces;
  AddPieces(text, tokens, b, e, pieces);
  Chart chart(tokens, b, e);
  for (Item& p : pieces) chart.Add(std::move(p));
  const Env env{tokens, context, e};
  const Grammar& g = TheGrammar();
  for (int pass = 0; pass < 6 && chart.RunAll(g, env); ++pass) {
  }
  // At each start the longest item with a value.
  std::vector<std::pair<size_t, const Item*>> best(e - b, {0, nullptr});
  for (const Item& it : chart.items()) {
    if (!it.composed) continue;
    auto& slot = best[it.b - b];
    if (!slot.second || it.e > slot.first) {
      if (!ValueOf(it, env)) continue;
      slot = {it.e, &it};
    }
  }
  for (const auto& [end, it] : best) {
    if (!it) continue;
    auto v = ValueOf(*it, env);
    v->begin = tokens[it->b].begin;
    v->end = tokens[it->e - 1].end;
    v->text = std::string(text.substr(v->begin, v->end - v->begin));
    out.push_back(std::move(*v));
  }
}

}  // namespace

namespace {

// The word that ends at `end` ("10th", "tenth").
std::string_view WordBefore(std::string_view text, size_t end) {
  size_t begin = end;
  while (begin > 0 && (std::isalnum(static_cast<unsigned char>(text[begin - 1])) != 0)) --begin;
  return text.substr(begin, end - begin);
}

}  // namespace

std::vector<Value> Parses(std::string_view text, const Context& context, bool triggered) {
  std::vector<Value> out;
  if (!triggered && !MayCompose(text)) return out;
  const std::vector<Token> tokens = Tokenize(text);
  if (tokens.empty()) return out;
  std::vector<char> vocab(tokens.size());
  bool any_piece = false;
  for (size_t i = 0; i < tokens.size(); ++i) vocab[i] = InVocabulary(tokens[i]);
  // Holiday names are vocabulary too ("thanksgiving of next year").
  static const RE2* holidays = [] {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    return new RE2(HolidayNamesPattern(), o);
  }();
  // Only the whole match is asked for, so RE2 stays on its DFA.
  re2::StringPiece found;
  for (size_t at = 0; at < text.size() &&
                      holidays->Match(re2::StringPiece(text.data(), text.size()), at, text.size(),
                                      RE2::UNANCHORED, &found, 1) &&
                      !found.empty();) {
    const size_t fb = static_cast<size_t>(found.data() - text.data()), fe = fb + found.size();
    for (size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].begin >= fb && tokens[i].end <= fe) vocab[i] = 1;
    at = fe;
  }
  for (size_t i = 0; i < tokens.size(); ++i) any_piece |= vocab[i] != 0;
  if (!any_piece) return out;
  size_t i = 0;
  while (i < tokens.size()) {
    if (!vocab[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < tokens.size() && vocab[j]) ++j;
    // Every parse combines two content tokens, or one that a connector
    // makes a date on its own ("on the 15th", "at noon", "3pm"): a chunk
    // with less ("in 2019", "said on") has nothing the rules did not read.
    int content = 0;
    bool strong = false;
    for (size_t k = i; k < j; ++k) {
      const std::string& w = tokens[k].w;
      if (w.size() == 1 && !(w[0] >= '0' && w[0] <= '9') && !(w[0] >= 'a' && w[0] <= 'z')) continue;
      if (lexicon::IsOneOf(w,
                           "the|of|on|at|in|and|this|for|to|from|after|before|past|more|less|a|an|"
                           "until|till|through|thru|between"))
        continue;
      ++content;
      strong |= StandsAlone(w);
      // 1" and 2': seconds and minutes.
      strong |= k + 1 < j && (tokens[k + 1].w == "\"" || tokens[k + 1].w == "'");
    }
    // Once the trigger has let a sentence in, a connector next to one content
    // token is enough too ("at 1030", "in a minute", "the 24").
    const bool connected = content == 1 && j - i >= 2;
    if (content >= 2 || strong || connected) ParseChunk(text, tokens, i, j, context, out);
    i = j;
  }
  // "on the tenth day", "the 3rd round": an ordinal that counts the noun
  // after it is no day of the month.
  static const RE2 kCounted(
      "(?i)^[ ]+(?:straight[ ]+|consecutive[ ]+|full[ ]+)?(?:day|week|month|year|night|time|"
      "anniversary|birthday|season|century|round|game|match|grade|floor|place|inning|term|"
      "edition|episode|chapter|attempt|try|hour|minute|stage|leg|lap|"
      "quarter|half|generation|wave|victim|body|person|man|woman)s?\\b");
  out.erase(std::remove_if(
                out.begin(), out.end(),
                [&](const Value& v) {
                  if (v.end >= text.size() || v.end == v.begin) return false;
                  const bool ordinal_end =
                      lexicon::ParseOrdinal(std::string(WordBefore(text, v.end))).has_value();
                  const std::string_view after = text.substr(v.end);
                  return ordinal_end &&
                         RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kCounted);
                }),
            out.end());
  return out;
}

}  // namespace factlint::normalize::internal::grammar
