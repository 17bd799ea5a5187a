"""Journal lifecycle: create, unlock, lock, keys, device unlock, backups and restore."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.journal import backups as backups_module
from companion.journal import facade as journal_module
from companion.journal.records import Note
from companion.paths import resolve_paths
from companion.storage.errors import (
    Damaged,
    DiskFull,
    KeyringUnavailable,
    Locked,
    ReplaceNeedsConfirmation,
    WrongKey,
)
from companion.storage.vault import MINIMUM_KDF
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal
from tests.support.memkeyring import MemoryKeyring


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_then_unlock_with_passphrase_or_recovery_code(data_dir: Path) -> None:
    assert not Journal.exists(data_dir)
    journal, code = create_journal(data_dir)
    note = journal.add_note("first night at home")
    journal.close()
    assert Journal.exists(data_dir)
    for opened in (unlock_journal(data_dir), Journal.unlock(data_dir, recovery_code=code)):
        assert opened.get(Note, note.id) == note
        opened.close()


def test_create_needs_a_passphrase_or_the_keyring(data_dir: Path) -> None:
    with pytest.raises(ValueError):
        Journal.create(data_dir)
    with pytest.raises(ValueError):
        Journal.create(data_dir, "   ")
    assert not Journal.exists(data_dir)


def test_create_refuses_to_replace_a_journal(data_dir: Path) -> None:
    create_journal(data_dir)[0].close()
    with pytest.raises(FileExistsError):
        create_journal(data_dir)


def test_wrong_secrets_are_refused(data_dir: Path) -> None:
    create_journal(data_dir)[0].close()
    with pytest.raises(WrongKey):
        Journal.unlock(data_dir, "not the passphrase")
    with pytest.raises(WrongKey):
        Journal.unlock(data_dir, recovery_code="2345-2345-2345-2345-2345-2345-2345-2345")


def test_unlock_without_a_journal(data_dir: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Journal.unlock(data_dir, PASSPHRASE)


def test_a_missing_or_emptied_database_is_damaged(data_dir: Path) -> None:
    create_journal(data_dir)[0].close()
    db_path = resolve_paths(data_dir).journal_db
    db_path.write_bytes(b"")
    with pytest.raises(Damaged):
        unlock_journal(data_dir)
    db_path.unlink()
    with pytest.raises(Damaged):
        unlock_journal(data_dir)


def test_keyring_only_journal_unlocks_without_typing(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    journal, code = Journal.create(data_dir, use_keyring=True, _kdf=MINIMUM_KDF)
    assert journal.device_unlock_enabled and not journal.has_passphrase
    journal.close()
    Journal.unlock(data_dir).close()
    memory_keyring.mode = "locked"
    with pytest.raises(KeyringUnavailable):
        Journal.unlock(data_dir)
    Journal.unlock(data_dir, recovery_code=code).close()


def test_create_with_a_broken_keyring_leaves_nothing(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.mode = "raise"
    with pytest.raises(KeyringUnavailable):
        Journal.create(data_dir, PASSPHRASE, use_keyring=True, _kdf=MINIMUM_KDF)
    assert not Journal.exists(data_dir)
    assert not resolve_paths(data_dir).journal_db.exists()


def test_after_close_everything_is_locked(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.close()
    journal.close()
    assert not journal.is_open
    for call in (
        lambda: journal.add_note("late"),
        lambda: journal.timeline(),
        lambda: journal.search("late"),
        lambda: journal.new_recovery_code(),
        lambda: journal.backup(data_dir / "b"),
    ):
        with pytest.raises(Locked):
            call()
    assert journal._key is None


def test_folder_and_files_are_private(data_dir: Path) -> None:
    data_dir.chmod(0o755)
    journal, _code = create_journal(data_dir)
    journal.add_note("private")
    paths = resolve_paths(data_dir)
    assert _mode(data_dir) == 0o700
    assert _mode(paths.backups_dir) == 0o700
    assert not Path(f"{paths.journal_db}-wal").exists()
    for suffix in ("", "-journal"):
        assert _mode(Path(f"{paths.journal_db}{suffix}")) == 0o600
    assert _mode(paths.vault_file) == 0o600
    journal.close()
    assert _mode(paths.journal_db) == 0o600


def test_change_passphrase_rewraps_only(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_note("unchanged bytes")
    journal.close()
    db_path = resolve_paths(data_dir).journal_db
    before = _digest(db_path)
    journal = unlock_journal(data_dir)
    with pytest.raises(WrongKey):
        journal.change_passphrase("wrong old passphrase", "new passphrase here")
    journal.change_passphrase(PASSPHRASE, "new passphrase here")
    journal.close()
    assert _digest(db_path) == before
    with pytest.raises(WrongKey):
        Journal.unlock(data_dir, PASSPHRASE)
    Journal.unlock(data_dir, "new passphrase here").close()


def test_new_recovery_code_replaces_the_old(data_dir: Path) -> None:
    journal, old = create_journal(data_dir)
    new = journal.new_recovery_code()
    journal.close()
    assert new != old
    with pytest.raises(WrongKey):
        Journal.unlock(data_dir, recovery_code=old)
    Journal.unlock(data_dir, recovery_code=new).close()


def test_device_unlock_on_and_off(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    journal, _code = create_journal(data_dir)
    assert not journal.device_unlock_enabled
    journal.enable_device_unlock()
    assert journal.device_unlock_enabled
    journal.close()
    journal = Journal.unlock(data_dir)
    journal.disable_device_unlock()
    assert memory_keyring.store == {}
    journal.close()
    with pytest.raises((WrongKey, KeyringUnavailable)):
        Journal.unlock(data_dir)


def test_device_unlock_needs_a_working_keyring(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    journal, _code = create_journal(data_dir)
    memory_keyring.mode = "raise"
    with pytest.raises(KeyringUnavailable):
        journal.enable_device_unlock()
    assert not journal.device_unlock_enabled
    journal.close()


def test_backup_and_restore(data_dir: Path, tmp_path: Path) -> None:
    journal, code = create_journal(data_dir)
    kept = journal.add_note("before the backup")
    target = tmp_path / "saved.companion-backup"
    journal.backup(target)
    journal.add_note("after the backup")
    journal.close()

    with pytest.raises(ReplaceNeedsConfirmation) as asked:  # the journal holds more
        Journal.restore(target, data_dir, recovery_code=code, _kdf=MINIMUM_KDF)
    assert asked.value.current_entries == asked.value.backup_entries + 1
    assert asked.value.current_changed is not None and not asked.value.other_journal
    restored = Journal.restore(
        target, data_dir, recovery_code=code, confirm_replace=True, _kdf=MINIMUM_KDF
    )
    try:
        assert [n.id for n in restored.list_notes()] == [kept.id]
        restored.check_integrity()
    finally:
        restored.close()

    other = Journal.restore(target, tmp_path / "new-computer", PASSPHRASE, _kdf=MINIMUM_KDF)
    assert other.search("before")[0].id == kept.id
    other.close()


def test_restore_derives_the_passphrase_key_once(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restoring checks the passphrase (or recovery code) against the backup's vault; opening
    the restored journal reuses that key instead of running the slow derivation again."""
    from companion.storage import vault as vault_module

    journal, code = create_journal(data_dir)
    kept = journal.add_note("kept in the backup")
    target = tmp_path / "saved.companion-backup"
    journal.backup(target)
    journal.close()
    calls: list[int] = []
    real_argon2id = vault_module._argon2id

    def counted(*args: object) -> bytes:
        calls.append(1)
        return real_argon2id(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(vault_module, "_argon2id", counted)
    restored = Journal.restore(target, tmp_path / "one", PASSPHRASE)
    assert len(calls) == 1
    assert [n.id for n in restored.list_notes()] == [kept.id]
    restored.close()
    restored = Journal.restore(target, tmp_path / "two", recovery_code=code)
    assert len(calls) == 2  # the recovery code's slot: one derivation too
    restored.close()
    with pytest.raises(WrongKey):
        Journal.restore(target, tmp_path / "three", "not the passphrase")


def test_close_waits_for_a_backup_running_on_another_thread(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup on a worker thread has the engine but no connection yet when close() comes:
    close must wait, not dispose the engine under it (the backup would open a new one)."""
    journal, _code = create_journal(data_dir)
    kept = journal.add_note("written before the backup")
    started, release = threading.Event(), threading.Event()
    real_connection = backups_module.driver_connection

    def paused_connection(engine: object) -> object:
        started.set()
        assert release.wait(10)
        return real_connection(engine)  # type: ignore[arg-type]

    monkeypatch.setattr(backups_module, "driver_connection", paused_connection)
    target = tmp_path / "during-close.companion-backup"
    worker = threading.Thread(target=journal.backup, args=(target,))
    worker.start()
    assert started.wait(10)
    closer = threading.Thread(target=journal.close)
    closer.start()
    closer.join(0.3)
    assert closer.is_alive(), "close() must wait for the backup that is under way"
    release.set()
    worker.join(10)
    closer.join(10)
    assert not closer.is_alive() and not journal.is_open
    with pytest.raises(Locked):
        journal.backup(tmp_path / "after-close.companion-backup")
    restored = Journal.restore(target, tmp_path / "elsewhere", PASSPHRASE, _kdf=MINIMUM_KDF)
    assert [n.id for n in restored.list_notes()] == [kept.id]
    restored.close()


def test_a_damaged_backup_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_note("live data")
    target = tmp_path / "saved.companion-backup"
    journal.backup(target)
    journal.close()
    raw = bytearray(target.read_bytes())
    raw[-100] ^= 0x01
    target.write_bytes(bytes(raw))
    before = _digest(resolve_paths(data_dir).journal_db)
    with pytest.raises(Damaged):
        Journal.restore(target, data_dir, PASSPHRASE)
    assert _digest(resolve_paths(data_dir).journal_db) == before


def test_daily_backup_once_a_day(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    first = journal.daily_backup()
    assert first is not None and first.parent == resolve_paths(data_dir).backups_dir
    assert journal.daily_backup() is None
    journal.close()


def test_list_backups_newest_first_with_when_each_was_written(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    assert journal.list_backups() == []
    today = journal.daily_backup()
    assert today is not None
    folder = today.parent
    older = folder / "journal-2020-01-02.companion-backup"
    oldest = folder / "journal-2020-01-01.companion-backup"
    for path, stamp in ((older, 1_577_958_000), (oldest, 1_577_871_600)):
        path.write_bytes(b"an old backup")
        os.utime(path, (stamp, stamp))
    (folder / "notes.txt").write_text("not a backup")
    listed = journal.list_backups()
    assert [path for path, _when in listed] == [today, older, oldest]
    assert all(when.tzinfo is not None for _path, when in listed)
    assert listed[1][1] == datetime.fromtimestamp(1_577_958_000, tz=UTC)
    journal.close()
    assert [path for path, _when in journal.list_backups()] == [today, older, oldest]  # locked


def test_two_journals_on_one_folder_do_not_corrupt(data_dir: Path) -> None:
    first, _code = create_journal(data_dir)
    second = unlock_journal(data_dir)
    ids = []
    for i in range(20):
        ids.append(first.add_note(f"first {i}").id)
        ids.append(second.add_note(f"second {i}").id)
    assert first.timeline_count() == second.timeline_count() == 40
    first.close()
    second.close()
    journal = unlock_journal(data_dir)
    assert {n.id for n in journal.list_notes()} == set(ids)
    journal.check_integrity()
    journal.close()


def test_open_journals_are_closed_at_exit(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_note("closed by the exit handler")
    journal_module._close_all_at_exit()
    assert not journal.is_open
    side = Path(f"{resolve_paths(data_dir).journal_db}-journal")
    assert not side.exists() or side.stat().st_size == 0


def test_context_manager_locks(data_dir: Path) -> None:
    with create_journal(data_dir)[0] as journal:
        journal.add_note("inside")
    assert not journal.is_open


def test_a_full_disk_changes_nothing(data_dir: Path) -> None:
    from companion.storage import engine as db

    journal, _code = create_journal(data_dir)
    kept = journal.add_note("fits")
    with db.read(journal._repo().engine) as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull):
        journal.add_note("does not fit " * 5000)
    assert journal.list_notes() == [kept]
    journal.close()


def test_secure_keyring_reports_the_test_backend_and_none_without_one(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    from companion.journal import Journal

    assert Journal.secure_keyring() is not None
    keyring.set_keyring(fail.Keyring())
    assert Journal.secure_keyring() is None
