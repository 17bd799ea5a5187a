"""Temperatures logged while locked: sealed, unreadable on disk, merged once, damage refused."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from companion.journal import Journal
from companion.journal.locked import REFUSED_SUFFIX, SealingUnavailable, seal_reading, waiting
from companion.journal.records import TemperatureReading
from companion.paths import resolve_paths
from companion.storage.vault import MINIMUM_KDF, Vault
from tests.storage.fixtures import make_fixtures as fx
from tests.support.journals import create_journal, unlock_journal

FIXTURES = Path(fx.__file__).resolve().parent
# An unusual value and a unique id: if either shows up in the bytes on disk, it leaked.
CANARY_VALUE = 39.87


def _reading(value: float = 38.6, **extra: object) -> TemperatureReading:
    when = datetime(2026, 1, 5, 2, 10, tzinfo=UTC)
    return TemperatureReading(child_id="", value=value, unit="C", taken_at=when, **extra)  # type: ignore[arg-type]


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_a_canary_logged_while_locked_is_nowhere_on_disk_in_plain_text(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.close()
    paths = resolve_paths(data_dir)
    reading = _reading(CANARY_VALUE, method="ear")
    seal_reading(paths, reading, maya.id)
    assert waiting(paths) == 1
    needles = [
        b"39.87",
        b"39,87",
        maya.id.encode(),
        json.dumps(CANARY_VALUE).encode(),
        reading.taken_at.isoformat().encode(),
    ]
    for path, content in _all_bytes(data_dir):
        for needle in needles:
            assert needle not in content, (path.name, needle)


def test_after_two_unlocks_the_reading_is_in_the_journal_once(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.close()
    paths = resolve_paths(data_dir)
    reading = _reading(CANARY_VALUE)
    seal_reading(paths, reading, maya.id)

    first = unlock_journal(data_dir)
    assert [r.id for r in first.merged.added] == [reading.id]
    first.close()
    second = unlock_journal(data_dir)
    assert second.merged.added == ()
    readings = second.latest_readings(maya.id)
    assert [(r.id, r.value, r.child_id) for r in readings] == [(reading.id, CANARY_VALUE, maya.id)]
    second.close()
    assert waiting(paths) == 0


def test_a_crash_between_merging_and_deleting_does_not_merge_twice(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.close()
    paths = resolve_paths(data_dir)
    seal_reading(paths, _reading(), maya.id)
    kept = {p.name: p.read_bytes() for p in paths.sealed_dir.iterdir()}

    first = unlock_journal(data_dir)
    assert len(first.merged.added) == 1
    first.close()
    for name, content in kept.items():  # the file came back, as if the delete never happened
        (paths.sealed_dir / name).write_bytes(content)
    second = unlock_journal(data_dir)
    assert second.merged.added == () and second.merged.refused == 0
    assert len(second.latest_readings(maya.id)) == 1
    second.close()
    assert waiting(paths) == 0


def test_a_deleted_merged_reading_is_not_brought_back_by_a_leftover_file(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.close()
    paths = resolve_paths(data_dir)
    reading = _reading()
    seal_reading(paths, reading, maya.id)
    kept = {p.name: p.read_bytes() for p in paths.sealed_dir.iterdir()}
    first = unlock_journal(data_dir)
    first.delete("temperature", reading.id)
    first.close()  # erased for good at lock
    for name, content in kept.items():
        (paths.sealed_dir / name).write_bytes(content)
    second = unlock_journal(data_dir)
    assert second.latest_readings(maya.id) == []
    second.close()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "rename", "append"])
def test_a_changed_or_cut_sealed_reading_is_refused_and_nothing_else_is_lost(
    data_dir: Path, damage: str
) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.add_note("kept note", maya.id)
    journal.close()
    paths = resolve_paths(data_dir)
    good, bad = _reading(38.2), _reading(39.1)
    seal_reading(paths, good, maya.id)
    seal_reading(paths, bad, maya.id)
    path = paths.sealed_dir / f"{bad.id}.sealed"
    content = path.read_bytes()
    if damage == "flip":
        path.write_bytes(content[:-5] + bytes([content[-5] ^ 1]) + content[-4:])
    elif damage == "truncate":
        path.write_bytes(content[: len(content) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "append":
        path.write_bytes(content + b"x")
    else:  # the box moved to another reading's name: its associated data no longer fits
        path.rename(paths.sealed_dir / f"{TemperatureReading(child_id='', value=38).id}.sealed")

    opened = unlock_journal(data_dir)
    assert opened.merged.refused == 1
    assert [r.id for r in opened.merged.added] == [good.id]
    assert [r.id for r in opened.latest_readings(maya.id)] == [good.id]
    assert [n.text for n in opened.list_notes()] == ["kept note"]
    opened.close()
    assert waiting(paths) == 0
    assert len(list(paths.sealed_dir.glob(f"*{REFUSED_SUFFIX}"))) == 1
    again = unlock_journal(data_dir)  # reported once, not at every unlock
    assert again.merged.refused == 0
    again.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0, max_value=400), bit=st.integers(0, 7))
def test_any_flipped_bit_is_refused(tmp_path: Path, position: int, bit: int) -> None:
    from companion.storage.errors import Damaged
    from companion.storage.vaultformat import new_key_pair, seal, unseal

    private, public = new_key_pair()
    blob = seal(public, b'{"value": 38.5}', b"ad")
    index = position % len(blob)
    changed = blob[:index] + bytes([blob[index] ^ (1 << bit)]) + blob[index + 1 :]
    with pytest.raises(Damaged):
        unseal(private, changed, b"ad")
    with pytest.raises(Damaged):
        unseal(private, blob[:index], b"ad")
    assert unseal(private, blob, b"ad") == b'{"value": 38.5}'


def test_without_a_child_the_reading_gets_a_placeholder_child(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.close()
    paths = resolve_paths(data_dir)
    seal_reading(paths, _reading(), None)
    opened = unlock_journal(data_dir)
    children = opened.list_children()
    assert [c.name for c in children] == ["Your child"]
    assert len(opened.latest_readings(children[0].id)) == 1
    opened.close()


def test_an_old_vault_gains_its_sealing_key_at_unlock(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    shutil.copyfile(FIXTURES / "journal-v4.db", paths.journal_db)
    shutil.copyfile(FIXTURES / "journal-v4.vault", paths.vault_file)
    old = Vault.load(paths.vault_file)
    assert old.format == 1 and old.public_key() is None
    with pytest.raises(SealingUnavailable):
        seal_reading(paths, _reading(), None)

    journal = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    child = journal.list_children()[0]
    journal.close()
    migrated = Vault.load(paths.vault_file)
    assert migrated.format == 2 and migrated.public_key() is not None
    assert json.loads(paths.vault_file.read_bytes())["format"] == 2
    # Every old slot still opens, and the new pair works end to end.
    assert migrated.unlock_with_passphrase(fx.FIXTURE_PASSPHRASE)
    reading = _reading()
    seal_reading(paths, reading, child.id)
    again = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    assert [r.id for r in again.merged.added] == [reading.id]
    again.close()


def test_a_backup_carries_the_sealing_key(data_dir: Path, tmp_path: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_child("Maya")
    vault = Vault.load(resolve_paths(data_dir).vault_file)
    exported = json.loads(json.dumps(vault.export_slots()))
    copy = Vault.from_export(tmp_path / "copy.vault", exported)
    assert copy.public_key() == vault.public_key()
    journal.close()


def test_readings_sealed_a_while_ago_keep_their_time(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.close()
    when = datetime.now(UTC) - timedelta(hours=3)
    reading = TemperatureReading(child_id="", value=101.2, unit="F", taken_at=when)
    seal_reading(resolve_paths(data_dir), reading, maya.id)
    opened = unlock_journal(data_dir)
    (merged,) = opened.latest_readings(maya.id)
    assert (merged.value, merged.unit, merged.taken_at) == (101.2, "F", when)
    opened.close()


class SealedMerging(RuleBasedStateMachine):
    """Readings sealed while locked, unlocks, crashes that bring a merged file back, and
    deletions, in any order: each reading is in the journal at most once, and every one that
    was sealed and not deleted is there after the next unlock."""

    def __init__(self) -> None:
        super().__init__()
        import tempfile

        self.folder = Path(tempfile.mkdtemp(prefix="companion-merge-"))
        journal, _code = create_journal(self.folder)
        self.child = journal.add_child("Maya").id
        journal.close()
        self.paths = resolve_paths(self.folder)
        self.sealed: dict[str, bytes] = {}  # id -> the file as written (for "crashes")
        self.deleted: set[str] = set()
        self.merged_once: set[str] = set()

    @rule(value=st.integers(min_value=360, max_value=410))
    def seal(self, value: int) -> None:
        reading = _reading(value / 10)
        seal_reading(self.paths, reading, self.child)
        name = f"{reading.id}.sealed"
        self.sealed[reading.id] = (self.paths.sealed_dir / name).read_bytes()

    @rule()
    def unlock(self) -> None:
        journal = unlock_journal(self.folder)
        try:
            ids = [r.id for r in journal.latest_readings(self.child, limit=1000)]
            assert len(ids) == len(set(ids))
            self.merged_once |= {r.id for r in journal.merged.added}
            assert set(ids) == set(self.sealed) - self.deleted
        finally:
            journal.close()
        assert waiting(self.paths) == 0

    @precondition(lambda self: bool(self.merged_once))
    @rule(data=st.data())
    def crash_brings_a_file_back(self, data: st.DataObject) -> None:
        reading_id = data.draw(st.sampled_from(sorted(self.merged_once)))
        (self.paths.sealed_dir / f"{reading_id}.sealed").write_bytes(self.sealed[reading_id])

    @precondition(lambda self: bool(self.merged_once - self.deleted))
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        reading_id = data.draw(st.sampled_from(sorted(self.merged_once - self.deleted)))
        journal = unlock_journal(self.folder)
        try:
            self.merged_once |= {r.id for r in journal.merged.added}
            journal.delete("temperature", reading_id)
        finally:
            journal.close()
        self.deleted.add(reading_id)

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


SealedMerging.TestCase.settings = settings(max_examples=12, stateful_step_count=8, deadline=None)
test_sealed_merging = SealedMerging.TestCase
