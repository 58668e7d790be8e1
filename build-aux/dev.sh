#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/dev.sh run [FILE]   install what is missing, build, run Fact Viewer
# build-aux/dev.sh test         install what is missing, build, run every test:
#                               the suite, the suite again under AddressSanitizer
#                               and UndefinedBehaviorSanitizer, and the fuzzers
#                               for FV_FUZZ_SECONDS each (default 60)
# build-aux/dev.sh fuzz [SECS]  build and run only the fuzzers, longer
# build-aux/dev.sh bench        build in release mode and measure speed and size
#                               as ratios (build-aux/bench.py)
#
# On Debian 12 and later. Packages are installed with apt-get (through sudo
# when not root) only when missing.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build"
shared="$top/../shared"

packages="meson ninja-build gcc pkg-config gettext libglib2.0-dev libglib2.0-dev-bin
  libgtk-4-dev libgtk-4-bin libadwaita-1-dev libjson-glib-dev desktop-file-utils appstream xvfb xauth
  libxml2-dev python3 python3-jsonschema locales shared-mime-info libglib2.0-bin"
test_packages="clang libclang-rt-14-dev valgrind xdotool dbus at-spi2-core python3-pyatspi
  poppler-utils"

ensure_packages () {
  missing=""
  for p in "$@"; do
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

suite_dir () {
  [ -d "$shared/JSONTestSuite/test_parsing" ] && (cd "$shared/JSONTestSuite/test_parsing" && pwd)
  true
}

# configure DIR [MESON OPTIONS…]: set up (once) and build DIR.
configure () {
  dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$top" -Djson_test_suite="$(suite_dir)" "$@"
  else
    meson configure "$dir" -Djson_test_suite="$(suite_dir)" >/dev/null
  fi
  meson compile -C "$dir"
}

passed=0
failed=0
skipped=0

# count WORD DIR: the number meson's summary gives for WORD ("Ok", "Fail").
count () {
  n=$(sed -n "s/^$1: *\([0-9]*\).*/\1/p" "$2/test-output.txt")
  echo "${n:-0}"
}

# run_suite DIR [MESON TEST OPTIONS…]: the meson test suite of DIR under a
# virtual display.
run_suite () {
  dir=$1
  shift
  # -noreset: Xvfb otherwise starts over each time its last client leaves,
  # and a test that connects at that moment finds no display.
  { xvfb-run -a -s '-screen 0 1280x800x24 -noreset' \
      meson test -C "$dir" --print-errorlogs "$@" && echo 0 >"$dir/test-status" ||
      echo $? >"$dir/test-status"; } | tee "$dir/test-output.txt"
  bad=$(( $(count Fail "$dir") + $(count Timeout "$dir") ))
  passed=$((passed + $(count Ok "$dir")))
  failed=$((failed + bad))
  skipped=$((skipped + $(count Skipped "$dir")))
  # A run that failed without saying which test did is a failure too.
  [ "$(cat "$dir/test-status")" -eq 0 ] || [ "$bad" -gt 0 ] || failed=$((failed + 1))
}

# Any sanitizer report fails the test that caused it.
sanitizer_env () {
  export G_SLICE=always-malloc
  # The fast unwinder at each allocation: whole stacks (fast_unwind_on_malloc=0)
  # took 969 s of test-window's 1,000 and 369 s of test-charts, the fast one
  # 30 s and 9 s. Its stacks stop at the first library built without frame
  # pointers: a suppression can then match less, never more, so no leak is
  # hidden; a report whose stack is too short to read is run again with
  # ASAN_OPTIONS=fast_unwind_on_malloc=0.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
  export LSAN_OPTIONS=suppressions=$top/build-aux/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
}

# run_fuzzers SECONDS: each libFuzzer target for SECONDS, with the format's
# dictionary, from its committed corpus (tests/fuzz/corpus-*: the seeds and
# every input that ever found something, which the suite replays) copied to
# a scratch folder, so that fuzzing never writes into the source tree. To
# keep what a run found: fuzz-NAME -merge=1 tests/fuzz/corpus-NAME SCRATCH.
run_fuzzers () {
  seconds=$1
  dir="$top/_build-fuzz"
  # libFuzzer is clang's.
  ( export CC=clang
    configure "$dir" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
      -Dc_args=-fno-sanitize-recover=all ) || { failed=$((failed + 1)); return 0; }
  corpus="$dir/corpus"
  for target in loader charts language sheet quotes; do
    rm -rf "$corpus/$target"
    mkdir -p "$corpus/$target"
    if [ -d "$top/tests/fuzz/corpus-$target" ]; then
      cp "$top/tests/fuzz/corpus-$target"/* "$corpus/$target/"
    fi
  done
  (
    sanitizer_env
    cd "$dir"
    for target in loader charts language sheet quotes; do
      echo "fuzz-$target: $seconds s"
      if "$dir/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -print_final_stats=1 \
           -dict="$top/tests/fuzz/fact-model.dict" -artifact_prefix="$dir/crash-$target-" \
           "$corpus/$target" 2>"$dir/fuzz-$target.log"; then
        grep -E '^(Done|stat::number_of_executed_units)' "$dir/fuzz-$target.log" | tail -2
        echo "ok fuzz-$target"
      else
        tail -n 60 "$dir/fuzz-$target.log"
        echo "not ok fuzz-$target: a finding is in $dir/crash-$target-*"
        exit 1
      fi
    done
  ) && passed=$((passed + 2)) || failed=$((failed + 1))
}

cmd=${1:-run}
[ $# -gt 0 ] && shift

case "$cmd" in
  run)
    ensure_packages $packages
    configure "$build"
    # Run from the build folder: its compiled settings schema, its translations.
    GSETTINGS_SCHEMA_DIR="$build/data" FACT_VIEWER_LOCALEDIR="$build/po" \
      exec "$build/src/fact-viewer" "$@"
    ;;
  test)
    ensure_packages $packages $test_packages
    configure "$build"
    run_suite "$build"

    # Frame pointers, so that the fast unwinder walks Fact Viewer's own frames.
    configure "$top/_build-asan" -Db_sanitize=address,undefined \
      "-Dc_args=-fno-sanitize-recover=all -fno-omit-frame-pointer"
    # Instrumented code runs several times slower.
    ( sanitizer_env; run_suite "$top/_build-asan" --timeout-multiplier 5
      echo "$passed $failed $skipped" >"$top/_build-asan/test-counts" )
    read passed failed skipped <"$top/_build-asan/test-counts"

    run_fuzzers "${FV_FUZZ_SECONDS:-60}"

    echo "$passed passed, $failed failed, $skipped skipped"
    [ "$failed" -eq 0 ]
    ;;
  bench)
    ensure_packages $packages
    configure "$top/_build-release" -Dbuildtype=release
    exec xvfb-run -a -s '-screen 0 1280x800x24' python3 "$top/build-aux/bench.py" "$top/_build-release"
    ;;
  fuzz)
    ensure_packages $packages $test_packages
    run_fuzzers "${1:-600}"
    echo "$passed passed, $failed failed, $skipped skipped"
    [ "$failed" -eq 0 ]
    ;;
  *)
    echo "usage: $0 run [FILE] | test | fuzz [SECONDS] | bench" >&2
    exit 2
    ;;
esac
