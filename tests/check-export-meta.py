#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What an exported file says of itself, read back with the formats' own
parsers: a PNG's text chunks (struct and zlib here, and pngcheck), an SVG's
<title> and <desc> (xml.etree), a PDF's document information (pdfinfo).

The expected texts come from the built-in model's JSON, not from our code.
Usage: check-export-meta.py FACT-VIEWER SOURCE-DIR VERSION. TAP output."""
import email.utils
import json
import os
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

binary, top, version = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
model_path = top / "data" / "models" / "chicago-sanctuary.json"
model = json.loads(model_path.read_text())
charts = {c["id"]: c for c in model["charts"]}
figures = {f["id"]: f for f in model["figures"]}
actors = {a["id"]: a for a in model["actors"]}
EPOCH = 1700000000  # Tue, 14 Nov 2023 22:13:20 GMT
SVG = "{http://www.w3.org/2000/svg}"

env = {k: v for k, v in os.environ.items()
       if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_MESSAGES")}
env.update(LANG="C.UTF-8", LANGUAGE="en", SOURCE_DATE_EPOCH=str(EPOCH))
if "FV_LOCALEDIR" in env:
    env["FACT_VIEWER_LOCALEDIR"] = env["FV_LOCALEDIR"]

tmp = pathlib.Path(tempfile.mkdtemp(prefix="fv-meta-"))


def text(value, language):
    """A model text in LANGUAGE: a string is the same in all."""
    return value if isinstance(value, str) else value[language]


def export(chart, fmt, language="en", model_file=None, name=None):
    out = tmp / (name or f"{chart}-{language}.{fmt}")
    args = [binary, f"--export-chart={chart}", f"--output={out}", f"--language={language}"]
    if model_file is not None:
        args.append(str(model_file))
    subprocess.run(args, env=env, check=True, capture_output=True)
    return out


def png_chunks(data):
    """Every chunk as (type, data), each CRC checked."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "a PNG signature"
    pos, chunks = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"the CRC of {kind!r}"
        chunks.append((kind, body))
        pos += 12 + length
    assert chunks[-1][0] == b"IEND"
    return chunks


def png_texts(chunks):
    """{keyword: (chunk type, text)} of tEXt (Latin-1) and iTXt (UTF-8)."""
    texts = {}
    for kind, body in chunks:
        if kind == b"tEXt":
            key, value = body.split(b"\0", 1)
            texts[key.decode("latin-1")] = ("tEXt", value.decode("latin-1"))
        elif kind == b"iTXt":
            key, rest = body.split(b"\0", 1)
            assert rest[0] == 0, "iTXt not compressed"
            _language, rest = rest[2:].split(b"\0", 1)
            _translated, value = rest.split(b"\0", 1)
            texts[key.decode("latin-1")] = ("iTXt", value.decode("utf-8"))
    return texts


def read_png(path):
    return png_texts(png_chunks(path.read_bytes()))


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", "-isodates", str(path)],
                         check=True, capture_output=True, text=True).stdout
    info = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key] = value.strip()
    return info


def test_png_texts():
    chunks = png_chunks(export("trust-survey", "png").read_bytes())
    kinds = [kind for kind, _ in chunks]
    # Right after the header, before the image data.
    assert kinds[0] == b"IHDR" and set(kinds[1:6]) <= {b"tEXt", b"iTXt"}, kinds[:7]
    texts = png_texts(chunks)
    chart = charts["trust-survey"]
    assert texts["Title"] == ("tEXt", chart["title"]["en"]), texts["Title"]
    # "44% — Would hesitate…": the dash is not Latin-1.
    kind, description = texts["Description"]
    assert kind == "iTXt", kind
    assert description.startswith("Bar chart of 2 figures."), description
    for figure in chart["data"]["figures"]:
        assert figures[figure]["label"]["en"] in description, figure
    assert texts["Source"][1].endswith(chart["source_line"]["en"]), texts["Source"]
    assert texts["Software"] == ("tEXt", f"Fact Viewer {version}")
    assert texts["Creation Time"] == ("tEXt", email.utils.formatdate(EPOCH, usegmt=True))
    assert texts["Creation Time"][1] == "Tue, 14 Nov 2023 22:13:20 GMT"


def test_png_latin1_and_utf8():
    # Spanish is Latin-1 throughout: tEXt, its accents one byte each.
    spanish = read_png(export("trust-survey", "png", "es"))
    assert spanish["Title"] == ("tEXt", charts["trust-survey"]["title"]["es"])
    assert "í" in spanish["Source"][1] and spanish["Source"][0] == "tEXt"
    # Polish is not: "dokładne" goes in iTXt, as UTF-8; an ASCII title stays tEXt.
    polish = read_png(export("policy-timeline", "png", "pl"))
    line = charts["policy-timeline"]["source_line"]["pl"]
    assert polish["Source"][0] == "iTXt" and polish["Source"][1].endswith(line), polish["Source"]
    assert polish["Title"] == ("tEXt", charts["policy-timeline"]["title"]["pl"])


def test_pngcheck():
    if shutil.which("pngcheck") is None:
        return "SKIP pngcheck is not installed"
    for name in ("trust-survey-en.png", "trust-survey-es.png", "policy-timeline-pl.png"):
        run = subprocess.run(["pngcheck", "-t", str(tmp / name)], capture_output=True)
        # It prints tEXt as the bytes it holds: Latin-1.
        out = run.stdout.decode("latin-1")
        assert run.returncode == 0 and "OK:" in out, out + run.stderr.decode("latin-1")
        assert "Creation Time" in out and "Description" in out, out
    return None


def test_png_reproducible():
    first = export("policy-timeline", "png", name="a.png").read_bytes()
    second = export("policy-timeline", "png", name="b.png").read_bytes()
    assert first == second


def test_svg():
    chart = charts["trust-survey"]
    root = ET.parse(export("trust-survey", "svg")).getroot()
    assert root.tag == SVG + "svg"
    assert root.get("role") == "img"
    title, desc = list(root)[:2]
    assert title.tag == SVG + "title" and desc.tag == SVG + "desc", (title.tag, desc.tag)
    assert root.get("aria-labelledby") == title.get("id") != None
    assert root.get("aria-describedby") == desc.get("id") != None
    assert title.text == chart["title"]["en"], title.text
    # The same texts as the PNG's.
    png = read_png(tmp / "trust-survey-en.png")
    assert desc.text.startswith(png["Description"][1]), desc.text
    assert desc.text.endswith(png["Source"][1]), desc.text


def test_svg_escapes():
    # A title with XML's special characters, in a model of our own.
    odd = 'Fear & "trust" <of> the police'
    data = json.loads(model_path.read_text())
    for chart in data["charts"]:
        if chart["id"] == "trust-survey":
            chart["title"]["en"] = odd
    path = tmp / "odd.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    root = ET.parse(export("trust-survey", "svg", model_file=path, name="odd.svg")).getroot()
    assert root[0].text == odd, root[0].text


def test_pdf():
    if shutil.which("pdfinfo") is None:
        return "SKIP pdfinfo is not installed"
    chart = charts["trust-survey"]
    info = pdfinfo(export("trust-survey", "pdf"))
    png = read_png(tmp / "trust-survey-en.png")
    assert info["Title"] == chart["title"]["en"], info
    assert info["Subject"] == png["Description"][1], info
    theodore = actors[figures[chart["data"]["figures"][0]]["actor"]]["name"]
    assert info["Keywords"] == text(theodore, "en"), info
    assert info["Creator"] == f"Fact Viewer {version}", info
    assert info["CreationDate"].startswith("2023-11-14T22:13:20"), info
    return None


def test_sheet_pdf():
    if shutil.which("pdfinfo") is None:
        return "SKIP pdfinfo is not installed"
    out = tmp / "sheet.pdf"
    subprocess.run([binary, "--export-sheet", f"--output={out}", "--language=pl"], env=env,
                   check=True, capture_output=True)
    info = pdfinfo(out)
    assert info["Title"] == model["title"]["pl"], info
    assert info["Subject"] == model["summary"]["pl"], info
    assert info["Keywords"].startswith(text(model["actors"][0]["name"], "pl")), info
    assert info["Creator"] == f"Fact Viewer {version}", info
    return None


tests = [test_png_texts, test_png_latin1_and_utf8, test_pngcheck, test_png_reproducible,
         test_svg, test_svg_escapes, test_pdf, test_sheet_pdf]
print(f"1..{len(tests)}")
failed = False
for n, test in enumerate(tests, 1):
    name = test.__name__[len("test_"):].replace("_", " ")
    try:
        skip = test()
    except Exception as e:  # a test's failure, whatever it is: the others still run
        failed = True
        detail = e.stderr if isinstance(e, subprocess.CalledProcessError) else e
        print(f"not ok {n} - {name}: {detail!r}"[:2000])
        continue
    print(f"ok {n} - {name}" + (f" # {skip}" if skip else ""))

shutil.rmtree(tmp)
sys.exit(1 if failed else 0)
