"""The session: lock on request, lock after idle time, input keeps it open, settings kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from companion.paths import AppPaths, resolve_paths
from companion.storage.errors import Locked
from companion.ui.session import (
    DEFAULT_IDLE_MINUTES,
    IDLE_SETTING,
    JournalSession,
    unlock_hints,
)
from tests.support.journals import create_journal, unlock_journal


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    result = resolve_paths(data_dir)
    result.ensure()
    return result


def test_lock_now_checkpoints_closes_and_drops_the_key(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    session = JournalSession(paths)
    with qtbot.waitSignal(session.unlocked):
        session.open_with(journal)
    assert session.is_unlocked() and session.journal is journal
    journal.add_note("written just before locking")
    wal = paths.journal_db.with_name(paths.journal_db.name + "-wal")
    assert wal.stat().st_size > 0  # the write is still in the write-ahead log
    with qtbot.waitSignal(session.locked):
        session.lock_now()
    assert session.journal is None and not journal.is_open
    with pytest.raises(Locked):
        journal.add_note("after the lock")
    assert not wal.exists() or wal.stat().st_size == 0  # everything is in the main file
    with qtbot.assertNotEmitted(session.locked):
        session.lock()  # locking twice is harmless
    reopened = unlock_journal(paths.data_dir)
    assert any(n.text == "written just before locking" for n in reopened.list_notes())
    reopened.close()


def test_unlock_methods_are_remembered_as_hints(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    session = JournalSession(paths)
    session.open_with(journal)
    assert unlock_hints(paths) == (True, False)
    session.lock()


def test_idle_time_locks_the_journal(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    session = JournalSession(paths)
    session.open_with(journal)
    assert session.idle_minutes == DEFAULT_IDLE_MINUTES
    assert session.idle_timer_active()
    with qtbot.waitSignals([session.auto_locked, session.locked], order="strict", timeout=5_000):
        session.set_idle_timeout_ms(50)
    assert not journal.is_open and not session.is_unlocked()
    assert not session.idle_timer_active()


def test_key_and_mouse_input_restart_the_idle_clock(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    session = JournalSession(paths)
    field = QLineEdit()
    field.setAccessibleName("Some field")
    qtbot.addWidget(field)
    field.show()
    session.open_with(journal)

    session._idle_timer.stop()
    field.repaint()
    assert not session.idle_timer_active()  # painting is not input
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert session.idle_timer_active()

    session._idle_timer.stop()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert session.idle_timer_active()

    session.lock()
    qtbot.keyClick(field, Qt.Key.Key_B)
    assert not session.idle_timer_active()  # the filter is gone once locked


def test_idle_minutes_are_a_journal_setting(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    session = JournalSession(paths)
    session.open_with(journal)
    session.set_idle_minutes(3)
    assert journal.get_setting(IDLE_SETTING) == 3
    session.lock()

    session.open_with(unlock_journal(paths.data_dir))
    assert session.idle_minutes == 3
    session.set_idle_minutes(0)  # never
    assert not session.idle_timer_active()
    session.lock()


def test_a_bad_stored_setting_falls_back_to_ten_minutes(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.set_setting(IDLE_SETTING, "soon")
    session = JournalSession(paths)
    session.open_with(journal)
    assert session.idle_minutes == DEFAULT_IDLE_MINUTES
    session.lock()
