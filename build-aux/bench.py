#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The speed and size of Fact Viewer, each as a ratio to a baseline measured
in the same run, so that the figures hold on a noisy machine.

    build-aux/bench.py BUILD_DIR   (under a display: build-aux/dev.sh bench)

Prints a table and writes the same figures to BUILD_DIR/bench-results.json.
Each time is the median of several runs.
"""
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time

top = pathlib.Path(__file__).resolve().parent.parent
build = pathlib.Path(sys.argv[1]).resolve()
work = build / "bench"
work.mkdir(exist_ok=True)
tests = build / "tests"
RUNS = 7

TARGETS = {
    "startup_ratio": 1.15,
    "load_ratio": 1.25,
    "draw_growth_ratio": 2.0,
    "export_ratio": 1.5,
    "rss_per_file_byte": 3.0,
    "scroll_worst_over_median": 2.0,
}


def run(*args, env=None):
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True,
                          env=env).stdout.strip()


def model(n):
    path = work / f"model-{n}.json"
    if not path.exists():
        path.write_text(run(sys.executable, top / "build-aux" / "gen-model.py", n))
    return path


def first_frame_ms(argv, env):
    start = time.monotonic_ns() // 1000
    out = run(*argv, env=env)
    frame = int(next(l for l in out.splitlines() if l.startswith("first-frame")).split()[1])
    return (frame - start) / 1000.0


def startup():
    env = dict(os.environ, FACT_VIEWER_BENCH_FIRST_FRAME="1", GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=str(build / "data"), GTK_A11Y="none")
    app, minimal, header_bar = [], [], []
    # Alternate, so that whatever the machine does weighs on all alike.
    for _ in range(RUNS):
        app.append(first_frame_ms([build / "src" / "fact-viewer"], env))
        minimal.append(first_frame_ms([tests / "bench-startup-minimal"], env))
        header_bar.append(first_frame_ms([tests / "bench-startup-minimal", "--header-bar"], env))
    return statistics.median(app), statistics.median(minimal), statistics.median(header_bar)


def main():
    results = {}
    rows = []

    big = model(100000)
    for n in (100, 1000, 10000):
        model(n)

    app, minimal, header_bar = startup()
    results["startup_ratio"] = app / minimal
    rows.append(("startup: first frame, built-in model", f"{app:.1f} ms",
                 f"minimal GTK 4 window {minimal:.1f} ms", "startup_ratio"))
    # Not a target: how much of the above a header bar alone costs.
    results["startup_header_bar_ratio"] = header_bar / minimal
    rows.append(("  (the minimal window with a header bar)", f"{header_bar:.1f} ms",
                 f"minimal GTK 4 window {minimal:.1f} ms", "startup_header_bar_ratio"))

    load = float(run(tests / "bench-load", "model", big, RUNS))
    bare = float(run(tests / "bench-load", "json-glib", big, RUNS))
    results["load_ratio"] = load / bare
    rows.append(("load: 100,000 events (%.1f MB)" % (big.stat().st_size / 1e6), f"{load:.1f} ms",
                 f"json-glib parse {bare:.1f} ms", "load_ratio"))

    draw_big = float(run(tests / "bench-charts", "draw", big, "timeline", 1600, 900, RUNS))
    draw_small = float(run(tests / "bench-charts", "draw", model(100), "timeline", 1600, 900, RUNS))
    results["draw_growth_ratio"] = draw_big / draw_small
    rows.append(("draw: timeline 1600×900, 100,000 events", f"{draw_big:.1f} ms",
                 f"100 events {draw_small:.1f} ms", "draw_growth_ratio"))

    builtin = top / "data" / "models" / "chicago-sanctuary.json"
    export = float(run(tests / "bench-charts", "export", builtin, "policy-timeline", 1600, 900, 2,
                       RUNS))
    blank = float(run(tests / "bench-charts", "blank", 1600, 900, 2, RUNS))
    results["export_ratio"] = export / blank
    rows.append(("export: PNG 1600×900×2", f"{export:.1f} ms", f"blank PNG {blank:.1f} ms",
                 "export_ratio"))

    rss, size = map(int, run(tests / "bench-load", "rss", big).split())
    results["rss_per_file_byte"] = rss / size
    rows.append(("memory: resident after loading 100,000 events", f"{rss / 1e6:.1f} MB",
                 f"file {size / 1e6:.1f} MB", "rss_per_file_byte"))

    env = dict(os.environ, GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=str(build / "data"),
               GTK_A11Y="none", LANGUAGE="en")
    median, worst, frames = run(tests / "bench-scroll", big, env=env).split()
    results["scroll_worst_over_median"] = float(worst) / float(median)
    rows.append((f"scroll: list of 100,000 events, {frames} frames", f"worst {float(worst):.1f} ms",
                 f"median {float(median):.1f} ms", "scroll_worst_over_median"))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'value':>14}  {'baseline':<34} {'ratio':>7} {'target':>7}")
    failed = 0
    for what, value, baseline, key in rows:
        target = TARGETS.get(key)
        ok = target is None or results[key] <= target
        failed += not ok
        print(f"{what.ljust(width)}  {value:>14}  {baseline:<34} {results[key]:7.2f} "
              f"{'≤' + str(target) if target else '':>7} {'' if ok else '  over target'}")

    (build / "bench-results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"written to {build / 'bench-results.json'}")
    return 1 if failed else 0


sys.exit(main())
