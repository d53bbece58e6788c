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

#include "checker/normalize/rule.h"

namespace factlint::normalize::internal::grammar {

namespace {

const std::vector<Production>& Productions() {
  static const auto* all = [] {
    auto* p = new std::vector<Production>;
    AddClockProductions(*p);
    AddTimeProductions(*p);
    AddDurationProductions(*p);
    return p;
  }();
  return *all;
}

bool WordIn(const std::string& w, const char* words) {
  const std::string_view list(words);
  size_t start = 0;
  while (start <= list.size()) {
    size_t bar = list.find('|', start);
    if (bar == std::string_view::npos) bar = list.size();
    if (list.substr(start, bar - start) == w) return true;
    start = bar + 1;
  }
  return false;
}

bool Fits(const Slot& slot, const Item& item) {
  if (slot.type != item.type) return false;
  return !slot.words || WordIn(item.w, slot.words);
}

// Two items that say the same thing over the same tokens are one.
bool Same(const Item& a, const Item& b) {
  if (a.type != b.type || a.b != b.b || a.e != b.e) return false;
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
    case T::kTime: {
      const Spec &x = a.spec, &y = b.spec;
      const bool clocks =
          x.clock.has_value() == y.clock.has_value() &&
          (!x.clock || (x.clock->hour == y.clock->hour && x.clock->minute == y.clock->minute));
      return x.year == y.year && x.month == y.month && x.day == y.day && x.weekday == y.weekday &&
             x.holiday == y.holiday && x.grain == y.grain &&
             x.range.has_value() == y.range.has_value() && (!x.range || *x.range == *y.range) &&
             clocks;
    }
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

  // Tries `p` at every start; returns whether it added anything.
  bool Run(const Production& p, const Env& env) {
    bool added = false;
    std::vector<const Item*> parts;
    std::vector<Item> made;
    for (size_t start = b_; start < by_start_.size(); ++start) {
      made.clear();
      Match(p, 0, start, parts, made, env);
      for (Item& it : made) added |= Add(std::move(it));
    }
    return added;
  }

  const std::vector<Item>& items() const { return items_; }

 private:
  void Match(const Production& p, size_t slot, size_t at, std::vector<const Item*>& parts,
             std::vector<Item>& made, const Env& env) {
    if (slot == p.slots.size()) {
      if (auto it = p.make(parts, env)) {
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

std::optional<Value> ValueOf(const Item& it, const Env& env) {
  if (!it.composed) return std::nullopt;
  if (it.type == T::kTime) return ResolveTime(it.spec, env.context);
  if (it.type == T::kClock) {
    Spec s;
    s.clock = it.clock;
    return ResolveTime(s, env.context);
  }
  if (it.type == T::kDuration) return DurationOf(it, env.context);
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
  for (int pass = 0; pass < 6; ++pass) {
    bool added = false;
    for (const Production& p : Productions()) added |= chart.Run(p, env);
    if (!added) break;
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

std::vector<Value> Parses(std::string_view text, const Context& context) {
  std::vector<Value> out;
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
    return new RE2("(" + HolidayNamesPattern() + ")", o);
  }();
  re2::StringPiece input(text.data(), text.size()), found;
  while (RE2::FindAndConsume(&input, *holidays, &found) && !found.empty()) {
    const size_t fb = static_cast<size_t>(found.data() - text.data()), fe = fb + found.size();
    for (size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].begin >= fb && tokens[i].end <= fe) vocab[i] = 1;
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
    // A chunk of connectors alone ("of the") has nothing to combine.
    bool has_piece = false;
    for (size_t k = i; k < j && !has_piece; ++k) {
      const std::string& w = tokens[k].w;
      has_piece = (w[0] >= '0' && w[0] <= '9') || w == "noon" || w == "midnight" || w == "midday" ||
                  (w.size() > 2 && !WordIn(w,
                                           "the|of|on|at|in|and|this|for|to|"
                                           "from|after|before|past|more|less"));
    }
    if (has_piece) ParseChunk(text, tokens, i, j, context, out);
    i = j;
  }
  return out;
}

}  // namespace factlint::normalize::internal::grammar
