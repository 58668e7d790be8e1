#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports that cut nothing, read with the formats' own tools: each chart of
the built-in model at 400 and 1200 pixels wide, in each of its languages,
and of a second story whose texts are long, as PDF, SVG and PNG, with no
--height (the image grows taller for its texts
rather than making them smaller).

What is drawn, not what a PDF's replacement text says: a line Pango cut
with "…" keeps its cut words in /ActualText, which pdftotext prints. So the
PDF (decompressed by qpdf) must hold no /ActualText but the spaces where a
line wraps and no glyph that stands for "…"; then pdftotext's words are
the glyphs shown, and every word of the chart's title and source line is
among them, in order. The SVG draws as many glyphs as the PDF shows; the
PNG, beside the PDF rendered by pdftoppm, has as much text, and its last
line where the PDF has it, as long.

The expected texts come from the model's JSON, not from our code.
Usage: check-export-whole.py FACT-VIEWER SOURCE-DIR. TAP output."""
import json
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

binary, top = sys.argv[1], pathlib.Path(sys.argv[2])
model_path = top / "data" / "models" / "chicago-sanctuary.json"
model = json.loads(model_path.read_text())
LANGUAGES = ("en", "es", "pl")
WIDTHS = (400, 1200)

env = {k: v for k, v in os.environ.items()
       if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_MESSAGES")}
env.update(LANG="C.UTF-8", LANGUAGE="en")
if "FV_LOCALEDIR" in env:
    env["FACT_VIEWER_LOCALEDIR"] = env["FV_LOCALEDIR"]

tmp = pathlib.Path(tempfile.mkdtemp(prefix="fv-whole-"))


# A second story whose texts are long (as tests/test-charts.c's): its
# source lines, title and subtitle each run past a line at 1200 pixels.
LONG = {
    "schema_version": 1, "language": "en", "title": "The water of a city in Michigan",
    "tabs": {"timeline": {"title": "a"}, "case": {"title": "b"}},
    "sources": [
        {"id": "report", "kind": "report",
         "title": "Final report of the governor's task force on the city's water, with its "
                  "appendices on the switch of the water source, the treatment of the river's "
                  "water, and the testing of the lead in the homes"},
        {"id": "records", "kind": "public-record",
         "title": "Emails of the state's department of environmental quality released under "
                  "the freedom of information act, volumes one to twelve"}],
    "events": [{"id": f"ev-{i}", "date": f"2015-{6 + i // 4:02}-{1 + (i % 4) * 7:02}",
                "title": "Residents of the city report discoloured, foul water at the tap, and "
                         f"officials say it is safe ({i})",
                "references": [{"source": "report" if i % 2 else "records"}]}
               for i in range(12)],
    "charts": [
        {"id": "summer", "type": "timeline", "tab": "timeline",
         "title": "Eighteen months of complaints about the water, before the state admitted "
                  "that its lead was a danger to the children of the city",
         "subtitle": "What residents, doctors and researchers reported, and what the city and "
                     "the state answered, from the switch of the water source to the admission"},
        {"id": "told", "type": "timeline", "tab": "case", "title": "What they were told",
         "source_line": "the task force's final report and its appendices; the emails of the "
                        "state's department of environmental quality; court filings; the city "
                        "council's minutes"}]}
long_path = tmp / "long.json"
long_path.write_text(json.dumps(LONG))


def export(chart, fmt, width, language="en", height=None, model_file=model_path):
    out = tmp / f"{chart}-{width}-{height}-{language}.{fmt}"
    args = [binary, f"--export-chart={chart}", f"--output={out}", f"--width={width}",
            f"--language={language}", str(model_file)]
    if height is not None:
        args.append(f"--height={height}")
    subprocess.run(args, env=env, check=True, capture_output=True)
    return out


def run(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout


def qdf(pdf):
    """The PDF with its streams uncompressed, as qpdf writes it."""
    out = pdf.with_suffix(".qdf")
    run("qpdf", "--qdf", "--object-streams=disable", str(pdf), str(out))
    return out.read_bytes()


def pdf_glyphs(body):
    """How many glyphs a content stream shows: a byte each of its literal
    strings (cairo's subsets of a font, one byte a glyph), two of its hex
    strings (the glyphs of a composite font: a ligature)."""
    literal = re.compile(rb"\(((?:[^()\\]|\\.)*)\)", re.S)
    n = 0
    for arr in re.finditer(rb"\[((?:[^\]\\]|\\.)*)\]\s*TJ", body, re.S):
        n += sum(len(re.sub(rb"\\([0-7]{1,3}|.)", b"x", c)) for c in literal.findall(arr.group(1)))
        n += sum(len(h) // 4 for h in re.findall(rb"<([0-9a-fA-F]*)>", arr.group(1)))
    n += sum(len(re.sub(rb"\\([0-7]{1,3}|.)", b"x", c))
             for c in re.findall(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj", body, re.S))
    return n


def read_pdf(pdf):
    """(replacement texts, glyphs shown, text sizes, whether any glyph
    stands for U+2026) of a one-page PDF."""
    data = qdf(pdf)
    actual = [bytes.fromhex(h.decode()).decode("utf-16")
              for h in re.findall(rb"/ActualText\s*<([0-9a-fA-F]*)>", data)]
    glyphs, sizes, ellipsis = 0, set(), False
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        body = m.group(1)
        if b"beginbfchar" in body or b"beginbfrange" in body:
            # A ToUnicode map: the code of a glyph, and the text it stands for.
            ellipsis |= re.search(rb"<2026>", body, re.I) is not None
            continue
        glyphs += pdf_glyphs(body)
        sizes |= {float(s) for s in re.findall(rb"([0-9.]+) 0 0 -[0-9.]+ [-0-9.]+ [-0-9.]+ Tm",
                                               body)}
    return actual, glyphs, sizes, ellipsis


def page_size(pdf):
    info = run("pdfinfo", str(pdf)).decode()
    w, h = re.search(r"Page size:\s+([0-9.]+) x ([0-9.]+) pts", info).groups()
    return round(float(w)), round(float(h))


def words(text):
    """Its words, without the punctuation a list puts after them."""
    return [w.rstrip(",;.") for w in text.split()]


def in_order(wanted, shown):
    """Whether every word of WANTED is in SHOWN, in order (other words, a
    legend's, may come between)."""
    at = 0
    for word in wanted:
        while at < len(shown) and shown[at] != word:
            at += 1
        if at == len(shown):
            return False
        at += 1
    return True


def png_pixels(data):
    """(width, height, rows of (r, g, b)) of an 8-bit RGB or RGBA PNG."""
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, header
    channels = 4 if color == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def ppm_pixels(data):
    """(width, height, rows) of a binary PPM, as pdftoppm writes it."""
    fields = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(fields.group(1)), int(fields.group(2))
    pixels = data[fields.end():]
    return width, height, [[tuple(pixels[(y * width + x) * 3:(y * width + x) * 3 + 3])
                            for x in range(width)] for y in range(height)]


def text_lines(image):
    """Each band of rows with dark ink (text is dark on the light paper;
    the marks' colours are lighter), as (top, bottom, right edge)."""
    width, height, rows = image
    bands, start, right = [], None, 0
    for y, row in enumerate(rows):
        ink = [x for x, (r, g, b) in enumerate(row) if r + g + b < 300]
        if ink and start is None:
            start, right = y, 0
        if ink:
            right = max(right, ink[-1])
        if not ink and start is not None:
            bands.append((start, y, right))
            start = None
    # A line's descenders, apart by a row or two of antialiasing: one line.
    merged = []
    for band in bands:
        if merged and band[0] - merged[-1][1] <= 4:
            merged[-1] = (merged[-1][0], band[1], max(merged[-1][2], band[2]))
        else:
            merged.append(band)
    return merged


def dark(image):
    return sum(1 for row in image[2] for (r, g, b) in row if r + g + b < 384)


def test_pdf_draws_every_word():
    stories = [(model_path, model, language) for language in LANGUAGES]
    stories.append((long_path, LONG, "en"))
    for path, story, language in stories:
        for chart in story["charts"]:
            for width in WIDTHS:
                pdf = export(chart["id"], "pdf", width, language, model_file=path)
                actual, glyphs, _sizes, ellipsis = read_pdf(pdf)
                where = (chart["id"], width, language)
                # The space where a line wraps, a ligature's letters
                # ("fi"); never the words of a cut.
                assert all(a.strip() == "" or (len(a) <= 3 and a.isalpha()) for a in actual), \
                    (where, actual)
                assert not ellipsis, (where, "a glyph stands for …")
                shown = run("pdftotext", str(pdf), "-").decode()
                assert "…" not in shown, where
                # Its title, its subtitle, and the source line, or each
                # source's title where the chart has none of its own.
                texts = [chart["title"], chart.get("subtitle"), chart.get("source_line")]
                if "source_line" not in chart and path == long_path:
                    texts += [source["title"] for source in story["sources"]]
                for text in texts:
                    if text is not None:
                        wanted = words(text[language] if isinstance(text, dict) else text)
                        assert in_order(wanted, words(shown)), (where, wanted, shown)
                assert glyphs > 100, (where, glyphs)


def test_svg_and_png_draw_the_same():
    for chart in model["charts"]:
        for width in WIDTHS:
            pdf = export(chart["id"], "pdf", width)
            svg = export(chart["id"], "svg", width)
            png = export(chart["id"], "png", width)
            where = (chart["id"], width)
            size = page_size(pdf)
            root = ET.parse(svg).getroot()
            assert (round(float(root.get("width").rstrip("pt"))),
                    round(float(root.get("height").rstrip("pt")))) == size, where
            image = png_pixels(png.read_bytes())
            assert image[:2] == size, (where, image[:2], size)
            # The SVG draws each glyph the PDF shows, and no other.
            uses = len(re.findall(r"<use xlink:href=\"#glyph", svg.read_text()))
            assert uses == read_pdf(pdf)[1], (where, uses)
            # The PNG, beside the PDF rendered by pdftoppm: as much dark
            # ink (text), give or take what hinting thickens, and its last
            # line (the source line's) ends where the PDF's does, as long.
            # Hinting moves the lines above by a pixel or two each.
            rendered = tmp / "rendered"
            run("pdftoppm", "-r", "72", "-singlefile", str(pdf), str(rendered))
            theirs = ppm_pixels(rendered.with_suffix(".ppm").read_bytes())
            ratio = dark(image) / dark(theirs)
            assert 0.9 <= ratio <= 1.2, (where, ratio)
            ours_last, theirs_last = text_lines(image)[-1], text_lines(theirs)[-1]
            assert abs(ours_last[1] - theirs_last[1]) <= 3, (where, ours_last, theirs_last)
            assert abs(ours_last[2] - theirs_last[2]) <= 4, (where, ours_last, theirs_last)


def test_grows_when_height_not_fixed():
    # The survey at 200 pixels: its texts need more than 675 pixels' room.
    grown = export("trust-survey", "pdf", 200)
    fixed = export("trust-survey", "pdf", 200, height=675)
    wide = export("trust-survey", "pdf", 1200)
    assert page_size(fixed) == (200, 675)
    assert page_size(grown)[1] > 675, page_size(grown)
    # Grown, its texts have their size, the largest as at 1200; fixed,
    # they are made smaller.
    assert max(read_pdf(grown)[2]) == max(read_pdf(wide)[2]), (read_pdf(grown)[2],
                                                               read_pdf(wide)[2])
    assert max(read_pdf(fixed)[2]) < max(read_pdf(wide)[2])
    # Where there is room, the height is the default.
    assert page_size(export("trust-survey", "pdf", 1200)) == (1200, 675)
    for fmt in ("svg", "png"):
        export("trust-survey", fmt, 200)


tests = [test_pdf_draws_every_word, test_svg_and_png_draw_the_same,
         test_grows_when_height_not_fixed]
print(f"1..{len(tests)}")
failed = False
for n, test in enumerate(tests, 1):
    name = test.__name__[len("test_"):].replace("_", " ")
    if any(shutil.which(p) is None for p in ("qpdf", "pdftotext", "pdfinfo", "pdftoppm")):
        print(f"ok {n} - {name} # SKIP qpdf or poppler-utils are not installed")
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
