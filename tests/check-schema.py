#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON Schema in data/ agrees with the loader: the models the loader
accepts are valid against it, and models with shape errors are not.

TAP output, for meson's protocol: 'tap'."""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("1..0 # SKIP python3-jsonschema is not installed")
    sys.exit(0)

top = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((top / "data" / "fact-model.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

good = [top / "data" / "models" / "chicago-sanctuary.json",
        *sorted((top / "tests" / "fixtures" / "good").glob("*.json"))]
# Files whose only fault is one a JSON Schema can say.
bad = ["missing-title", "wrong-type", "unknown-member", "date-bad-form",
       "references-missing", "references-empty", "unit-unknown", "kind-unknown",
       "text-bad-language-tag", "text-empty", "version-unknown", "version-missing",
       "version-not-integer", "root-not-object", "reference-paragraph-zero",
       "title-is-description-not-boolean", "paraphrase-translated",
       "quotation-parts-one", "paraphrase-in-parts", "event-dated-before", "qualifier-unknown",
       "reckoning-without-fields", "event-date-missing", "value-string",
       "source-stored-copy-without-url", "source-text-file-outside"]

print(f"1..{len(good) + len(bad)}")
n = 0
failed = False
for path in good:
    n += 1
    errors = list(validator.iter_errors(json.loads(path.read_text())))
    if errors:
        failed = True
        print(f"not ok {n} - {path.name}: {errors[0].message}")
    else:
        print(f"ok {n} - {path.name} is valid")
for name in bad:
    n += 1
    path = top / "tests" / "fixtures" / "bad" / f"{name}.json"
    if validator.is_valid(json.loads(path.read_text())):
        failed = True
        print(f"not ok {n} - {name}.json passes the schema")
    else:
        print(f"ok {n} - {name}.json is refused")
sys.exit(1 if failed else 0)
