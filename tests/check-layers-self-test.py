#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-layers.py fails on each kind of forbidden edge, and passes the tree.

    check-layers-self-test.py BUILD_DIR SOURCE_DIR

Each case plants one edge in a fresh copy of src/: the planted file is
compiled alone, with the build's own command from compile_commands.json,
into an object beside the copy; check-layers.py then reads that object in
place of the build's (or beside them, for a new file) and the copy's
sources. A case passes when check-layers fails, on the check the edge
breaks. Two more cases give a library include paths the graph does not
allow, in a copy of meson's introspection, and expect check-layers to see
the build drift from its graph. Prints TAP.
"""
import concurrent.futures
import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

build = pathlib.Path(sys.argv[1]).resolve()
source = pathlib.Path(sys.argv[2]).resolve()
checker = pathlib.Path(__file__).resolve().parent / "check-layers.py"
entries = {(pathlib.Path(e["directory"]) / e["file"]).resolve(): e
           for e in json.loads((build / "compile_commands.json").read_text())}

# A call a file makes, with its own declaration so that the file needs no
# header it may not include: only the object shows the edge.
def call(function, returns="void"):
    return (f"\n{returns} {function} (void);\nvoid fv_planted (void);\n"
            f"void\nfv_planted (void)\n{{\n  (void) {function} ();\n}}\n")


# name, {file: text appended (or the whole file, if new)}, {new file: the
# file whose build command compiles it}, {new file: target}, the check
# that must fail.
CASES = [
    ("a sibling call: the interface calls the command line",
     {"src/fv-session.c": call("fv_cli_validate", "int")}, {}, {},
     "the interface layer calls only into"),
    ("a sibling call: the command line calls the interface",
     {"src/cli/fv-cli.c": call("fv_session_new", "void *")}, {}, {},
     "the cli layer calls only into"),
    ("a json-glib call in the charts layer",
     {"src/charts/fv-chart-data.c": call("json_parser_get_type", "unsigned long")}, {}, {},
     "the charts layer calls no .*json"),
    ("a GTK call in the model layer",
     {"src/model/fv-date.c": call("gtk_widget_get_type", "unsigned long")}, {}, {},
     "the model layer calls no .*gtk"),
    ("a libadwaita call in the command line",
     {"src/cli/fv-cli.c": call("adw_init")}, {}, {},
     "the cli layer calls no .*adw"),
    ("a libxml2 call in the charts layer",
     {"src/charts/fv-chart-data.c": call("htmlReadMemory", "void *")}, {}, {},
     "the charts layer calls no .*html"),
    ("an include of libxml2 in the command line",
     {"src/cli/fv-cli.h": "\n#include <libxml/HTMLparser.h>\n"}, None, {},
     "the cli layer includes only"),
    ("a call into a higher layer: the model calls the charts",
     {"src/model/fv-format.c": call("fv_chart_style_init")}, {}, {},
     "the model layer calls only into"),
    ("an include across layers: a model file includes a chart header",
     {"src/model/fv-date.c": '\n#include "fv-chart.h"\n'}, None, {},
     "the model layer includes only"),
    ("an include across layers: a model file includes GTK",
     {"src/model/fv-date.h": "\n#include <gtk/gtk.h>\n"}, None, {},
     "the model layer includes only"),
    ("an include of json-glib in the charts layer",
     {"src/charts/fv-chart.c": "\n#include <json-glib/json-glib.h>\n"}, None, {},
     "the charts layer includes only"),
    ("a sibling include: the command line includes the window",
     {"src/cli/fv-cli.h": '\n#include "fv-window.h"\n'}, None, {},
     "the cli layer includes only"),
    ("a file named _x.c calling the command line from the interface",
     {"src/_x.c": '#include "config.h"\n#include <glib-object.h>\n' +
      call("fv_cli_validate", "int")},
     {"src/_x.c": "src/fv-session.c"}, {"src/_x.c": "fv-ui"},
     "the interface layer calls only into"),
    ("a file named _x.c that the build does not know",
     {"src/model/_x.c": '#include "config.h"\n'}, None, {},
     "is built into one layer"),
    ("a call cycle: fv-date.c calls back into fv-model.c",
     {"src/model/fv-date.c": call("fv_model_get_type", "unsigned long")}, {}, {},
     "no call cycle"),
]


def compile_copy(copy, rel, like, out):
    """Compiles COPY/REL with the build's command for LIKE into OUT."""
    entry = entries[(source / like).resolve()]
    argv = shlex.split(entry["command"])
    for i, arg in enumerate(argv):
        if arg == entry["file"]:
            argv[i] = str(copy / rel)
        elif i > 0 and argv[i - 1] in ("-o", "-MF", "-MQ"):
            argv[i] = str(out) + (".d" if argv[i - 1] == "-MF" else "")
    subprocess.run(argv, cwd=entry["directory"], check=True, capture_output=True)


def check(src_dir, extra=()):
    return subprocess.run([sys.executable, str(checker), *extra, str(build), str(src_dir)],
                          capture_output=True, text=True)


n = 0
failed = False


def report(ok, what, output=""):
    global n, failed
    n += 1
    print(f"{'ok' if ok else 'not ok'} {n} - {what}")
    if not ok:
        failed = True
        for line in output.splitlines():
            print(f"# {line}")


result = check(source)
report(result.returncode == 0 and "not ok" not in result.stdout,
       "check-layers passes the tree as it is", result.stdout + result.stderr)

def run_case(case):
    """(passed, what, output) of one planted edge."""
    name, plants, compiled, added, expected = case
    with tempfile.TemporaryDirectory(prefix="fv-layers-") as tmp:
        copy = pathlib.Path(tmp)
        shutil.copytree(source / "src", copy / "src")
        extra = []
        for rel, text in plants.items():
            path = copy / rel
            path.write_text((path.read_text() if path.exists() else "") + text)
            if compiled is None:
                continue
            obj = copy / (rel.replace("/", "_") + ".o")
            try:
                compile_copy(copy, rel, compiled.get(rel, rel), obj)
            except subprocess.CalledProcessError as e:
                return False, f"{name}: the planted file compiles", e.stderr.decode()
            extra += (["--add", added[rel], rel, str(obj)] if rel in added
                      else ["--replace", rel, str(obj)])
        result = check(copy, extra)
        failing = re.search(rf"^not ok \d+ - .*{expected}", result.stdout, re.M)
        return (result.returncode == 1 and failing is not None,
                f"check-layers fails on {name}", result.stdout + result.stderr)


# The build drifting from the graph declared in check-layers: a library
# given include paths it may not use, in a copy of meson's introspection.
DRIFTS = [
    ("the interface given the command line's headers", "libfv-ui.a.p",
     "-I" + str(source / "src" / "cli")),
    ("the charts layer given GTK's headers", "libfv-charts.a.p", "-I/usr/include/gtk-4.0"),
    ("the command line given libxml2's headers", "libfv-cli.a.p", "-I/usr/include/libxml2"),
]


def run_drift(drift):
    name, target, flag = drift
    with tempfile.TemporaryDirectory(prefix="fv-layers-") as tmp:
        fake = pathlib.Path(tmp)
        shutil.copytree(build / "meson-info", fake / "meson-info")
        commands = [dict(entry) for entry in entries.values()]
        for entry in commands:
            if f"/{target}/" in f"/{entry['output']}":
                entry["command"] = entry["command"].replace(" -c ", f" {flag} -c ", 1)
        (fake / "compile_commands.json").write_text(json.dumps(commands))
        result = subprocess.run([sys.executable, str(checker), str(fake), str(source)],
                                capture_output=True, text=True)
        failing = re.search(r"^not ok \d+ - meson's include paths", result.stdout, re.M)
        return (result.returncode == 1 and failing is not None,
                f"check-layers fails on the build drifting: {name}",
                result.stdout + result.stderr)


# The cases are independent: one compiler each at a time.
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
    for ok, what, output in pool.map(run_case, CASES):
        report(ok, what, output)
    for ok, what, output in pool.map(run_drift, DRIFTS):
        report(ok, what, output)

print(f"1..{n}")
sys.exit(1 if failed else 0)
