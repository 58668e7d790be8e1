#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/dev.sh run [FILE]   install what is missing, build, run Fact Viewer
# build-aux/dev.sh test         install what is missing, build, run every test
#
# On Debian 12 and later. Packages are installed with apt-get (through sudo
# when not root) only when missing.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build"
shared="$top/../shared"

packages="meson ninja-build gcc pkg-config gettext libglib2.0-dev libglib2.0-dev-bin
  libgtk-4-dev libjson-glib-dev desktop-file-utils appstream xvfb xauth
  python3 python3-jsonschema locales"

ensure_packages () {
  missing=""
  for p in $packages; do
    dpkg-query -W -f '${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
      missing="$missing $p"
  done
  [ -z "$missing" ] && return 0

  echo "Installing:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

configure () {
  suite=""
  [ -d "$shared/JSONTestSuite/test_parsing" ] && suite="$(cd "$shared/JSONTestSuite/test_parsing" && pwd)"
  if [ -f "$build/build.ninja" ]; then
    meson configure "$build" -Djson_test_suite="$suite" >/dev/null
  else
    meson setup "$build" "$top" -Djson_test_suite="$suite"
  fi
  meson compile -C "$build"
}

cmd=${1:-run}
[ $# -gt 0 ] && shift

case "$cmd" in
  run)
    ensure_packages
    configure
    # Run from the build folder: its compiled settings schema, its translations.
    GSETTINGS_SCHEMA_DIR="$build/data" FACT_VIEWER_LOCALEDIR="$build/po" \
      exec "$build/src/fact-viewer" "$@"
    ;;
  test)
    ensure_packages
    configure
    # Window tests need a display: give them a virtual one.
    { xvfb-run -a -s '-screen 0 1280x800x24' \
        meson test -C "$build" --print-errorlogs "$@" && echo 0 >"$build/test-status" ||
        echo $? >"$build/test-status"; } | tee "$build/test-output.txt"
    status=$(cat "$build/test-status")
    ok=$(sed -n 's/^Ok: *\([0-9]*\).*/\1/p' "$build/test-output.txt")
    failed=$(sed -n 's/^Fail: *\([0-9]*\).*/\1/p' "$build/test-output.txt")
    skipped=$(sed -n 's/^Skipped: *\([0-9]*\).*/\1/p' "$build/test-output.txt")
    echo "${ok:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
    exit $status
    ;;
  *)
    echo "usage: $0 run [FILE] | test [MESON TEST ARGS]" >&2
    exit 2
    ;;
esac
