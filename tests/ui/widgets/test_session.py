"""The session: lock on request, lock after idle time, input keeps it open, settings kept;
the daily backup after unlock and the storage preload once the locked screen shows."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from companion.journal import Journal
from companion.journal import facade as journal_module
from companion.paths import AppPaths
from companion.storage.errors import DiskFull, Locked
from companion.ui.journal.journal_view import JournalView
from companion.ui.shell.main_window import JOURNAL, MainWindow
from companion.ui.widgets.session import (
    DEFAULT_IDLE_MINUTES,
    IDLE_SETTING,
    JournalSession,
    unlock_hints,
)
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal


def test_lock_now_checkpoints_closes_and_drops_the_key(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    session = JournalSession(paths)
    with qtbot.waitSignal(session.unlocked):
        session.open_with(journal)
    assert session.is_unlocked() and session.journal is journal
    journal.add_note("written just before locking")
    side = paths.journal_db.with_name(paths.journal_db.name + "-journal")
    with qtbot.waitSignal(session.locked):
        session.lock_now()
    assert session.journal is None and not journal.is_open
    with pytest.raises(Locked):
        journal.add_note("after the lock")
    assert not side.exists() or side.stat().st_size == 0  # everything is in the main file
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


# ---- work done around the lock ------------------------------------------------------------


def test_daily_backup_is_made_after_unlock(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.add_note("kept in today's backup")
    session = JournalSession(paths)
    assert list(paths.backups_dir.glob("*")) == []
    with qtbot.waitSignal(session.daily_backup_done, timeout=10_000) as made:
        session.open_with(journal)
    backup = made.args[0]
    assert backup.parent == paths.backups_dir
    assert backup.name == f"journal-{date.today().isoformat()}.companion-backup"
    session.lock()
    restored = Journal.restore(backup, paths.data_dir.parent / "restored", PASSPHRASE)
    assert restored.search("today's backup")
    restored.close()


def test_a_failed_daily_backup_is_a_calm_message_and_the_journal_stays_open(
    qtbot, paths: AppPaths
) -> None:
    journal, _code = create_journal(paths.data_dir)

    def disk_full() -> None:
        raise DiskFull("the disk is full; nothing was changed")

    journal.daily_backup = disk_full  # type: ignore[method-assign]
    session = JournalSession(paths)
    view = JournalView(paths, session, lambda: None)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.status_message, timeout=10_000) as said:
        session.open_with(journal)
    assert "disk is full" in said.args[0] and "what you saved is kept" in said.args[0]
    assert session.is_unlocked() and journal.is_open and view.page is not None
    view.page.shutdown()
    session.lock()


def test_locking_waits_for_a_daily_backup_in_progress(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    started, go_on = threading.Event(), threading.Event()
    real_backup = journal.daily_backup

    def slow_backup() -> object:
        started.set()
        go_on.wait(10)
        return real_backup()

    journal.daily_backup = slow_backup  # type: ignore[method-assign,assignment]
    session = JournalSession(paths)
    with qtbot.waitSignal(session.daily_backup_done, timeout=10_000) as made:
        session.open_with(journal)
        assert started.wait(10)
        threading.Timer(0.2, go_on.set).start()
        session.lock()  # waits for the backup instead of closing under it
    assert not journal.is_open
    assert made.args[0] is not None and made.args[0].exists()
    unlock_journal(paths.data_dir).check_integrity()


def test_preload_starts_once_the_locked_screen_is_painted(
    qtbot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_journal(paths.data_dir)[0].close()
    called = threading.Event()
    monkeypatch.setattr(journal_module, "preload", called.set)
    view = JournalView(paths, JournalSession(paths), lambda: None)
    qtbot.addWidget(view)
    QApplication.processEvents()
    assert not called.is_set() and not view.preload_started  # built but never shown
    view.show()
    qtbot.waitUntil(called.is_set, timeout=5_000)
    assert view.preload_started


def test_preload_waits_for_the_main_window_first_paint(
    qtbot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("window/section", JOURNAL)  # the journal is the first thing on screen
    settings.sync()
    painted_when_called: list[bool] = []
    window = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(window)
    # The first paint shows "Opening…" there; the journal screen is built just after it.
    assert window._built[JOURNAL] is None
    monkeypatch.setattr(
        journal_module, "preload", lambda: painted_when_called.append(window._painted)
    )
    window.show()
    qtbot.waitUntil(lambda: painted_when_called != [], timeout=10_000)
    assert painted_when_called == [True]
    assert window._built[JOURNAL] is not None
    assert window.stack.currentWidget() is window.journal_view


def test_importing_the_journal_screens_loads_no_storage() -> None:
    script = (
        "import sys\n"
        "import companion.ui.journal.journal_view, companion.ui.widgets.session\n"
        "import companion.ui.shell.main_window\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlcipher3', 'companion.storage.vault')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
