"""The screens in front of the journal, rendered as a small laptop shows them, at normal and
double text: the first start (a quick reading above setup), its recovery-code page, the locked
screen with and without the emergency information, the card a reading shows while locked, and
the damage screen. No text is cut (tests/ui/clipping.py) and the window keeps the size set."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.exceptions import TimeoutError as WaitTimeout

from companion.journal import Damaged
from companion.journal.locked.emergency import ChildChoice, EmergencyChoices
from companion.paths import AppPaths
from companion.ui.gate.damage_page import DamagePage
from companion.ui.gate.setup_wizard import SetupWizard
from companion.ui.gate.unlock_view import UnlockView
from companion.ui.journal.fever.front_door import FirstReading, LockedExtras
from companion.ui.shell.main_window import JOURNAL, MainWindow
from companion.ui.widgets.session import JournalSession
from tests.support.journals import create_journal
from tests.ui.shell.test_small_screens import SCALES, SIZES, fits, set_size

MOTT = "+17349369814"


def _journal(paths: AppPaths, *, emergency: bool) -> None:
    journal, _code = create_journal(paths.data_dir)
    maya = journal.add_child("Maya")
    journal.add_contact("Oncology triage", role="after hours", phone=MOTT, call_for_fever=True)
    if emergency:
        choice = ChildChoice(maya.id, central_line="PICC, left arm", allergies="penicillin")
        journal.set_emergency_choices(EmergencyChoices(True, (choice,)))
    journal.close()


@pytest.fixture
def open_window(qtbot) -> Iterator[list[MainWindow]]:  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.scaler.reset()


def _window(qtbot, paths: AppPaths, made: list[MainWindow]) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(window)
    made.append(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section(JOURNAL)
    return window


def _fits_at(qtbot, window: MainWindow, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    fits(qtbot, window)
    assert (window.width(), window.height()) == size
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not _off_to_the_side(window), timeout=1500)
    assert _off_to_the_side(window) == []


def _off_to_the_side(window: MainWindow) -> list[str]:
    """Scrolled pages wider than their view: what hides past the right edge."""
    found = []
    for scroll in window.findChildren(QScrollArea):
        content = scroll.widget()
        if scroll.isVisible() and content is not None:
            policy = scroll.horizontalScrollBarPolicy()
            wide = content.width() > scroll.viewport().width()
            if policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and wide:
                found.append(f"{content.width()} px wide in {scroll.viewport().width()}")
    return found


def _type_reading(qtbot, field, text: str = "38.6") -> None:  # type: ignore[no-untyped-def]
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_first_start_fits(qtbot, paths: AppPaths, open_window, size, scale) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, paths, open_window)
    wizard = window.journal_view.gate
    assert isinstance(wizard, SetupWizard)
    set_size(qtbot, window, size, scale)
    _fits_at(qtbot, window, size)
    first = wizard.extra
    assert isinstance(first, FirstReading)
    _type_reading(qtbot, first.quick.value)
    qtbot.waitUntil(first.result.card.isVisible)
    _fits_at(qtbot, window, size)
    first.result.ask_number()
    _fits_at(qtbot, window, size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_the_recovery_code_page_fits(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, tmp_path: Path, open_window, size, scale
) -> None:
    window = _window(qtbot, paths, open_window)
    wizard = window.journal_view.gate
    assert isinstance(wizard, SetupWizard)
    other = tmp_path / "other"
    other.mkdir()
    journal, code = create_journal(other)
    set_size(qtbot, window, size, scale)
    try:
        wizard._created(journal, code)
        _fits_at(qtbot, window, size)
    finally:
        journal.close()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("emergency", [False, True])
def test_the_locked_screen_and_its_card_fit(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, open_window, size, scale, emergency
) -> None:
    _journal(paths, emergency=emergency)
    window = _window(qtbot, paths, open_window)
    unlock = window.journal_view.gate
    assert isinstance(unlock, UnlockView)
    extras = unlock.extra
    assert isinstance(extras, LockedExtras)
    assert extras.panel.isVisible() == emergency
    set_size(qtbot, window, size, scale)
    _fits_at(qtbot, window, size)
    unlock.show_recovery()
    _fits_at(qtbot, window, size)
    unlock.show_passphrase()
    with qtbot.waitSignal(extras.sealed, timeout=10_000):
        _type_reading(qtbot, extras.quick.value)
    assert extras.result.card.isVisible()
    _fits_at(qtbot, window, size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("backup", [False, True])
def test_the_damage_screen_fits(qtbot, paths: AppPaths, open_window, size, scale, backup) -> None:  # type: ignore[no-untyped-def]
    _journal(paths, emergency=False)
    if backup:  # its long file name is shown
        paths.backups_dir.mkdir(parents=True, exist_ok=True)
        (paths.backups_dir / "journal-2026-12-02.companion-backup").write_bytes(b"example")
    window = _window(qtbot, paths, open_window)
    window.session.report_damage(Damaged("the journal file is damaged"))
    qtbot.waitUntil(lambda: isinstance(window.journal_view.gate, DamagePage))
    set_size(qtbot, window, size, scale)
    _fits_at(qtbot, window, size)
