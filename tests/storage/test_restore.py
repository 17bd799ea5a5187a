"""Restore refuses what it should: forged, cut, shuffled or foreign backups, and a smaller
backup over a fuller journal unless confirmed. Refused means every live file byte-identical."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.paths import resolve_paths
from companion.storage.backup import read_backup_header
from companion.storage.errors import Damaged, ReplaceNeedsConfirmation
from tests.support.journals import PASSPHRASE, create_journal

PAGE = 4096


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _journal(folder: Path, notes: int) -> Path:
    """A journal with ``notes`` notes and its backup (made before the last of them)."""
    journal, _code = create_journal(folder)
    for i in range(notes):
        journal.add_note(f"note {i} " + "words to fill pages " * 20)
    backup = folder.parent / f"{folder.name}.companion-backup"
    journal.backup(backup)
    journal.add_note("written after the backup")
    journal.close()
    return backup


def _as_format_1(backup: Path, payload: bytes | None = None) -> bytes:
    """The same backup as Companion wrote it before backups had a MAC (or with another
    payload, its unkeyed hash recomputed: what anyone could forge)."""
    raw = backup.read_bytes()
    header = read_backup_header(backup)
    body = raw[header.payload_offset :] if payload is None else payload
    doc = json.loads(raw[20 : header.payload_offset - 64])
    del doc["entries"]
    doc.update(format=1, payload_size=len(body), payload_sha256=hashlib.sha256(body).hexdigest())
    text = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    prefix = b"COMPANION-BACKUP" + struct.pack(">I", len(text)) + text
    return prefix + hashlib.sha256(prefix).digest() + body


def _refused(backup: Path, data_dir: Path, error: type[Exception] = Damaged) -> Exception:
    before = _hashes(data_dir)
    with pytest.raises(error) as caught:
        Journal.restore(backup, data_dir, PASSPHRASE)
    assert _hashes(data_dir) == before
    assert "/" not in str(caught.value)
    return caught.value


@pytest.fixture
def live(data_dir: Path) -> Path:
    """A live journal; its own backup is beside it."""
    return _journal(data_dir, 30)


def test_an_old_backup_with_an_empty_payload_is_refused(live: Path, tmp_path: Path) -> None:
    forged = tmp_path / "empty.companion-backup"
    forged.write_bytes(_as_format_1(live, payload=b""))
    read_backup_header(forged)  # its hashes are consistent
    _refused(forged, live.parent / "data")
    fresh = tmp_path / "fresh"
    with pytest.raises(Damaged):  # not even into an empty folder
        Journal.restore(forged, fresh, PASSPHRASE)
    assert not (fresh / "journal.db").exists()


def test_cut_and_shuffled_backups_are_refused(live: Path, tmp_path: Path) -> None:
    data_dir = live.parent / "data"
    raw = live.read_bytes()
    start = read_backup_header(live).payload_offset
    payload = raw[start:]
    pages = [payload[i : i + PAGE] for i in range(0, len(payload), PAGE)]
    shuffled = b"".join([pages[0], pages[2], pages[1], *pages[3:]])
    cases = {
        "cut": raw[: start + len(payload) // 2],
        "cut to a page": _as_format_1(live, payload=payload[: PAGE * 3]),
        "pages swapped, hash fixed, old format": _as_format_1(live, payload=shuffled),
        "pages swapped": raw[:start] + shuffled,
    }
    for name, blob in cases.items():
        bad = tmp_path / f"{name}.companion-backup"
        bad.write_bytes(blob)
        _refused(bad, data_dir)


def test_a_payload_from_another_backup_fails_the_mac(data_dir: Path, tmp_path: Path) -> None:
    own = _journal(data_dir, 3)
    foreign = _journal(tmp_path / "other", 3)
    header = read_backup_header(own)
    raw, payload = (
        own.read_bytes(),
        foreign.read_bytes()[read_backup_header(foreign).payload_offset :],
    )
    doc = json.loads(raw[20 : header.payload_offset - 64])
    doc.update(payload_size=len(payload), payload_sha256=hashlib.sha256(payload).hexdigest())
    text = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    prefix = b"COMPANION-BACKUP" + struct.pack(">I", len(text)) + text
    forged = tmp_path / "forged.companion-backup"
    forged.write_bytes(
        prefix
        + hashlib.sha256(prefix).digest()
        + raw[len(prefix) + 32 : header.payload_offset]
        + payload
    )
    _refused(forged, data_dir)


def test_another_journals_backup_needs_confirmation(data_dir: Path, tmp_path: Path) -> None:
    _journal(data_dir, 3)
    foreign = _journal(tmp_path / "other", 40)  # same passphrase, more entries, other journal
    asked = _refused(foreign, data_dir, ReplaceNeedsConfirmation)
    assert isinstance(asked, ReplaceNeedsConfirmation)
    assert asked.other_journal and asked.current_entries is None
    assert asked.backup_entries == 40 and asked.current_changed is not None
    assert "another journal" in str(asked)


def test_a_smaller_backup_needs_confirmation_and_the_old_journal_is_kept(live: Path) -> None:
    data_dir = live.parent / "data"
    asked = _refused(live, data_dir, ReplaceNeedsConfirmation)
    assert isinstance(asked, ReplaceNeedsConfirmation)
    assert (asked.backup_entries, asked.current_entries) == (30, 31)
    assert asked.backup_made <= asked.current_changed  # type: ignore[operator]
    before = _hashes(data_dir)
    restored = Journal.restore(live, data_dir, PASSPHRASE, confirm_replace=True)
    assert len(restored.list_notes()) == 30
    restored.close()
    by_kind = {
        name.split(".replaced-")[0]: digest
        for name, digest in _hashes(data_dir).items()
        if ".replaced-" in name and not name.endswith("-journal")  # its emptied side file
    }
    assert by_kind["journal.db"] == before["journal.db"]  # renamed, never deleted
    assert by_kind["journal.vault"] == before["journal.vault"]


def test_an_old_format_backup_still_restores(live: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.companion-backup"
    old.write_bytes(_as_format_1(live))
    assert read_backup_header(old).format == 1
    journal = Journal.restore(old, tmp_path / "new-computer", PASSPHRASE)  # no confirmation
    assert len(journal.list_notes()) == 30
    journal.close()
    asked = _refused(old, live.parent / "data", ReplaceNeedsConfirmation)
    assert isinstance(asked, ReplaceNeedsConfirmation) and asked.current_entries == 31


def test_a_larger_or_equal_backup_needs_no_confirmation(data_dir: Path, tmp_path: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_note("one")
    journal.backup(tmp_path / "a.companion-backup")
    journal.close()
    Journal.restore(tmp_path / "a.companion-backup", data_dir, PASSPHRASE).close()
    assert resolve_paths(data_dir).journal_db.exists()


def _interrupted(data_dir: Path, tmp_path: Path, *, db_replaced: bool) -> tuple[Path, Path]:
    """The folder as a restore of another journal left it when killed between its renames:
    the old pair linked aside, its hot journal moved aside, the new vault not yet in place."""
    other = tmp_path / "other"
    _journal(other, 2)
    stamp = "20260102T030405-ab12"
    live_db, live_vault = data_dir / "journal.db", data_dir / "journal.vault"
    (data_dir / "journal.db-journal").write_bytes(b"")
    for live in (live_db, live_vault):
        (data_dir / f"{live.name}.replaced-{stamp}").hardlink_to(live)
    (data_dir / "journal.db-journal").rename(data_dir / f"journal.db.replaced-{stamp}-journal")
    (data_dir / f".journal.vault.restoring-{stamp}").write_bytes(
        (other / "journal.vault").read_bytes()
    )
    if db_replaced:
        (other / "journal.db").replace(live_db)
    return live_db, live_vault


def test_a_restore_killed_after_the_database_went_in_is_finished(
    data_dir: Path, tmp_path: Path
) -> None:
    from companion.journal.opening import clean_leftovers

    _journal(data_dir, 5)
    _interrupted(data_dir, tmp_path, db_replaced=True)
    clean_leftovers(resolve_paths(data_dir))
    journal = Journal.unlock(data_dir, PASSPHRASE)
    assert len(journal.list_notes()) == 3  # the other journal's, whole
    journal.close()
    assert not list(data_dir.glob(".journal.vault.restoring-*"))


def test_a_restore_killed_before_the_database_went_in_is_undone(
    data_dir: Path, tmp_path: Path
) -> None:
    _journal(data_dir, 5)
    before = (data_dir / "journal.db").read_bytes(), (data_dir / "journal.vault").read_bytes()
    _interrupted(data_dir, tmp_path, db_replaced=False)
    journal = Journal.unlock(data_dir, PASSPHRASE)  # unlocking finishes it too
    assert len(journal.list_notes()) == 6
    journal.close()
    assert (data_dir / "journal.db-journal").exists()  # its side file came back
    assert not list(data_dir.glob(".journal.vault.restoring-*"))
    assert (data_dir / "journal.vault").read_bytes() == before[1]
