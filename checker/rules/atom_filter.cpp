#include "checker/rules/atom_filter.h"

#include <numeric>

namespace factlint::rules {

AtomFilter::AtomFilter(const std::vector<std::string>& patterns, const RE2::Options& options)
    : pattern_count_(patterns.size()),
      formulas_(std::make_unique<re2::FilteredRE2>(kMinAtomLength)) {
  for (const std::string& pattern : patterns) {
    int id = 0;
    if (formulas_->Add(pattern, options, &id) != RE2::NoError) {
      // Cannot happen for a pattern the set compiled; without its formula
      // the indices would shift, so the filter stands down.
      formulas_.reset();
      return;
    }
  }
  if (patterns.empty()) return;
  std::vector<std::string> atoms;
  formulas_->Compile(&atoms);
  atom_count_ = atoms.size();
  if (atoms.empty()) return;
  // FilteredRE2's atoms are lower case (it folds case for every pattern); a
  // case-insensitive literal set finds them in the text as written, with
  // RE2's own Unicode folding ("É" finds "é").
  RE2::Options literal = options;
  literal.set_literal(true);
  literal.set_case_sensitive(false);
  auto set = std::make_unique<RE2::Set>(literal, RE2::UNANCHORED);
  for (const std::string& atom : atoms) {
    if (set->Add(atom, nullptr) < 0) return;
  }
  if (!set->Compile()) return;
  atoms_ = std::move(set);
}

void AtomFilter::Possible(std::string_view text, std::vector<int>& possible) const {
  possible.clear();
  std::vector<int> found;
  RE2::Set::ErrorInfo info;
  info.kind = RE2::Set::kNoError;
  const bool usable = formulas_ && atoms_;
  if (usable) atoms_->Match(re2::StringPiece(text.data(), text.size()), &found, &info);
  if (!usable || info.kind != RE2::Set::kNoError) {
    possible.resize(pattern_count_);
    std::iota(possible.begin(), possible.end(), 0);
    return;
  }
  formulas_->AllPotentials(found, &possible);
}

LazyAtomFilter::LazyAtomFilter(std::vector<std::string> patterns, const RE2::Options& options,
                               size_t build_after_bytes)
    : state_(std::make_unique<State>()) {
  state_->patterns = std::move(patterns);
  state_->options = options;
  state_->build_after_bytes = build_after_bytes;
}

const AtomFilter* LazyAtomFilter::After(size_t bytes) const {
  if (!state_) return nullptr;
  State& state = *state_;
  if (const AtomFilter* filter = state.ready.load(std::memory_order_acquire)) return filter;
  if (state.bytes_seen.fetch_add(bytes, std::memory_order_relaxed) + bytes <
      state.build_after_bytes) {
    return nullptr;
  }
  // One thread builds; the others do not wait for it (their sentences run
  // every set, as before the filter: the same candidates, only slower).
  std::unique_lock<std::mutex> lock(state.building, std::try_to_lock);
  if (!lock.owns_lock()) return nullptr;
  if (!state.filter) {
    state.filter = std::make_unique<AtomFilter>(state.patterns, state.options);
    state.ready.store(state.filter.get(), std::memory_order_release);
  }
  return state.filter.get();
}

}  // namespace factlint::rules
