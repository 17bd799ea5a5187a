"""First run and the locked screen, driven like a user: type, press Enter, click."""

from __future__ import annotations

import re
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from companion.journal import Journal
from companion.journal.records import Note
from companion.paths import AppPaths, resolve_paths
from companion.storage import errors, keystore
from companion.storage.vault import MINIMUM_KDF
from companion.ui.gate import lock_choice_page
from companion.ui.gate.lock_choice_page import passphrase_strength
from companion.ui.gate.retry_pause import retry_delay_ms
from companion.ui.gate.setup_wizard import CODE_PAGE, LOCK_PAGE, SetupWizard
from companion.ui.gate.setup_wizard import RESTORE_PAGE as SETUP_RESTORE_PAGE
from companion.ui.gate.unlock_view import RECOVERY_PAGE, RESTORE_PAGE, UnlockView
from companion.ui.widgets.error_sentences import error_sentence
from companion.ui.widgets.session import JournalSession, remember_unlock_methods, unlock_hints
from tests.support.journals import PASSPHRASE, create_journal
from tests.support.memkeyring import MemoryKeyring

CODE_SHAPE = re.compile(r"^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){7}$")


@pytest.fixture
def released_keyring(memory_keyring: MemoryKeyring) -> Iterator[MemoryKeyring]:
    """A keyring a test may set to "hang"; it is always let go at teardown."""
    yield memory_keyring
    memory_keyring.mode = "ok"
    memory_keyring.release.set()


def make_wizard(qtbot, paths: AppPaths, **kw) -> SetupWizard:  # type: ignore[no-untyped-def]
    kw.setdefault("keyring_probe", keystore.secure_backend)
    wizard = SetupWizard(paths, kdf=MINIMUM_KDF, **kw)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 750)
    wizard.show()
    return wizard


def make_unlock(qtbot, paths: AppPaths, **kw) -> UnlockView:  # type: ignore[no-untyped-def]
    view = UnlockView(paths, kdf=MINIMUM_KDF, **kw)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    return view


def saved_backup(data_dir: Path, tmp_path: Path) -> tuple[Path, str, Note]:
    """A journal with one note, backed up to a file "on a USB stick", then closed."""
    journal, code = create_journal(data_dir)
    note = journal.add_note("before the move")
    saved = tmp_path / "usb" / "journal.companion-backup"
    saved.parent.mkdir()
    journal.backup(saved)
    journal.close()
    return saved, code, note


def accessible_controls(root: QWidget) -> None:
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLineEdit):
            assert widget.accessibleName(), widget
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def go_through_setup(qtbot, wizard: SetupWizard, passphrase: str | None) -> Journal:  # type: ignore[no-untyped-def]
    assert wizard.pages.currentIndex() == LOCK_PAGE  # no intro to click through
    qtbot.waitUntil(wizard.lock_page.keyring_checked)
    if passphrase is None:
        qtbot.keyClick(wizard.lock_page.use_keyring, Qt.Key.Key_Space)
        assert wizard.lock_page.use_keyring.isChecked()
        qtbot.mouseClick(wizard.lock_page.create_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClicks(wizard.lock_page.passphrase, passphrase)
        qtbot.keyClick(wizard.lock_page.passphrase, Qt.Key.Key_Return)  # moves to the second field
        qtbot.keyClicks(wizard.lock_page.confirm, passphrase)
        qtbot.keyClick(wizard.lock_page.confirm, Qt.Key.Key_Return)
    assert wizard.lock_page.busy.isVisibleTo(wizard) or wizard.pages.currentIndex() == CODE_PAGE
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == CODE_PAGE, timeout=15_000)
    code = wizard.recovery_code
    assert CODE_SHAPE.match(code)
    assert wizard.code_page.code_label.text().split() == code.split("-")
    assert not wizard.code_page.finish_button.isEnabled()
    qtbot.keyClicks(
        wizard.code_page.last_group, code.split("-")[0].lower()
    )  # the first group: wrong
    assert "not the last group" in wizard.code_page.check_hint.text()
    assert not wizard.code_page.finish_button.isEnabled()
    wizard.code_page.last_group.clear()
    qtbot.keyClicks(wizard.code_page.last_group, code.split("-")[-1].lower())
    assert wizard.code_page.finish_button.isEnabled()
    with qtbot.waitSignal(wizard.created) as blocker:
        qtbot.keyClick(wizard.code_page.last_group, Qt.Key.Key_Return)
    journal = blocker.args[0]
    assert isinstance(journal, Journal)
    assert wizard.recovery_code == "" and wizard.code_page.code_label.text() == ""
    journal.recovery_for_test = code  # type: ignore[attr-defined]
    return journal


# ---- first run -------------------------------------------------------------------------


def test_setup_with_passphrase_then_lock_and_unlock(qtbot, paths: AppPaths) -> None:
    wizard = make_wizard(qtbot, paths)
    accessible_controls(wizard)
    qtbot.keyClicks(wizard.lock_page.passphrase, "short")
    assert "Too short" in wizard.lock_page.strength.text()
    assert not wizard.lock_page.create_button.isEnabled()
    wizard.lock_page.passphrase.clear()
    qtbot.keyClicks(wizard.lock_page.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.lock_page.confirm, PASSPHRASE + "x")
    assert "not the same" in wizard.lock_page.match.text()
    assert not wizard.lock_page.create_button.isEnabled()
    wizard.lock_page.passphrase.clear()
    wizard.lock_page.confirm.clear()

    journal = go_through_setup(qtbot, wizard, PASSPHRASE)
    code = journal.recovery_for_test  # type: ignore[attr-defined]
    note = journal.add_note("slept well after the transfusion")
    assert journal.has_passphrase and not journal.device_unlock_enabled
    assert unlock_hints(paths) == (True, False)

    session = JournalSession(paths)
    session.open_with(journal)
    session.lock_now()
    assert not journal.is_open and not session.is_unlocked()

    view = make_unlock(qtbot, paths)
    accessible_controls(view)
    view.start()
    assert view.pages.currentIndex() == 0
    qtbot.keyClicks(view.passphrase, "not my passphrase")
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "did not open" in view.message.text(), timeout=10_000)
    assert view.is_waiting() and not view.passphrase_page.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: not view.is_waiting(), timeout=5_000)
    assert view.passphrase_page.unlock_button.isEnabled()
    view.passphrase.clear()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=10_000) as blocker:
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    opened = blocker.args[0]
    assert opened.get(Note, note.id) == note
    assert view.passphrase.text() == "" and view.message.text() == ""
    opened.close()

    # Forgot the passphrase: the recovery code, typed loosely, opens it too.
    view2 = make_unlock(qtbot, paths)
    view2.start()
    qtbot.mouseClick(view2.passphrase_page.forgot_button, Qt.MouseButton.LeftButton)
    assert view2.pages.currentIndex() == RECOVERY_PAGE
    qtbot.keyClicks(view2.recovery, "2345 2345")
    qtbot.keyClick(view2.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "recovery code did not open" in view2.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not view2.is_waiting(), timeout=5_000)
    view2.recovery.clear()
    qtbot.keyClicks(view2.recovery, code.lower().replace("-", " "))
    with qtbot.waitSignal(view2.unlocked, timeout=10_000) as blocker:
        qtbot.mouseClick(view2.recovery_page.unlock_button, Qt.MouseButton.LeftButton)
    assert view2.last_method == "recovery"
    blocker.args[0].close()


def test_save_recovery_code_as_text_and_pdf(qtbot, paths: AppPaths, tmp_path: Path) -> None:
    from pypdf import PdfReader

    wizard = make_wizard(qtbot, paths)
    qtbot.waitUntil(wizard.lock_page.keyring_checked)
    qtbot.keyClicks(wizard.lock_page.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.lock_page.confirm, PASSPHRASE)
    qtbot.mouseClick(wizard.lock_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == CODE_PAGE, timeout=15_000)
    code = wizard.recovery_code

    text_file = tmp_path / "code.txt"
    assert wizard.code_page.save_code(text_file)
    assert code in text_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(text_file.stat().st_mode) == 0o600
    assert "code.txt" in wizard.code_page.code_message.text()

    pdf_file = tmp_path / "code.pdf"
    assert wizard.code_page.save_code(pdf_file)
    assert stat.S_IMODE(pdf_file.stat().st_mode) == 0o600
    extracted = "".join(page.extract_text() for page in PdfReader(pdf_file).pages)
    compact = re.sub(r"\s+", "", extracted)
    assert code.replace("-", "") in compact

    assert not wizard.code_page.save_code(tmp_path / "missing-folder" / "code.txt")
    assert "could not be saved" in wizard.code_page.code_message.text()
    # Pressing Enter before typing the last group explains what is missing.
    qtbot.keyClick(wizard.code_page.last_group, Qt.Key.Key_Return)
    assert "type the last group" in wizard.code_page.check_hint.text()
    assert wizard.recovery_code == code
    wizard._journal.close()  # type: ignore[union-attr]


def test_strength_hint() -> None:
    assert passphrase_strength("abc") == (False, "short")
    assert passphrase_strength("password") == (False, "guessable")
    assert passphrase_strength("aaaaaaaaaaaa") == (False, "guessable")
    assert passphrase_strength("tulip7garden")[0]
    assert passphrase_strength("blue kite over the bay") == (True, "strong")


def test_keyring_not_offered_without_a_secure_keyring(qtbot, paths: AppPaths) -> None:
    wizard = make_wizard(qtbot, paths, keyring_probe=lambda: None)
    qtbot.waitUntil(wizard.lock_page.keyring_checked)
    assert not wizard.lock_page.use_keyring.isEnabled()
    assert "no safe place for the key" in wizard.lock_page.keyring_note.text()


def test_keyring_check_that_hangs_is_given_up(
    qtbot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock_choice_page, "KEYRING_PROBE_TIMEOUT_MS", 200)
    gate = threading.Event()
    wizard = make_wizard(qtbot, paths, keyring_probe=lambda: gate.wait(30) and None)
    try:
        qtbot.waitUntil(
            lambda: "did not answer" in wizard.lock_page.keyring_note.text(), timeout=5_000
        )
        assert not wizard.lock_page.use_keyring.isEnabled()
        # The passphrase path still works meanwhile.
        qtbot.keyClicks(wizard.lock_page.passphrase, PASSPHRASE)
        qtbot.keyClicks(wizard.lock_page.confirm, PASSPHRASE)
        assert wizard.lock_page.create_button.isEnabled()
    finally:
        gate.set()


def test_setup_with_keyring_only_unlocks_automatically(qtbot, paths: AppPaths) -> None:
    wizard = make_wizard(qtbot, paths)
    journal = go_through_setup(qtbot, wizard, None)
    assert journal.device_unlock_enabled and not journal.has_passphrase
    assert unlock_hints(paths) == (False, True)
    journal.close()

    view = make_unlock(qtbot, paths)
    with qtbot.waitSignal(view.unlocked, timeout=10_000) as blocker:
        view.start()
    assert view.last_method == "device"
    blocker.args[0].close()


def test_keyring_only_journal_falls_back_to_the_recovery_code(
    qtbot, paths: AppPaths, released_keyring: MemoryKeyring
) -> None:
    journal, code = Journal.create(paths.data_dir, None, use_keyring=True, _kdf=MINIMUM_KDF)
    journal.close()
    remember_unlock_methods(paths, has_passphrase=False, device=True)
    released_keyring.mode = "raise"
    view = make_unlock(qtbot, paths)
    view.start()
    qtbot.waitUntil(lambda: "recovery code" in view.message.text(), timeout=10_000)
    assert view.pages.currentIndex() == RECOVERY_PAGE
    qtbot.keyClicks(view.recovery, code)
    with qtbot.waitSignal(view.unlocked, timeout=10_000) as blocker:
        qtbot.keyClick(view.recovery, Qt.Key.Key_Return)
    blocker.args[0].close()


# ---- keyring trouble ------------------------------------------------------------------------


def test_hanging_keyring_does_not_stop_the_passphrase(
    qtbot, paths: AppPaths, released_keyring: MemoryKeyring
) -> None:
    journal, _code = create_journal(paths.data_dir, use_keyring=True)
    journal.close()
    remember_unlock_methods(paths, has_passphrase=True, device=True)
    released_keyring.mode = "hang"
    view = make_unlock(qtbot, paths)
    view.start()
    assert "key kept on this computer" in view.status.text()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=5_000) as blocker:
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    assert view.last_method == "passphrase"
    blocker.args[0].close()


def test_hanging_keyring_gives_a_clear_message(
    qtbot, paths: AppPaths, released_keyring: MemoryKeyring
) -> None:
    journal, _code = create_journal(paths.data_dir, use_keyring=True)
    journal.close()
    remember_unlock_methods(paths, has_passphrase=True, device=True)
    released_keyring.mode = "hang"
    view = make_unlock(qtbot, paths, keyring_timeout_ms=200)
    view.start()
    qtbot.waitUntil(
        lambda: "did not give the journal's key back" in view.message.text(), timeout=5_000
    )
    assert view.status.text() == ""
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=5_000) as blocker:
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    blocker.args[0].close()


@pytest.mark.parametrize("mode", ["locked", "raise"])
def test_failing_keyring_falls_back_to_the_passphrase(
    qtbot, paths: AppPaths, released_keyring: MemoryKeyring, mode: str
) -> None:
    journal, _code = create_journal(paths.data_dir, use_keyring=True)
    journal.close()
    remember_unlock_methods(paths, has_passphrase=True, device=True)
    released_keyring.mode = mode
    view = make_unlock(qtbot, paths)
    view.start()
    qtbot.waitUntil(
        lambda: (
            view.message.text()
            == "This computer did not give the journal's key back, so please type the password "
            "for the journal."
        ),
        timeout=10_000,
    )
    assert view.pages.currentIndex() == 0


# ---- damaged journal and backups ----------------------------------------------------------------


def test_damaged_journal_offers_the_newest_backup(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    note = journal.add_note("kept in the backup")
    assert journal.daily_backup() is not None
    journal.close()
    db = paths.journal_db
    raw = bytearray(db.read_bytes())
    for offset in range(0, len(raw), 4096):  # spoil every page
        raw[offset + 100] ^= 0xFF
    db.write_bytes(bytes(raw))

    view = make_unlock(qtbot, paths)
    view.start()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "looks damaged" in view.message.text(), timeout=10_000)
    assert view.restore_newest_button.isVisibleTo(view)
    assert not view.is_waiting()  # not a wrong passphrase: no pause
    with qtbot.waitSignal(view.unlocked, timeout=15_000) as blocker:
        qtbot.mouseClick(view.restore_newest_button, Qt.MouseButton.LeftButton)
    restored = blocker.args[0]
    assert restored.get(Note, note.id) == note
    assert view.last_method == "restore"
    restored.close()


def test_restore_page_from_a_chosen_file(qtbot, paths: AppPaths, tmp_path: Path) -> None:
    saved, code, note = saved_backup(paths.data_dir, tmp_path)
    view = make_unlock(qtbot, paths)
    view.start()
    qtbot.mouseClick(view.passphrase_page.restore_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == RESTORE_PAGE
    qtbot.keyClick(view.restore_form.secret, Qt.Key.Key_Return)
    assert "choose a backup file" in view.message.text()
    view.set_restore_file(saved)
    assert view.restore_form.file_label.text() == saved.name
    qtbot.keyClick(view.restore_form.is_code, Qt.Key.Key_Space)
    qtbot.keyClicks(view.restore_form.secret, code)
    with qtbot.waitSignal(view.unlocked, timeout=15_000) as blocker:
        qtbot.keyClick(view.restore_form.secret, Qt.Key.Key_Return)
    restored = blocker.args[0]
    assert restored.get(Note, note.id) == note
    restored.close()


def test_first_run_restores_a_backup_from_another_computer(qtbot, tmp_path: Path) -> None:
    saved, code, note = saved_backup(tmp_path / "old-computer", tmp_path)
    new = resolve_paths(tmp_path / "new-computer")
    new.ensure()
    wizard = make_wizard(qtbot, new)
    accessible_controls(wizard)
    qtbot.mouseClick(wizard.lock_page.restore_link, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == SETUP_RESTORE_PAGE
    page = wizard.restore_page
    qtbot.keyClick(page.form.secret, Qt.Key.Key_Return)
    assert "choose a backup file" in page.message.text()
    wizard.set_restore_file(saved)
    assert page.form.file_label.text() == saved.name
    assert wizard.focusWidget() is page.form.secret

    qtbot.keyClicks(page.form.secret, "not my passphrase")
    qtbot.keyClick(page.form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "password did not open" in page.message.text(), timeout=10_000)
    assert not new.vault_file.exists() and not new.journal_db.exists()
    assert page.form.secret.selectedText() == "not my passphrase"

    qtbot.keyClick(page.form.is_code, Qt.Key.Key_Space)
    page.form.secret.clear()
    qtbot.keyClicks(page.form.secret, code.lower().replace("-", " "))
    with qtbot.waitSignal(wizard.created, timeout=15_000) as blocker:
        qtbot.keyClick(page.form.secret, Qt.Key.Key_Return)
    restored = blocker.args[0]
    assert isinstance(restored, Journal)
    assert restored.paths.data_dir == new.data_dir
    assert restored.get(Note, note.id) == note
    assert page.form.secret.text() == "" and page.message.text() == ""
    assert unlock_hints(new) == (True, False)
    restored.close()

    # The restored journal is the family's journal on this computer from now on.
    view = make_unlock(qtbot, new)
    view.start()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=10_000) as blocker:
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    assert blocker.args[0].get(Note, note.id) == note
    blocker.args[0].close()


def test_first_run_restore_refuses_a_file_that_is_not_a_backup(
    qtbot, paths: AppPaths, tmp_path: Path
) -> None:
    bogus = tmp_path / "holiday.companion-backup"
    bogus.write_bytes(b"not a backup at all" * 100)
    wizard = make_wizard(qtbot, paths)
    wizard.set_restore_file(bogus)
    page = wizard.restore_page
    qtbot.keyClicks(page.form.secret, PASSPHRASE)
    qtbot.keyClick(page.form.secret, Qt.Key.Key_Return)
    assert page.busy.isVisibleTo(wizard) or page.message.text()
    qtbot.waitUntil(lambda: "not a Companion backup" in page.message.text(), timeout=10_000)
    assert not page.busy.isVisibleTo(wizard) and page.form.isEnabled()
    assert not paths.vault_file.exists()
    qtbot.keyClick(page.form.secret, Qt.Key.Key_Escape)
    assert wizard.pages.currentIndex() == 0


def test_escape_goes_back_to_the_passphrase(qtbot, paths: AppPaths) -> None:
    create_journal(paths.data_dir)[0].close()
    view = make_unlock(qtbot, paths)
    view.start()
    qtbot.mouseClick(view.passphrase_page.forgot_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == RECOVERY_PAGE
    qtbot.keyClick(view.recovery, Qt.Key.Key_Escape)
    assert view.pages.currentIndex() == 0


# ---- background calls ------------------------------------------------------------------------


def test_background_call_reports_result_error_and_late_results(qtbot) -> None:
    from companion.ui.widgets.workers import run_job

    job = run_job(lambda: 41 + 1)
    with qtbot.waitSignal(job.succeeded) as blocker:
        pass
    assert blocker.args == [42]

    def boom() -> None:
        raise ValueError("no")

    job = run_job(boom)
    with qtbot.waitSignal(job.failed) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)

    gate = threading.Event()
    discarded: list[object] = []
    job = run_job(
        lambda: gate.wait(10) and "late", timeout_ms=50, may_hang=True, discard=discarded.append
    )
    with qtbot.assertNotEmitted(job.succeeded), qtbot.waitSignal(job.timed_out):
        pass
    gate.set()
    qtbot.waitUntil(lambda: discarded == ["late"])


# ---- words and pauses ---------------------------------------------------------------------


def test_every_typed_error_becomes_a_plain_sentence(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    expected = {
        errors.WrongKey("x"): "That password did not open the journal",
        errors.Damaged("x"): "The journal file looks damaged. Your backups are safe",
        errors.WeakParameters("x"): "looks damaged",
        errors.NewerSchema("x"): "newer version of Companion",
        errors.DiskFull("x"): "The disk is full",
        errors.ReadOnly("x"): "cannot write to its folder",
        errors.KeyringUnavailable("x"): "so please type the password for the journal",
        errors.Locked("x"): "already open in another Companion window",
        errors.StorageError("x"): "could not be opened",
        RuntimeError("boom"): "could not be opened",
        OSError(30, "Read-only file system"): "cannot write to its folder",
        PermissionError(13, "Permission denied"): "cannot write to its folder",
        OSError(28, "No space left on device"): "The disk is full",
    }
    for exc, words in expected.items():
        assert words in error_sentence(widget, exc), exc
    assert "recovery code did not open" in error_sentence(widget, errors.WrongKey("x"), "recovery")


def test_pause_grows_and_is_capped() -> None:
    assert [retry_delay_ms(n) for n in range(7)] == [0, 500, 1000, 2000, 4000, 5000, 5000]
