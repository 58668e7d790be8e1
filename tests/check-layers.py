#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layers stay apart and no two files call each other.

    check-layers.py BUILD_DIR SOURCE_DIR

Reads the symbols each object file of src/ defines and uses (nm), and from
them which file calls which. Prints TAP:
- no call cycle between files (a class and the files it is split into,
  fv-thing-actions.c, -share.c or -zoom.c, count as one when they share
  fv-thing-private.h);
- each layer uses only the libraries it may: the model layer neither GTK nor
  Cairo nor Pango, the charts layer and the command line not GTK;
- each layer calls only into the layers below it.
"""
import pathlib
import subprocess
import sys

build = pathlib.Path(sys.argv[1])
source = pathlib.Path(sys.argv[2]).resolve()

# The interface is the window and its parts (src/ and src/widgets/); the
# application is GtkApplication and main() over everything.
LAYERS = ["model", "charts", "cli", "interface", "app"]
FORBIDDEN = {
    "model": ("gtk_", "gdk_", "gsk_", "cairo_", "pango_"),
    "charts": ("gtk_", "gdk_", "gsk_"),
    "cli": ("gtk_", "gdk_", "gsk_"),
}


def layer_of(src):
    parts = src.parts
    for layer in ("model", "charts", "cli"):
        if layer in parts:
            return layer
    if src.name in ("main.c", "fv-application.c"):
        return "app"
    return "interface"


# The parts a class is split into by concern, as GNOME Text Editor splits
# its window: each shares the class's -private.h.
SPLITS = ("-actions", "-files", "-keys", "-language", "-reload", "-search", "-settings", "-share", "-toast", "-zoom")


def room(src):
    """A class and its parts (fv-thing-actions.c, fv-thing-zoom.c) are one
    room."""
    name = src.stem
    for split in SPLITS:
        head = name[: -len(split)]
        if name.endswith(split) and (source / src.parent / (head + "-private.h")).exists():
            name = head
    return str(src.parent / name)


def symbols(obj):
    out = subprocess.run(["nm", "--defined-only", "-g", str(obj)], capture_output=True,
                         text=True, check=True).stdout
    defined = {l.split()[-1] for l in out.splitlines() if l.strip()}
    out = subprocess.run(["nm", "-u", str(obj)], capture_output=True, text=True,
                         check=True).stdout
    used = {l.split()[-1] for l in out.splitlines() if l.strip()}
    return defined, used


objects = {}
for obj in sorted((build / "src").rglob("*.c.o")):
    # meson puts a target's objects in DIR/TARGET.p/ and names each after its
    # source's path from DIR, "/" written "_": widgets/fv-page.c is
    # widgets_fv-page.c.o. (Fact Viewer's file names have no "_".)
    directory = source / obj.parent.parent.relative_to(build)
    path = directory / obj.name[: -len(".o")].replace("_", "/")
    if path.exists():
        objects[path.relative_to(source)] = symbols(obj)

owner = {}
for src, (defined, _) in objects.items():
    for sym in defined:
        owner[sym] = src

edges = {}
for src, (_, used) in objects.items():
    for sym in used:
        if sym in owner and room(owner[sym]) != room(src):
            edges.setdefault(room(src), set()).add(room(owner[sym]))

n = 0
failed = False


def report(ok, what, detail=""):
    global n, failed
    n += 1
    print(f"{'ok' if ok else 'not ok'} {n} - {what}")
    if not ok:
        failed = True
        for line in detail.splitlines():
            print(f"# {line}")


# Cycles: Tarjan's strongly connected components over rooms.
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
for v in sorted({room(s) for s in objects}):
    if v not in index:
        strongconnect(v)
report(not sccs and len(objects) > 0, f"no call cycle between the {len(objects)} files of src/",
       "\n".join(" <-> ".join(scc) for scc in sccs))

for layer, prefixes in FORBIDDEN.items():
    bad = sorted(f"{src}: {sym}" for src, (_, used) in objects.items() if layer_of(src) == layer
                 for sym in used if sym.startswith(prefixes))
    report(not bad, f"the {layer} layer uses no {', '.join(p.rstrip('_') for p in prefixes)}",
           "\n".join(bad[:20]))

upward = sorted(f"{src} -> {owner[sym]}" for src, (_, used) in objects.items() for sym in used
                if sym in owner and LAYERS.index(layer_of(owner[sym])) > LAYERS.index(layer_of(src)))
report(not upward, "no layer calls into a layer above it", "\n".join(sorted(set(upward))[:20]))

print(f"1..{n}")
sys.exit(1 if failed else 0)
