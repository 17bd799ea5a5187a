"""Older centers files, read as the current format.

Qt-free. Only the shape changes here; the checks then run on the result as on any file.
"""

from __future__ import annotations

from typing import Any

#: The format the directory checks; older versions are migrated as they are read.
FORMAT_VERSION = 2


def migrate(data: Any) -> Any:
    """A version 1 document as version 2; anything else is returned as it is.

    Version 1 named programs without sources, phones without an audience, and gave sources
    "reviewed" and "accessed". Its programs came from the center's main source, its numbers
    were all for families, and "accessed" was the day the facts were taken from the page.
    """
    if not isinstance(data, dict) or data.get("version") != 1 or type(data["version"]) is not int:
        return data
    centers = data.get("centers")
    if not isinstance(centers, list) or not all(isinstance(c, dict) for c in centers):
        return data
    return {**data, "version": FORMAT_VERSION, "centers": [_migrate_center(c) for c in centers]}


def _migrate_source(raw: Any) -> Any:
    if not isinstance(raw, dict):
        return raw
    source = {k: v for k, v in raw.items() if k not in ("reviewed", "accessed")}
    source["page_date"] = raw.get("reviewed")
    if "accessed" in raw:
        source["taken"] = raw["accessed"]
    return source


def _migrate_center(raw: dict[str, Any]) -> dict[str, Any]:
    center = dict(raw)
    main = raw.get("source")
    main_name = main.get("name") if isinstance(main, dict) else None
    if "source" in raw:
        center["source"] = _migrate_source(main)
    if isinstance(raw.get("other_sources"), list):
        center["other_sources"] = [_migrate_source(item) for item in raw["other_sources"]]
    if isinstance(raw.get("programs"), list):
        center["programs"] = [
            {"program": item, "source": main_name} if isinstance(item, str) else item
            for item in raw["programs"]
        ]
    if isinstance(raw.get("phones"), list):
        center["phones"] = [
            {**item, "audience": "family"} if isinstance(item, dict) else item
            for item in raw["phones"]
        ]
    return center
