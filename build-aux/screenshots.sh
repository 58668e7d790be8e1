#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/screenshots.sh: a PNG of each tab of Fact Viewer on its built-in
# model, taken under Xvfb, into docs/screenshots/ (for the README and the
# AppStream metainfo). Builds first, like dev.sh.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
out="$top/docs/screenshots"

if [ -z "${FV_IN_XVFB:-}" ]; then
  for p in xvfb xauth xdotool imagemagick poppler-utils; do
    dpkg-query -W -f '${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing="${missing:-} $p"
  done
  if [ -n "${missing:-}" ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
  meson compile -C "$top/_build" >/dev/null
  FV_IN_XVFB=1 exec xvfb-run -a -s '-screen 0 1400x900x24' "$0" "$@"
fi

mkdir -p "$out"
GDK_DEBUG=gl-disable GSETTINGS_BACKEND=memory GTK_A11Y=none LANGUAGE=en \
  "$top/_build/src/fact-viewer" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT

wid=$(timeout 30 xdotool search --sync --onlyvisible --class fact-viewer | head -1)
sleep 1

# The timeline with an event selected, to show its sources.
xdotool mousemove --window "$wid" 200 560 click 1
sleep 0.7
import -window "$wid" "$out/timeline.png"

xdotool key --window "$wid" alt+2
sleep 0.7
import -window "$wid" "$out/case.png"

xdotool key --window "$wid" alt+3
sleep 0.7
import -window "$wid" "$out/statements.png"

# The policy timeline zoomed to its last months: Ctrl and the wheel over
# them, as a reader does; the overview strip under it.
xdotool key --window "$wid" alt+1
sleep 0.5
xdotool mousemove --window "$wid" 1150 200 keydown ctrl
for i in 1 2 3 4 5 6 7 8 9; do xdotool click 4; sleep 0.1; done
xdotool keyup ctrl
sleep 0.7
import -window "$wid" "$out/zoomed.png"

# The same chart as a table.
xdotool key --window "$wid" 0 ctrl+t
sleep 0.7
import -window "$wid" "$out/table.png"

kill $pid
wait $pid 2>/dev/null || true

# A small screen (800 × 600) in Spanish: the tabs move to a bar at the
# bottom. The build folder's translations.
small () {
  lang=$1
  shift
  GDK_DEBUG=gl-disable GSETTINGS_BACKEND=memory GTK_A11Y=none LANG=C.UTF-8 LANGUAGE=$lang \
    FACT_VIEWER_LOCALEDIR="$top/_build/po" "$@" "$top/_build/src/fact-viewer" 2>/dev/null &
  pid=$!
  wid=$(timeout 30 xdotool search --sync --onlyvisible --class fact-viewer | head -1)
  xdotool windowsize "$wid" 800 600
  sleep 1
  xdotool mousemove --window "$wid" 200 440 click 1
  sleep 0.7
}
small es
import -window "$wid" "$out/small-es.png"
kill $pid
wait $pid 2>/dev/null || true
small pl
import -window "$wid" "$out/small-pl.png"
kill $pid
wait $pid 2>/dev/null || true
small en env ADW_DEBUG_HIGH_CONTRAST=1
import -window "$wid" "$out/high-contrast.png"
kill $pid
wait $pid 2>/dev/null || true

# The quotations checked against the article the built-in model is made
# from: the first statement's words highlighted in their paragraph.
GDK_DEBUG=gl-disable GSETTINGS_BACKEND=memory GTK_A11Y=none LANGUAGE=en \
  "$top/_build/src/fact-viewer" --source-text=article="$top/../shared/seed/article.txt" \
  2>/dev/null &
pid=$!
wid=$(timeout 30 xdotool search --sync --onlyvisible --class fact-viewer | head -1)
sleep 1
xdotool key --window "$wid" alt+3
sleep 6  # the toast that says how the check went goes by
xdotool mousemove --window "$wid" 115 266 click 1
sleep 0.7
xdotool mousemove --window "$wid" 600 700
sleep 0.3
import -window "$wid" "$out/quote-check.png"
kill $pid
wait $pid 2>/dev/null || true

# The fact sheet's first page, as the command line writes it.
GSETTINGS_BACKEND=memory LANGUAGE=en "$top/_build/src/fact-viewer" --export-sheet \
  --output="$out/.fact-sheet.pdf" --paper=a4
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$out/.fact-sheet.pdf" "$out/fact-sheet"
rm -f "$out/.fact-sheet.pdf"

echo "Wrote $out/timeline.png, case.png, statements.png, small-es.png, small-pl.png, high-contrast.png, zoomed.png, table.png, quote-check.png and fact-sheet.png"
