#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-generator.sh FACT_VIEWER SOURCE_DIR: what the benchmark relies on.
# The model generator is deterministic, and what it makes is a valid fact
# model with the events, statements and figures asked for. TAP.
set -u

bin=$1
src=$2
gen="$src/build-aux/gen-model.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "1..5"
python3 "$gen" 1000 >"$tmp/a.json"
python3 "$gen" 1000 >"$tmp/b.json"
if cmp -s "$tmp/a.json" "$tmp/b.json"; then
  echo "ok 1 - the same size gives the same bytes"
else
  echo "not ok 1 - two runs differ"
  exit 1
fi

out=$("$bin" --validate "$tmp/a.json" 2>&1)
case "$out" in
  *": valid fact model: 1000 events, 250 statements, 50 figures,"*) echo "ok 2 - it is a valid model of 1000 events" ;;
  *) echo "# $out"; echo "not ok 2 - not valid, or not the counts asked for"; exit 1 ;;
esac

python3 "$gen" 10000 >"$tmp/c.json"
out=$("$bin" --validate "$tmp/c.json" 2>&1)
case "$out" in
  *": valid fact model: 10000 events, 2500 statements, 500 figures,"*) echo "ok 3 - and of 10000" ;;
  *) echo "# $out"; echo "not ok 3 - 10000 events"; exit 1 ;;
esac

if python3 "$gen" --help >"$tmp/help" 2>&1 && grep -q "usage: " "$tmp/help"; then
  echo "ok 4 - --help says how to call it"
else
  sed 's/^/# /' "$tmp/help"; echo "not ok 4 - --help"; exit 1
fi

python3 "$gen" many >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 2 ] && grep -q "invalid int value" "$tmp/err" && ! grep -q Traceback "$tmp/err"; then
  echo "ok 5 - a bad N is a usage error, not a crash"
else
  sed 's/^/# /' "$tmp/err"; echo "not ok 5 - a bad N (exit $rc)"; exit 1
fi
