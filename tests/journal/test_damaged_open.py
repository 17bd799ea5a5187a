"""Opening a damaged journal writes nothing: each writer that runs when a journal is opened,
unlocked, used or locked waits for the full check, so the files kept aside for the damage
screen are, byte for byte, the files as they were found."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.journal import Damaged, Journal
from companion.journal.locked import SUFFIX, seal_reading, waiting
from companion.journal.records import TemperatureReading
from companion.journal.sync.capture import PREFIX
from companion.paths import AppPaths, resolve_paths
from companion.storage import engine as db
from companion.storage import sqlcipher
from companion.storage.vault import Vault
from tests.storage.fixtures import make_fixtures as fx
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal

PAGE = 4096
FIXTURES = Path(fx.__file__).resolve().parent
#: Raw changes made to the healthy file before it is damaged: (paths, data key, child id).
Prepare = Callable[[AppPaths, bytes, str], None]


def _hashes(paths: AppPaths) -> dict[str, str]:
    """The journal's files (database, its side files, vault), by name, hashed."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(paths.data_dir.iterdir())
        if path.is_file() and path.name.startswith(("journal.db", "journal.vault"))
    }


def _flip_pages(db_file: Path, first: int, last: int) -> None:
    raw = bytearray(db_file.read_bytes())
    for page in range(first, last):
        raw[page * PAGE + 1500] ^= 0x5A
    db_file.write_bytes(bytes(raw))


def _damaged(data_dir: Path, prepare: Prepare | None = None) -> dict[str, str]:
    """A journal with a flipped byte in each page of one long setting: opening, reading and
    writing anything else never meet it, only the full check does. Returns the hashes of its
    files."""
    paths = resolve_paths(data_dir)
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Maya").id
    for i in range(20):
        journal.add_note(f"note {i} " + "slept well, ate some toast " * 8, child)
    journal.close()
    journal = unlock_journal(data_dir)
    first = paths.journal_db.stat().st_size // PAGE
    journal.set_setting("a long setting", "x" * 6 * PAGE)  # pages of its own, at the end
    journal.close()
    last = paths.journal_db.stat().st_size // PAGE
    if prepare is not None:
        key = Vault.load(paths.vault_file).unlock_with_passphrase(PASSPHRASE)
        prepare(paths, key, child)
    assert last - first >= 5
    _flip_pages(paths.journal_db, first, last)
    return _hashes(paths)


def _raw(paths: AppPaths, key: bytes, *statements: str) -> None:
    conn = sqlcipher.connect(paths.journal_db, key)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _deleted_entry(paths: AppPaths, key: bytes, _child: str) -> None:
    """A note deleted long ago and not yet erased (as after a crash): lock and backups
    erase it."""
    _raw(
        paths,
        key,
        "UPDATE note SET deleted_at = '2020-01-01 00:00:00.000000'"
        " WHERE id = (SELECT id FROM note ORDER BY rowid DESC LIMIT 1)",
    )


def _missing_trigger(paths: AppPaths, key: bytes, _child: str) -> None:
    """A capture trigger missing (as from an older Companion): opening would create it."""
    _raw(paths, key, f'DROP TRIGGER "{PREFIX}note_insert"')


def _sealed_reading(paths: AppPaths, _key: bytes, child: str) -> None:
    """A temperature logged on the locked screen: unlocking would merge it."""
    when = datetime(2026, 1, 5, 2, 10, tzinfo=UTC)
    seal_reading(paths, TemperatureReading(child_id="", value=38.6, unit="C", taken_at=when), child)


def _unlock_and_lock(data_dir: Path) -> None:
    unlock_journal(data_dir).close()


def _used(action: Callable[[Journal], object]) -> Callable[[Path], None]:
    """Unlock, do one thing the screens do (it finds the damage), lock."""

    def run(data_dir: Path) -> None:
        journal = unlock_journal(data_dir)
        try:
            with pytest.raises(Damaged):
                action(journal)
        finally:
            journal.close()

    return run


def _unlock_refused(data_dir: Path) -> None:
    with pytest.raises(Damaged):
        unlock_journal(data_dir)


WRITERS: dict[str, tuple[Prepare | None, Callable[[Path], None]]] = {
    "unlock then lock: deleted entries erased": (_deleted_entry, _unlock_and_lock),
    "a setting (auto-lock time)": (None, _used(lambda j: j.set_setting("auto_lock_minutes", 5))),
    "an entry": (None, _used(lambda j: j.add_note("typed at once", j.list_children()[0].id))),
    "sharing: this computer's identity": (None, _used(lambda j: j.sync_status())),
    "sharing: this computer's name": (None, _used(lambda j: j.name_this_computer("Kitchen"))),
    "the daily backup after erasing": (_deleted_entry, _used(lambda j: j.daily_backup())),
    "a capture trigger created at open": (_missing_trigger, _unlock_refused),
    "a reading sealed while locked, merged at unlock": (_sealed_reading, _unlock_and_lock),
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_damaged_journal_is_left_as_it_was_found(data_dir: Path, writer: str) -> None:
    prepare, action = WRITERS[writer]
    before = _damaged(data_dir, prepare)
    action(data_dir)
    assert _hashes(resolve_paths(data_dir)) == before


def test_a_sealed_reading_waits_while_the_journal_is_damaged(data_dir: Path) -> None:
    _damaged(data_dir, _sealed_reading)
    paths = resolve_paths(data_dir)
    journal = unlock_journal(data_dir)
    journal.close()
    # Not merged, and not refused either: it is the journal that is damaged, not the reading.
    assert journal.merged.added == () and journal.merged.refused == 0
    assert waiting(paths) == 1
    assert [p.name.endswith(SUFFIX) for p in paths.sealed_dir.iterdir()] == [True]


def test_an_older_damaged_journal_is_neither_migrated_nor_its_vault_upgraded(
    data_dir: Path,
) -> None:
    paths = resolve_paths(data_dir)
    shutil.copyfile(FIXTURES / "journal-v4.db", paths.journal_db)
    shutil.copyfile(FIXTURES / "journal-v4.vault", paths.vault_file)
    _flip_pages(paths.journal_db, 2, paths.journal_db.stat().st_size // PAGE)
    before = _hashes(paths)
    assert Vault.load(paths.vault_file).format == 1
    with pytest.raises(Damaged):
        Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE)
    assert _hashes(paths) == before
    assert not list(paths.backups_dir.glob("journal-before-migration-*"))


def test_opening_reads_without_the_check_and_the_first_write_runs_it_once(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Maya").id
    journal.sync_status()  # this computer's identity, made while the file is new
    journal.close()
    checks: list[Path] = []
    real = sqlcipher.check_snapshot

    def counted(path: Path, key: bytes) -> None:
        checks.append(path)
        real(path, key)

    monkeypatch.setattr(sqlcipher, "check_snapshot", counted)
    journal = unlock_journal(data_dir)
    engine = journal._unlocked()[0]
    journal.timeline(limit=10)
    journal.sync_status()
    journal.get_setting("auto_lock_minutes")
    assert checks == [] and not db.is_checked(engine)
    journal.add_note("the first write", child)
    journal.add_note("the second", child)
    assert len(checks) == 1 and db.is_checked(engine)
    journal.close()
