#!/usr/bin/env bash
# ThreadSanitizer on the parallel paths: builds the factlint binary with
# -fsanitize=thread into ./build-tsan and runs `check -j 4` and `claims -j 4`
# over the samples and the topic fixtures (and the dev corpus when
# ../shared/corpus is there). Any data race ThreadSanitizer reports fails.
#
#   scripts/tsan.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cmake -S "$here" -B "$here/build-tsan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-fsanitize=thread" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" \
  -DFACTLINT_WERROR=ON -DFACTLINT_BUILD_TESTS=OFF -DFACTLINT_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$here/build-tsan" --target factlint
bin="$here/build-tsan/factlint"
inputs=("$here/samples" "$here/tests/fixtures/topics")
corpus="$here/../shared/corpus/dev"
if [ -d "$corpus" ]; then
  for slice in "$corpus"/*/articles; do inputs+=("$slice"); done
fi
export TSAN_OPTIONS="halt_on_error=1:exitcode=66"
cd "$here"
status=0
"$bin" claims -j 4 --as-of 2026-03-02 "${inputs[@]}" >/dev/null || status=$?
[ "$status" -eq 0 ] || { echo "tsan.sh: claims -j 4 failed ($status)" >&2; exit 1; }
status=0
"$bin" check -j 4 --no-config --as-of 2026-03-02 --facts "$here/facts" "${inputs[@]}" >/dev/null ||
  status=$?
# check exits 1 on findings; 66 is a race.
[ "$status" -le 1 ] || { echo "tsan.sh: check -j 4 failed ($status)" >&2; exit 1; }
# The ledger path reads stored claim records on several threads.
ledger="$(mktemp -d)/archive.ledger"
"$bin" index --facts "$here/facts" "$here/samples/archive" --ledger "$ledger" >/dev/null
status=0
"$bin" check -j 4 --no-config --as-of 2026-03-02 --facts "$here/facts" --ledger "$ledger" \
  --report-archive "$here/samples/drafts" >/dev/null || status=$?
rm -rf "$(dirname "$ledger")"
[ "$status" -le 1 ] || { echo "tsan.sh: check -j 4 --ledger failed ($status)" >&2; exit 1; }
echo "tsan.sh: no data race in check -j 4 (with and without a ledger) and claims -j 4 over ${#inputs[@]} inputs"
