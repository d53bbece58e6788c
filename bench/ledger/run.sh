#!/usr/bin/env bash
# The claim ledger at newsroom scale, by hand (not ctest: timings on a shared
# machine are noise): a synthetic archive of N articles (make_archive.py),
# indexed into a ledger (time, size), re-indexed with nothing changed, then 3
# drafts checked against it with --ledger and, for the ratio, with --archive.
#
#   bench/ledger/run.sh [ARTICLES]     # default 100000; work in build/bench-ledger
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin="$here/build/factlint"
n="${1:-100000}"
work="$here/build/bench-ledger"
[ -x "$bin" ] || "$here/scripts/build.sh" factlint >/dev/null
if [ ! -f "$work/.articles-$n" ]; then
  rm -rf "$work"
  python3 "$here/bench/ledger/make_archive.py" "$work" --articles "$n"
  touch "$work/.articles-$n"
fi
rm -f "$work/archive.ledger"*
timed() { /usr/bin/time -f "%e s wall, %M KB peak" "$@"; }
echo "== index $n articles"
timed "$bin" index "$work/archive" --ledger "$work/archive.ledger"
echo "ledger: $(du -h "$work/archive.ledger" | cut -f1)"
echo "== re-index, nothing changed"
timed "$bin" index "$work/archive" --ledger "$work/archive.ledger"
echo "== check 3 drafts --ledger"
timed "$bin" check "$work/drafts" --ledger "$work/archive.ledger" --no-config >/dev/null || true
echo "== check 3 drafts --archive (extracts the whole archive)"
timed "$bin" check "$work/drafts" --archive "$work/archive" --no-config >/dev/null || true
