#!/usr/bin/env python3
"""Merge Spanish glossary staging files into ``resources/glossary.es.json``.

Translations arrive in batches (``glossary.es.a.json``, ``b``, ...), each shaped like the
final file. Files are read in the order given and a later entry replaces an earlier one with
the same id, so a batch of corrections simply goes last. The result lists the entries in the
English file's order. The output may be one of the inputs: everything is read first, then the
file is replaced in one step.

    python scripts/merge_glossary_es.py resources/glossary.es.json \\
        resources/glossary.es.c.json resources/glossary.es.d.json

Standard library only, so it runs before the project's environment exists.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("id", "term", "aliases", "summary", "explanation", "why_it_matters", "questions")
REQUIRED = ("id", "term", "aliases", "summary", "explanation")


class MergeError(Exception):
    """A staging file cannot be merged; the message names the file and the entry."""


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MergeError(f"{path.name}: cannot read it ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MergeError(f"{path.name}: not valid JSON text ({exc})") from None


def staged_entries(path: Path, data: Any) -> list[dict[str, Any]]:
    """The entries of one staging file, after checking the shape the merge relies on."""
    if not isinstance(data, dict) or data.get("format") != 1 or data.get("language") != "es":
        raise MergeError(f'{path.name}: needs "format": 1 and "language": "es" at the top')
    terms = data.get("terms")
    if not isinstance(terms, list):
        raise MergeError(f'{path.name}: "terms" must be a list')
    seen: set[str] = set()
    for position, entry in enumerate(terms, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise MergeError(f"{path.name}: entry #{position} needs an id")
        missing = [field for field in REQUIRED if field not in entry]
        extra = sorted(set(entry) - set(FIELDS))
        if missing or extra:
            raise MergeError(
                f"{path.name}: entry {entry['id']!r} lacks {missing} or has unknown {extra}"
            )
        if entry["id"] in seen:
            raise MergeError(f"{path.name}: entry {entry['id']!r} appears twice")
        seen.add(entry["id"])
    return terms


def merge(english_ids: Sequence[str], batches: Sequence[Sequence[dict[str, Any]]]) -> list[Any]:
    """Later batches win by id; the result follows ``english_ids``' order, fields in order."""
    by_id: dict[str, dict[str, Any]] = {}
    for batch in batches:
        for entry in batch:
            by_id[entry["id"]] = entry
    unknown = sorted(set(by_id) - set(english_ids))
    if unknown:
        raise MergeError(f"ids not in the English glossary: {', '.join(unknown)}")
    return [
        {field: by_id[term_id][field] for field in FIELDS if field in by_id[term_id]}
        for term_id in english_ids
        if term_id in by_id
    ]


def write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("staging", nargs="+", type=Path, help="staging files, earliest first")
    parser.add_argument("--english", type=Path, default=ROOT / "resources" / "glossary.json")
    parser.add_argument("--output", type=Path, default=ROOT / "resources" / "glossary.es.json")
    args = parser.parse_args(argv)
    try:
        english = read_json(args.english)
        english_ids = [entry["id"] for entry in english["terms"]]
        batches = [staged_entries(path, read_json(path)) for path in args.staging]
        terms = merge(english_ids, batches)
    except MergeError as exc:
        print(f"merge_glossary_es: {exc}", file=sys.stderr)
        return 2
    document = {"format": 1, "language": "es", "terms": terms}
    write_atomically(args.output, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    missing = [term_id for term_id in english_ids if term_id not in {t["id"] for t in terms}]
    print(f"Wrote {len(terms)} Spanish entries to {args.output}.", file=sys.stderr)
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        print(f"{len(missing)} English entries have no Spanish text yet: {shown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
