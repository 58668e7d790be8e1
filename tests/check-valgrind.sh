#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-valgrind.sh FACT_VIEWER SOURCE_DIR: the command-line paths run clean
# under valgrind (no invalid read or write, no use of uninitialised memory,
# no definite leak); suppressions only for libraries, in
# build-aux/valgrind.supp. TAP.
set -u

bin=$1
src=$2

if ! command -v valgrind >/dev/null 2>&1; then
  echo "1..0 # SKIP valgrind is not installed"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0
check () {
  n=$((n + 1))
  name=$1
  expect=$2
  shift 2
  G_SLICE=always-malloc valgrind --quiet --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --suppressions="$src/build-aux/valgrind.supp" "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  if [ "$status" -eq "$expect" ]; then
    echo "ok $n - $name"
  else
    sed 's/^/# /' "$tmp/err" | head -n 60
    echo "not ok $n - $name (exit status $status, wanted $expect)"
    failed=1
  fi
}

# A source text of 11 paragraphs, one quotation's word changed: each kind
# of result, the closest passage among them; and the same as a web page.
for i in 1 2 3; do printf 'Filler %s.\n\n' "$i"; done >"$tmp/text.txt"
printf '“In local departments we have to build relationships, and we build it on faith.”\n\n' \
  >>"$tmp/text.txt"
printf 'an activist group led by undocumented youth\n\n' >>"$tmp/text.txt"
for i in 6 7 8 9 10 11; do printf 'Filler %s.\n\n' "$i"; done >>"$tmp/text.txt"
{
  echo '<!DOCTYPE html><html><head><script>var p = "<p>x</p>";</script></head><body><nav><p>Home</p></nav>'
  sed -e '/^$/d' -e 's/^/<p>/' "$tmp/text.txt"
  echo '<footer><p>End</p></footer></body></html>'
} >"$tmp/page.html"

echo "1..7"
check "--validate, the built-in model" 0 --validate
check "--validate, a model with problems" 1 --validate "$src/tests/fixtures/bad/several-problems.json"
check "--validate, not JSON" 1 --validate "$src/tests/fixtures/bad/encoding-lone-surrogate.json"
check "--list-charts" 0 --list-charts
check "--export-chart" 0 --export-chart=trust-survey --output="$tmp/chart.png" --scale=2
check "--check-quotes, plain text" 1 --check-quotes --source-text=article="$tmp/text.txt"
check "--check-quotes --json, a web page" 1 --check-quotes --json \
  --source-text=article="$tmp/page.html"

exit $failed
