"""The full JSON export: checked by its JSON Schema, imported into a new journal it gives the
same journal (export, import, export again: the same bytes); bad files change nothing."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest

from companion.journal import Journal, import_json, write_json
from companion.journal.exports.jsonfile import (
    ADDED_FIELDS,
    ADDED_KINDS,
    FAMILY_SETTINGS,
    ORDER,
    BrokenExport,
    JournalNotEmpty,
    NewerExport,
    NotAnExport,
    schema,
)
from companion.journal.records import ENTRY_KINDS, RECORD_TYPES
from tests.support.full_journal import fill
from tests.support.journals import create_journal


@pytest.fixture
def source(tmp_path: Path):  # type: ignore[no-untyped-def]
    made, _code = create_journal(tmp_path / "source")
    fill(made)
    made.set_setting("reminders_shown", ["a:1"])
    made.set_setting("recovery_code_unconfirmed", True)  # about this journal's code only
    yield made
    made.close()


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    made, _code = create_journal(tmp_path / "fresh")
    yield made
    made.close()


def test_the_file_matches_its_schema_and_holds_everything(source: Journal, tmp_path: Path):
    target = tmp_path / "journal.json"
    count = write_json(source, target)
    value = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema()).validate(value)
    assert value["format"] == "companion-journal" and value["version"] == 1
    assert list(value["records"]) == [kind.value for kind in ORDER]
    assert count == sum(len(items) for items in value["records"].values()) == 17
    assert value["settings"]["auto_lock_minutes"] == 15
    assert "recovery_code_unconfirmed" not in value["settings"]
    (appointment, all_day) = sorted(
        value["records"]["appointment"], key=lambda a: a["all_day"], reverse=True
    )[::-1]
    assert appointment["after_notes"] == "Platelets low.\nTransfusion Friday.\n\nCall if bleeding."
    assert appointment["starts_at"] == "2027-11-07T06:30:00+00:00"
    assert all_day["all_day"] is True
    for kind in ORDER:
        fields = set(RECORD_TYPES[kind].__dataclass_fields__)
        assert all(set(item) == fields for item in value["records"][kind.value])
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_import_export_gives_the_same_file(
    source: Journal, fresh: Journal, tmp_path: Path
) -> None:
    fresh.add_child("Set-up child")  # added at setup, nothing written yet
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    write_json(source, first)
    assert import_json(fresh, first) == 17
    write_json(fresh, second)
    assert second.read_bytes() == first.read_bytes()
    assert [c.name for c in fresh.list_children()] == ['Maya, "May"']
    assert fresh.timeline_count() == source.timeline_count()
    assert [e.title for e in fresh.search("Transfusion")] == [
        e.title for e in source.search("Transfusion")
    ]
    assert fresh.fever_contact() == source.fever_contact()


def _unchanged(journal: Journal) -> tuple[int, list[str]]:
    return journal.timeline_count(kinds=list(ENTRY_KINDS)), [c.id for c in journal.list_children()]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"\x89PNG\r\n\x1a\n", NotAnExport),
        (b"not json at all", NotAnExport),
        (b'{"type": "FeatureCollection", "features": []}', NotAnExport),
        (b"[1, 2, 3]", NotAnExport),
        (b'{"format": "companion-journal", "version": 7, "records": {}}', NewerExport),
        (b'{"format": "companion-journal", "version": 1, "records": {}}', BrokenExport),
    ],
)
def test_foreign_files_are_refused_and_change_nothing(
    fresh: Journal, tmp_path: Path, content: bytes, error: type[Exception]
) -> None:
    fresh.add_child("Set-up child")
    before = _unchanged(fresh)
    target = tmp_path / "other.json"
    target.write_bytes(content)
    with pytest.raises(error):
        import_json(fresh, target)
    assert _unchanged(fresh) == before


def test_a_broken_record_or_reference_changes_nothing(
    source: Journal, fresh: Journal, tmp_path: Path
) -> None:
    good = tmp_path / "good.json"
    write_json(source, good)
    value = json.loads(good.read_text(encoding="utf-8"))
    fresh.add_child("Set-up child")
    before = _unchanged(fresh)
    cases = []
    impossible = json.loads(json.dumps(value))
    impossible["records"]["temperature"][0]["value"] = 385.0  # a typing slip, not a reading
    cases.append(impossible)
    missing = json.loads(json.dumps(value))
    del missing["records"]["note"][0]["text"]
    cases.append(missing)
    orphan = json.loads(json.dumps(value))
    orphan["records"]["medicine"] = []  # the dose points at a medicine that is not there
    cases.append(orphan)
    for case in cases:
        target = tmp_path / "bad.json"
        target.write_text(json.dumps(case), encoding="utf-8")
        with pytest.raises(BrokenExport) as caught:
            import_json(fresh, target)
        assert "385" not in str(caught.value) and "Ondansetron" not in str(caught.value)
        assert _unchanged(fresh) == before


def test_only_into_a_new_journal(source: Journal, fresh: Journal, tmp_path: Path) -> None:
    target = tmp_path / "journal.json"
    write_json(source, target)
    child = fresh.add_child("Set-up child")
    fresh.add_note("already written", child.id)
    with pytest.raises(JournalNotEmpty):
        import_json(fresh, target)
    assert [c.name for c in fresh.list_children()] == ["Set-up child"]


def test_the_schema_lists_every_field_and_setting() -> None:
    loaded = schema()
    for kind in ORDER:
        fields = list(RECORD_TYPES[kind].__dataclass_fields__)
        added = ADDED_FIELDS.get(kind.value, ())
        assert list(loaded["$defs"][kind.value]["properties"]) == fields
        assert loaded["$defs"][kind.value]["required"] == [f for f in fields if f not in added]
    assert set(loaded["properties"]["settings"]["properties"]) == set(FAMILY_SETTINGS)
    listed = loaded["properties"]["records"]["required"]
    assert listed == [kind.value for kind in ORDER if kind not in ADDED_KINDS]


def test_a_file_written_before_counts_and_caregivers_still_imports(
    source: Journal, fresh: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "journal.json"
    write_json(source, target)
    value = json.loads(target.read_text(encoding="utf-8"))
    for kind in ADDED_KINDS:
        del value["records"][kind.value]
    for kind, names in ADDED_FIELDS.items():
        for item in value["records"][kind]:
            for name in names:
                del item[name]
    target.write_text(json.dumps(value), encoding="utf-8")
    assert import_json(fresh, target) == 11
    (dose,) = fresh.list_doses(fresh.list_children()[0].id)
    assert dose.given_by is None


def test_the_settings_keys_are_the_ones_the_screens_use() -> None:
    from companion.journal import callrules, fever
    from companion.journal.counts import thresholds
    from companion.ui.journal.fever.fever_watch import DISMISSED_SETTING
    from companion.ui.journal.forms.temperature_form import METHOD_SETTING, UNIT_SETTING
    from companion.ui.journal.reminders import SHOWN_SETTING
    from companion.ui.widgets.session import IDLE_SETTING

    assert set(FAMILY_SETTINGS) == {
        fever.SETTINGS_KEY,
        IDLE_SETTING,
        UNIT_SETTING,
        METHOD_SETTING,
        SHOWN_SETTING,
        DISMISSED_SETTING,
        thresholds.SETTINGS_KEY,
        callrules.SETTINGS_KEY,
    }


def test_the_fast_record_checks_agree_with_jsonschema(source: Journal, tmp_path: Path) -> None:
    """Import checks records with checks compiled from the schema (jsonschema is too slow for
    100,000 of them); every field changed to a wrong value is caught by both, or by neither."""
    from companion.journal.exports.jsonfile import problems

    target = tmp_path / "journal.json"
    write_json(source, target)
    value = json.loads(target.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema())
    wrong_values = [None, 7, -1, 2.5, True, "", "x" * 40, "2027-11-07", [], {}, [{"text": 1}]]
    for kind, items in value["records"].items():
        for field in items[0]:
            for wrong in wrong_values:
                case = json.loads(json.dumps(value))
                case["records"][kind][0][field] = wrong
                expected = bool(list(validator.iter_errors(case)))
                assert bool(problems(case)) == expected, (kind, field, wrong)
        case = json.loads(json.dumps(value))
        case["records"][kind][0]["extra"] = 1
        assert problems(case) and list(validator.iter_errors(case))
