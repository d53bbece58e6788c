#!/usr/bin/env bash
# Configures and builds factlint and its tests with AddressSanitizer and
# UndefinedBehaviorSanitizer into ./build-asan (FACTLINT_SANITIZE=ON; warnings
# are errors here too). -O1 keeps the build and the suite fast enough for CI
# while the sanitizers still see every access; no benchmarks.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cmake -S "$here" -B "$here/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DFACTLINT_WERROR=ON -DFACTLINT_SANITIZE=ON \
  -DFACTLINT_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$here/build-asan" "$@"
