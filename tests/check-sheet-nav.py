#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The fact sheet as a reader moves through it, read back with the PDF's own
tools: qpdf --json for its outline, its named destinations and its link
annotations, pdftotext -bbox-layout for the words under each. Every
reference line leads to its source's entry in the list, every address is a
link to itself, the outline has each section, no source is listed twice
and no fact cites a line twice; in Spanish and Polish, no English words of
ours are left.

The expected texts come from the built-in model's JSON, not from our code.
Usage: check-sheet-nav.py FACT-VIEWER SOURCE-DIR. TAP output."""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

binary, top = sys.argv[1], pathlib.Path(sys.argv[2])
model_path = top / "data" / "models" / "chicago-sanctuary.json"
model = json.loads(model_path.read_text())
XHTML = "{http://www.w3.org/1999/xhtml}"

env = {k: v for k, v in os.environ.items()
       if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_MESSAGES")}
env.update(LANG="C.UTF-8", LANGUAGE="en")
if "FV_LOCALEDIR" in env:
    env["FACT_VIEWER_LOCALEDIR"] = env["FV_LOCALEDIR"]

tmp = pathlib.Path(tempfile.mkdtemp(prefix="fv-sheet-nav-"))
REFERENCE = re.compile(r"^\[(\d+)\]$")


def text(value, language):
    return value if isinstance(value, str) else value[language]


def export(language, model_file=None, name=None):
    out = tmp / (name or f"sheet-{language}.pdf")
    args = [binary, "--export-sheet", f"--output={out}", f"--language={language}",
            "--paper=a4"]
    if model_file is not None:
        args.append(str(model_file))
    subprocess.run(args, env=env, check=True, capture_output=True)
    return out


class Pdf:
    """A PDF as qpdf reads it: its objects, pages, outline and names."""

    def __init__(self, path):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        # 3 is "succeeded with warnings": a file qpdf had to repair.
        assert check.returncode == 0, check.stdout + check.stderr
        run = subprocess.run(["qpdf", "--json", str(path)], capture_output=True, text=True,
                             check=True)
        data = json.loads(run.stdout)
        self.objects = {k[len("obj:"):]: v.get("value") for k, v in data["qpdf"][1].items()
                        if k.startswith("obj:")}
        self.pages = [page["object"] for page in data["pages"]]
        self.outlines = data["outlines"]
        self.path = path
        self.words = words(path)
        catalog = self.objects[[k for k, v in self.objects.items()
                                if isinstance(v, dict) and v.get("/Type") == "/Catalog"][0]]
        self.dests = {}
        if "/Names" in catalog:
            self._names(self.objects[catalog["/Names"]]["/Dests"])

    def _names(self, ref):
        node = self.objects[ref]
        for kid in node.get("/Kids", []):
            self._names(kid)
        names = node.get("/Names", [])
        for key, value in zip(names[::2], names[1::2]):
            self.dests[key[len("u:"):]] = value

    def page_of(self, ref):
        return self.pages.index(ref)

    def links(self):
        """(page index, rect, /Dest or None, /URI or None) of each link."""
        for n, ref in enumerate(self.pages):
            for annot in self.objects[ref].get("/Annots", []):
                a = self.objects[annot] if isinstance(annot, str) else annot
                if a.get("/Subtype") != "/Link":
                    continue
                dest = a.get("/Dest")
                uri = a.get("/A", {}).get("/URI") if isinstance(a.get("/A"), dict) else None
                yield (n, a["/Rect"], dest[len("u:"):] if isinstance(dest, str) else dest,
                       uri[len("u:"):] if isinstance(uri, str) else uri)


def words(path):
    """Each page's lines, each a list of (word, xMin, yMin, xMax, yMax) from
    the top left, as pdftotext lays them out."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True,
                         check=True).stdout
    root = ET.fromstring(out.replace(b"<!DOCTYPE", b"<!-- ").replace(b'.dtd">', b'.dtd" -->'))
    pages = []
    for page in root.iter(XHTML + "page"):
        height = float(page.get("height"))
        lines = []
        for line in page.iter(XHTML + "line"):
            lines.append([(w.text, float(w.get("xMin")), float(w.get("yMin")),
                           float(w.get("xMax")), float(w.get("yMax")))
                          for w in line.iter(XHTML + "word")])
        pages.append((height, lines))
    return pages


def inside(word, rect, height):
    """Whether WORD's middle is in RECT (PDF points from the bottom left)."""
    x = (word[1] + word[3]) / 2
    y = height - (word[2] + word[4]) / 2
    return rect[0] - 1 <= x <= rect[2] + 1 and rect[1] - 1 <= y <= rect[3] + 1




def test_valid_and_outlined():
    for language in ("en", "es", "pl"):
        pdf = Pdf(export(language))
        titles = [item["title"] for item in pdf.outlines]
        tabs = [text(model["tabs"][tab]["title"], language)
                for tab in ("timeline", "case", "statements") if tab in model["tabs"]]
        # Each tab, then who is who, then the sources.
        assert titles[:len(tabs)] == tabs, (language, titles)
        assert len(titles) == len(tabs) + 2, (language, titles)
        # The case's parts under its tab.
        case = pdf.outlines[tabs.index(text(model["tabs"]["case"]["title"], language))]
        assert text(model["cases"][0]["title"], language) in [k["title"] for k in case["kids"]]
        # Each item leads to the page where its words are, near its top.
        for item in pdf.outlines + [k for i in pdf.outlines for k in i["kids"]]:
            page = item["destpageposfrom1"] - 1
            height, lines = pdf.words[page]
            y = height - item["dest"][3]
            first = [" ".join(w[0] for w in line) for line in lines
                     if abs(line[0][2] - y) < 24]
            assert any(item["title"].startswith(f) for f in first), (language, item, first)
        if language == "en":
            assert titles[-2:] == ["Who is who", "Sources"], titles
        else:
            assert "Who is who" not in titles and "Sources" not in titles, titles


def test_references_lead_to_sources():
    pdf = Pdf(export("en"))
    n_sources = len(model["sources"])
    assert sorted(pdf.dests) == sorted([f"source-{n}" for n in range(1, n_sources + 1)] +
                                       [d for d in pdf.dests if d.startswith("section-")])
    # Each source's destination is its entry in the list: "[N]" there.
    listed = []
    for name, dest in pdf.dests.items():
        if not name.startswith("source-"):
            continue
        height, lines = pdf.words[pdf.page_of(dest[0])]
        y = height - dest[3]
        line = min(lines, key=lambda line: abs(line[0][2] - y))
        assert line[0][0] == f"[{name[len('source-'):]}]", (name, line[:3])
        listed.append(line[0][0])
    assert len(listed) == n_sources
    # Every "[N]" that starts a line before the list is inside a link to
    # source N, and every link to a source has its "[N]" in it.
    links = [link for link in pdf.links() if link[2] is not None]
    references = 0
    for n, (height, lines) in enumerate(pdf.words):
        for line in lines:
            m = REFERENCE.match(line[0][0])
            if m is None or line in list_lines(pdf):
                continue
            references += 1
            to = [link for link in links if link[0] == n and inside(line[0], link[1], height)]
            assert [link[2] for link in to] == [f"source-{m.group(1)}"], (n, line[:4], to)
    assert references > 50, references
    for n, rect, dest, _ in links:
        height, lines = pdf.words[n]
        under = [w[0] for line in lines for w in line if inside(w, rect, height)]
        assert any(w.startswith(f"[{dest[len('source-'):]}]") for w in under), \
            (n, dest, under[:8])


_list_cache = {}


def list_lines(pdf):
    """The lines of the list of sources: from each source's destination."""
    if pdf.path not in _list_cache:
        found = []
        for name, dest in pdf.dests.items():
            if name.startswith("source-"):
                height, lines = pdf.words[pdf.page_of(dest[0])]
                y = height - dest[3]
                found.append(min(lines, key=lambda line: abs(line[0][2] - y)))
        _list_cache[pdf.path] = found
    return _list_cache[pdf.path]


def test_no_line_twice():
    # And a model of our own that cites each place of a fact twice, and
    # quotes the same words twice.
    data = json.loads(model_path.read_text())
    for fact in data["events"] + data["statements"]:
        fact["references"] = fact["references"] + [dict(r) for r in fact["references"]]
    path = tmp / "twice.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    for language, model_file in (("en", None), ("pl", None), ("en", path)):
        pdf = Pdf(export(language, model_file=model_file,
                         name=None if model_file is None else "twice.pdf"))
        plain = subprocess.run(["pdftotext", str(pdf.path), "-"], capture_output=True,
                               text=True, check=True).stdout
        # Each source once in the list, in order.
        numbers = [int(line[0][0][1:-1]) for line in list_lines(pdf)]
        assert sorted(numbers) == list(range(1, len(model["sources"]) + 1)), numbers
        # A fact's references: no line twice among those that follow it.
        group = []
        for line in plain.splitlines():
            if re.match(r"^\[\d+\] ", line):
                assert line not in group, (language, line)
                group.append(line)
            elif line.startswith(("“", "«", "„")):
                # A quotation under a reference: once under it.
                assert line not in group, (language, line)
                group.append(line)
            elif line:
                group = []


def test_addresses_are_links():
    # A model of our own whose sources have addresses, one with a quote
    # and brackets in it.
    data = json.loads(model_path.read_text())
    addresses = {}
    for n, source in enumerate(data["sources"][:3]):
        source["url"] = f"https://example.org/story/{n}?q=it's(1)&x=%27"
        addresses[source["id"]] = source["url"]
    path = tmp / "addresses.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    pdf = Pdf(export("en", model_file=path, name="addresses.pdf"))
    uris = [(n, rect, uri) for n, rect, dest, uri in pdf.links() if uri is not None]
    assert sorted(uri for _, _, uri in uris) == sorted(addresses.values()), uris
    for n, rect, uri in uris:
        height, lines = pdf.words[n]
        under = "".join(w[0] for line in lines for w in line if inside(w, rect, height))
        assert under == uri, (under, uri)


# Words of ours on the English sheet: its chrome, its headings, its
# references, its dates and its charts' words.
ENGLISH = ["Page ", "Sources", "Who is who", "Who:", "paragraph", "Paraphrase",
           "Counted among", "Measured:", "Reported by", "About:", "Facts from",
           "Described as", "(article)", "(public record)", "(court record)", "(report)",
           "(study)", "for the date", "The numbers", "What was said", "Tactics",
           "Other voices", "Source:", "January", "May ", "September", "November", "December",
           "Date known to"]


def test_no_english_left():
    english = subprocess.run(["pdftotext", str(export("en")), "-"],
                             capture_output=True, text=True, check=True).stdout
    # Each word checked is one the English sheet has, so the list is not
    # stale.
    assert all(word in english for word in ENGLISH), \
        [word for word in ENGLISH if word not in english]
    for language in ("es", "pl"):
        sheet = subprocess.run(["pdftotext", str(export(language)), "-"],
                               capture_output=True, text=True, check=True).stdout
        left = [word for word in ENGLISH if word in sheet]
        assert left == [], (language, left)


tests = [test_valid_and_outlined, test_references_lead_to_sources, test_no_line_twice,
         test_addresses_are_links, test_no_english_left]
print(f"1..{len(tests)}")
failed = False
for n, test in enumerate(tests, 1):
    name = test.__name__[len("test_"):].replace("_", " ")
    if shutil.which("qpdf") is None or shutil.which("pdftotext") is None:
        print(f"ok {n} - {name} # SKIP qpdf or pdftotext is not installed")
        continue
    try:
        test()
    except Exception as e:  # a test's failure, whatever it is: the others still run
        failed = True
        detail = e.stderr if isinstance(e, subprocess.CalledProcessError) else e
        print(f"not ok {n} - {name}: {detail!r}"[:3000])
        continue
    print(f"ok {n} - {name}")

shutil.rmtree(tmp)
sys.exit(1 if failed else 0)
