#!/usr/bin/env bash
# Sets up, builds and runs every test: the GoogleTest suites (through ctest),
# the rules' own examples (`factlint rules test`), and the report checks;
# then the whole suite again built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan), so a memory or undefined-behaviour
# bug on any tested path fails CI; then the parallel paths (-j) under
# ThreadSanitizer (build-tsan); then a short run of every fuzz target.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup.sh" --tests
"$here/scripts/build.sh"
(cd "$here/build" && ctest --output-on-failure -j2)

# The sanitizer suite. detect_leaks stays on; halt_on_error makes the first
# report fail the test that triggered it; UBSan prints a stack.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
start=$(date +%s)
"$here/scripts/build-asan.sh"
(cd "$here/build-asan" && ctest --output-on-failure -j2)
echo "test.sh: sanitizer build and suite took $(($(date +%s) - start)) s"

# Data races in check -j / claims -j (scripts/tsan.sh).
start=$(date +%s)
"$here/scripts/tsan.sh"
echo "test.sh: thread sanitizer build and runs took $(($(date +%s) - start)) s"

# A short run of every fuzz target (clang only; scripts/fuzz.sh says how to
# run one for longer). Its findings are reported, not fatal here: random
# exploration must not make CI pass or fail by chance (FUZZ_STRICT=1 to
# make them fatal).
start=$(date +%s)
FUZZ_STRICT="${FUZZ_STRICT:-0}" FUZZ_SECONDS="${FUZZ_SECONDS:-20}" "$here/scripts/fuzz.sh"
echo "test.sh: fuzz build and runs took $(($(date +%s) - start)) s"
