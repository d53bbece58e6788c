#!/usr/bin/env bash
# Configures and builds factlint into ./build (warnings are errors).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTLINT_WERROR=ON >/dev/null
cmake --build "$here/build" "$@"
