#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader finds in the window, and where Tab takes it.

    /usr/bin/python3 check-a11y.py FACT_VIEWER

Starts the application on its built-in model with accessibility on (GTK
talks to the AT-SPI bus that dbus-run-session starts), reads its tree with
pyatspi as Orca would, and presses keys with xdotool. Prints TAP:
- every button and control a person can reach has a name, not GTK's name
  for its type ("GtkImage", "GtkMenuButton") nor a label's mnemonic as
  written ("Show _All");
- the named controls are there: Open, Search, Export Chart, Main Menu, the
  content language, the list of events, the chart with its description;
- Tab from the event list leaves the list, goes round the window through
  named stops only, and comes back to the list;
- the export dialog's controls are named by their captions;
- on a story whose event cites a page on the web, Tab from the header bar
  reaches the chart, its "Zoom In" button (the whole timeline shown, the
  others cannot act), its "Show as a Table" button, the list, the detail's
  link, and comes back to the header bar; Shift+Tab walks the same stops
  back.
Skips (TAP "1..0 # SKIP") without a display, pyatspi or xdotool.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time

if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
    print("1..0 # SKIP needs a display (Xvfb) and xdotool")
    sys.exit(0)
# The test suite makes GLib's warnings fatal; pyatspi's own (a registry
# that comes and goes) are not the application's. Before GLib loads.
app_g_debug = os.environ.pop("G_DEBUG", None)
try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP needs pyatspi (python3-pyatspi) for /usr/bin/python3")
    sys.exit(0)

# A session bus of our own, on which GTK finds the AT-SPI bus: the check
# runs again inside dbus-run-session, and only its TAP comes out (the AT-SPI
# registry writes to the same output).
if sys.argv[1] != "--inner":
    if not shutil.which("dbus-run-session"):
        print("1..0 # SKIP needs dbus-run-session")
        sys.exit(0)
    inner = subprocess.run(["dbus-run-session", "--", sys.executable, __file__, "--inner"]
                           + sys.argv[1:], stdout=subprocess.PIPE, text=True)
    for line in inner.stdout.splitlines():
        if line.startswith(("ok ", "not ok ", "1..", "# ")):
            print(line)
    sys.exit(inner.returncode)

binary = sys.argv[2]
checks = []

# Xvfb starts over whenever its last client leaves (unless -noreset), and
# a client that connects meanwhile finds no display: one connection stays
# open for the whole check, so that the application and the AT-SPI
# registry find the display there.
keeper = None
for _ in range(50):
    keeper = subprocess.Popen(["xdotool", "sleep", "3600"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    if keeper.poll() is None and subprocess.run(
            ["xdotool", "getmouselocation"], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL).returncode == 0:
        break
    keeper.kill()
    keeper.wait()
    keeper = None
if keeper is None:
    print("1..0 # SKIP the display does not take connections")
    sys.exit(0)


def check(name, ok, detail=""):
    checks.append((name, bool(ok), detail))


def find_app(process, timeout=30):
    pid = process.pid
    end = time.monotonic() + timeout
    while time.monotonic() < end and process.poll() is None:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    return None


def walk(obj, depth=0):
    """Every object under OBJ that is visible, with OBJ. (GTK 4.8 marks only
    windows "showing", and the inside of a closed bar "visible".)"""
    yield obj
    if depth > 40:
        return
    for child in obj:
        if child is None:
            continue
        try:
            if not child.getState().contains(pyatspi.STATE_VISIBLE):
                continue
        except Exception:
            continue
        yield from walk(child, depth + 1)


def frame_named(app, title, timeout=10):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for child in app:
            if child is not None and child.getRoleName() == "frame" and child.name == title:
                return child
        time.sleep(0.2)
    return None


def focused(app):
    for obj in walk(app):
        try:
            if obj.getState().contains(pyatspi.STATE_FOCUSED):
                return obj
        except Exception:
            pass
    return None


def is_inside(obj, ancestor):
    while obj is not None:
        if obj == ancestor:
            return True
        obj = obj.parent
    return False


def unnamed(obj):
    """No name a person would say: none, GTK's name for the type
    ("GtkToggleButton", "GtkMenuButton"), or a label's mnemonic read as it
    is written ("Show _All")."""
    return (obj.name == "" or obj.name.startswith("Gtk")
            or re.search(r"_[^\W\d_]", obj.name) is not None)


CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box",
            "spin button", "entry", "text", "page tab", "menu item", "slider"}

env = dict(os.environ)
env.pop("GTK_A11Y", None)
if app_g_debug is not None:
    env["G_DEBUG"] = app_g_debug
env["LANGUAGE"] = "en"

def launch(*args):
    # Under load, Xvfb sometimes refuses the first client that xvfb-run
    # starts ("cannot open display"): a second try, then a finding.
    for _ in range(3):
        process = subprocess.Popen([binary, *args], env=env)
        app = find_app(process)
        if app is not None:
            return process, app
        process.kill()
        process.wait()
        time.sleep(1)
    return None, None


app_process, app = launch()
try:
    check("the application is on the accessibility bus", app is not None)
    if app is None:
        raise RuntimeError("no application")
    frame = None
    for child in app:
        if child is not None and child.getRoleName() == "frame":
            frame = child
    # The window is on screen once its list of events is.
    objects = []
    end = time.monotonic() + 20
    while time.monotonic() < end:
        objects = list(walk(frame))
        if any(o.getRoleName() == "list" and o.name == "Events, oldest first" for o in objects):
            break
        time.sleep(0.3)

    # Every control a person reaches has a name.
    nameless = [o.getRoleName() + " " + repr(o.name) for o in objects
                if o.getRoleName() in CONTROLS
                and o.getState().contains(pyatspi.STATE_FOCUSABLE) and unnamed(o)]
    check("every control in the window has a name", not nameless, "; ".join(nameless))

    names = {(o.getRoleName(), o.name) for o in objects}
    for role, name in [("push button", "Open"), ("push button", "Search"),
                       ("push button", "Export Chart"), ("push button", "Main Menu"),
                       ("push button", "Close Search"), ("list", "Events, oldest first")]:
        check(f"a {role} named “{name}”", (role, name) in names)
    check("the content language button says which language",
          any(r == "push button" and n.startswith("Content Language") for r, n in names))
    charts = [o for o in objects if o.getRoleName() == "image" and o.getState().contains(pyatspi.STATE_FOCUSABLE)]
    check("the chart is an image a screen reader can focus, with a description",
          charts and charts[0].name and charts[0].description.startswith("Timeline of "),
          repr([(c.name, c.description[:40]) for c in charts]))

    # Tab: out of the list, round the window, back to the list.
    event_list = next(o for o in objects if o.getRoleName() == "list" and o.name == "Events, oldest first")
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app_process.pid)],
                   stdout=subprocess.DEVNULL, check=False)
    start = focused(app)
    check("the window opens with the focus in the event list",
          start is not None and is_inside(start, event_list),
          start.getRoleName() if start else "no focus")
    stops = []
    back = False
    for _ in range(40):
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        time.sleep(0.15)
        now = focused(app)
        if now is None:
            stops.append(None)
            continue
        if is_inside(now, event_list):
            back = True
            break
        stops.append(now)
    check("Tab leaves the event list at once",
          stops and stops[0] is not None and not is_inside(stops[0], event_list))
    check("Tab comes back to the event list after going round the window", back,
          f"{len(stops)} stops")
    lost = [i for i, s in enumerate(stops) if s is None]
    check("every Tab lands somewhere", not lost, f"lost at stops {lost}")
    nameless_stops = [s.getRoleName() for s in stops
                      if s is not None and s.getRoleName() in CONTROLS and unnamed(s)]
    check("every Tab stop has a name", not nameless_stops, ", ".join(nameless_stops))

    # The search, by keyboard: Down goes to the results, Escape back.
    def key(*keys):
        subprocess.run(["xdotool", "key", *keys], check=True)
        time.sleep(0.3)

    key("ctrl+f")
    subprocess.run(["xdotool", "type", "--delay", "50", "Arpaio"], check=True)
    time.sleep(0.6)
    key("Down")
    now = focused(app)
    check("Down from the search field goes to the results in the list",
          now is not None and is_inside(now, event_list), now.getRoleName() if now else "no focus")
    key("ctrl+f")
    key("Escape")
    now = focused(app)
    check("Escape from the search field goes back to the list",
          now is not None and is_inside(now, event_list), now.getRoleName() if now else "no focus")

    # The export dialog: each control named by its caption.
    subprocess.run(["xdotool", "key", "ctrl+e"], check=True)
    dialog = frame_named(app, "Export Chart")
    check("Ctrl+E opens the export dialog", dialog is not None)
    if dialog is not None:
        time.sleep(0.3)
        dialog_names = {(o.getRoleName(), o.name) for o in walk(dialog)}
        for role, name in [("spin button", "Width"), ("spin button", "Height")]:
            check(f"the export dialog's {role} is named “{name}”", (role, name) in dialog_names,
                  repr(sorted(dialog_names)))
        for caption in ("Chart", "Scale"):
            check(f"the export dialog's “{caption}” drop-down is named by its caption",
                  any(n == caption and r not in ("label",) for r, n in dialog_names),
                  repr(sorted(dialog_names)))
except RuntimeError:
    pass
finally:
    if app_process is not None:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()


def window_of(app, timeout=20):
    """The application's window, once its list of events is on screen."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for child in app:
            if child is not None and child.getRoleName() == "frame":
                for o in walk(child):
                    if o.getRoleName() == "list" and o.name == "Events, oldest first":
                        return child, o
        time.sleep(0.3)
    return None, None


def kind_of(stop, event_list, story_title=None):
    """What a Tab stop is, as a person hears it."""
    role = stop.getRoleName()
    # The story's introduction above the timeline: an expander named by
    # the story's title.
    if story_title is not None and stop.name == story_title and role != "frame":
        return "introduction"
    if role == "image" and stop.getState().contains(pyatspi.STATE_FOCUSABLE):
        return "chart"
    if role in ("push button", "toggle button") and stop.name == "Show as a Table":
        return "table button"
    if role == "push button" and stop.name in ("Zoom In", "Zoom Out", "Show the Whole Timeline"):
        return stop.name.lower()
    if is_inside(stop, event_list):
        return "list"
    if role == "link":
        return "link"
    if role == "scroll pane":
        return "detail"
    return "header"


def tab_round(app, key_name, stop_at, event_list):
    """The stops each KEY_NAME takes the focus to, until it is back on
    STOP_AT (or after 40)."""
    stops = []
    before = focused(app)
    for _ in range(40):
        subprocess.run(["xdotool", "key", key_name], check=True)
        # Each Tab moves the focus: wait for it (a busy machine is slow to
        # tell), up to two seconds.
        end = time.monotonic() + 2
        now = focused(app)
        while (now is None or now == before) and time.monotonic() < end:
            time.sleep(0.05)
            now = focused(app)
        stops.append(now)
        before = now
        if now is not None and now == stop_at:
            break
    return stops


# Tab round the window from the header bar, on a story whose event cites a
# page on the web: its detail holds a link.
story = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "good",
                     "other-story.json")
story_process, story_app = launch(story)
try:
    check("a story from a file is on the accessibility bus", story_app is not None)
    if story_app is None:
        raise RuntimeError("no application")
    frame, event_list = window_of(story_app)
    check("its window shows the list of events", event_list is not None)
    if event_list is None:
        raise RuntimeError("no list")
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                    str(story_process.pid)], stdout=subprocess.DEVNULL, check=False)
    # Down in the list selects the first event: its detail, with the link.
    subprocess.run(["xdotool", "key", "Down"], check=True)
    time.sleep(0.5)
    links = [o for o in walk(frame) if o.getRoleName() == "link"]
    check("the event's detail has a link", links, repr([o.name for o in links]))

    # To the header bar's first control.
    start_stop = None
    for _ in range(30):
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        time.sleep(0.15)
        now = focused(story_app)
        if now is not None and now.getRoleName() == "push button" and now.name == "Open":
            start_stop = now
            break
    check("Tab reaches the header bar's Open button", start_stop is not None)
    if start_stop is None:
        raise RuntimeError("no header bar")

    forward = tab_round(story_app, "Tab", start_stop, event_list)
    with open(story, encoding="utf-8") as f:
        story_title = json.load(f)["title"]
    kinds = [kind_of(s, event_list, story_title) if s is not None else None for s in forward]
    detail = "; ".join(f"{k} {s.getRoleName()} {s.name!r}" if s is not None else "nowhere"
                       for k, s in zip(kinds, forward))
    back_home = bool(forward) and forward[-1] == start_stop
    check("Tab comes back round to the header bar", back_home, detail)
    # The page's stops in order, each once, between the header bar's: the
    # story's introduction (its heading, the link to its source), then the
    # chart, its zoom in and table buttons, the list and the detail's link.
    page = [k for k in kinds if k != "header"]
    check("Tab reaches the introduction, the chart, its zoom in and table buttons, the list, "
          "then the detail's link",
          page == ["introduction", "link", "chart", "zoom in", "table button", "list", "link"],
          detail)
    first = kinds.index("chart") if "chart" in kinds else -1
    check("before the chart, the header bar's controls and the introduction only",
          first > 0 and all(k in ("header", "introduction") for k in kinds[:first - 1])
          and kinds[first - 1] == "link", detail)
    chart = forward[first] if first >= 0 else None
    check("the chart stop is the chart image, named, with its description",
          chart is not None and chart.name and chart.description.startswith("Timeline of "),
          repr((chart.name, chart.description[:40])) if chart is not None else "")
    # The detail's link: the last, after the list.
    link_stop = forward[len(kinds) - 1 - kinds[::-1].index("link")] if "link" in kinds else None
    pane = link_stop.parent if link_stop is not None else None
    while pane is not None and pane.getRoleName() != "scroll pane":
        pane = pane.parent
    check("the link is in the detail pane, beside the list",
          pane is not None and not is_inside(event_list, pane))

    backward = tab_round(story_app, "shift+Tab", start_stop, event_list)
    check("Shift+Tab walks the same stops back",
          backward[:-1] == list(reversed(forward[:-1])) and backward[-1:] == [start_stop],
          "; ".join(f"{s.getRoleName()} {s.name!r}" if s is not None else "nowhere"
                    for s in backward))
except RuntimeError:
    pass
finally:
    keeper.kill()
    if story_process is not None:
        story_process.terminate()
        try:
            story_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            story_process.kill()

print(f"1..{len(checks)}")
failed = False
for i, (name, ok, detail) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok:
        failed = True
        if detail:
            print(f"# {detail}")
sys.exit(1 if failed else 0)
