// FACTLINT_CHECK and FACTLINT_DCHECK: invariants of factlint's own code.
//
// A user's mistake (a bad date in a fact file, a rule that does not
// compile, an article that is not UTF-8) is a Result error (result.h): it
// names the file and the remedy, and the command exits with 2. A broken
// invariant is factlint's mistake: a rule handed a sentence environment
// without its document, a claim of type kDuration without its length, a
// closed enum holding a value it does not have. No input can fix it, so the
// program stops at once, says where, and asks for a report, rather than
// carrying a wrong value into a finding an editor would trust.
//
//   FACTLINT_CHECK(env.doc != nullptr, "a rule ran without its document");
//   FACTLINT_DCHECK(ClaimShapeProblem(claim) == nullptr, ClaimShapeProblem(claim));
//
// On failure both print
//   factlint: internal error: checker/rules/rule_set.cpp:540: check failed:
//   env.doc != nullptr (a rule ran without its document)
// and a request to report it, then abort() (exit by SIGABRT, a core dump and
// a stack in a debugger).
//
// FACTLINT_CHECK is always on: keep its condition cheap (a pointer or a
// range test). FACTLINT_DCHECK is for checks that cost something per claim
// or per sentence; it is on in debug builds and in builds configured with
// -DFACTLINT_DCHECKS=ON (the sanitizer and fuzz builds, so CI runs them),
// and its condition is not evaluated otherwise.
#pragma once

namespace factlint::internal {

// Prints the failed check and aborts. `message` may be null.
[[noreturn]] void CheckFailed(const char* file, int line, const char* condition,
                              const char* message);

}  // namespace factlint::internal

#define FACTLINT_CHECK(condition, message)                                                        \
  do {                                                                                            \
    if (!(condition)) ::factlint::internal::CheckFailed(__FILE__, __LINE__, #condition, message); \
  } while (false)

#if !defined(NDEBUG) || defined(FACTLINT_DCHECKS)
#define FACTLINT_DCHECK(condition, message) FACTLINT_CHECK(condition, message)
#else
// Compiled (so it cannot rot) but never run.
#define FACTLINT_DCHECK(condition, message)        \
  do {                                             \
    if (false) FACTLINT_CHECK(condition, message); \
  } while (false)
#endif
