#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layers stay apart and no two files call each other.

    check-layers.py [--replace SRC OBJ]… [--add TARGET SRC OBJ]… BUILD_DIR SOURCE_DIR

Which file is in which layer comes from the build (meson's introspection:
the static library each source of src/ is compiled into); which layer may
use which is declared once here, and checked against the include paths
meson gives each library, so that the two cannot drift. From the objects'
symbols (nm) and every .c and .h of SOURCE_DIR/src, prints TAP:
- meson's include paths give each library the layers and libraries it may use;
- every .c file of src/ is built into one layer, and every object is read;
- no call cycle between files (a class and the files it is split into,
  fv-thing-actions.c, -share.c or -zoom.c, count as one when they share
  fv-thing-private.h);
- each layer uses only its libraries' functions: json-glib and libxml2
  only the model, GTK only the interface and the application, Cairo and
  Pango not the model;
- each layer calls only into the layers it may use (a graph, not a line);
- each file includes only headers of its own layer, of the layers it may
  use and of the libraries it may use.

--replace and --add read a planted object in place of (or beside) the
build's: the self-test (check-layers-self-test.py) uses them.
"""
import argparse
import json
import os
import pathlib
import re
import subprocess
import sys

# The static libraries (and the program) of src/ and their layers.
TARGETS = {
    "fv-model": "model",
    "fv-charts": "charts",
    "fv-cli": "cli",
    "fv-ui": "interface",
    "fv-app": "app",
    "fv-start": "app",
    "fact-viewer": "app",
}

# Which layer may use which: a graph, not a line. The command line and the
# interface are siblings over the charts; the application is over all.
USES = {
    "model": set(),
    "charts": {"model"},
    "cli": {"charts", "model"},
    "interface": {"charts", "model"},
    "app": {"model", "charts", "cli", "interface"},
}

# The libraries each layer may use (the C library is everyone's).
LIBS = {
    "model": {"glib", "json-glib", "libxml2"},
    "charts": {"glib", "cairo", "pango"},
    "cli": {"glib", "cairo", "pango"},
    "interface": {"glib", "cairo", "pango", "gtk"},
    "app": {"glib", "cairo", "pango", "gtk"},
}

# A library's functions, and its headers (a name, or a folder with "/").
# libadwaita is GTK's, for the layers that may use GTK.
LIB_SYMBOLS = {
    "json-glib": ("json_",),
    "libxml2": ("xml", "html"),
    "gtk": ("gtk_", "gdk_", "gsk_", "adw_"),
    "cairo": ("cairo_",),
    "pango": ("pango_",),
}
LIB_HEADERS = {
    "glib": ("glib.h", "glib/", "glib-object.h", "gobject/", "gio/", "gmodule.h",
             "glib-unix.h"),
    "json-glib": ("json-glib/",),
    "libxml2": ("libxml/",),
    "gtk": ("gtk/", "gdk/", "gsk/", "adwaita.h"),
    "cairo": ("cairo.h", "cairo-pdf.h", "cairo-svg.h", "cairo-ps.h", "cairo/"),
    "pango": ("pango/",),
}
# Folders of include paths that are a library's (for the check against
# meson): the layer must not see what it may not use.
LIB_INCLUDE_DIRS = {
    "libxml2": ("libxml2",),
    "gtk": ("gtk-4.0", "libadwaita-1"),
    "cairo": ("cairo",),
    "pango": ("pango-1.0",),
}
# What the C library and the system give everyone.
SYSTEM_INCLUDE = ["/usr/include", "/usr/include/x86_64-linux-gnu",
                  "/usr/include/aarch64-linux-gnu"]

# The parts a class is split into by concern, as GNOME Text Editor splits
# its window: each shares the class's -private.h.
SPLITS = ("-actions", "-files", "-keys", "-language", "-quote-pane", "-quotes", "-reload", "-search", "-settings", "-share",
          "-toast", "-zoom")
# Parts of one class only, whose suffix elsewhere is a file of its own
# (fv-chart-data.c gathers the data of every chart type).
CLASS_SPLITS = {"fv-window": ("-data",)}

parser = argparse.ArgumentParser()
parser.add_argument("--replace", nargs=2, action="append", default=[], metavar=("SRC", "OBJ"))
parser.add_argument("--add", nargs=3, action="append", default=[],
                    metavar=("TARGET", "SRC", "OBJ"))
parser.add_argument("build")
parser.add_argument("source")
args = parser.parse_args()

build = pathlib.Path(args.build).resolve()
source = pathlib.Path(args.source).resolve()
info = json.loads((build / "meson-info" / "meson-info.json").read_text())
built_source = pathlib.Path(info["directories"]["source"]).resolve()

n = 0
failed = False


def report(ok, what, detail=()):
    global n, failed
    n += 1
    print(f"{'ok' if ok else 'not ok'} {n} - {what}")
    if not ok:
        failed = True
        for line in list(detail)[:20]:
            print(f"# {line}")


def relative(path):
    """A path of the built tree as SOURCE_DIR's path, or None if generated."""
    path = pathlib.Path(path).resolve()
    try:
        return path.relative_to(built_source)
    except ValueError:
        return None


# Each source of a layer and its object, from meson.
commands = {}
for entry in json.loads((build / "compile_commands.json").read_text()):
    file = (pathlib.Path(entry["directory"]) / entry["file"]).resolve()
    commands[file] = entry

layer_of = {}       # source (relative, or the generated file's path) -> layer
objects = {}        # the same -> object file
include_paths = {}  # target -> its -I folders
for target in json.loads((build / "meson-info" / "intro-targets.json").read_text()):
    for group in target.get("target_sources", []):
        for file in group.get("sources", []) + group.get("generated_sources", []):
            file = pathlib.Path(file).resolve()
            rel = relative(file)
            inside = rel is not None and rel.parts[0] == "src"
            if target["name"] not in TARGETS:
                if inside and file.suffix == ".c":
                    report(False, f"{target['name']} builds {rel} into no layer")
                continue
            if file.suffix != ".c":
                continue
            key = rel if inside else file
            layer_of[key] = TARGETS[target["name"]]
            entry = commands.get(file)
            if entry is not None:
                objects[key] = pathlib.Path(entry["directory"]) / entry["output"]
                include_paths.setdefault(target["name"], set()).update(
                    (pathlib.Path(entry["directory"]) / flag[2:]).resolve()
                    for flag in entry["command"].split() if flag.startswith("-I"))

for src, obj in args.replace:
    objects[pathlib.Path(src)] = pathlib.Path(obj)
for target, src, obj in args.add:
    layer_of[pathlib.Path(src)] = TARGETS[target]
    objects[pathlib.Path(src)] = pathlib.Path(obj)

# The folders of each layer (for its headers, and the check against meson).
layer_dirs = {}
for src, layer in layer_of.items():
    if not src.is_absolute():
        layer_dirs.setdefault(layer, set()).add(src.parent)

# 1. The graph declared here is the one meson builds.
# A library may see less than its layer may use (fv-start, the program's
# start, needs GLib alone), never more; and each layer's libraries together
# see all that it may use.
drift = []
seen_by_layer = {}
for target, layer in TARGETS.items():
    seen = include_paths.get(target, set())
    visible = {other for other, dirs in layer_dirs.items() if other not in (layer, "app")
               and all((built_source / d).resolve() in seen for d in dirs)}
    seen_by_layer.setdefault(layer, set()).update(visible)
    if visible - USES[layer]:
        drift.append(f"{target} ({layer}) sees {sorted(visible)}, may use {sorted(USES[layer])}")
    for lib, folders in LIB_INCLUDE_DIRS.items():
        if lib not in LIBS[layer] and any(p.name in folders for p in seen):
            drift.append(f"{target} ({layer}) has {lib}'s headers on its include path")
for layer, visible in seen_by_layer.items():
    if visible != USES[layer] - {"app"}:
        drift.append(f"the {layer} layer's libraries see {sorted(visible)}, "
                     f"it may use {sorted(USES[layer])}")
report(not drift and len(include_paths) == len(TARGETS),
       "meson's include paths give each library the layers and libraries declared here",
       drift or [f"targets found: {sorted(include_paths)}"])

# 2. Every file is in a layer, and every object is read.
c_files = sorted(p.relative_to(source) for p in (source / "src").rglob("*.c"))
outside = [str(p) for p in c_files if p not in layer_of]
missing = [f"{src}: {obj}" for src, obj in objects.items() if not obj.exists()]
report(not outside and not missing and c_files,
       f"each of the {len(c_files)} .c files of src/ is built into one layer, and each object "
       "is there", [f"{p}: in no layer's library" for p in outside] + missing)


def room(src):
    """A class and its parts (fv-thing-actions.c, fv-thing-zoom.c) are one
    room."""
    name = src.stem
    for split in SPLITS:
        head = name[: -len(split)]
        if name.endswith(split) and (source / src.parent / (head + "-private.h")).exists():
            name = head
    for head, splits in CLASS_SPLITS.items():
        if name in [head + split for split in splits] and \
                (source / src.parent / (head + "-private.h")).exists():
            name = head
    return str(src.parent / name)


def nm(*flags_and_file):
    out = subprocess.run(["nm", *flags_and_file], capture_output=True, text=True,
                         check=True).stdout
    return {line.split()[-1] for line in out.splitlines() if line.strip()}


symbols = {src: (nm("--defined-only", "-g", str(obj)), nm("-u", str(obj)))
           for src, obj in objects.items() if obj.exists()}

owner = {}
for src, (defined, _) in symbols.items():
    for sym in defined:
        owner[sym] = src

edges = {}
for src, (_, used) in symbols.items():
    for sym in used:
        if sym in owner and room(owner[sym]) != room(src):
            edges.setdefault(room(src), set()).add(room(owner[sym]))

# 3. Cycles: Tarjan's strongly connected components over rooms.
index, low, stack, on_stack, sccs = {}, {}, [], set(), []
counter = [0]


def strongconnect(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on_stack.add(v)
    for w in sorted(edges.get(v, ())):
        if w not in index:
            strongconnect(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        scc = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            scc.append(w)
            if w == v:
                break
        if len(scc) > 1:
            sccs.append(sorted(scc))


sys.setrecursionlimit(10000)
for v in sorted({room(s) for s in symbols}):
    if v not in index:
        strongconnect(v)
report(not sccs and symbols, f"no call cycle between the {len(symbols)} files of src/",
       [" <-> ".join(scc) for scc in sccs])

LAYERS = ["model", "charts", "cli", "interface", "app"]

# 4. Each layer's libraries, by the functions it calls.
for layer in LAYERS:
    forbidden = tuple(p for lib, prefixes in LIB_SYMBOLS.items() if lib not in LIBS[layer]
                      for p in prefixes)
    bad = sorted(f"{src}: {sym}" for src, (_, used) in symbols.items()
                 if layer_of[src] == layer for sym in used if sym.startswith(forbidden))
    report(not bad, f"the {layer} layer calls no {', '.join(p.rstrip('_') for p in forbidden)}",
           bad)

# 5. Each layer calls only the layers it may use.
for layer in LAYERS:
    bad = sorted({f"{src} -> {owner[sym]} ({sym})" for src, (_, used) in symbols.items()
                  if layer_of[src] == layer for sym in used if sym in owner
                  and layer_of[owner[sym]] != layer
                  and layer_of[owner[sym]] not in USES[layer]})
    may = ", ".join(sorted(USES[layer])) or "no other layer"
    report(not bad, f"the {layer} layer calls only into {may}", bad)

# 6. Includes. A header is in the layer of its .c (fv-thing.h, or
# fv-thing-private.h of fv-thing.c), else in that of its folder.
sources_by_dir = {}
for src, layer in layer_of.items():
    if not src.is_absolute():
        sources_by_dir.setdefault(src.parent, []).append((src.stem, layer))


def header_layer(header):
    candidates = sorted(sources_by_dir.get(header.parent, []), key=lambda c: -len(c[0]))
    for stem, layer in candidates:
        if header.stem == stem or header.stem.startswith(stem + "-"):
            return layer
    layers = {layer for _, layer in candidates}
    return layers.pop() if len(layers) == 1 else None


headers = {}  # name -> [relative paths]
for path in sorted((source / "src").rglob("*.h")):
    rel = path.relative_to(source)
    headers.setdefault(path.name, []).append(rel)
# Generated headers: the layer of the library whose sources they go with.
generated = {}
for src, layer in layer_of.items():
    if src.is_absolute():
        generated[src.with_suffix(".h").name] = layer

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


# And the compiler's own (<stdatomic.h>, <stdbool.h>).
for compiler in ("cc", "clang"):
    try:
        SYSTEM_INCLUDE.append(subprocess.run([compiler, "-print-file-name=include"],
                                             capture_output=True, text=True).stdout.strip())
    except OSError:
        pass


def lib_of_header(name):
    for lib, patterns in LIB_HEADERS.items():
        if any(name.startswith(p) if p.endswith("/") else name == p for p in patterns):
            return lib
    if any(pathlib.Path(d, name).exists() for d in SYSTEM_INCLUDE):
        return "libc"
    return None


bad_includes = {layer: [] for layer in LAYERS}
files = sorted(p.relative_to(source) for ext in ("*.c", "*.h") for p in (source / "src").rglob(ext))
unplaced = []
for rel in files:
    layer = layer_of.get(rel) if rel.suffix == ".c" else header_layer(rel)
    if layer is None:
        unplaced.append(str(rel))
        continue
    text = (source / rel).read_text(errors="replace")
    for kind, name in INCLUDE.findall(text):
        where = f"{rel}: {kind}{name}{'>' if kind == '<' else kind}"
        if kind == "<":
            lib = lib_of_header(name)
            if lib != "libc" and lib not in LIBS[layer]:
                bad_includes[layer].append(where + f" ({lib or 'an unknown library'})")
            continue
        if name == "config.h":
            continue
        local = (source / rel.parent / name)
        found = [local.relative_to(source)] if local.exists() else headers.get(name, [])
        if name in generated and not found:
            targets = {generated[name]}
        elif len(found) == 1:
            targets = {header_layer(found[0])}
        else:
            bad_includes[layer].append(where + (" (several)" if found else " (unknown)"))
            continue
        for other in targets:
            if other != layer and other not in USES[layer]:
                bad_includes[layer].append(where + f" ({other})")

report(not unplaced, f"each of the {len(files)} .c and .h files of src/ is in a layer", unplaced)
for layer in LAYERS:
    may = sorted(USES[layer] | {layer}) + sorted(LIBS[layer])
    report(not bad_includes[layer], f"the {layer} layer includes only {', '.join(may)}",
           bad_includes[layer])

print(f"1..{n}")
sys.exit(1 if failed else 0)
