#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The speed and size of Fact Viewer, each as a ratio to a baseline measured
in the same run, so that the figures hold on a noisy machine.

    build-aux/bench.py BUILD_DIR [PART…]   (under a display: build-aux/dev.sh bench)

PART: startup, load, draw, export, memory, scroll (all when none is named).
Prints a table and writes the same figures to BUILD_DIR/bench-results.json.
Each time is the median of several runs, the spread of a ratio (the least
and the most it was over those runs, each run's ratio taken within it) is
printed beside it.
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
parts = set(sys.argv[2:]) or {"startup", "load", "draw", "export", "memory", "scroll"}
RUNS = 7
# A scroll takes tens of seconds on a busy machine.
SCROLL_RUNS = 3

TARGETS = {
    "startup_ratio": 1.10,
    "load_ratio": 1.5,
    "draw_growth_ratio": 2.0,
    "zoom_growth_ratio": 2.0,
    "export_ratio": 1.5,
    "rss_per_file_byte": 3.0,
    "peak_rss_ratio": 1.2,
    "scroll_same_rows_ratio": 1.3,
    "scroll_median_ratio": 2.0,
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
    env = dict(os.environ, GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=str(build / "data"), GTK_A11Y="none")
    app, minimal, header_bar = [], [], []
    # Alternate, so that whatever the machine does weighs on all alike.
    for _ in range(RUNS):
        app.append(first_frame_ms([tests / "bench-startup"], env))
        minimal.append(first_frame_ms([tests / "bench-startup-minimal"], env))
        header_bar.append(first_frame_ms([tests / "bench-startup-minimal", "--header-bar"], env))
    return app, minimal, header_bar


def spread(values, baselines):
    """The least and the most of each run's ratio, as text."""
    ratios = [v / b for v, b in zip(values, baselines)]
    return f"{min(ratios):.2f}–{max(ratios):.2f}"


def scroll(big):
    """Each round scrolls Fact Viewer's event list, then the same rows alone
    in a list of its size, then one-line labels: medians over the rounds of
    each one's median frame and worst frame."""
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=str(build / "data"),
               GTK_A11Y="none", LANGUAGE="en")
    ours, rows, plain, worst = [], [], [], []
    for _ in range(SCROLL_RUNS):
        median, worst_frame, frames, width, height = run(tests / "bench-scroll", big,
                                                         env=env).split()
        ours.append(float(median))
        worst.append(float(worst_frame))
        rows.append(float(run(tests / "bench-scroll-rows", big, width, height,
                              env=env).split()[0]))
        plain.append(float(run(tests / "bench-scroll-plain", 100000, env=env).split()[0]))
    return ours, worst, rows, plain, int(frames)


def main():
    results = {}
    rows = []

    big = model(100000)
    for n in (100, 1000, 10000):
        model(n)

    if "startup" in parts:
        apps, minimals, header_bars = startup()
        app, minimal, header_bar = map(statistics.median, (apps, minimals, header_bars))
        # The fair baseline: a libadwaita window with its header bar, as ours.
        results["startup_ratio"] = app / header_bar
        rows.append(("startup: first frame, built-in model", f"{app:.1f} ms",
                     f"AdwApplicationWindow, AdwHeaderBar {header_bar:.1f} ms", "startup_ratio",
                     spread(apps, header_bars)))
        # Not a target: the same against a GTK window without any decorations.
        results["startup_bare_window_ratio"] = app / minimal
        rows.append(("  (against a window without decorations)", f"{app:.1f} ms",
                     f"GtkWindow, bare {minimal:.1f} ms", "startup_bare_window_ratio",
                     spread(apps, minimals)))

    if "load" in parts:
        # A process loads one file, into memory it has not touched before (and
        # gives the tree's pages back after it): each load in a process of its
        # own, alternating, as in startup().
        loads, bares = [], []
        for _ in range(RUNS):
            loads.append(float(run(tests / "bench-load", "model", big, 1)))
            bares.append(float(run(tests / "bench-load", "json-glib", big, 1)))
        load, bare = statistics.median(loads), statistics.median(bares)
        results["load_ratio"] = load / bare
        rows.append(("load: 100,000 events (%.1f MB)" % (big.stat().st_size / 1e6), f"{load:.1f} ms",
                     f"json-glib parse {bare:.1f} ms", "load_ratio"))

    if "draw" in parts:
        draw_big = float(run(tests / "bench-charts", "draw", big, "timeline", 1600, 900, RUNS))
        draw_small = float(run(tests / "bench-charts", "draw", model(100), "timeline", 1600, 900, RUNS))
        results["draw_growth_ratio"] = draw_big / draw_small
        rows.append(("draw: timeline 1600×900, 100,000 events", f"{draw_big:.1f} ms",
                     f"100 events {draw_small:.1f} ms", "draw_growth_ratio"))

        zoom_big = float(run(tests / "bench-charts", "zoom", big, "timeline", 1600, 900, 3 * RUNS))
        zoom_small = float(run(tests / "bench-charts", "zoom", model(100), "timeline", 1600, 900,
                               3 * RUNS))
        results["zoom_growth_ratio"] = zoom_big / zoom_small
        rows.append(("zoom step: timeline 1600×900, 100,000 events", f"{zoom_big:.1f} ms",
                     f"100 events {zoom_small:.1f} ms", "zoom_growth_ratio"))

    if "export" in parts:
        builtin = top / "data" / "models" / "chicago-sanctuary.json"
        export = float(run(tests / "bench-charts", "export", builtin, "policy-timeline", 1600, 900, 2,
                           RUNS))
        blank = float(run(tests / "bench-charts", "blank", 1600, 900, 2, RUNS))
        results["export_ratio"] = export / blank
        rows.append(("export: PNG 1600×900×2", f"{export:.1f} ms", f"blank PNG {blank:.1f} ms",
                     "export_ratio"))

    if "memory" in parts:
        rss, peak, size = map(int, run(tests / "bench-load", "rss", big).split())
        _, bare_peak, _ = map(int, run(tests / "bench-load", "rss-json-glib", big).split())
        results["rss_per_file_byte"] = rss / size
        rows.append(("memory: resident after loading 100,000 events", f"{rss / 1e6:.1f} MB",
                     f"file {size / 1e6:.1f} MB", "rss_per_file_byte"))
        results["peak_rss_ratio"] = peak / bare_peak
        rows.append(("memory: peak while loading 100,000 events", f"{peak / 1e6:.1f} MB",
                     f"json-glib parse {bare_peak / 1e6:.1f} MB", "peak_rss_ratio"))

    if "scroll" in parts:
        ours, worst, same_rows, plain, frames = scroll(big)
        median = statistics.median(ours)
        what = f"scroll: list of 100,000 events, {frames} frames"
        # The fair baseline: the same rows, strings and list size, alone.
        results["scroll_same_rows_ratio"] = median / statistics.median(same_rows)
        rows.append((what, f"median {median:.1f} ms",
                     f"same rows alone {statistics.median(same_rows):.1f} ms",
                     "scroll_same_rows_ratio", spread(ours, same_rows)))
        # What our richer rows cost, against a list of one-line labels.
        results["scroll_median_ratio"] = median / statistics.median(plain)
        rows.append((what, f"median {median:.1f} ms",
                     f"one-line GtkListView {statistics.median(plain):.1f} ms",
                     "scroll_median_ratio", spread(ours, plain)))
        results["scroll_worst_over_median"] = statistics.median(
            [w / m for w, m in zip(worst, ours)])
        rows.append((what, f"worst {statistics.median(worst):.1f} ms",
                     f"median {median:.1f} ms", "scroll_worst_over_median", spread(worst, ours)))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'value':>14}  {'baseline':<40} {'ratio':>7} "
          f"{'spread':>11} {'target':>7}")
    failed = 0
    for what, value, baseline, key, *rest in rows:
        target = TARGETS.get(key)
        ok = target is None or results[key] <= target
        failed += not ok
        print(f"{what.ljust(width)}  {value:>14}  {baseline:<40} {results[key]:7.2f} "
              f"{rest[0] if rest else '':>11} {'≤' + str(target) if target else '':>7}"
              f"{'' if ok else '  over target'}")

    (build / "bench-results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"written to {build / 'bench-results.json'}")
    return 1 if failed else 0


sys.exit(main())
