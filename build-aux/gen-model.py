#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic fact model of N events to standard output, with
statements and figures in proportion (one of each per 4 and per 20 events).
The same N always gives the same bytes: no randomness, no clock."""
import argparse
import json
import sys

parser = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("events", nargs="?", type=int, default=1000, metavar="N",
                    help="how many events (default 1000; at least 1)")
args = parser.parse_args()
if args.events < 1:
    parser.error("N must be at least 1")
n = args.events
n_actors = max(1, n // 50)
model = {
    "schema_version": 1,
    "language": "en",
    "title": f"Synthetic model of {n} events",
    "tabs": {"timeline": {"title": "Timeline"}, "case": {"title": "Case"},
             "statements": {"title": "Statements"}},
    "sources": [{"id": "src", "kind": "article", "title": "Synthetic source",
                 "paragraphs": 1000}],
    "actors": [{"id": f"a{i}", "kind": "person", "name": f"Actor {i}",
                "role": "Someone in the synthetic story",
                "references": [{"source": "src", "paragraph": 1 + i % 1000}]}
               for i in range(n_actors)],
    "events": [],
    "statements": [],
    "figures": [],
    "charts": [{"id": "timeline", "type": "timeline", "tab": "timeline",
                "title": "All events"}],
}
for i in range(n):
    year = 1900 + (i * 7919) % 125
    month = 1 + (i * 31) % 12
    day = 1 + (i * 17) % 28
    event = {"id": f"e{i}", "date": f"{year:04d}-{month:02d}-{day:02d}", "precision": "day",
             "title": f"Event number {i} of the synthetic timeline",
             "description": "A description long enough to look like a sentence of a news story.",
             "actors": [f"a{i % n_actors}"],
             "references": [{"source": "src", "paragraph": 1 + i % 1000}]}
    if i % 10 == 0:
        event["end_date"] = f"{year + 1 + i % 5:04d}"
        event["end_precision"] = "year"
    model["events"].append(event)
    if i % 4 == 0:
        words = f"Statement {i}, said in so many words."
        model["statements"].append({"id": f"s{i}", "actor": f"a{i % n_actors}",
                                    "kind": "quotation", "words": words,
                                    "references": [{"source": "src", "paragraph": 1 + i % 1000,
                                                    "quote": words}]})
    if i % 20 == 0:
        model["figures"].append({"id": f"f{i}", "label": f"Figure {i}", "value": i % 101,
                                 "unit": "percent",
                                 "references": [{"source": "src", "paragraph": 1 + i % 1000}]})
json.dump(model, sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write("\n")
