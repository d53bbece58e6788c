#!/usr/bin/env bash
# Sets up, builds and runs every test: the GoogleTest suites (through ctest),
# the rules' own examples (`factlint rules test`), and the report checks.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup.sh" --tests
"$here/scripts/build.sh"
cd "$here/build"
ctest --output-on-failure -j2
