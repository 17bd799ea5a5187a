"""The whole journal as one documented JSON file, and back (Qt-free).

The format (``resources/journal-export.schema.json``, docs/api.md) holds every child, every
entry of every kind with every field, the care-team contacts, the fever rules and the other
settings a family sets. It is how a family moves its history to another tool, or reads it
without Companion. The file is not encrypted: the app says so before writing it.

Writing is deterministic: the same journal gives the same bytes, so export, import into a new
journal and export again gives an identical file. Importing goes into a new journal only (one
that may hold the child added at setup, with nothing written yet); records keep their ids and
stamps. A bad or foreign file raises an :class:`ImportProblem` and changes nothing.
"""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.journal.records import RECORD_TYPES, ChecklistItem, Kind, NamedValue, Record

if TYPE_CHECKING:
    from companion.journal.facade import Journal

FORMAT = "companion-journal"
VERSION = 1
SCHEMA_NAME = "journal-export.schema.json"
#: Kinds in the file, each after the kinds its records point at.
ORDER: tuple[Kind, ...] = (
    Kind.CHILD,
    Kind.CONTACT,
    Kind.MEDICINE,
    Kind.TEMPERATURE,
    Kind.APPOINTMENT,
    Kind.SYMPTOM,
    Kind.DOSE,
    Kind.NOTE,
    Kind.QUESTION,
    Kind.FEVER,
    Kind.CAREGIVER,
    Kind.BLOOD_COUNT,
    Kind.CYCLE,
    Kind.TREATMENT_DAY,
    Kind.CALL_ALERT,
)
#: The settings a family sets, as the screens store them: fever rules, auto-lock, the
#: temperature unit and method the form remembers, reminders already shown, fever cards
#: dismissed. The phone region lives with this computer's settings, not in the journal.
FAMILY_SETTINGS: tuple[str, ...] = (
    "fever_rules",
    "auto_lock_minutes",
    "temperature_unit",
    "temperature_method",
    "reminders_shown",
    "fever_card_dismissed",
    "count_thresholds",
    "call_rules",
)
_CHUNK = 1000
#: Fields added to a kind after version 1 was first written: a file may lack them (the record's
#: default is used), so the schema does not require them.
ADDED_FIELDS: dict[str, tuple[str, ...]] = {
    "medicine": (
        "min_interval_hours",
        "dose_amount",
        "dose_unit",
        "on_hand",
        "on_hand_at",
        "doses_per_day",
    ),
    "dose": ("given_by",),
}
#: Kinds added after version 1 was first written: a file may lack them.
ADDED_KINDS = (Kind.CAREGIVER, Kind.BLOOD_COUNT, Kind.CYCLE, Kind.TREATMENT_DAY, Kind.CALL_ALERT)


class ImportProblem(ValueError):
    """The file cannot be imported; the journal was not changed."""


class NotAnExport(ImportProblem):
    """Not JSON, or JSON that is not a Companion journal export."""


class NewerExport(ImportProblem):
    """A journal export from a newer Companion (a format version this one does not know)."""


class BrokenExport(ImportProblem):
    """A Companion export with missing, extra or impossible values. The message names where
    (``records/note/3/text``), never what the value is."""


class JournalNotEmpty(ImportProblem):
    """The journal already holds entries: importing would mix two histories."""


# ----- records to JSON and back ---------------------------------------------------------------


def encode(record: Record) -> dict[str, Any]:
    """A record as JSON values: times ISO 8601 in UTC, dates ``YYYY-MM-DD``, questions as
    ``{"text", "done"}`` objects; fields in the record's own order."""
    out: dict[str, Any] = {}
    for item in dataclasses.fields(record):
        value = getattr(record, item.name)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = [
                {"name": v.name, "value": v.value, "unit": v.unit}
                if isinstance(v, NamedValue)
                else {"text": v.text, "done": v.done}
                for v in value
            ]
        out[item.name] = value
    return out


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def decode(kind: Kind, raw: Mapping[str, Any]) -> Record:
    """The record for one JSON object (already checked against the schema)."""
    cls = RECORD_TYPES[kind]
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for name, hint in hints.items():
        if name not in raw:  # a field added since the file was written: the record's default
            continue
        value = raw[name]
        if value is None:
            pass
        elif hint is datetime or datetime in typing.get_args(hint):
            value = datetime.fromisoformat(value)
        elif date in typing.get_args(hint):
            value = date.fromisoformat(value)
        elif name == "questions":
            value = tuple(ChecklistItem(str(q["text"]), bool(q["done"])) for q in value)
        elif name == "others":
            value = tuple(
                NamedValue(str(o["name"]), float(o["value"]), str(o["unit"])) for o in value
            )
        elif hint is float:
            value = float(value)
        values[name] = value
    return cls(**values)


def _time_field(kind: Kind) -> str:
    from companion.storage.kinds import STORED

    return STORED[kind].time_field


def _sorted(kind: Kind, records: list[Record]) -> list[Record]:
    field = _time_field(kind)
    return sorted(records, key=lambda r: (getattr(r, field), r.id))


# ----- writing --------------------------------------------------------------------------------


def document(journal: Journal) -> dict[str, Any]:
    """The whole journal as the export's JSON value."""
    records = {
        kind.value: [encode(r) for r in _sorted(kind, journal.all_records(kind))] for kind in ORDER
    }
    settings = {}
    for key in FAMILY_SETTINGS:
        value = journal.get_setting(key)
        if value is not None:
            settings[key] = value
    return {"format": FORMAT, "version": VERSION, "records": records, "settings": settings}


def _chunks(value: dict[str, Any]) -> Iterator[str]:
    """The document's text a piece at a time: one record per line, easy to read and diff."""
    yield f'{{\n "format": {json.dumps(value["format"])},\n "version": {value["version"]},\n'
    yield ' "records": {'
    for n, (kind, items) in enumerate(value["records"].items()):
        yield ("," if n else "") + f"\n  {json.dumps(kind)}: ["
        lines = [json.dumps(item, ensure_ascii=False, allow_nan=False) for item in items]
        for start in range(0, len(lines), _CHUNK):
            part = lines[start : start + _CHUNK]
            yield ("," if start else "") + "".join(
                ("," if i else "") + "\n   " + line for i, line in enumerate(part)
            )
        yield "\n  ]" if items else "]"
    yield "\n },\n"
    settings = json.dumps(value["settings"], ensure_ascii=False, allow_nan=False, sort_keys=True)
    yield f' "settings": {settings}\n}}\n'


def write_json(journal: Journal, path: str | Path) -> int:
    """Write the full export to ``path`` (privately, atomically); returns how many records."""
    from companion.journal.exports.plainfile import plain_writer

    value = document(journal)
    with plain_writer(path) as out:
        for piece in _chunks(value):
            out.write(piece.encode("utf-8"))
    return sum(len(items) for items in value["records"].values())


# ----- reading --------------------------------------------------------------------------------


def schema() -> dict[str, Any]:
    from companion.paths import resource_path

    loaded: dict[str, Any] = json.loads(resource_path(SCHEMA_NAME).read_text(encoding="utf-8"))
    return loaded


def problems(value: Any) -> list[str]:
    """Where ``value`` breaks the JSON Schema (paths, never the values). The envelope and the
    settings go through jsonschema; the records, which may number hundreds of thousands,
    through checks compiled once from the same schema's ``$defs`` (:func:`record_checks`)."""
    import jsonschema

    loaded = schema()
    records = value.get("records") if isinstance(value, dict) else None
    envelope = value
    if isinstance(records, dict):
        envelope = dict(value, records={key: [] for key in records})
    validator = jsonschema.Draft202012Validator(loaded)
    found = sorted(validator.iter_errors(envelope), key=lambda e: list(e.absolute_path))
    where = ["/".join(str(p) for p in error.absolute_path) or "(top)" for error in found]
    if not where and isinstance(records, dict):
        checks = record_checks(loaded)
        for kind, items in records.items():
            check = checks[kind]
            where.extend(f"records/{kind}/{n}" for n, raw in enumerate(items) if not check(raw))
    return where


Check = Callable[[Any], bool]
_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def record_checks(loaded: Mapping[str, Any]) -> dict[str, Check]:
    """One check per kind, compiled from ``$defs``: the keywords the record definitions use
    (type, enum, pattern, minimum, maximum, minLength, maxLength, anyOf, $ref, items,
    required, properties, additionalProperties: false), nothing more."""
    defs = loaded["$defs"]

    def compile_node(node: Mapping[str, Any]) -> Check:
        if "$ref" in node:
            return compile_node(defs[node["$ref"].rsplit("/", 1)[1]])
        parts: list[Check] = []
        if "type" in node:
            kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
            tests = [_TYPES[k] for k in kinds]
            parts.append(lambda v: any(test(v) for test in tests))
        if "enum" in node:
            allowed = list(node["enum"])
            parts.append(lambda v: v in allowed)
        if "anyOf" in node:
            options = [compile_node(option) for option in node["anyOf"]]
            parts.append(lambda v: any(option(v) for option in options))
        if "pattern" in node:
            pattern = re.compile(node["pattern"])
            parts.append(lambda v: not isinstance(v, str) or pattern.search(v) is not None)
        for key, test in (
            ("minimum", lambda v, b: v >= b),
            ("maximum", lambda v, b: v <= b),
            ("minLength", lambda v, b: len(v) >= b),
            ("maxLength", lambda v, b: len(v) <= b),
        ):
            if key in node:
                bound, op = node[key], test
                kind = str if "Length" in key else (int, float)
                parts.append(
                    lambda v, b=bound, op=op, k=kind: not isinstance(v, k) or op(v, b)  # type: ignore[misc]
                )
        if "items" in node:
            item = compile_node(node["items"])
            parts.append(lambda v: not isinstance(v, list) or all(item(x) for x in v))
        if "properties" in node:
            fields = {name: compile_node(sub) for name, sub in node["properties"].items()}
            required = set(node.get("required", ()))
            closed = node.get("additionalProperties") is False

            def fits(v: Any) -> bool:
                if not isinstance(v, dict) or not required <= v.keys():
                    return False
                if closed and not v.keys() <= fields.keys():
                    return False
                return all(fields[name](v[name]) for name in v.keys() & fields.keys())

            parts.append(fits)
        return lambda v: all(part(v) for part in parts)

    return {kind.value: compile_node(defs[kind.value]) for kind in ORDER}


def read_document(path: Path) -> dict[str, Any]:
    """The file's JSON value, checked: NotAnExport, NewerExport or BrokenExport otherwise."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            value = json.load(handle)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise NotAnExport("the file is not JSON") from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise NotAnExport("the file is not a Companion journal export")
    version = value.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerExport("the file was written by a newer Companion")
    found = problems(value)
    if found:
        raise BrokenExport("the file does not match the format at " + ", ".join(found[:5]))
    return value


def decode_all(value: Mapping[str, Any]) -> list[Record]:
    records: list[Record] = []
    for kind in ORDER:
        for n, raw in enumerate(value["records"].get(kind.value, [])):
            try:
                records.append(decode(kind, raw))
            except (ValueError, TypeError) as exc:
                field = str(exc).split(" ", 1)[0] if str(exc) else ""
                where = f"records/{kind.value}/{n}" + (f"/{field}" if field.isidentifier() else "")
                raise BrokenExport(f"an impossible value at {where}") from None
    return records


def import_json(journal: Journal, path: str | Path) -> int:
    """Bring a full export into a new journal; returns how many records it holds.

    Raises :class:`ImportProblem` (the journal is unchanged) for a file that is not an export,
    is from a newer Companion, or is broken, and for a journal that already has entries.
    """
    value = read_document(Path(path))
    records = decode_all(value)
    spare = journal.spare_children()
    if spare is None:
        raise JournalNotEmpty("the journal already has entries")
    ids = {r.id for r in records}
    contacts = [r for r in records if getattr(r, "call_for_fever", False)]
    if len(contacts) > 1:
        raise BrokenExport("more than one contact is marked to call for a fever")
    has_children = any(r for r in records if type(r) is RECORD_TYPES[Kind.CHILD])
    drop = [c for c in spare if c not in ids] if has_children else []
    try:
        journal.load_records(records, value["settings"], drop_children=drop)
    except ValueError:
        raise BrokenExport(
            "an entry refers to a child or medicine that is not in the file"
        ) from None
    return len(records)
