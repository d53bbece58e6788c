// A simple temporal network: difference constraints lo ≤ x − y ≤ hi over
// numeric unknowns, checked per connected component, reporting each set of
// constraints that cannot all hold.
//
//   Network net;
//   int origin = Network::kOrigin;                  // the fixed point 0
//   int birth = net.AddVariable();
//   net.Add({birth, origin, 1000, 1365, /*source=*/7, /*authoritative=*/false});
//   net.Add({birth, origin, 1400, 1400, /*source=*/9, /*authoritative=*/true});
//   net.FindConflicts([](const Network::Conflict& conflict) {
//     // Explain conflict.ids; return the source whose constraints to drop.
//     return conflict.ConflictsLeftWithout(7) <= conflict.ConflictsLeftWithout(9) ? 7 : 9;
//   });
//
// Why components: the origin is shared by every unary constraint, but two
// groups of variables that only meet at the origin are independent (shift
// one solution), so union-find ignores the origin and each component gets
// its own copy of it. Most components are one variable with unary
// constraints: those are checked by interval intersection in linear time.
// Only components with a difference edge run Bellman–Ford, whose negative
// cycle, read back through the predecessor edges, IS the explanation.
//
// After a conflict the callback names a source (a claim or a fact); all of
// that source's constraints in the component are dropped and the component
// is checked again, so each independent problem is found once and the rest
// is still checked. At most `max_conflicts_per_component` rounds per
// component keep a pathological input from costing O(k·V·E).
//
// Which source to drop is the caller's choice, but the network can say what
// each choice leaves: `Conflict::ConflictsLeftWithout(source)` counts the
// disjoint conflicts the component would still hold. Of three claims where
// one is wrong ("began March 24", "ended May 9", "the 52-day strike"), the
// first cycle found may be any two of them with the third; only dropping the
// wrong one leaves none, so that is the claim a finding should be about.
#pragma once

#include <functional>
#include <vector>

namespace factlint::constraints {

struct Constraint {
  int x = 0;  // variable index, or Network::kOrigin
  int y = 0;
  double lo = 0;  // lo ≤ x − y ≤ hi; ±infinity for an open side
  double hi = 0;
  int source = -1;             // who stated it (the caller's numbering)
  bool authoritative = false;  // a fact: checked first, so a claim is blamed against it
};

class Network {
 public:
  static constexpr int kOrigin = 0;

  // A new unknown; returns its index (never kOrigin).
  int AddVariable();
  int variable_count() const { return variables_; }
  void Add(const Constraint& constraint);
  const std::vector<Constraint>& constraints() const { return constraints_; }

  // A set of constraints that cannot all hold, and a way to weigh remedies.
  class Conflict {
   public:
    // Indexes into constraints(), in the order the cycle runs.
    std::vector<int> ids;
    // How many disjoint conflicts the component still holds once every
    // constraint of `source` is dropped (0: dropping it settles the
    // component), counted up to `cap`. A lower bound on the further sources
    // that must go. Costs up to `cap` + 1 searches of the component; answers
    // `cap` without searching when the component is too large to probe.
    int ConflictsLeftWithout(int source, int cap = 4) const;

   private:
    friend class Network;
    std::function<int(int, int)> probe_;
  };
  // Called with each conflict; returns the source to drop. It must be one of
  // the conflict's constraints' sources, so that every round makes progress.
  using ConflictHandler = std::function<int(const Conflict& conflict)>;
  // Components are visited in order of their smallest variable index, so the
  // result is deterministic.
  void FindConflicts(const ConflictHandler& on_conflict, int max_conflicts_per_component = 64);

 private:
  int variables_ = 1;  // index 0 is the origin
  std::vector<Constraint> constraints_;
};

}  // namespace factlint::constraints
