"""A backup never replaces a fuller journal without the family seeing both and saying yes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from companion.journal import ReplaceNeedsConfirmation
from companion.paths import AppPaths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.gate.unlock_view import RESTORE_PAGE, UnlockView
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal


def _older_backup(paths: AppPaths, tmp_path: Path) -> Path:
    journal, _code = create_journal(paths.data_dir)
    journal.add_note("in the backup")
    target = tmp_path / "older.companion-backup"
    journal.backup(target)
    for number in range(3):
        journal.add_note(f"written after the backup {number}")
    journal.close()
    return target


def _view(qtbot, paths: AppPaths) -> UnlockView:  # type: ignore[no-untyped-def]
    view = UnlockView(paths, kdf=MINIMUM_KDF)
    qtbot.addWidget(view)
    view.show()
    view.start()
    qtbot.mouseClick(view.passphrase_page.restore_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == RESTORE_PAGE
    return view


def test_declining_keeps_the_fuller_journal(qtbot, paths: AppPaths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = _older_backup(paths, tmp_path)
    before = paths.journal_db.read_bytes()
    asked: list[ReplaceNeedsConfirmation] = []
    view = _view(qtbot, paths)
    view.confirm_replace = lambda exc: asked.append(exc) or False  # type: ignore[method-assign]
    view.set_restore_file(backup)
    qtbot.keyClicks(view.restore_form.secret, PASSPHRASE)
    qtbot.keyClick(view.restore_form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Nothing was changed" in view.message.text(), timeout=15_000)
    (question,) = asked
    assert (question.backup_entries, question.current_entries) == (1, 4)
    assert paths.journal_db.read_bytes() == before
    journal = unlock_journal(paths.data_dir)
    assert len(journal.list_notes()) == 4
    journal.close()


def test_saying_yes_restores_and_keeps_the_old_journal_aside(
    qtbot, paths: AppPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    backup = _older_backup(paths, tmp_path)
    before = paths.journal_db.read_bytes()
    view = _view(qtbot, paths)
    view.confirm_replace = lambda exc: True  # type: ignore[method-assign]
    view.set_restore_file(backup)
    qtbot.keyClicks(view.restore_form.secret, PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=15_000) as blocker:
        qtbot.keyClick(view.restore_form.secret, Qt.Key.Key_Return)
    restored = blocker.args[0]
    assert [n.text for n in restored.list_notes()] == ["in the backup"]
    restored.close()
    found = paths.data_dir.glob("journal.db.replaced-*")
    (kept,) = [p for p in found if not p.name.endswith("-journal")]  # not its rollback journal
    assert kept.read_bytes() == before


def test_the_question_shows_both_dates_and_counts() -> None:
    from datetime import UTC, datetime

    from companion.ui.widgets.error_sentences import replace_question

    exc = ReplaceNeedsConfirmation(
        backup_made=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        backup_entries=12,
        current_changed=datetime(2026, 12, 1, 21, 0, tzinfo=UTC),
        current_entries=40,
        other_journal=False,
    )
    text = replace_question(exc)
    assert "12 entries" in text and "40 entries" in text
    assert "November 2026" in text and "December 2026" in text
    assert "not deleted" in text
