"""The spreadsheet export read back with Python's csv and with pandas: every field of every
kind comes back, times keep their offsets, and only formulas are defused."""

from __future__ import annotations

import csv
import dataclasses
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from companion.journal import Journal, write_csv
from companion.journal.exports.csvfile import COLUMNS, HEADERS, TIME_FIELDS, safe_cell
from companion.journal.records import RECORD_TYPES, ChecklistItem, Kind, NamedValue, Record
from tests.support.full_journal import FALL_BACK_FIRST, FALL_BACK_SECOND, fill
from tests.support.journals import create_journal

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def journal(data_dir: Path):  # type: ignore[no-untyped-def]
    made, _code = create_journal(data_dir)
    yield made
    made.close()


def unsafe(text: str) -> str:
    """What the family typed: the apostrophe comes off only where the rule put it."""
    if text.startswith("'") and safe_cell(text[1:]) == text:
        return text[1:]
    return text


def checklist(text: str) -> tuple[ChecklistItem, ...]:
    items: list[ChecklistItem] = []
    for line in text.split("\n"):
        if line.startswith(("[x] ", "[ ] ")):
            items.append(ChecklistItem(line[4:], line.startswith("[x]")))
        else:  # a question of several lines
            last = items.pop()
            items.append(ChecklistItem(last.text + "\n" + line, last.done))
    return tuple(items)


def named(line: str) -> NamedValue:
    name, rest = line.split(": ", 1)
    value, _space, unit = rest.partition(" ")
    return NamedValue(name, float(value), unit)


def rebuild(kind: Kind, row: dict[str, str], caregivers: dict[str, str]) -> Record:
    """The record again, from its row alone (and the caregivers' names, written by name)."""
    cls = RECORD_TYPES[kind]
    values: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(cls).items():
        text = row.get(name, "")
        if name == TIME_FIELDS[kind]:
            text = row["when"]
        args = typing.get_args(hint)
        if text == "" and type(None) in args:
            values[name] = None
        elif hint is datetime:
            values[name] = datetime.fromisoformat(text)
        elif date in args:
            values[name] = date.fromisoformat(text)
        elif hint is bool:
            values[name] = {"yes": True, "no": False}[text]
        elif int in args or hint is int:
            values[name] = int(text)
        elif datetime in args:
            values[name] = datetime.fromisoformat(text)
        elif hint is float or float in args:
            values[name] = float(text)
        elif name == "questions":
            values[name] = checklist(text) if text else ()
        elif name == "others":
            values[name] = tuple(named(line) for line in text.split("\n")) if text else ()
        elif name == "given_by":
            values[name] = caregivers.get(text, text)
        else:
            values[name] = text
    return cls(**values)


def keyed(header: list[str], rows: list[list[str]]) -> dict[str, dict[str, str]]:
    names = {HEADERS[key]: key for key in COLUMNS}
    out = {}
    for cells in rows:
        row = {names[h]: unsafe(cell) for h, cell in zip(header, cells, strict=True)}
        out[row["id"]] = row
    return out


def check_every_field(journal: Journal, made: dict[Any, Record], rows: dict[str, dict[str, str]]):
    caregivers = {c.name: c.id for c in journal.caregivers()}
    for key, record in made.items():
        kind = Kind.APPOINTMENT if key == "all_day" else Kind(key)
        if kind in (Kind.CHILD, Kind.CAREGIVER):
            continue
        current = journal.get(kind, record.id)
        assert rebuild(kind, rows[record.id], caregivers) == current, kind


def test_every_field_round_trips_through_csv(journal: Journal, tmp_path: Path) -> None:
    made = fill(journal)
    target = tmp_path / "entries.csv"
    # No row for the child or the caregiver; a second planned day of the cycle.
    assert write_csv(journal, target, zone=NEW_YORK) == len(made) - 2 + 1
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, *body = list(csv.reader(handle))
    assert header[:5] == ["When", "Local time", "Child", "Type", "Entry"]
    rows = keyed(header, body)
    check_every_field(journal, made, rows)
    appointment = rows[made[Kind.APPOINTMENT].id]
    reading = rows[made[Kind.TEMPERATURE].id]
    assert appointment["child"] == 'Maya, "May"'
    assert appointment["tz"] == "America/New_York"
    assert appointment["duration_minutes"] == "95"
    assert appointment["after_notes"].count("\n") == 3
    # The two 01:30s of the fall-back night: same local time, different offsets.
    assert appointment["local_time"] == reading["local_time"] == "2027-11-07 01:30"
    assert appointment["when"] == "2027-11-07T01:30:00-05:00"
    assert reading["when"] == "2027-11-07T01:30:00-04:00"
    assert datetime.fromisoformat(appointment["when"]) == FALL_BACK_SECOND
    assert datetime.fromisoformat(reading["when"]) == FALL_BACK_FIRST


def test_every_field_round_trips_through_pandas(journal: Journal, tmp_path: Path) -> None:
    made = fill(journal)
    target = tmp_path / "entries.csv"
    write_csv(journal, target, zone=NEW_YORK)
    frame = pd.read_csv(target, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns)[:2] == ["When", "Local time"]
    rows = keyed(list(frame.columns), frame.values.tolist())
    check_every_field(journal, made, rows)
    symptom = rows[made[Kind.SYMPTOM].id]
    assert (symptom["severity"], symptom["frequency"], symptom["interference"]) == ("3", "2", "4")
    assert symptom["reporter"] == "child"
    when = pd.to_datetime(frame["When"], utc=True, format="ISO8601")
    assert FALL_BACK_SECOND in set(when)


def test_what_a_person_reads_back(journal: Journal, tmp_path: Path) -> None:
    made = fill(journal)
    target = tmp_path / "entries.csv"
    write_csv(journal, target, zone=NEW_YORK)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, *body = list(csv.reader(handle))
    raw = {cells[header.index("Entry id")]: dict(zip(header, cells, strict=True)) for cells in body}
    assert raw[made[Kind.DOSE].id]["Amount"] == "-4 mg"  # as typed
    assert raw[made[Kind.SYMPTOM].id]["Notes"] == "-5 on her own scale"
    assert raw[made[Kind.CONTACT].id]["Notes"] == "'=ask for Sam"  # never run
    assert raw[made[Kind.DOSE].id]["Notes"] == "'@bedtime"
    assert raw[made[Kind.QUESTION].id]["Text"] == "Is -1+1 a formula?"  # not at the start
    assert raw[made[Kind.APPOINTMENT].id]["Purpose"] == "+counts"  # a word after a sign
    note = raw[made[Kind.NOTE].id]
    assert note["Text"] == made[Kind.NOTE].text  # whole, every line
    assert note["Entry"] == "First line"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("-5", "-5"),
        ("+2", "+2"),
        ("-4 mg", "-4 mg"),
        ("- tired", "- tired"),
        ("=1+1", "'=1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-1+1", "'-1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2*3", "'-2*3"),
        ("\t=1", "'\t=1"),
        ("plain", "plain"),
    ],
)
def test_the_formula_rule(typed: str, written: str) -> None:
    assert safe_cell(typed) == written
    assert unsafe(written) == typed


def test_one_column_per_field_of_every_kind() -> None:
    fields = {
        f.name
        for kind, cls in RECORD_TYPES.items()
        if kind is not Kind.CHILD
        for f in dataclasses.fields(cls)
    }
    covered = set(COLUMNS) | set(TIME_FIELDS.values())
    assert fields <= covered
    assert set(COLUMNS) <= set(HEADERS)
