#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-install.sh BUILD_DIR APP_ID SOURCE_DIR: installs into a temporary folder and
# checks that what a desktop needs is where a desktop looks for it. TAP.
set -u

build=$1
id=$2
src=$3
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

if ! meson install -C "$build" --no-rebuild --destdir "$dest" >"$dest.log" 2>&1; then
  echo "1..1"
  sed 's/^/# /' "$dest.log"
  echo "not ok 1 - meson install"
  rm -f "$dest.log"
  exit 1
fi
rm -f "$dest.log"

prefix=$(meson introspect "$build" --buildoptions |
         python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"][0])')
root="$dest$prefix"

n=0
failed=0
check () {
  n=$((n + 1))
  if eval "$2"; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    failed=1
  fi
}

echo "1..20"
check "the executable is in bin/" "[ -x '$root/bin/fact-viewer' ]"
check "the installed executable validates its built-in model" \
  "'$root/bin/fact-viewer' --validate >/dev/null"
check "the installed executable parses with json-glib" \
  "ldd '$root/bin/fact-viewer' | grep -q 'libjson-glib-1.0.so'"
check "the .desktop file is in share/applications/" "[ -f '$root/share/applications/$id.desktop' ]"
check "the .desktop file is valid" \
  "! command -v desktop-file-validate >/dev/null || desktop-file-validate '$root/share/applications/$id.desktop'"
check "the .desktop file runs the installed executable" \
  "grep -qx 'Exec=fact-viewer %F' '$root/share/applications/$id.desktop'"
check "the .desktop file names the installed icon" \
  "grep -qx 'Icon=$id' '$root/share/applications/$id.desktop'"
check "the menu shows a Spanish name in Spanish" \
  "grep -q '^Name\\[es\\]=' '$root/share/applications/$id.desktop'"
check "the menu shows a Polish name in Polish" \
  "grep -q '^Name\\[pl\\]=' '$root/share/applications/$id.desktop'"
check "the .desktop file offers fact models first, other JSON after" \
  "grep -qx 'MimeType=application/x-fact-model+json;application/json;' '$root/share/applications/$id.desktop'"
check "the fact model MIME type is in share/mime/packages/" \
  "[ -f '$root/share/mime/packages/$id.xml' ] && update-mime-database '$root/share/mime'"
check "the built-in model is a fact model to the desktop" \
  "XDG_DATA_DIRS='$root/share:/usr/share' gio info -a standard::content-type '$src/data/models/chicago-sanctuary.json' |
     grep -q 'content-type: application/x-fact-model+json\$'"
check "other JSON stays JSON" \
  "printf '{\"name\": \"not a model\"}\\n' > '$dest/other.json' &&
   XDG_DATA_DIRS='$root/share:/usr/share' gio info -a standard::content-type '$dest/other.json' |
     grep -q 'content-type: application/json\$'"
check "the metainfo is in share/metainfo/" "[ -f '$root/share/metainfo/$id.metainfo.xml' ]"
check "the scalable icon is in the hicolor theme" \
  "[ -f '$root/share/icons/hicolor/scalable/apps/$id.svg' ]"
check "the symbolic icon is in the hicolor theme" \
  "[ -f '$root/share/icons/hicolor/symbolic/apps/$id-symbolic.svg' ]"
check "the settings schema is in share/glib-2.0/schemas/" \
  "[ -f '$root/share/glib-2.0/schemas/$id.gschema.xml' ]"
check "the Spanish translation is installed" "[ -f '$root/share/locale/es/LC_MESSAGES/fact-viewer.mo' ]"
check "the Polish translation is installed" "[ -f '$root/share/locale/pl/LC_MESSAGES/fact-viewer.mo' ]"
check "the fact model's JSON Schema is in share/fact-viewer/" \
  "[ -f '$root/share/fact-viewer/fact-model.schema.json' ]"

exit $failed
