"""A full or read-only disk during any change: one calm sentence, and nothing saved is lost.

For the journal's own writes the fault is injected where the disk answers the driver: every
write statement fails with the error SQLite itself gives ("database or disk is full",
"attempt to write a readonly database"), so the driver's error goes through the same
translation to a typed error, and on to the same sentence, as on a real disk. Exports and
backups go to a real small disk (a tmpfs, root only), filled up or remounted read-only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.journal import Journal
from companion.journal.records import Child, Kind
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click

FAULTS = {
    "full": ("database or disk is full", "disk is full"),
    "readonly": ("attempt to write a readonly database", "cannot"),
}


class Disk:
    """Makes every INSERT, UPDATE or DELETE fail the way the SQLCipher driver reports a bad
    disk: its own OperationalError, raised where the statement reaches the driver."""

    def __init__(self, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
        self.failure: str | None = None
        dialect = journal._repo().engine.dialect
        error = dialect.loaded_dbapi.OperationalError
        original = dialect.do_execute

        def do_execute(cursor, statement, parameters, context=None):  # type: ignore[no-untyped-def]
            writing = statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
            if self.failure and writing:
                raise error(self.failure)
            return original(cursor, statement, parameters, context)

        monkeypatch.setattr(dialect, "do_execute", do_execute)


@pytest.fixture
def disk(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> Disk:
    return Disk(journal, monkeypatch)


def _problems() -> list[str]:
    return [
        box.text()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QMessageBox) and box.isVisible()
    ]


def _close_problems() -> None:
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


@pytest.fixture
def saved(journal: Journal, maya: Child) -> list[str]:
    journal.add_note("Slept through the night", maya.id)
    journal.add_temperature(maya.id, 37.2)
    return sorted(e.id for e in journal.timeline())


def _still_saved(journal: Journal, saved: list[str]) -> None:
    assert set(saved) <= {e.id for e in journal.timeline(limit=100_000)}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_adding(qtbot, page: JournalPage, journal: Journal, disk: Disk, saved, fault):  # type: ignore[no-untyped-def]
    disk.failure, words = FAULTS[fault]
    form = page.open_form(Kind.NOTE)
    qtbot.keyClicks(form.text, "Ate a little soup")
    click(qtbot, form.save_button)
    assert words in form.error.text() and "still here" in form.error.text()
    assert form.text.toPlainText() == "Ate a little soup"
    _still_saved(journal, saved)
    assert len(journal.timeline()) == len(saved)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_editing(qtbot, page: JournalPage, journal: Journal, maya, disk: Disk, saved, fault):  # type: ignore[no-untyped-def]
    note = journal.list_notes(maya.id)[0]
    disk.failure, words = FAULTS[fault]
    form = page.open_form(Kind.NOTE, note.id)
    form.text.setPlainText("Changed my mind")
    click(qtbot, form.save_button)
    assert words in form.error.text()
    assert journal.get(Kind.NOTE, note.id).text == "Slept through the night"


@pytest.mark.parametrize("fault", list(FAULTS))
def test_deleting_and_undoing(
    qtbot, page: JournalPage, journal: Journal, maya, disk: Disk, saved, fault
):  # type: ignore[no-untyped-def]
    note = journal.list_notes(maya.id)[0]
    disk.failure, words = FAULTS[fault]
    page.delete_entry(Kind.NOTE, note.id)
    qtbot.waitUntil(lambda: any(words in text for text in _problems()))
    assert "nothing was changed" in _problems()[0]
    _close_problems()
    _still_saved(journal, saved)

    disk.failure = None
    page.delete_entry(Kind.NOTE, note.id)
    assert note.id not in {e.id for e in journal.timeline()}
    disk.failure, words = FAULTS[fault]
    page.undo_last()
    qtbot.waitUntil(lambda: any(words in text for text in _problems()))
    _close_problems()
    disk.failure = None
    assert set(saved) - {note.id} <= {e.id for e in journal.timeline()}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_saving_fever_rules(qtbot, page: JournalPage, journal: Journal, disk: Disk, saved, fault):  # type: ignore[no-untyped-def]
    from companion.journal import fever

    rules = page.rules
    before = journal.get_setting(fever.SETTINGS_KEY)
    disk.failure, words = FAULTS[fault]
    rules.high.setValue(38.3)
    assert rules.save() is False
    qtbot.waitUntil(lambda: any(words in text for text in _problems()))
    assert "still apply" in rules.message.text()
    assert journal.get_setting(fever.SETTINGS_KEY) == before
    _still_saved(journal, saved)


@pytest.mark.parametrize(("fault", "words"), [("full", "disk is full"), ("readonly", "cannot")])
def test_exporting(qtbot, page: JournalPage, journal: Journal, saved, small_disk, fault, words):  # type: ignore[no-untyped-def]
    _fill_or_lock(small_disk, fault)
    assert page.export_csv(str(small_disk / "journal.csv"), confirm=False) is None
    qtbot.waitUntil(lambda: any(words in text for text in _problems()))
    _close_problems()
    page.visits.export_calendar(None, str(small_disk / "visits.ics"), confirm=False)
    qtbot.waitUntil(lambda: any(words in text for text in _problems()))
    _still_saved(journal, saved)


def _fill_or_lock(disk: Path, fault: str) -> None:
    """Leave the small disk with no room at all, or make it read-only."""
    import subprocess

    if fault == "readonly":
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        return
    with open(disk / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError:
            pass


def test_an_unexpected_error_is_told_calmly_without_what_was_typed(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from companion.ui.shell import excepthook

    secret = "Maya's port hurts"
    try:
        raise RuntimeError(secret)
    except RuntimeError as exc:
        box = excepthook.handle(type(exc), exc.__traceback__, tmp_path, None)
    assert box is not None
    qtbot.addWidget(box)
    assert "Something went wrong" in box.text() and secret not in box.text()
    log = (tmp_path / excepthook.LOG_NAME).read_text()
    assert "RuntimeError" in log and "test_errors.py" in log
    assert secret not in log
    assert (tmp_path / excepthook.LOG_NAME).stat().st_mode & 0o777 == 0o600


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB disk (tmpfs), so a backup really runs out of space; root only."""
    import os
    import subprocess

    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root (CI runs as root)")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"this machine cannot mount a tmpfs: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize("fault", ["full", "readonly"])
def test_backing_up(qtbot, page: JournalPage, journal: Journal, maya, saved, small_disk, fault):  # type: ignore[no-untyped-def]
    import subprocess

    for number in range(300):  # enough pages that the backup cannot fit in 256 KiB
        journal.add_note(f"Evening {number}: slept, ate, played with the dog " * 20, maya.id)
    if fault == "readonly":
        subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    view = page.security
    target = small_disk / "backup.companion-backup"
    view.back_up_to(target)
    qtbot.waitUntil(lambda: view.backups.job is None, timeout=30_000)
    words = "not enough space" if fault == "full" else "could not be saved there"
    assert words in view.backups.message.text()
    assert not target.exists()
    _still_saved(journal, saved)
