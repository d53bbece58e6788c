// Work over independent items on several threads, with results in item
// order: `factlint check -j N` extracts each article's claims on its own
// thread and concatenates them in the order the articles were read, so the
// output is byte-identical for every N.
//
//   std::vector<std::vector<Claim>> found(docs.size());
//   ParallelFor(docs.size(), jobs, [&](size_t i) { found[i] = Extract(docs[i]); });
#pragma once

#include <cstddef>
#include <functional>

namespace factlint {

// Calls fn(i) once for every i in [0, n), on up to `jobs` threads (the
// calling thread is one of them; jobs <= 1 runs everything on it, in
// order). fn must be safe to run concurrently for different i. The first
// exception fn throws is rethrown here, after every thread has stopped.
void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn);

// The number of hardware threads, at least 1: the default for -j.
int HardwareJobs();

}  // namespace factlint
