#include "checker/constraints/network.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace factlint::constraints {
namespace {

// Values are day numbers or counts; anything closer than this is equal.
constexpr double kEpsilon = 1e-9;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

class UnionFind {
 public:
  explicit UnionFind(int n) : parent_(static_cast<size_t>(n)) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  int Find(int v) {
    while (parent_[v] != v) {
      parent_[v] = parent_[parent_[v]];
      v = parent_[v];
    }
    return v;
  }
  void Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

// A component's constraints, the ones not dropped yet.
class Component {
 public:
  Component(const std::vector<Constraint>& all, std::vector<int> ids)
      : all_(all), active_(std::move(ids)) {}

  const std::vector<int>& active() const { return active_; }
  const Constraint& at(int id) const { return all_[static_cast<size_t>(id)]; }

  // Drops every constraint of `source`; false when it had none (no progress).
  bool Drop(int source) {
    const size_t before = active_.size();
    active_.erase(std::remove_if(active_.begin(), active_.end(),
                                 [&](int id) { return at(id).source == source; }),
                  active_.end());
    return active_.size() != before;
  }

 private:
  const std::vector<Constraint>& all_;
  std::vector<int> active_;
};

// Bounds on the variable a unary constraint is about, relative to the origin.
struct Bounds {
  double lo;
  double hi;
};
Bounds UnaryBounds(const Constraint& c) {
  if (c.y == Network::kOrigin) return {c.lo, c.hi};
  return {-c.hi, -c.lo};  // origin − v in [lo, hi]
}

// One conflict among unary constraints on a single variable, or empty.
// Facts are checked among themselves first, then every claim against the
// facts, then claims against each other: so a claim that disagrees with the
// fact base is blamed against the fact, not against another claim.
std::vector<int> UnaryConflict(const Component& component) {
  struct Extremes {
    int max_lo = -1, min_hi = -1;
    double lo = -kInfinity, hi = kInfinity;
    void Take(int id, const Bounds& b) {
      if (max_lo < 0 || b.lo > lo) lo = b.lo, max_lo = id;
      if (min_hi < 0 || b.hi < hi) hi = b.hi, min_hi = id;
    }
  };
  Extremes facts, all;
  for (int id : component.active()) {
    const Bounds b = UnaryBounds(component.at(id));
    if (b.lo > b.hi + kEpsilon) return {id};  // empty by itself
    if (component.at(id).authoritative) facts.Take(id, b);
  }
  if (facts.lo > facts.hi + kEpsilon) return {facts.max_lo, facts.min_hi};
  for (int id : component.active()) {
    if (component.at(id).authoritative) continue;
    const Bounds b = UnaryBounds(component.at(id));
    if (b.lo > facts.hi + kEpsilon) return {id, facts.min_hi};
    if (b.hi < facts.lo - kEpsilon) return {id, facts.max_lo};
    all.Take(id, b);
  }
  if (all.lo > all.hi + kEpsilon) return {all.max_lo, all.min_hi};
  return {};
}

struct Edge {
  int from, to;
  double weight;
  int constraint;
};

// A negative cycle of the distance graph of `component` (only its
// authoritative constraints when `facts_only`), as constraint ids; empty when
// there is none. `local` maps variable indexes to 1..k (the origin is 0).
std::vector<int> NegativeCycle(const Component& component, const std::vector<int>& local,
                               int vertex_count, bool facts_only) {
  std::vector<Edge> edges;
  edges.reserve(component.active().size() * 2);
  for (int id : component.active()) {
    const Constraint& c = component.at(id);
    if (facts_only && !c.authoritative) continue;
    const int x = local[static_cast<size_t>(c.x)], y = local[static_cast<size_t>(c.y)];
    if (std::isfinite(c.hi)) edges.push_back({y, x, c.hi, id});   // x − y ≤ hi
    if (std::isfinite(c.lo)) edges.push_back({x, y, -c.lo, id});  // y − x ≤ −lo
  }
  const size_t n = static_cast<size_t>(vertex_count);
  // All distances start at 0: a virtual source with a 0 edge to every vertex.
  std::vector<double> dist(n, 0.0);
  std::vector<int> pred(n, -1);
  int last_relaxed = -1;
  for (size_t round = 1; round <= n; ++round) {
    last_relaxed = -1;
    for (size_t e = 0; e < edges.size(); ++e) {
      const Edge& edge = edges[e];
      const double candidate = dist[static_cast<size_t>(edge.from)] + edge.weight;
      if (candidate < dist[static_cast<size_t>(edge.to)] - kEpsilon) {
        dist[static_cast<size_t>(edge.to)] = candidate;
        pred[static_cast<size_t>(edge.to)] = static_cast<int>(e);
        last_relaxed = edge.to;
      }
    }
    if (last_relaxed < 0) return {};
  }
  // Still relaxing after n rounds: walking back n predecessors from the last
  // relaxed vertex lands on the negative cycle.
  int v = last_relaxed;
  for (size_t i = 0; i < n; ++i) {
    if (pred[static_cast<size_t>(v)] < 0) return {};
    v = edges[static_cast<size_t>(pred[static_cast<size_t>(v)])].from;
  }
  std::vector<int> cycle;
  const int start = v;
  do {
    const Edge& edge = edges[static_cast<size_t>(pred[static_cast<size_t>(v)])];
    cycle.push_back(edge.constraint);
    v = edge.from;
  } while (v != start && cycle.size() <= n);
  std::reverse(cycle.begin(), cycle.end());  // in the order the cycle runs
  std::vector<int> unique;
  for (int id : cycle)
    if (std::find(unique.begin(), unique.end(), id) == unique.end()) unique.push_back(id);
  return unique;
}

// Components larger than this are not probed for the best remedy: each probe
// is up to a few Bellman–Ford passes, and one subject's claims are far fewer.
constexpr size_t kMaxProbedConstraints = 512;

// The next conflict of a component, or empty when it is consistent.
std::vector<int> NextConflict(const Component& component, bool unary, const std::vector<int>& local,
                              int vertex_count) {
  if (unary) return UnaryConflict(component);
  std::vector<int> conflict = NegativeCycle(component, local, vertex_count, /*facts_only=*/true);
  if (conflict.empty())
    conflict = NegativeCycle(component, local, vertex_count, /*facts_only=*/false);
  return conflict;
}

// Disjoint conflicts left in `component` without `source`: find one, drop
// every source it names that is not authoritative (all of them when it is
// among facts only), repeat up to `cap`.
int DisjointConflictsWithout(Component component, int source, int cap, bool unary,
                             const std::vector<int>& local, int vertex_count) {
  component.Drop(source);
  int count = 0;
  while (count < cap) {
    const std::vector<int> conflict = NextConflict(component, unary, local, vertex_count);
    if (conflict.empty()) break;
    ++count;
    const bool facts_only = std::all_of(conflict.begin(), conflict.end(),
                                        [&](int id) { return component.at(id).authoritative; });
    bool progress = false;
    for (int id : conflict) {
      const Constraint& c = component.at(id);
      if (facts_only || !c.authoritative) progress |= component.Drop(c.source);
    }
    if (!progress) break;
  }
  return count;
}

}  // namespace

int Network::AddVariable() {
  return variables_++;
}

void Network::Add(const Constraint& constraint) {
  constraints_.push_back(constraint);
}

int Network::Conflict::ConflictsLeftWithout(int source, int cap) const {
  return probe_ ? probe_(source, cap) : cap;
}

void Network::FindConflicts(const ConflictHandler& on_conflict, int max_conflicts_per_component) {
  UnionFind sets(variables_);
  for (const Constraint& c : constraints_)
    if (c.x != kOrigin && c.y != kOrigin) sets.Union(c.x, c.y);

  // Component number of each root, in order of the smallest variable.
  std::vector<int> component_of(static_cast<size_t>(variables_), -1);
  std::vector<int> variable_count;
  for (int v = 1; v < variables_; ++v) {
    const int root = sets.Find(v);
    if (component_of[static_cast<size_t>(root)] < 0) {
      component_of[static_cast<size_t>(root)] = static_cast<int>(variable_count.size());
      variable_count.push_back(0);
    }
    ++variable_count[static_cast<size_t>(component_of[static_cast<size_t>(root)])];
  }
  std::vector<std::vector<int>> members(variable_count.size());
  for (size_t id = 0; id < constraints_.size(); ++id) {
    const Constraint& c = constraints_[id];
    const int v = c.x != kOrigin ? c.x : c.y;
    if (v == kOrigin) continue;  // between two constants: nothing to check
    members[static_cast<size_t>(component_of[static_cast<size_t>(sets.Find(v))])].push_back(
        static_cast<int>(id));
  }

  std::vector<int> local(static_cast<size_t>(variables_), 0);
  for (size_t k = 0; k < members.size(); ++k) {
    Component component(constraints_, std::move(members[k]));
    const bool unary =
        variable_count[k] == 1 &&
        std::all_of(component.active().begin(), component.active().end(), [&](int id) {
          const Constraint& c = component.at(id);
          return c.x == kOrigin || c.y == kOrigin;
        });
    int vertex_count = 1;
    if (!unary) {
      for (int id : component.active())
        for (int v : {component.at(id).x, component.at(id).y})
          if (v != kOrigin && local[static_cast<size_t>(v)] == 0)
            local[static_cast<size_t>(v)] = vertex_count++;
    }
    for (int round = 0; round < max_conflicts_per_component; ++round) {
      Conflict conflict;
      conflict.ids = NextConflict(component, unary, local, vertex_count);
      if (conflict.ids.empty()) break;
      if (component.active().size() <= kMaxProbedConstraints) {
        conflict.probe_ = [&](int source, int cap) {
          return DisjointConflictsWithout(component, source, cap, unary, local, vertex_count);
        };
      }
      if (!component.Drop(on_conflict(conflict))) break;
    }
  }
}

}  // namespace factlint::constraints
