"""The "Privacy and backups" tab, driven like a user: back up, change keys, choose auto-lock."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion.journal import Journal, KeyringUnavailable, WrongKey
from companion.journal.records import Child
from companion.paths import AppPaths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.journal.journal_page import JournalPage
from companion.ui.journal.security_view import CODE_PENDING_SETTING, SecurityView
from companion.ui.widgets.session import IDLE_SETTING, JournalSession, unlock_hints
from tests.support.journals import PASSPHRASE, create_journal
from tests.support.memkeyring import MemoryKeyring
from tests.ui.helpers import click, unnamed_controls

CODE_SHAPE = re.compile(r"^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){7}$")
NEW_PASSPHRASE = "seven quiet herons at dawn"


@pytest.fixture
def opened(paths: AppPaths) -> Iterator[tuple[Journal, str]]:
    """A journal with a passphrase (cheapest key derivation) and its recovery code."""
    journal, code = create_journal(paths.data_dir)
    yield journal, code
    journal.close()


@pytest.fixture
def released_keyring(memory_keyring: MemoryKeyring) -> Iterator[MemoryKeyring]:
    """A keyring a test may set to "hang"; it is always let go at teardown."""
    yield memory_keyring
    memory_keyring.mode = "ok"
    memory_keyring.release.set()


def make_view(qtbot, journal: Journal, session=None, **kw) -> SecurityView:  # type: ignore[no-untyped-def]
    view = SecurityView(journal, session, **kw)
    qtbot.addWidget(view)
    view.resize(900, 1700)  # everything on screen at once
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def shut(qtbot) -> Iterator[list[SecurityView]]:  # type: ignore[no-untyped-def]
    """Views to shut down (like the journal page does) before their journal closes."""
    views: list[SecurityView] = []
    yield views
    for view in views:
        view.shutdown()


def digest(*files: Path) -> list[str]:
    return [hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "" for f in files]


def type_passphrases(qtbot, view: SecurityView, old: str | None, new: str) -> None:  # type: ignore[no-untyped-def]
    section = view.passphrase
    for field in section.fields():
        field.clear()
    if old is not None:
        qtbot.keyClicks(section.old, old)
        qtbot.keyClick(section.old, Qt.Key.Key_Return)  # on to the next field
    qtbot.keyClicks(section.new, new)
    qtbot.keyClick(section.new, Qt.Key.Key_Return)
    qtbot.keyClicks(section.confirm, new)
    qtbot.keyClick(section.confirm, Qt.Key.Key_Return)


# ---- the tab -------------------------------------------------------------------------------


def test_the_tab_is_last_and_every_control_has_a_name(qtbot, page: JournalPage) -> None:
    last = page.tabs.count() - 1
    assert page.tabs.tabText(last) == "Privacy and backups"
    page.show_tab(page.security)
    assert page.tabs.currentIndex() == last
    qtbot.waitUntil(lambda: page.security.device.keyring_state == "found")
    assert unnamed_controls(page.security) == []
    assert page.security.idle_choice.currentText() == "10 minutes"


# ---- backups -------------------------------------------------------------------------------


def test_back_up_now_then_restore_it_in_another_folder(
    qtbot, opened, shut, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, _code = opened
    note = journal.add_note("canary: the night the fever broke")
    chosen = tmp_path / "usb" / "before the move"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    view = make_view(qtbot, journal)
    shut.append(view)
    click(qtbot, view.backup_button)
    assert not view.backup_button.isEnabled()  # busy while it writes
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)
    saved = chosen.with_name("before the move.companion-backup")
    message = view.backups.message.text()
    assert "before the move.companion-backup" in message and "“usb”" in message
    assert str(saved.parent) not in message  # the folder by name, not its whole path
    assert "encrypted" in message and "recovery code" in message
    assert view.backup_button.isEnabled()
    assert b"canary" not in saved.read_bytes()

    restored = Journal.restore(saved, tmp_path / "elsewhere", PASSPHRASE, _kdf=MINIMUM_KDF)
    assert [found.id for found in restored.search("canary")] == [note.id]
    restored.close()


def test_a_backup_that_cannot_be_written_says_so(qtbot, opened, shut, tmp_path: Path) -> None:
    journal, _code = opened
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    view = make_view(qtbot, journal)
    shut.append(view)
    view.back_up_to(blocker / "backup.companion-backup")
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)
    assert "could not be saved there" in view.backups.message.text()
    assert journal.is_open


def test_automatic_backups_are_listed_after_unlock(qtbot, opened, shut, paths) -> None:
    journal, _code = opened
    session = JournalSession(paths)
    view = make_view(qtbot, journal, session)
    shut.append(view)
    assert "No automatic backup yet." in view.backup_list.text()
    with qtbot.waitSignal(session.daily_backup_done, timeout=10_000) as made:
        session.open_with(journal)
    assert made.args[0] is not None and made.args[0].exists()
    text = view.backup_list.text()
    assert "newest first" in text and text.count("•") == 1
    assert str(paths.backups_dir) not in text and "backups folder" in text
    assert view.backup_list.toolTip() == str(paths.backups_dir)
    session.lock()


# ---- passphrase ----------------------------------------------------------------------------


def test_change_passphrase_keeps_the_database_bytes(qtbot, opened, shut, paths) -> None:
    journal, _code = opened
    journal.add_note("written before the change")
    db_files = (paths.journal_db, paths.journal_db.with_name("journal.db-wal"))
    before = digest(*db_files)
    view = make_view(qtbot, journal)
    shut.append(view)
    section = view.passphrase

    type_passphrases(qtbot, view, "not my passphrase", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "not your current password" in section.message.text(), timeout=10_000)
    assert "Nothing was changed" in section.message.text()
    assert section.old.hasFocus() and section.old.selectedText() == "not my passphrase"
    qtbot.waitUntil(section.button.isEnabled, timeout=5_000)  # after a short pause
    section.old.clear()
    qtbot.keyClicks(section.old, PASSPHRASE)
    assert section.strength.text() == "Strong."
    click(qtbot, section.button)
    qtbot.waitUntil(lambda: "is changed" in section.message.text(), timeout=10_000)
    assert all(field.text() == "" for field in section.fields())
    assert digest(*db_files) == before  # only the key file changed
    journal.close()

    with pytest.raises(WrongKey):
        Journal.unlock(paths.data_dir, PASSPHRASE)
    reopened = Journal.unlock(paths.data_dir, NEW_PASSPHRASE)
    assert reopened.search("written before")
    reopened.close()


def test_keyring_only_journal_adds_a_passphrase_before_turning_the_keyring_off(
    qtbot, paths, shut, memory_keyring: MemoryKeyring
) -> None:
    journal, _code = Journal.create(paths.data_dir, None, use_keyring=True, _kdf=MINIMUM_KDF)
    view = make_view(qtbot, journal)
    shut.append(view)
    device, section = view.device, view.passphrase
    qtbot.waitUntil(lambda: device.keyring_state == "found", timeout=10_000)
    assert section.heading.text() == "Add a password"
    assert not section.old.isVisible()
    assert device.box.isChecked() and "no password" in device.note.text()

    click(qtbot, device.box)  # try to turn it off: refused, with the reason
    assert device.box.isChecked() and not view.busy()
    assert "Add a password above first" in device.message.text()
    assert journal.device_unlock_enabled and len(memory_keyring.store) == 1

    type_passphrases(qtbot, view, None, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "is added" in section.message.text(), timeout=10_000)
    assert journal.has_passphrase and section.heading.text() == "Password"
    assert section.old.isVisible()
    assert unlock_hints(paths) == (True, True)

    click(qtbot, device.box)
    qtbot.waitUntil(lambda: device.message.text().startswith("Done"), timeout=10_000)
    assert not device.box.isChecked() and not journal.device_unlock_enabled
    assert memory_keyring.store == {}
    assert unlock_hints(paths) == (True, False)
    journal.close()
    Journal.unlock(paths.data_dir, NEW_PASSPHRASE).close()


# ---- recovery code -------------------------------------------------------------------------


def test_new_recovery_code_replaces_the_old_one(qtbot, opened, shut, paths) -> None:
    journal, old_code = opened
    view = make_view(qtbot, journal)
    shut.append(view)
    click(qtbot, view.code_button)
    assert view.code_question.isVisible()
    click(qtbot, view.code_no)  # changed my mind: nothing happens
    assert not view.code_question.isVisible() and not view.busy()
    click(qtbot, view.code_button)
    click(qtbot, view.code_yes)
    qtbot.waitUntil(view.code_page.isVisible, timeout=10_000)
    assert not view.settings_page.isVisible()
    new_code = view.code_page.code
    assert CODE_SHAPE.match(new_code) and new_code != old_code
    assert view.code_page.code_label.text().split() == new_code.split("-")
    assert journal.get_setting(CODE_PENDING_SETTING) is True

    with pytest.raises(WrongKey):
        Journal.unlock(paths.data_dir, recovery_code=old_code)
    Journal.unlock(paths.data_dir, recovery_code=new_code).close()

    page = view.code_page
    qtbot.keyClicks(page.last_group, new_code.split("-")[-1].lower())
    qtbot.keyClick(page.last_group, Qt.Key.Key_Return)
    assert view.settings_page.isVisible() and not page.isVisible()
    assert page.code == ""
    assert "old one no longer works" in view.recovery.message.text()
    assert not journal.get_setting(CODE_PENDING_SETTING)
    assert not view.code_note.isVisible()


def test_a_code_never_confirmed_is_recalled_next_time(qtbot, opened, shut) -> None:
    journal, _code = opened
    journal.set_setting(CODE_PENDING_SETTING, True)
    view = make_view(qtbot, journal)
    shut.append(view)
    assert view.code_note.isVisible() and "not confirmed" in view.code_note.text()


# ---- unlock automatically ------------------------------------------------------------------


def test_device_unlock_on_and_off(qtbot, opened, shut, paths, memory_keyring) -> None:
    journal, _code = opened
    view = make_view(qtbot, journal)
    shut.append(view)
    device = view.device
    assert not device.box.isEnabled()  # until the keyring check answers
    qtbot.waitUntil(device.box.isEnabled, timeout=10_000)
    assert not device.box.isChecked()

    click(qtbot, device.box)
    qtbot.waitUntil(lambda: device.message.text().startswith("Done"), timeout=10_000)
    assert device.box.isChecked() and journal.device_unlock_enabled
    assert len(memory_keyring.store) == 1
    assert unlock_hints(paths) == (True, True)
    Journal.unlock(paths.data_dir).close()  # no passphrase typed: the keyring opens it

    click(qtbot, device.box)
    qtbot.waitUntil(lambda: "asks for your password" in device.message.text(), timeout=10_000)
    assert not device.box.isChecked() and not journal.device_unlock_enabled
    assert memory_keyring.store == {}
    assert unlock_hints(paths) == (True, False)
    with pytest.raises(KeyringUnavailable):
        Journal.unlock(paths.data_dir)


@pytest.mark.parametrize("mode", ["hang", "raise"])
def test_a_keyring_in_trouble_changes_nothing_and_never_freezes(
    qtbot, opened, shut, released_keyring: MemoryKeyring, mode: str
) -> None:
    journal, _code = opened
    view = make_view(qtbot, journal, keyring_timeout_ms=300)
    shut.append(view)
    device = view.device
    qtbot.waitUntil(device.box.isEnabled, timeout=10_000)
    released_keyring.mode = mode
    click(qtbot, device.box)
    assert "Asking this computer for the journal's key" in device.message.text()
    qtbot.keyClicks(view.passphrase.new, "still typing")  # the window keeps working
    assert view.passphrase.new.text() == "still typing"
    qtbot.waitUntil(lambda: "did not answer" in device.message.text(), timeout=10_000)
    assert "nothing was lost" in device.message.text()
    assert not device.box.isChecked() and device.box.isEnabled()
    assert not journal.device_unlock_enabled


def test_no_secure_keyring_means_not_offered(qtbot, opened, shut) -> None:
    journal, _code = opened
    view = make_view(qtbot, journal, keyring_probe=lambda: None)
    shut.append(view)
    qtbot.waitUntil(lambda: view.device.keyring_state == "none", timeout=10_000)
    assert not view.device.box.isEnabled()
    assert "no safe place for the key" in view.device.note.text()


def test_a_keyring_check_that_hangs_is_given_up(qtbot, opened, shut) -> None:
    journal, _code = opened
    gate = threading.Event()
    view = make_view(
        qtbot, journal, keyring_probe=lambda: gate.wait(30) and None, keyring_timeout_ms=200
    )
    shut.append(view)
    try:
        qtbot.waitUntil(lambda: view.device.keyring_state == "silent", timeout=10_000)
        assert not view.device.box.isEnabled()
        assert "did not answer" in view.device.note.text()
    finally:
        gate.set()


# ---- auto-lock -----------------------------------------------------------------------------


def test_auto_lock_minutes_are_stored_and_applied(qtbot, opened, shut, paths) -> None:
    journal, _code = opened
    session = JournalSession(paths)
    session.open_with(journal)
    view = make_view(qtbot, journal, session)
    shut.append(view)
    choice = view.idle_choice
    assert choice.currentText() == "10 minutes"
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Up)
    assert choice.currentText() == "5 minutes"
    assert session.idle_minutes == 5 and journal.get_setting(IDLE_SETTING) == 5
    assert session.idle_timer_active() and session._idle_timer.interval() == 5 * 60_000
    assert "5 minutes" in view.auto_lock.message.text()

    choice.setCurrentIndex(choice.findData(0))
    assert journal.get_setting(IDLE_SETTING) == 0 and not session.idle_timer_active()
    assert "stays open" in view.auto_lock.message.text()
    session.lock()


def test_auto_lock_without_a_session_is_stored_for_next_time(
    qtbot, page: JournalPage, journal: Journal, maya: Child
) -> None:
    page.show_tab(page.security)
    choice = page.security.idle_choice
    choice.setCurrentIndex(choice.findData(30))
    assert journal.get_setting(IDLE_SETTING) == 30
