#!/usr/bin/env bash
# The Debian package installs and runs: cpack builds it from this build
# tree, it is unpacked into an empty folder (no system install needed), and
# the packaged binary, with the packaged rules, checks the samples exactly as
# the build tree's binary does.
#
#   install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
if ! command -v dpkg-deb >/dev/null || ! command -v cpack >/dev/null; then
  echo "dpkg-deb or cpack missing: skipped"
  exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb="$(ls "$work"/out/factlint_*.deb)"
info="$(dpkg-deb --info "$deb")"  # whole, then searched: grep -q would cut the pipe
grep -q "Depends:.*libre2" <<<"$info" || { echo "no RE2 dependency in $deb"; exit 1; }
dpkg-deb -x "$deb" "$work/root"
bin="$work/root/usr/bin/factlint"
[ -x "$bin" ] || { echo "no usr/bin/factlint in the package"; exit 1; }
[ -f "$work/root/usr/share/factlint/rules/ages.yaml" ] || { echo "no shipped rules in the package"; exit 1; }
[ -f "$work/root/usr/share/doc/factlint/README.md" ] || { echo "no README in the package"; exit 1; }
# Run from a folder of its own with a copy of the samples: nothing of the
# source tree is at hand but the articles and facts.
cp -r "$source/samples" "$source/facts" "$work/"
cd "$work"
set +e
FACTLINT_RULES_DIR= "$bin" check samples/ --facts facts --no-config --color never > packaged.txt
packaged=$?
"$build/factlint" check samples/ --facts facts --no-config --color never > built.txt
built=$?
set -e
[ "$packaged" = 1 ] || { echo "packaged factlint exited $packaged on the samples (want 1)"; exit 1; }
[ "$built" = 1 ] || { echo "built factlint exited $built on the samples"; exit 1; }
diff -u built.txt packaged.txt
"$bin" rules test "$work/root/usr/share/factlint/rules" > /dev/null
echo "package $(basename "$deb") installs and checks the samples like the build"
