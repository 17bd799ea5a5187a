"""In front of the journal: the first reading fast, and a reading on the locked screen.

The first-start test drives the real window with real clicks and keys, and counts what a
parent does: every click and every field typed and submitted is one action. Before, it took
13 actions on 4 screens (open Journal, set up, the passphrase twice, the recovery-code tick
and check, the child's name, + Temperature, the number, save) to see the card, and the card
had no number on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from companion.journal import Journal
from companion.journal.locked import waiting
from companion.journal.locked.emergency import ChildChoice, EmergencyChoices
from companion.paths import AppPaths
from companion.storage import vault as vault_module
from companion.storage.vault import MINIMUM_KDF
from companion.ui.journal.fever.front_door import FirstReading, LockedExtras
from companion.ui.shell.main_window import JOURNAL, MainWindow
from companion.ui.widgets.session import JournalSession
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal

MOTT = "+17349369814"
#: The most a parent should have to do, from a first start to the card with a number on it.
MOST_ACTIONS = 6


class Actions:
    """Real input, counted: a click, or a field typed and sent with Enter."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1

    def type_and_enter(self, text: str) -> None:
        """Type where the focus already is (no click to get there), then press Enter."""
        field = QApplication.focusWidget()
        assert isinstance(field, QLineEdit), field
        self.qtbot.keyClicks(field, text)
        self.qtbot.keyClick(field, Qt.Key.Key_Return)
        self.count += 1


def _window(qtbot, paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _open_journal_section(actions: Actions, window: MainWindow) -> None:
    item = window.nav.item(JOURNAL)
    assert item is not None
    actions.qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(item).center(),
    )
    actions.count += 1
    assert window.stack.currentIndex() == JOURNAL


def test_first_start_to_the_card_with_a_number_in_at_most_six_actions(
    qtbot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault_module, "DEFAULT_KDF", MINIMUM_KDF)  # a quick key derivation
    window = _window(qtbot, paths)
    actions = Actions(qtbot)

    _open_journal_section(actions, window)
    first = window.journal_view.gate.extra  # type: ignore[union-attr]
    assert isinstance(first, FirstReading)
    actions.click(first.quick.value)  # the sidebar keeps the focus: one click into the field
    actions.type_and_enter("38.6")
    card = first.result.card
    assert card.isVisible() and "38.6 °C" in card.reason.text()
    actions.click(card.add_contact_button)
    actions.type_and_enter("734-936-9814")
    assert card.phone_button is not None and card.phone_button.isVisible()
    assert card.phone_button.text() == "734-936-9814"  # type: ignore[attr-defined]
    to_card = actions.count
    assert to_card <= MOST_ACTIONS, to_card
    assert not list(paths.data_dir.glob("*.vault"))  # nothing written before setup

    # Then keep it: setup asks only what it must, and the reading is in the journal.
    actions.click(first.result.back_button)
    wizard = window.journal_view.gate
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.lock_page.passphrase)  # type: ignore[union-attr]
    actions.type_and_enter(PASSPHRASE)
    actions.type_and_enter(PASSPHRASE)
    qtbot.waitUntil(lambda: bool(wizard.recovery_code), timeout=20_000)  # type: ignore[union-attr]
    code = wizard.recovery_code  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.code_page.last_group)  # type: ignore[union-attr]
    actions.type_and_enter(code.split("-")[-1])
    qtbot.waitUntil(lambda: window.journal_view.page is not None, timeout=10_000)
    to_saved = actions.count
    assert to_saved == to_card + 4, to_saved
    print(f"\nactions to the card with a number: {to_card}; to the journal saved: {to_saved}")

    journal = window.journal_view.session.journal
    assert journal is not None
    (child,) = journal.list_children()
    assert child.name == "Your child"
    (reading,) = journal.latest_readings(child.id)
    assert (reading.value, reading.unit) == (38.6, "C")
    contact = journal.fever_contact()
    assert contact is not None and contact.phone == MOTT
    page = window.journal_view.page
    assert page is not None and page.fever.isVisible()  # the journal shows the card too
    assert page.form is None  # no child form in the way: the name can wait
    window.journal_view.session.lock()
    window.close()


def test_the_reading_waits_in_memory_and_nothing_is_written(qtbot, paths: AppPaths) -> None:
    first = FirstReading(paths)
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.quick.value, "39.8")
    qtbot.keyClick(first.quick.value, Qt.Key.Key_Return)
    reading, phone = first.pending()
    assert reading is not None and reading.value == 39.8 and phone is None
    for folder in (paths.data_dir, paths.config_dir):
        for path in folder.rglob("*"):
            if path.is_file():
                assert b"39.8" not in path.read_bytes()


def test_a_typing_slip_is_said_not_shown_as_a_card(qtbot, paths: AppPaths) -> None:
    first = FirstReading(paths)
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.quick.value, "385")
    qtbot.keyClick(first.quick.value, Qt.Key.Key_Return)
    assert first.pending() == (None, None)
    assert not first.result.isVisible()
    assert "thermometer shows" in first.quick.message.text()


# ---- the locked screen -------------------------------------------------------------------


def _locked_journal(data_dir: Path, *, emergency: bool) -> str:
    journal, _code = create_journal(data_dir)
    maya = journal.add_child("Maya")
    journal.add_contact("Oncology triage", phone=MOTT, call_for_fever=True)
    if emergency:
        journal.set_emergency_choices(EmergencyChoices(True, (ChildChoice(maya.id),)))
    journal.close()
    return maya.id


def test_locked_reading_with_the_card_off_uses_the_common_rule_and_is_sealed(
    qtbot, paths: AppPaths
) -> None:
    _locked_journal(paths.data_dir, emergency=False)
    extras = LockedExtras(paths)
    qtbot.addWidget(extras)
    extras.show()
    assert not extras.panel.isVisible()  # off: nothing of the journal is shown
    with qtbot.waitSignal(extras.sealed, timeout=10_000):
        qtbot.keyClicks(extras.quick.value, "38.1")
        qtbot.keyClick(extras.quick.value, Qt.Key.Key_Return)
    result = extras.result
    assert result.card.isVisible()
    assert "common rule: 38.0 °C (100.4 °F)" in result.rule_note.text()
    assert result.rule_note.isVisible()
    assert result.card.phone_button is None  # the number is in the journal, which is locked
    assert not result.card.add_contact_button.isVisible()
    assert "next time the journal is opened" in result.note.text()
    assert waiting(paths) == 1
    for path in paths.data_dir.rglob("*"):
        if path.is_file():
            assert b"38.1" not in path.read_bytes(), path.name


def test_locked_reading_with_the_card_on_shows_the_number_and_lands_in_the_journal_once(
    qtbot, paths: AppPaths
) -> None:
    maya = _locked_journal(paths.data_dir, emergency=True)
    extras = LockedExtras(paths)
    qtbot.addWidget(extras)
    extras.show()
    assert extras.panel.isVisible() and extras.panel.phone_button is not None
    assert extras.panel.phone_button.text() == "734-936-9814"  # type: ignore[attr-defined]
    with qtbot.waitSignal(extras.sealed, timeout=10_000):
        qtbot.keyClicks(extras.quick.value, "101.5")
        qtbot.keyClick(extras.quick.value, Qt.Key.Key_Return)
    assert extras.result.card.phone_button is not None
    buttons = [b.text() for b in extras.result.findChildren(QPushButton) if b.isVisible()]
    assert "734-936-9814" in buttons
    extras.result.card.dismiss_button.click()
    assert extras.quick.isVisible() and not extras.result.isVisible()

    first = unlock_journal(paths.data_dir)
    first.close()
    second = Journal.unlock(paths.data_dir, PASSPHRASE, _kdf=MINIMUM_KDF)
    readings = second.latest_readings(maya)
    assert [(r.value, r.unit) for r in readings] == [(101.5, "F")]
    second.close()


def test_a_damaged_emergency_file_is_said_in_words(qtbot, paths: AppPaths) -> None:
    _locked_journal(paths.data_dir, emergency=True)
    raw = paths.emergency_file.read_bytes()
    paths.emergency_file.write_bytes(raw[: len(raw) // 2])
    extras = LockedExtras(paths)
    qtbot.addWidget(extras)
    extras.show()
    assert extras.panel.damaged and extras.panel.isVisible()
    texts = " ".join(label.text() for label in extras.panel.findChildren(QLabel))
    assert "changed or damaged" in texts
    # The reading still works, with the common rule.
    qtbot.keyClicks(extras.quick.value, "38.4")
    qtbot.keyClick(extras.quick.value, Qt.Key.Key_Return)
    assert extras.result.card.isVisible() and extras.result.rule_note.isVisible()


# ---- changing it, and what the family hears at unlock ----------------------------------


def test_the_emergency_card_is_turned_on_changed_and_off_from_privacy(
    qtbot, paths: AppPaths
) -> None:
    from companion.journal.locked.emergency import read_emergency_info
    from companion.ui.journal.emergency_section import EmergencySection

    journal, _code = create_journal(paths.data_dir)
    maya = journal.add_child("Maya Rose")
    journal.add_child("Leo")
    section = EmergencySection(journal, None)
    qtbot.addWidget(section)
    section.show()
    assert not section.enabled.isChecked() and not paths.emergency_file.exists()
    qtbot.keyClick(section.enabled, Qt.Key.Key_Space)
    assert section.enabled.isChecked()
    maya_row = next(row for row in section.rows if row.child_id == maya.id)
    maya_row.shown.setChecked(True)
    qtbot.keyClicks(maya_row.central_line, "Port")
    qtbot.keyClicks(maya_row.allergies, "Penicillin")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in section.message.text()
    info = read_emergency_info(paths)
    assert info is not None
    assert [(c.name, c.central_line, c.allergies) for c in info.children] == [
        ("Maya", "Port", "Penicillin")
    ]
    section.enabled.setChecked(False)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert "Turned off" in section.message.text()
    assert not paths.emergency_file.exists()
    journal.close()


def test_unlocking_says_what_became_of_readings_logged_while_locked(qtbot, paths: AppPaths) -> None:
    from companion.ui.journal.journal_view import JournalView

    maya = _locked_journal(paths.data_dir, emergency=False)
    from companion.journal.locked import seal_reading
    from companion.journal.records import TemperatureReading

    for value in (38.2, 38.9):
        seal_reading(paths, TemperatureReading(child_id="", value=value), maya)
    bad = sorted(paths.sealed_dir.iterdir())[0]
    bad.write_bytes(bad.read_bytes()[:-3])
    session = JournalSession(paths)
    view = JournalView(paths, session, lambda: None)
    qtbot.addWidget(view)
    view.show()
    messages: list[str] = []
    view.status_message.connect(messages.append)
    session.open_with(Journal.unlock(paths.data_dir, PASSPHRASE, _kdf=MINIMUM_KDF))
    added = "A temperature taken while the journal was locked is now in it"
    assert any(added in message for message in messages)
    qtbot.waitUntil(lambda: view.window().findChild(QWidget, "problemMessage") is not None)
    box = view.window().findChild(QWidget, "problemMessage")
    assert "changed or cut short" in box.text()  # type: ignore[union-attr]
    box.close()  # type: ignore[union-attr]
    session.lock()


def test_setup_can_turn_the_emergency_card_on_for_the_child_named_later(paths: AppPaths) -> None:
    from companion.journal.locked.emergency import read_emergency_info
    from companion.journal.records import TemperatureReading
    from companion.ui.gate.setup_wizard import save_first_entries

    journal, _code = create_journal(paths.data_dir)
    reading = TemperatureReading(child_id="", value=38.4)
    save_first_entries(journal, reading, MOTT, emergency=True)
    journal.close()
    info = read_emergency_info(paths)
    assert info is not None
    assert [c.name for c in info.children] == ["Your child"]  # until the family names them
    assert info.contact is not None and info.contact.phone == MOTT
