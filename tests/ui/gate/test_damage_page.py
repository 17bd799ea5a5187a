"""A damaged journal file, driven like a family would meet it: real bytes flipped on disk,
the real unlock screen, the one damage screen, and the backup restored in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.journal import Damaged, DiskFull, Journal, StorageError
from companion.paths import AppPaths
from companion.ui.gate.damage_page import DamagePage
from companion.ui.gate.unlock_view import UnlockView
from companion.ui.journal.journal_view import JournalView
from companion.ui.shell.main_window import JOURNAL, MainWindow
from companion.ui.widgets.error_sentences import tell_damage
from companion.ui.widgets.session import JournalSession
from tests.support.journals import PASSPHRASE, create_journal

PAGE = 4096


def damaged_journal(paths: AppPaths) -> tuple[list[str], bytes]:
    """A journal whose older notes are in the newest backup, with a byte flipped in every page
    those notes were written to (newer notes keep the first screen readable). Returns the
    backed-up texts and the damaged file's bytes."""
    journal, _code = create_journal(paths.data_dir)
    child = journal.add_child("Maya")
    journal.close()  # fold everything into journal.db, so its size says where pages go
    journal = Journal.unlock(paths.data_dir, PASSPHRASE)
    first_page = paths.journal_db.stat().st_size // PAGE
    kept = [f"kept in the backup {i}: " + "slept well, ate some toast " * 8 for i in range(40)]
    for text in kept:
        journal.add_note(text, child.id)
    assert journal.daily_backup() is not None
    journal.close()
    last_page = paths.journal_db.stat().st_size // PAGE
    journal = Journal.unlock(paths.data_dir, PASSPHRASE)
    for i in range(250):
        journal.add_note(f"written after the backup {i} " + "a quiet afternoon " * 8, child.id)
    journal.close()
    raw = bytearray(paths.journal_db.read_bytes())
    assert last_page - first_page >= 3, "the notes filled pages of their own"
    for page in range(first_page, last_page):
        raw[page * PAGE + 1500] ^= 0x5A
    paths.journal_db.write_bytes(bytes(raw))
    return kept, bytes(raw)


def journal_view(window: MainWindow) -> JournalView:
    window.show_section(JOURNAL)
    return window.journal_view


def test_flipped_bytes_lead_to_the_damage_screen_and_the_backup_comes_back(
    qtbot, paths: AppPaths
) -> None:
    kept, damaged_bytes = damaged_journal(paths)
    session = JournalSession(paths)
    window = MainWindow(paths, session)
    qtbot.addWidget(window)
    window.show()
    view = journal_view(window)
    assert isinstance(view.gate, UnlockView)
    qtbot.keyClicks(view.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(view.gate.passphrase, Qt.Key.Key_Return)

    # Unlocking may work (the damage is in older pages); the check after it finds it.
    qtbot.waitUntil(lambda: isinstance(view.gate, DamagePage), timeout=30_000)
    page = view.gate
    assert isinstance(page, DamagePage)
    assert view.page is None and session.journal is None and session.damage is not None
    said = window.statusBar().currentMessage()
    assert "damaged" in said and "safe" not in said
    assert page.newest is not None and page.form.backup_file == page.newest
    assert "newest backup is from" in page.backup_label.text()
    assert page.form.go_button.text() == "Restore it"
    assert page.form.choose_button.text().startswith("Choose another backup")

    if not page.form.secret.text():
        qtbot.keyClicks(page.form.secret, PASSPHRASE)
    qtbot.mouseClick(page.form.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.page is not None, timeout=30_000)

    assert session.damage is None and session.journal is not None
    model = view.page.timeline.model
    shown = [model.entry(row) for row in range(model.rowCount())]
    texts = " ".join(entry.title + " " + entry.detail for entry in shown if entry is not None)
    for text in kept[-5:]:
        assert text.split(":")[0] in texts
    assert "written after the backup" not in texts
    found = paths.data_dir.glob("journal.db.replaced-*")
    copies = sorted(p for p in found if not p.name.endswith("-journal"))  # its hot journal too
    assert len(copies) == 1
    assert copies[0].read_bytes() == damaged_bytes
    assert sorted(paths.data_dir.glob("journal.vault.replaced-*"))
    view.page.shutdown()
    session.lock()


def test_damage_found_by_the_background_check_closes_the_journal(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.add_child("Maya")

    def damaged() -> None:
        raise Damaged("the journal file is damaged")

    journal.check_integrity_apart = damaged  # type: ignore[method-assign]
    backups: list[object] = []
    # Today's backup was made at an earlier unlock (None): the full check reads every page.
    journal.daily_backup = lambda: backups.append(1)  # type: ignore[method-assign,assignment,return-value]
    session = JournalSession(paths)
    view = JournalView(paths, session, lambda: None)
    qtbot.addWidget(view)
    with qtbot.waitSignal(session.damaged, timeout=10_000):
        session.open_with(journal)
    assert isinstance(view.gate, DamagePage) and view.page is None
    assert not journal.is_open and backups == [1]
    assert "No backup was found" in view.gate.backup_label.text()
    qtbot.mouseClick(view.gate.retry_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.gate, UnlockView) and session.damage is None


@pytest.mark.parametrize(
    ("backup_error", "damaged"), [(StorageError("x"), True), (DiskFull("x"), False)]
)
def test_a_failed_backup_is_checked_for_damage(
    qtbot, paths: AppPaths, backup_error: Exception, damaged: bool
) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.add_child("Maya")

    def failing_backup() -> None:
        raise backup_error

    def check() -> None:
        if damaged:
            raise Damaged("the journal file is damaged")

    journal.daily_backup = failing_backup  # type: ignore[method-assign,assignment]
    journal.check_integrity_apart = check  # type: ignore[method-assign]
    session = JournalSession(paths)
    view = JournalView(paths, session, lambda: None)
    qtbot.addWidget(view)
    signal = session.damaged if damaged else session.daily_backup_failed
    with qtbot.waitSignal(signal, timeout=10_000):
        session.open_with(journal)
    assert isinstance(view.gate, DamagePage) is damaged
    assert session.is_unlocked() is not damaged
    if not damaged:
        view.page.shutdown()  # type: ignore[union-attr]
        session.lock()


def test_a_save_that_meets_damage_keeps_the_text_until_the_form_closes(
    qtbot, paths: AppPaths
) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.add_child("Maya")
    session = JournalSession(paths)
    view = JournalView(paths, session, lambda: None)
    qtbot.addWidget(view)
    session.open_with(journal)
    assert view.page is not None
    form = view.page.open_form("note")

    def damaged(*_args: object, **_kw: object) -> None:
        raise Damaged("the journal file is damaged")

    journal.add_note = damaged  # type: ignore[method-assign,assignment]
    form.text.setPlainText("a fever at 3am, called the ward")  # type: ignore[attr-defined]
    assert not form.save()
    assert "looks damaged" in form.error.text() and "still here" in form.error.text()
    assert view.page is not None and session.journal is journal  # not yanked away
    # The notice waits for the form: the family can copy what they typed first.
    qtbot.waitUntil(lambda: view._pending_damage is not None)
    assert view.page is not None and session.journal is journal
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.gate, DamagePage))
    assert session.journal is None


def test_damage_met_while_painting_goes_to_the_damage_screen(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.add_child("Maya")
    session = JournalSession(paths)
    view = JournalView(paths, session, lambda: None)
    qtbot.addWidget(view)
    session.open_with(journal)
    assert tell_damage(Damaged("x"))
    qtbot.waitUntil(lambda: isinstance(view.gate, DamagePage))
    assert not tell_damage(ValueError("not damage"))
