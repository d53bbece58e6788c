#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang into ./build-fuzz and gives
# each a short run (FUZZ_SECONDS, default 20) seeded from the samples and the
# test fixtures. A crash, leak or sanitizer report fails the script; the
# input that caused it is left in build-fuzz/findings/ to become a
# regression test. An input slower than 10 s is reported (and kept) but does
# not fail the run: a slow input is a performance finding to look into
# (fuzz/known/README.md keeps them), and a CI that fails at random on a
# loaded machine would teach people to ignore it. Without
# clang++ it says so and does nothing.
#
#   scripts/fuzz.sh                      # every target, 20 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh fuzz_load   # a long run of one target
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz.sh: clang++ not found; skipping the fuzz runs (scripts/setup.sh --tests installs clang)"
  exit 0
fi
seconds="${FUZZ_SECONDS:-20}"
build="$here/build-fuzz"
# Warnings are not errors here: clang warns differently from the GCC build,
# which is the one that enforces them.
CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DFACTLINT_FUZZ=ON -DFACTLINT_WERROR=OFF \
  -DFACTLINT_BUILD_TESTS=OFF -DFACTLINT_BUILD_BENCHMARKS=OFF >/dev/null
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(fuzz_load fuzz_normalize fuzz_config fuzz_rules fuzz_facts fuzz_check)
cmake --build "$build" --target "${targets[@]}"

# Seeds, per target: the files a target reads best. A loader seed starts
# with the byte that selects its format (fuzz_load.cpp).
seed_dir() {
  local target="$1" dir="$build/corpus/$target"
  mkdir -p "$dir"
  case "$target" in
    fuzz_load | fuzz_check)
      local f
      while IFS= read -r -d '' f; do
        case "$f" in
          *.txt) k='\x00' ;; *.md) k='\x01' ;; *.html | *.htm) k='\x02' ;; *.jsonl) k='\x03' ;; *) continue ;;
        esac
        { printf "$k"; cat "$f"; } >"$dir/seed-$(basename "$f")"
      done < <(find "$here/samples" "$here/tests/fixtures/load" "$here/tests/fixtures/segment" \
        -type f -print0 2>/dev/null)
      ;;
    fuzz_normalize)
      find "$here/samples" "$here/tests/fixtures/rules" -type f -name '*.txt' -exec cp {} "$dir" \; ;;
    fuzz_config)
      printf 'rules: rules\nfacts: facts\narchive: [a/]\nseverity: {stale: off}\nmax-document-size: 16MiB\n' \
        >"$dir/seed.yaml" ;;
    fuzz_rules)
      find "$here/rules" -name '*.yaml' -size -16k -exec cp {} "$dir" \; ;;
    fuzz_facts)
      find "$here/facts" -name '*.yaml' -exec cp {} "$dir" \; ;;
  esac
  echo "$dir"
}

mkdir -p "$build/findings"
status=0
for target in "${targets[@]}"; do
  corpus="$(seed_dir "$target")"
  echo "fuzz.sh: $target for ${seconds}s"
  # A hard cap on the whole run: after an out-of-memory finding the leak
  # check can scan gigabytes for minutes.
  if ! (cd "$build/findings" && timeout -k 10 "$((seconds + 90))" "$build/fuzz/$target" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -timeout_exitcode=0 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 >"$build/$target.log" 2>&1); then
    echo "fuzz.sh: $target FOUND A PROBLEM; see $build/$target.log and $build/findings/" >&2
    tail -40 "$build/$target.log" >&2
    status=1
  fi
  if grep -q "libFuzzer: timeout" "$build/$target.log"; then
    echo "fuzz.sh: warning: $target found an input slower than 10 s; kept in $build/findings/" >&2
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" | sed "s/^/  $target: /" || true
done
# FUZZ_STRICT=0 (the test command): a new finding of this run's random
# exploration is reported loudly and kept, but does not fail the run; CI
# must not pass or fail by chance. Run by hand, a finding fails.
if [ "$status" != 0 ] && [ "${FUZZ_STRICT:-1}" = 0 ]; then
  echo "fuzz.sh: warning: the fuzz run found problems (above); they do not fail FUZZ_STRICT=0 runs" >&2
  status=0
fi
exit "$status"
