"""The locked screen's emergency information: off by default, only what was chosen, checked."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.journal import fever
from companion.journal.locked.emergency import (
    ChildChoice,
    EmergencyChoices,
    EmergencyFileDamaged,
    read_emergency_info,
)
from companion.paths import resolve_paths
from tests.support.journals import create_journal, unlock_journal


def test_it_is_off_until_the_family_turns_it_on(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_child("Maya Rose")
    journal.close()
    paths = resolve_paths(data_dir)
    assert not paths.emergency_file.exists()
    assert read_emergency_info(paths) is None


def test_only_the_chosen_children_and_what_was_added_are_shown(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya Rose Smith", diagnosis="relapsed neuroblastoma")
    journal.add_child("Leo Smith")
    journal.add_note("a private note about the night")
    journal.add_contact("Oncology triage", role="Nurse", phone="734-936-9814", call_for_fever=True)
    choices = EmergencyChoices(True, (ChildChoice(maya.id, "Port (implanted)", "Penicillin"),))
    journal.set_emergency_choices(choices)
    assert journal.emergency_choices() == choices
    journal.close()

    paths = resolve_paths(data_dir)
    info = read_emergency_info(paths)
    assert info is not None
    assert [(c.name, c.central_line, c.allergies) for c in info.children] == [
        ("Maya", "Port (implanted)", "Penicillin")
    ]
    assert info.contact is not None and info.contact.phone == "734-936-9814"
    assert info.rules == fever.FeverRules.default() and info.rules_are_default
    raw = paths.emergency_file.read_bytes()
    for private in (b"Rose", b"Smith", b"Leo", b"neuroblastoma", b"private note"):
        assert private not in raw


def test_the_file_follows_the_journal_at_lock_and_goes_when_turned_off(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.set_emergency_choices(EmergencyChoices(True, (ChildChoice(maya.id),)))
    journal.set_setting(fever.SETTINGS_KEY, fever.FeverRules(unit="F", high=100.9).to_dict())
    journal.close()
    paths = resolve_paths(data_dir)
    info = read_emergency_info(paths)
    assert info is not None and info.rules.high == 100.9 and not info.rules_are_default

    again = unlock_journal(data_dir)
    again.set_emergency_choices(EmergencyChoices(False, (ChildChoice(maya.id),)))
    assert not paths.emergency_file.exists()
    again.close()
    assert not paths.emergency_file.exists()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "edit"])
def test_a_damaged_file_is_reported_never_shown(data_dir: Path, damage: str) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.set_emergency_choices(EmergencyChoices(True, (ChildChoice(maya.id),)))
    journal.close()
    path = resolve_paths(data_dir).emergency_file
    raw = path.read_bytes()
    if damage == "flip":
        path.write_bytes(raw.replace(b"Maya", b"Mayb"))
    elif damage == "truncate":
        path.write_bytes(raw[:-10])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # edited with the checksum left as it was: a different number to call
        doc = json.loads(raw)
        doc["rules"]["high"] = 39.5
        path.write_text(json.dumps(doc))
    with pytest.raises(EmergencyFileDamaged):
        read_emergency_info(resolve_paths(data_dir))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_any_bytes_give_info_or_the_damage_error(tmp_path: Path, content: bytes) -> None:
    paths = resolve_paths(tmp_path / "fuzz")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.emergency_file.write_bytes(content)
    with contextlib.suppress(EmergencyFileDamaged):
        read_emergency_info(paths)
