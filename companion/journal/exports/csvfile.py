"""Every entry to a spreadsheet: one CSV row per entry with every field of its kind (Qt-free).

The file is UTF-8 with a byte-order mark (so spreadsheets pick the encoding), CRLF rows, and
written privately (0600 where the system allows). It is not encrypted: the app asks first.

Columns: when (ISO 8601 with the UTC offset, so the two 01:30s of a fall-back night differ),
the same time as a plain local date and time, child, type, the entry's title as the timeline
shows it, then one column per field of any kind (empty where a kind has no such field), then
when the entry was made and last changed. Coded values (symptom, method, unit, reporter, rule)
are written as stored; multi-line text is written whole.

Formula rule (see docs/api.md): a cell that a spreadsheet would run as a formula gets a
leading apostrophe, and nothing else changes. That is a cell starting with ``=``, ``@``, a tab
or a line break; or starting with ``+`` or ``-`` and holding, after that sign, any character a
formula needs (operators, brackets, quotes, ``!``, ``:``, ``;``, ``|``, ``$``, ``@``). So
"-5", "+2" and "-4 mg" stay as typed; "-1+1" and "=SUM(A1)" are defused.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.journal import kinds
from companion.journal.records import (
    ENTRY_KINDS,
    RECORD_TYPES,
    ChecklistItem,
    Kind,
    NamedValue,
    Record,
    TimelineEntry,
)
from companion.translation import QT_TRANSLATE_NOOP, Translate

if TYPE_CHECKING:
    from companion.journal.facade import Journal

PAGE = 500
TR_CONTEXT = "Export"
_T = TR_CONTEXT
_START_FORMULA = ("=", "@", "\t", "\r", "\n")
_SIGNS = ("+", "-")
_FORMULA_CHARS = frozenset("=+-*/^&%<>()[]{}!:;|$@\"'")
#: Fields every kind has, written in the fixed columns instead.
_BOOKKEEPING = ("id", "created_at", "updated_at")
#: The field each kind is dated by: it is the When column.
TIME_FIELDS = {
    Kind.APPOINTMENT: "starts_at",
    Kind.SYMPTOM: "recorded_at",
    Kind.TEMPERATURE: "taken_at",
    Kind.MEDICINE: "created_at",
    Kind.DOSE: "given_at",
    Kind.NOTE: "written_at",
    Kind.QUESTION: "asked_at",
    Kind.CONTACT: "created_at",
    Kind.FEVER: "occurred_at",
    Kind.BLOOD_COUNT: "drawn_at",
    Kind.CYCLE: "starts_at",
    Kind.TREATMENT_DAY: "starts_at",
    Kind.CALL_ALERT: "occurred_at",
}

#: Column key -> header (marked for translation, translated with the journal's ``translate``).
HEADERS: dict[str, str] = {
    "when": QT_TRANSLATE_NOOP("Export", "When"),
    "local_time": QT_TRANSLATE_NOOP("Export", "Local time"),
    "child": QT_TRANSLATE_NOOP("Export", "Child"),
    "type": QT_TRANSLATE_NOOP("Export", "Type"),
    "entry": QT_TRANSLATE_NOOP("Export", "Entry"),
    "kind": QT_TRANSLATE_NOOP("Export", "Kind"),
    "id": QT_TRANSLATE_NOOP("Export", "Entry id"),
    "child_id": QT_TRANSLATE_NOOP("Export", "Child id"),
    "tz": QT_TRANSLATE_NOOP("Export", "Time zone"),
    "duration_minutes": QT_TRANSLATE_NOOP("Export", "Duration (minutes)"),
    "all_day": QT_TRANSLATE_NOOP("Export", "All day"),
    "place": QT_TRANSLATE_NOOP("Export", "Place"),
    "place_kind": QT_TRANSLATE_NOOP("Export", "Place kind"),
    "with_whom": QT_TRANSLATE_NOOP("Export", "With"),
    "purpose": QT_TRANSLATE_NOOP("Export", "Purpose"),
    "questions": QT_TRANSLATE_NOOP("Export", "Questions to ask"),
    "after_notes": QT_TRANSLATE_NOOP("Export", "Notes after the visit"),
    "reminder_minutes": QT_TRANSLATE_NOOP("Export", "Reminder (minutes before)"),
    "symptom": QT_TRANSLATE_NOOP("Export", "Symptom"),
    "severity": QT_TRANSLATE_NOOP("Export", "Severity (0-4)"),
    "detail": QT_TRANSLATE_NOOP("Export", "Detail"),
    "frequency": QT_TRANSLATE_NOOP("Export", "Frequency (0-4)"),
    "interference": QT_TRANSLATE_NOOP("Export", "Interference (0-4)"),
    "reporter": QT_TRANSLATE_NOOP("Export", "Reported by"),
    "value": QT_TRANSLATE_NOOP("Export", "Temperature"),
    "unit": QT_TRANSLATE_NOOP("Export", "Unit"),
    "method": QT_TRANSLATE_NOOP("Export", "Taken"),
    "fever_medicine": QT_TRANSLATE_NOOP("Export", "Fever medicine"),
    "name": QT_TRANSLATE_NOOP("Export", "Name"),
    "dose": QT_TRANSLATE_NOOP("Export", "Dose"),
    "schedule": QT_TRANSLATE_NOOP("Export", "When to give"),
    "as_needed": QT_TRANSLATE_NOOP("Export", "When needed"),
    "active": QT_TRANSLATE_NOOP("Export", "Active"),
    "medicine_id": QT_TRANSLATE_NOOP("Export", "Medicine id"),
    "amount": QT_TRANSLATE_NOOP("Export", "Amount"),
    "text": QT_TRANSLATE_NOOP("Export", "Text"),
    "answered": QT_TRANSLATE_NOOP("Export", "Answered"),
    "answer": QT_TRANSLATE_NOOP("Export", "Answer"),
    "role": QT_TRANSLATE_NOOP("Export", "Role"),
    "phone": QT_TRANSLATE_NOOP("Export", "Phone"),
    "call_for_fever": QT_TRANSLATE_NOOP("Export", "Call for fever"),
    "rule": QT_TRANSLATE_NOOP("Export", "Fever rule"),
    "summary": QT_TRANSLATE_NOOP("Export", "What happened"),
    "reading_id": QT_TRANSLATE_NOOP("Export", "Reading id"),
    "min_interval_hours": QT_TRANSLATE_NOOP("Export", "Hours between doses (at least)"),
    "dose_amount": QT_TRANSLATE_NOOP("Export", "Amount per dose"),
    "dose_unit": QT_TRANSLATE_NOOP("Export", "Dose unit"),
    "on_hand": QT_TRANSLATE_NOOP("Export", "On hand"),
    "on_hand_at": QT_TRANSLATE_NOOP("Export", "On hand counted"),
    "doses_per_day": QT_TRANSLATE_NOOP("Export", "Doses a day"),
    "given_by": QT_TRANSLATE_NOOP("Export", "Given by"),
    "wbc": QT_TRANSLATE_NOOP("Export", "WBC (10^9/L)"),
    "anc": QT_TRANSLATE_NOOP("Export", "ANC (10^9/L)"),
    "anc_computed": QT_TRANSLATE_NOOP("Export", "ANC worked out"),
    "segs": QT_TRANSLATE_NOOP("Export", "Segs (%)"),
    "bands": QT_TRANSLATE_NOOP("Export", "Bands (%)"),
    "hemoglobin": QT_TRANSLATE_NOOP("Export", "Hemoglobin (g/dL)"),
    "platelets": QT_TRANSLATE_NOOP("Export", "Platelets (10^9/L)"),
    "alc": QT_TRANSLATE_NOOP("Export", "ALC (10^9/L)"),
    "others": QT_TRANSLATE_NOOP("Export", "Other values"),
    "count_unit": QT_TRANSLATE_NOOP("Export", "Sheet's count unit"),
    "hgb_unit": QT_TRANSLATE_NOOP("Export", "Sheet's hemoglobin unit"),
    "number": QT_TRANSLATE_NOOP("Export", "Cycle number"),
    "length_days": QT_TRANSLATE_NOOP("Export", "Length (days)"),
    "cycle_id": QT_TRANSLATE_NOOP("Export", "Cycle id"),
    "day": QT_TRANSLATE_NOOP("Export", "Day"),
    "drugs": QT_TRANSLATE_NOOP("Export", "Treatment"),
    "needs_counts": QT_TRANSLATE_NOOP("Export", "If the counts allow"),
    "entry_kind": QT_TRANSLATE_NOOP("Export", "Entry type"),
    "entry_id": QT_TRANSLATE_NOOP("Export", "Entry id (matched)"),
    "notes": QT_TRANSLATE_NOOP("Export", "Notes"),
    "created_at": QT_TRANSLATE_NOOP("Export", "Made"),
    "updated_at": QT_TRANSLATE_NOOP("Export", "Last changed"),
}
YES = QT_TRANSLATE_NOOP("Export", "yes")
NO = QT_TRANSLATE_NOOP("Export", "no")
_FIXED = ("when", "local_time", "child", "type", "entry", "kind", "id")


def field_columns() -> list[str]:
    """Every field of every entry kind but the bookkeeping and time fields, in kind order."""
    seen: list[str] = []
    for kind in ENTRY_KINDS:
        for item in dataclasses.fields(RECORD_TYPES[kind]):
            name = item.name
            if name in _BOOKKEEPING or name == TIME_FIELDS[kind] or name in seen:
                continue
            seen.append(name)
    return seen


COLUMNS: tuple[str, ...] = (*_FIXED, *field_columns(), "created_at", "updated_at")


def safe_cell(text: str) -> str:
    """The cell as typed, unless a spreadsheet would run it as a formula (the module's rule)."""
    if text.startswith(_START_FORMULA):
        return "'" + text
    if text.startswith(_SIGNS) and any(char in _FORMULA_CHARS for char in text[1:]):
        return "'" + text
    return text


def checklist_text(items: Iterable[ChecklistItem]) -> str:
    """Questions one per line, ``[x]`` when asked, ``[ ]`` when not yet."""
    return "\n".join(f"{'[x]' if item.done else '[ ]'} {item.text}" for item in items)


def iso(moment: datetime, zone: tzinfo | None = None) -> str:
    """ISO 8601 with the offset in force then (this computer's zone unless one is given)."""
    return moment.astimezone(zone).isoformat()


def local(moment: datetime, zone: tzinfo | None = None) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def cell(value: Any, tr: Translate, zone: tzinfo | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr(_T, YES if value else NO)
    if isinstance(value, datetime):
        return iso(value, zone)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        if all(isinstance(item, NamedValue) for item in value):
            return "\n".join(f"{v.name}: {v.value!r} {v.unit}".strip() for v in value)
        return checklist_text(value)
    return str(value)


def entries(
    journal: Journal, child_id: str | None = None
) -> Iterator[tuple[TimelineEntry, Record]]:
    """Every entry with its record, newest first, a page at a time. Each page continues after
    the last entry of the one before (keyset), so the last page costs what the first does."""
    page = journal.timeline(child_id=child_id, kinds=ENTRY_KINDS, limit=PAGE)
    while page:
        ids: dict[str, list[str]] = {}
        for entry in page:
            ids.setdefault(entry.kind, []).append(entry.id)
        records = {kind: journal.get_many(kind, found) for kind, found in ids.items()}
        for entry in page:
            record = records[entry.kind].get(entry.id)
            if record is not None:
                yield entry, record
        if len(page) < PAGE:
            return
        page = journal.timeline(child_id=child_id, kinds=ENTRY_KINDS, limit=PAGE, after=page[-1])


def row(
    entry: TimelineEntry,
    record: Record,
    children: Mapping[str, str],
    tr: Translate,
    zone: tzinfo | None = None,
    caregivers: Mapping[str, str] | None = None,
) -> list[str]:
    """One entry's cells; ``given_by`` is the caregiver's name when ``caregivers`` has it."""
    values: dict[str, str] = {
        "when": iso(entry.at, zone),
        "local_time": local(entry.at, zone),
        "child": children.get(entry.child_id or "", ""),
        "type": kinds.label(entry.kind, tr),
        "entry": entry.title,
        "kind": entry.kind,
    }
    for item in dataclasses.fields(record):
        if item.name not in values:
            values[item.name] = cell(getattr(record, item.name), tr, zone)
    given_by = getattr(record, "given_by", None)
    if given_by is not None and caregivers:
        values["given_by"] = caregivers.get(given_by, given_by)
    return [safe_cell(values.get(column, "")) for column in COLUMNS]


def write_csv(
    journal: Journal,
    path: str | Path,
    labels: Mapping[str, str] | None = None,
    *,
    child_id: str | None = None,
    zone: tzinfo | None = None,
) -> int:
    """Write every entry (or one child's) to ``path``; returns how many rows.

    ``labels`` replaces column headers by key (see :data:`HEADERS`); by default they are in
    the journal's language. ``zone`` is for tests: by default times are in this computer's.
    """
    from companion.journal.exports.plainfile import plain_writer

    tr = journal.translate
    headers = {key: tr(_T, text) for key, text in HEADERS.items()} | dict(labels or {})
    children = {child.id: child.name for child in journal.list_children()}
    caregivers = {c.id: c.name for c in journal.caregivers()}
    count = 0
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    with plain_writer(path) as out:
        out.write("\ufeff".encode())
        writer.writerow([safe_cell(headers[column]) for column in COLUMNS])
        for entry, record in entries(journal, child_id):
            writer.writerow(row(entry, record, children, tr, zone, caregivers))
            count += 1
            if count % PAGE == 0:
                out.write(buffer.getvalue().encode("utf-8"))
                buffer.seek(0)
                buffer.truncate()
        out.write(buffer.getvalue().encode("utf-8"))
    return count
