"""Render every screen as a small laptop shows it, at normal and double text, and measure that
no visible text is cut (tests/ui/clipping.py); the fever card never scrolls and keeps its
heading, number, "What to tell them" and both buttons in view."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

from companion.journal import Journal
from companion.journal.records import Kind
from companion.paths import resolve_paths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.shell.main_window import DIRECTORY, GLOSSARY, JOURNAL, MainWindow
from companion.ui.widgets.session import JournalSession
from tests.ui.clipping import clipped

SIZES = [(1024, 600), (1280, 800)]
SCALES = [1.0, 2.0]


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir)
    paths.ensure()
    journal, _code = Journal.create(data_dir, passphrase="a long test passphrase", _kdf=MINIMUM_KDF)
    child = journal.add_child("Maya")
    journal.add_contact(
        "Oncology clinic", role="after hours", phone="+17349369814", call_for_fever=True
    )
    journal.add_temperature(
        child.id, 38.6, "C", method="mouth", taken_at=datetime.now(UTC) - timedelta(minutes=5)
    )
    session = JournalSession(paths)
    shown = MainWindow(paths, session)
    qtbot.addWidget(shown)
    session.open_with(journal)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.scaler.reset()
    session.lock()


def fits(qtbot, root: QWidget, must_show: list[QWidget] = ()) -> None:  # type: ignore[no-untyped-def,assignment]
    """Wait for layouts to settle, then nothing may be cut."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not clipped(root, must_show), timeout=1500)
    found = clipped(root, must_show)
    assert not found, "\n".join(found)


def set_size(qtbot, window: MainWindow, size: tuple[int, int], scale: float) -> None:  # type: ignore[no-untyped-def]
    window.scaler.set_scale(scale)
    window._text_scale_changed(scale)
    window.setMinimumSize(0, 0)

    def resized() -> bool:
        window.resize(*size)  # again once sections have given way to a smaller minimum
        return (window.width(), window.height()) == size

    qtbot.waitUntil(resized)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_fever_card_fits_whole_and_never_scrolls(qtbot, window: MainWindow, size, scale) -> None:  # type: ignore[no-untyped-def]
    window.show_section(JOURNAL)
    page = window.journal_view.page
    assert page is not None
    card = page.fever_card
    qtbot.waitUntil(card.isVisible)
    set_size(qtbot, window, size, scale)
    assert card.phone_button is not None
    must = [
        card.title,
        card.phone_button.number_button,
        card.tell_title,
        card.tell_text,
        card.copy_button,
        card.dismiss_button,
    ]
    fits(qtbot, window, must)
    assert card.height() >= card.minimumSizeHint().height()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("section", [GLOSSARY, JOURNAL, DIRECTORY])
def test_sections_fit(qtbot, window: MainWindow, size, scale, section) -> None:  # type: ignore[no-untyped-def]
    window.show_section(section)
    if section == JOURNAL:
        page = window.journal_view.page
        assert page is not None
        page.dismiss_fever()
    set_size(qtbot, window, size, scale)
    fits(qtbot, window)
    if section == DIRECTORY:
        view = window.directory_view
        view.tabs.setCurrentWidget(view.care_team)
        fits(qtbot, window)


FORM_KINDS = [Kind.TEMPERATURE, Kind.SYMPTOM, Kind.APPOINTMENT, Kind.DOSE, Kind.MEDICINE, Kind.NOTE,
              Kind.QUESTION, Kind.CHILD]  # fmt: skip


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_forms_fit(qtbot, window: MainWindow, size, scale) -> None:  # type: ignore[no-untyped-def]
    window.show_section(JOURNAL)
    page = window.journal_view.page
    assert page is not None
    page.dismiss_fever()
    set_size(qtbot, window, size, scale)
    for kind in FORM_KINDS:
        page.open_form(kind)
        fits(qtbot, window)
        page.close_form()


def test_text_size_changes_every_widget_live_and_ctrl_0_resets(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_section(JOURNAL)
    window.build_remaining_sections()
    before = {id(w): w.font().pointSizeF() for w in QApplication.allWidgets() if w.isVisible()}
    window.text_bigger()
    window.scaler.set_scale(2.0)
    grown = [
        w
        for w in QApplication.allWidgets()
        if id(w) in before and abs(w.font().pointSizeF() - 2 * before[id(w)]) > 0.05
    ]
    assert grown == []
    window.reset_text_action.trigger()
    back = [
        w
        for w in QApplication.allWidgets()
        if id(w) in before and abs(w.font().pointSizeF() - before[id(w)]) > 0.05
    ]
    assert back == []
