#!/usr/bin/env bash
# Builds what CI would rather install than compile: the Debian package
# (build/factlint_<version>_<arch>.deb: the binary, the shipped rules, the
# docs) and, with --image, the container image from ./Dockerfile.
#
#   scripts/package.sh            # the .deb, into build/
#   scripts/package.sh --image    # also `docker build -t factlint .` (needs docker)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/build.sh" factlint >/dev/null
(cd "$here/build" && cpack -G DEB >/dev/null)
ls "$here"/build/factlint_*.deb
if [ "${1:-}" = "--image" ]; then
  docker build -t factlint "$here"
fi
