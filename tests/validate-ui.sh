#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# validate-ui.sh FILE.ui: gtk4-builder-tool validate, as a TAP test.
#
# gtk4-builder-tool looks up signal handlers among its own symbols, where a
# template's callbacks are not, so <signal> elements are left out of the copy
# it validates. Those handlers are checked where they live: test-window
# builds the templates, and GTK fails on a callback that is not bound. Nor
# does it know Fact Viewer's own classes: in the copy, a page template's
# parent (FvPage) is a GtkWidget and an object of an Fv class a GtkBox; the
# real classes are built by test-window.
set -u

ui=$1
name=$(basename "$ui")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "1..0 # SKIP no display for gtk4-builder-tool"
  exit 0
fi
if ! command -v gtk4-builder-tool >/dev/null 2>&1; then
  echo "1..0 # SKIP gtk4-builder-tool is not installed"
  exit 0
fi

# gtk4-builder-tool knows GTK's classes only: a file that needs libadwaita's
# (the window) is built, and so checked, by test-window.
if grep -q '<requires lib="libadwaita"' "$ui"; then
  echo "1..0 # SKIP $name needs libadwaita, which gtk4-builder-tool does not load"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed -e '/<signal .*\/>/d' -e 's/parent="FvPage"/parent="GtkWidget"/' \
    -e 's/<object class="Fv[A-Za-z]*"/<object class="GtkBox"/' \
    "$ui" >"$tmp/$name"

echo "1..1"
if out=$(GTK_A11Y=none gtk4-builder-tool validate "$tmp/$name" 2>&1); then
  echo "ok 1 - $name"
else
  echo "$out" | sed 's/^/# /'
  echo "not ok 1 - $name"
  exit 1
fi
