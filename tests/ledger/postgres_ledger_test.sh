#!/usr/bin/env bash
# The claim ledger in PostgreSQL (--ledger postgresql://...), against a real
# throwaway server started here: initdb into a temporary folder, listening
# only on a unix socket in it (as the `postgres` system user when run as
# root: initdb refuses root). Mirrors tests/end_to_end/ledger_test.cpp:
#   - `check --ledger URI` gives byte for byte the report of an SQLite
#     ledger (and with --report-archive the report of --archive);
#   - a re-index extracts only what changed, and drops deleted files;
#   - a ledger of other rules or facts, of another schema, or a database
#     that is no ledger is refused (exit 2) with its message;
#   - a connection error names the URI without its password;
#   - index runs started together on one database corrupt nothing;
#   - the seeds (../shared/seeds, when present) give --archive's report;
#   - the ledger unit test (PostgresLedger.*) on this server.
# Exits 77 (skipped) with a message when no server can start. When factlint
# is built without PostgreSQL it checks the URI is refused instead.
#
# Usage: postgres_ledger_test.sh --factlint BIN --ledger-test BIN --source-dir DIR
#                                --with-postgresql ON|OFF
set -euo pipefail

factlint="" unit="" src="" with="ON"
while [ $# -gt 0 ]; do
  case "$1" in
    --factlint) factlint="$2" ;;
    --ledger-test) unit="$2" ;;
    --source-dir) src="$2" ;;
    --with-postgresql) with="$2" ;;
    *) echo "unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift 2
done

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIPPED: $*"; exit 77; }
cd "$src"

# run NAME CMD...: standard output, error and exit code in $tmp/NAME.{out,err,rc}.
run() {
  local name="$1"
  shift
  local rc=0
  "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
  echo "$rc" >"$tmp/$name.rc"
}
rc_of() { cat "$tmp/$1.rc"; }
expect_rc() { [ "$(rc_of "$1")" = "$2" ] || fail "$1: exit $(rc_of "$1"), expected $2: $(cat "$tmp/$1.err")"; }
expect_err() { grep -qF -- "$2" "$tmp/$1.err" || fail "$1: expected '$2' on stderr: $(cat "$tmp/$1.err")"; }
same() { cmp -s "$tmp/$1.out" "$tmp/$2.out" || fail "$1 and $2 differ: $(diff "$tmp/$1.out" "$tmp/$2.out" | head -20)"; }

if [ "$with" != "ON" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  run nosupport "$factlint" check samples/drafts --no-config --ledger postgresql://ci@localhost/ledger
  expect_rc nosupport 2
  expect_err nosupport "this factlint was built without PostgreSQL support"
  echo "PASS: built without PostgreSQL, a postgresql:// ledger is refused"
  exit 0
fi

# A server: the newest PostgreSQL under /usr/lib/postgresql (Debian's layout).
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
for tool in initdb pg_ctl psql; do
  [ -n "$bindir" ] && [ -x "$bindir/$tool" ] ||
    skip "no PostgreSQL server here (no $tool under /usr/lib/postgresql/*/bin); install the 'postgresql' package (scripts/setup.sh --tests)"
done
as=()
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 ||
    skip "running as root and there is no 'postgres' user to run the server as (initdb refuses root)"
  command -v runuser >/dev/null 2>&1 || skip "running as root and runuser is missing"
  as=(runuser -u postgres --)
fi

# A short path: a unix socket's path is at most 107 bytes.
tmp="$(mktemp -d /tmp/factlint-pg.XXXXXX)"
data="$tmp/data"
port=54329
started=0
cleanup() {
  if [ "$started" = 1 ]; then
    (cd "$tmp" && "${as[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1) || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
if [ "${#as[@]}" -gt 0 ]; then chown postgres "$tmp"; fi
# The server's user may not enter the build folder: run its tools from $tmp.
(cd "$tmp" && "${as[@]}" "$bindir/initdb" -D "$data" -U factlint -A trust -E UTF8 --locale=C \
  --no-sync >"$tmp/initdb.log" 2>&1) || skip "initdb failed: $(tail -n 3 "$tmp/initdb.log")"
started=1
(cd "$tmp" && "${as[@]}" "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 30 \
  -o "-c listen_addresses='' -k $tmp -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB -c max_connections=30" \
  start >/dev/null 2>&1) || skip "the PostgreSQL server did not start: $(tail -n 5 "$tmp/server.log" 2>/dev/null)"
sql() {
  local db="$1"
  shift
  "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U factlint -d "$db" "$@" >/dev/null
}
uri() { echo "postgresql://factlint@/$1?host=$tmp&port=$port"; }
creates=()
for db in ledger reindex refused empty other shared seeds unit; do creates+=(-c "CREATE DATABASE $db"); done
sql postgres "${creates[@]}"

check=("$factlint" check samples/drafts --facts facts --no-config --format json)

# The archive's report from PostgreSQL, an SQLite ledger and the archive.
run index "$factlint" index samples/archive --facts facts --ledger "$(uri ledger)"
expect_rc index 0
expect_err index "4 files read, 4 extracted"
run sqlite_index "$factlint" index samples/archive --facts facts --ledger "$tmp/sqlite.ledger"
expect_rc sqlite_index 0
run pg "${check[@]}" --ledger "$(uri ledger)"
run sqlite "${check[@]}" --ledger "$tmp/sqlite.ledger"
run archive "${check[@]}" --archive samples/archive
expect_rc archive 1
expect_rc pg 1
same pg sqlite
python3 - "$tmp/pg.out" "$tmp/archive.out" <<'EOF' || fail "check --ledger's findings are not --archive's"
import json, sys
ledger, archive = (json.load(open(p)) for p in sys.argv[1:])
assert archive["findings"] and ledger["findings"] == archive["findings"]
EOF
run pg_all "${check[@]}" --ledger "$(uri ledger)" --report-archive
run archive_all "${check[@]}" --archive samples/archive --report-archive
expect_rc pg_all "$(rc_of archive_all)"
same pg_all archive_all
echo "ok: check --ledger URI gives the SQLite ledger's report, and --archive's with --report-archive"

# A re-index extracts only what changed; stats and vacuum.
run again "$factlint" index samples/archive --facts facts --ledger "$(uri ledger)"
expect_rc again 0
expect_err again "4 files read, 0 extracted"
run stats "$factlint" ledger stats "$(uri ledger)"
run sqlite_stats "$factlint" ledger stats "$tmp/sqlite.ledger"
expect_rc stats 0
grep -qF "$(uri ledger): 4 files, " "$tmp/stats.out" || fail "ledger stats: $(cat "$tmp/stats.out")"
# The same counts, bytes stored and fingerprints as the SQLite file's.
diff <(sed -e '1s/^.*://' -e '/ledger size/d' "$tmp/stats.out") \
  <(sed -e '1s/^.*://' -e '/ledger size/d' "$tmp/sqlite_stats.out") >/dev/null ||
  fail "ledger stats differ: $(cat "$tmp/stats.out" "$tmp/sqlite_stats.out")"
run vacuum "$factlint" ledger vacuum "$(uri ledger)"
expect_rc vacuum 0
mkdir "$tmp/archive"
cp samples/archive/* "$tmp/archive/"
run re1 "$factlint" index "$tmp/archive" --ledger "$(uri reindex)"
expect_rc re1 0
echo "A line added later." >>"$tmp/archive/2024-01-29-season-two.md"
rm "$tmp/archive/2024-06-01-reyes-interview.html"
run re2 "$factlint" index "$tmp/archive" --ledger "$(uri reindex)"
expect_rc re2 0
expect_err re2 "3 files read, 1 extracted"
expect_err re2 "1 removed"
run re_stats "$factlint" ledger stats "$(uri reindex)"
grep -qF ": 3 files" "$tmp/re_stats.out" || fail "after a re-index: $(cat "$tmp/re_stats.out")"
echo "ok: a re-index extracts only the changed file and drops the deleted one"

# Refusals, exit 2 with a message saying what to do. (`ledger stats` opens
# a ledger as `check` does, without loading the rules first.)
run refused_index "$factlint" index samples/archive --ledger "$(uri refused)"
expect_rc refused_index 0
run refused "${check[@]}" --ledger "$(uri refused)"
expect_rc refused 2
[ ! -s "$tmp/refused.out" ] || fail "a refused check wrote a report"
expect_err refused "$(uri refused): error: 4 of its 4 files were indexed with other rules, facts"
run missing "$factlint" ledger stats "$(uri empty)"
expect_rc missing 2
expect_err missing "no such ledger; build it with 'factlint index"
secret="postgresql://factlint:s3cret@/nosuchdb?host=$tmp&port=$port"
run noconnect "$factlint" ledger stats "$secret"
expect_rc noconnect 2
expect_err noconnect "postgresql://factlint@/nosuchdb?host=$tmp&port=$port: error: cannot connect to the ledger: "
expect_err noconnect "nosuchdb"
! grep -q s3cret "$tmp/noconnect.err" || fail "the password is in the message: $(cat "$tmp/noconnect.err")"
run badurl "$factlint" ledger stats "postgresql://factlint:s3cret@[::1/ledger"
expect_rc badurl 2
expect_err badurl "postgresql://factlint@[::1/ledger: error: cannot connect to the ledger: "
! grep -q s3cret "$tmp/badurl.err" || fail "the password is in the message: $(cat "$tmp/badurl.err")"
sql reindex -c "UPDATE meta SET value = '0' WHERE key = 'schema'"
for cmd in stats index; do
  if [ "$cmd" = stats ]; then
    run old "$factlint" ledger stats "$(uri reindex)"
  else
    run old "$factlint" index samples/archive --ledger "$(uri reindex)"
  fi
  expect_rc old 2
  expect_err old "in ledger schema 0; this factlint reads schema "
  expect_err old "drop its tables"
done
sql other -c "CREATE TABLE files(name text)"
run other "$factlint" index samples/archive --ledger "$(uri other)"
expect_rc other 2
expect_err other "is not a factlint ledger"
sql other -c "CREATE TABLE meta(key text, value text)" -c "INSERT INTO meta VALUES ('marker', 'x')"
run other_meta "$factlint" ledger stats "$(uri other)"
expect_rc other_meta 2
expect_err other_meta "not a factlint ledger"
echo "ok: other rules, another schema, no ledger and a failed connection are refused"

# Index runs started together on one empty database (as CI runners would).
mkdir "$tmp/many"
for i in $(seq -w 1 6); do
  for f in samples/archive/*; do cp "$f" "$tmp/many/$i-$(basename "$f")"; done
done
pids=()
for n in 1 2 3; do
  "$factlint" index "$tmp/many" --facts facts --batch 2 -j 1 --ledger "$(uri shared)" \
    >"$tmp/shared$n.out" 2>"$tmp/shared$n.err" &
  pids+=($!)
done
for n in 0 1 2; do
  wait "${pids[$n]}" || fail "concurrent index run $((n + 1)) failed: $(cat "$tmp/shared$((n + 1)).err")"
done
# Six copies of the archive: six times its files, articles and claims.
read -r n_files n_articles n_claims < <(sed -n '1s/^.*: \([0-9]*\) files, \([0-9]*\) articles, \([0-9]*\) claims$/\1 \2 \3/p' "$tmp/stats.out")
run shared_stats "$factlint" ledger stats "$(uri shared)"
grep -qF ": $((6 * n_files)) files, $((6 * n_articles)) articles, $((6 * n_claims)) claims" \
  "$tmp/shared_stats.out" || fail "after concurrent runs: $(cat "$tmp/shared_stats.out")"
run shared_pg "${check[@]}" --report-archive --ledger "$(uri shared)"
run shared_archive "${check[@]}" --report-archive --archive "$tmp/many"
same shared_pg shared_archive
echo "ok: three index runs at once leave the ledger one run leaves"

# The seeds, as the SQLite ledger's test runs them.
seeds="$src/../shared/seeds"
if [ -d "$seeds" ]; then
  mapfile -t files < <(ls "$seeds"/*.txt | sort)
  draft="${files[-1]}"
  unset 'files[-1]'
  run seeds_index "$factlint" index --ledger "$(uri seeds)" "${files[@]}"
  expect_rc seeds_index 0
  one=("$factlint" check "$draft" --no-config --format json)
  run seeds_pg "${one[@]}" --report-archive --ledger "$(uri seeds)"
  run seeds_archive "${one[@]}" --report-archive --archive "${files[@]}"
  [ "$(rc_of seeds_archive)" != 2 ] || fail "seeds: $(cat "$tmp/seeds_archive.err")"
  expect_rc seeds_pg "$(rc_of seeds_archive)"
  same seeds_pg seeds_archive
  echo "ok: the seeds give the same report from PostgreSQL"
else
  echo "note: ../shared/seeds not present; the seeds' case not run"
fi

# The ledger's unit test on this server (binary contents, order, removal).
if [ -n "$unit" ]; then
  run unit env FACTLINT_TEST_POSTGRESQL_URI="$(uri unit)" "$unit" --gtest_filter='PostgresLedger.*'
  expect_rc unit 0
  ! grep -q SKIPPED "$tmp/unit.out" || fail "PostgresLedger.* skipped: $(cat "$tmp/unit.out")"
  echo "ok: PostgresLedger unit tests"
fi
echo "PASS"
