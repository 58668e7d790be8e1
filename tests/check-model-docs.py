#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One truth for the fact model: the member tables of docs/fact-model.md,
the JSON Schema in data/ and the loader's lists of members (src/model/)
name the same members of each kind, and what the docs call required is
what the schema requires and what the loader refuses to go without.

The schema is the source: a member added to one and not the others, or
required in one and not the others, fails here, naming which.

TAP output, for meson's protocol: 'tap'. The loader is asked through the
program (FV_BINARY); without it, that part is skipped."""
import copy
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

top = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((top / "data" / "fact-model.schema.json").read_text())
docs = (top / "docs" / "fact-model.md").read_text()


def docs_table(heading):
    """The member table under HEADING: {member: its required cell}. A row
    may name several members ("`date`, `precision`"); only "yes" is
    required ("when …", "for `bar`", "yes, unless …" are conditions)."""
    at = docs.index(heading)
    start = docs.index("| member | type | required | meaning |", at)
    members = {}
    for line in docs[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        for name in re.findall(r"`([^`]+)`", cells[0]):
            members[name] = cells[2]
    return members


def loader_members(file, name, occurrence=0):
    """The strings of the C array NAME (the OCCURRENCE-th of that name)
    in src/model/FILE: the members the loader reads."""
    text = (top / "src" / "model" / file).read_text()
    arrays = re.findall(r"static const char \*" + re.escape(name) + r"\[\] = \{(.*?)\};",
                        text, re.S)
    return set(re.findall(r'"([^"]*)"', arrays[occurrence]))


def schema_object(path):
    node = schema
    for step in path:
        node = node[step]
    return node


# kind: (docs heading, schema path, loader file and array, JSON path of
# an instance in the model the loader is asked about)
kinds = {
    "root": ("## The top level", [], ("fv-model-reader.c", "root_members"), []),
    "sources": ("### `sources`", ["properties", "sources", "items"],
                ("fv-source-reader.c", "source_members"), ["sources", 0]),
    "actors": ("### `actors`", ["properties", "actors", "items"],
               ("fv-source-reader.c", "actor_members"), ["actors", 0]),
    "events": ("### `events`", ["properties", "events", "items"],
               ("fv-event-reader.c", "event_members"), ["events", 0]),
    "statements": ("### `statements`", ["properties", "statements", "items"],
                   ("fv-statement-reader.c", "statement_members"), ["statements", 0]),
    "figures": ("### `figures`", ["properties", "figures", "items"],
                ("fv-figure-reader.c", "figure_members"), ["figures", 0]),
    "cases": ("### `cases`", ["properties", "cases", "items"],
              ("fv-case-reader.c", "case_members"), ["cases", 0]),
    "charts": ("### `charts`", ["properties", "charts", "items"],
               ("fv-chart-reader.c", "chart_members"), ["charts", 0]),
    "references": ("**references**", ["$defs", "reference"],
                   ("fv-fact-reader.c", "members"), ["events", 0, "references", 1]),
}
# Objects the docs describe in prose: the schema and the loader agree.
inner = {
    "case item": (["$defs", "case_item"], ("fv-case-reader.c", "case_item_members", 0)),
    "headings": (["properties", "cases", "items", "properties", "headings"],
                 ("fv-case-reader.c", "heading_members", 0)),
    "tabs.timeline": (["properties", "tabs", "properties", "timeline"],
                      ("fv-chart-reader.c", "timeline_members", 1)),
    "tabs.case": (["properties", "tabs", "properties", "case"],
                  ("fv-chart-reader.c", "case_members_", 0)),
    "tabs.statements": (["properties", "tabs", "properties", "statements"],
                        ("fv-chart-reader.c", "statements_members", 0)),
    "lane": (["properties", "charts", "items", "properties", "data", "properties", "lanes",
              "items"], ("fv-chart-reader.c", "lane_members", 0)),
}

binary = os.environ.get("FV_BINARY")
model_path = top / "tests" / "fixtures" / "good" / "settlement.json"
model = json.loads(model_path.read_text())

tests = []


def check(ok, what):
    tests.append((ok, what))


def problems_without(path, member):
    """The loader's problems for the model with MEMBER taken out of the
    object at PATH; None where that object has no MEMBER."""
    changed = copy.deepcopy(model)
    node = changed
    for step in path:
        node = node[step]
    if member not in node:
        return None
    del node[member]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(changed, f, ensure_ascii=False)
    env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
    out = subprocess.run([binary, "--validate", "--json", f.name], capture_output=True,
                         text=True, env=env).stdout
    os.unlink(f.name)
    return json.loads(out)["problems"]


def json_path(path):
    return "$" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in path)


for kind, (heading, spath, (cfile, carray), ipath) in kinds.items():
    documented = docs_table(heading)
    obj = schema_object(spath)
    in_schema = set(obj["properties"])
    required = set(obj.get("required", []))
    in_loader = loader_members(cfile, carray)

    check(set(documented) == in_schema,
          f"{kind}: docs and schema name the same members"
          f" (docs only: {sorted(set(documented) - in_schema)},"
          f" schema only: {sorted(in_schema - set(documented))})")
    check(in_loader == in_schema,
          f"{kind}: the loader ({cfile}) and the schema name the same members"
          f" (loader only: {sorted(in_loader - in_schema)},"
          f" schema only: {sorted(in_schema - in_loader)})")
    docs_required = {m for m, r in documented.items() if r == "yes"}
    check(docs_required == required,
          f"{kind}: docs and schema require the same members"
          f" (docs only: {sorted(docs_required - required)},"
          f" schema only: {sorted(required - docs_required)})")

    if binary is None:
        continue
    for member in sorted(required):
        problems = problems_without(ipath, member)
        if problems is None:
            check(False, f"{kind}: settlement.json has “{member}” at {json_path(ipath)}")
            continue
        want = f"The required member “{member}” is missing"
        check(any(p["path"] == json_path(ipath) and p["message"].startswith(want)
                  for p in problems),
              f"{kind}: the loader requires “{member}” as the docs and schema do")
    # What the docs call optional, the loader goes without.
    for member in sorted(m for m, r in documented.items() if r == "no"):
        problems = problems_without(ipath, member)
        if problems is None:
            continue
        missing = [p for p in problems if "required member" in p["message"]
                   and p["path"] == json_path(ipath)]
        check(not missing, f"{kind}: the loader goes without “{member}”, as the docs say"
              + (f" ({missing[0]['message']})" if missing else ""))

for name, (spath, (cfile, carray, occurrence)) in inner.items():
    in_schema = set(schema_object(spath)["properties"])
    in_loader = loader_members(cfile, carray, occurrence)
    check(in_loader == in_schema,
          f"{name}: the loader ({cfile}) and the schema name the same members"
          f" (loader only: {sorted(in_loader - in_schema)},"
          f" schema only: {sorted(in_schema - in_loader)})")

print(f"1..{len(tests)}")
for n, (ok, what) in enumerate(tests, 1):
    print(f"{'ok' if ok else 'not ok'} {n} - {what}")
if binary is None:
    print("# FV_BINARY is not set: the loader's required members not asked")
sys.exit(0 if all(ok for ok, _ in tests) else 1)
