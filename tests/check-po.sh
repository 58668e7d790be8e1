#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-po.sh SOURCE_DIR BUILD_DIR: each language in po/LINGUAS is complete.
# The template is made afresh from the sources (the fact-viewer-pot
# target), so a string added without a translation is found. TAP.
set -u

src=$1
build=$2

if ! ninja -C "$build" fact-viewer-pot >/dev/null 2>&1; then
  echo "1..1"
  echo "not ok 1 - the fact-viewer-pot target makes po/fact-viewer.pot"
  exit 1
fi

languages=$(grep -v '^#' "$src/po/LINGUAS")
n=1
failed=0
echo "1..$(( $(echo "$languages" | wc -w) * 2 + 1 ))"

# Every source with a string to translate is in POTFILES.in: a file left
# out gives a template without its strings, and no test would see them.
unlisted=""
for f in $(cd "$src" && grep -rlE '(^|[^a-z_])(N?C?_|ngettext|g_dpgettext2) ?\("|translatable="yes"' \
             src ui data --include='*.c' --include='*.ui' --include='*.in' | sort); do
  grep -qx "$f" "$src/po/POTFILES.in" || unlisted="$unlisted $f"
done
if [ -z "$unlisted" ]; then
  echo "ok 1 - po/POTFILES.in lists every source with strings to translate"
else
  echo "not ok 1 - po/POTFILES.in lacks:$unlisted"
  failed=1
fi
for l in $languages; do
  po="$src/po/$l.po"

  n=$((n + 1))
  stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
  if [ $? -eq 0 ] && ! echo "$stats" | grep -q -e fuzzy -e untranslated; then
    echo "ok $n - $l: $stats"
  else
    echo "$stats" | sed 's/^/# /'
    echo "not ok $n - $l: msgfmt --check finds problems, fuzzy or untranslated messages"
    failed=1
  fi

  n=$((n + 1))
  if out=$(msgcmp "$po" "$src/po/fact-viewer.pot" 2>&1); then
    echo "ok $n - $l translates every string of the sources"
  else
    echo "$out" | sed 's/^/# /'
    echo "not ok $n - $l lacks strings of the sources"
    failed=1
  fi
done

exit $failed
