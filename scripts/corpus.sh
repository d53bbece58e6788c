#!/usr/bin/env bash
# The measurement loop on real news: scores build/factlint on the hand-annotated
# dev corpus (../shared/corpus, every slice with its own fact base) and prints
# claim recall, value agreement, finding recall and precision per slice.
# Run it before and after every change to the rules, the annotator or the
# resolver, and put both tables in the issue note. Not part of ctest: the
# corpus lives outside the repository.
#
#   scripts/corpus.sh              # the table
#   scripts/corpus.sh --verbose    # plus every missed claim and finding, every false alarm
#   scripts/corpus.sh --compare    # dated claims side by side with chrono-node 2.10.3
#   FACTLINT_CORPUS_ROOT=DIR scripts/corpus.sh   # another corpus with the same layout
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${FACTLINT_CORPUS_ROOT:-$here/../shared/corpus}"
bin="$here/build/factlint"
if [ ! -d "$corpus/dev" ]; then
  echo "corpus.sh: no corpus at '$corpus' (expected ../shared/corpus beside the project, or set FACTLINT_CORPUS_ROOT)" >&2
  exit 2
fi
[ -x "$bin" ] || "$here/scripts/build.sh" factlint >/dev/null
case "${1:-}" in
  --compare)
    # chrono-node from npm, installed once into build/ (a peer that binds dates to nothing).
    node_dir="$here/build/third_party/chrono"
    if [ ! -d "$node_dir/node_modules/chrono-node" ]; then
      mkdir -p "$node_dir"
      (cd "$node_dir" && npm install --silent --no-audit --no-fund chrono-node@2.10.3 >/dev/null)
    fi
    NODE_PATH="$node_dir/node_modules" python3 "$corpus/tools/compare.py" --bin "$bin" "$corpus"/dev/*/
    ;;
  --verbose | "")
    "$corpus/score" "$bin" ${1:+"$1"}
    ;;
  *)
    echo "corpus.sh: unknown option '$1'; expected --verbose or --compare" >&2
    exit 2
    ;;
esac
