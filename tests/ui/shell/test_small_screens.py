"""Render every screen as a small laptop shows it, at normal and double text, and measure that
no visible text is cut (tests/ui/clipping.py); the fever card never scrolls and keeps its
heading, number, "What to tell them" and both buttons in view."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

from companion.journal import Journal
from companion.paths import resolve_paths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.journal.forms.registry import FORMS
from companion.ui.shell.main_window import DIRECTORY, GLOSSARY, JOURNAL, MainWindow
from companion.ui.widgets.language import install_language
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
    # As the app starts: the English translator and US formats ("3:17 PM" is longer than
    # "15:17", and wraps sooner), whatever the tests before left installed.
    install_language("en", "US")
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


@pytest.mark.parametrize("scale", SCALES)
def test_the_sidebar_leaves_the_page_its_room_and_cuts_no_name(
    qtbot, window: MainWindow, scale
) -> None:  # type: ignore[no-untyped-def]
    set_size(qtbot, window, (1024, 600), scale)
    nav = window.nav
    qtbot.waitUntil(lambda: nav.width() <= max(220, 1024 // 5))
    metrics = nav.fontMetrics()
    for index in range(nav.count()):
        item = nav.item(index)
        row = nav.visualItemRect(item)
        words = metrics.boundingRect(
            QRect(0, 0, row.width() - 18, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        assert words.height() <= row.height(), item.text()
        assert row.right() <= nav.viewport().width(), item.text()
    if scale == 2.0:  # the longest name wraps rather than taking the page's room
        assert nav.visualItemRect(nav.item(DIRECTORY)).height() >= 2 * metrics.height()


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
    if section == JOURNAL:  # the tabs stay; the quick-add row folds into one menu first
        page = window.journal_view.page
        assert page is not None
        qtbot.waitUntil(page.timeline.isVisible)
        assert page.quick_add.isVisible() or page.fold_button.isVisible()
    if section == DIRECTORY:
        view = window.directory_view
        view.tabs.setCurrentWidget(view.care_team)
        fits(qtbot, window)


FORM_KINDS = list(FORMS)  # every kind with a form


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
    # A scroll area's viewport shows no text of its own (a list paints with the list's font).
    widgets = [
        w
        for w in QApplication.allWidgets()
        if w.isVisible() and w.objectName() != "qt_scrollarea_viewport"
    ]
    before = [w.font().pointSizeF() for w in widgets]

    def off(ratio: float) -> list[str]:
        return [
            f"{type(w).__name__} {w.objectName()}: {w.font().pointSizeF()} not {ratio * size}"
            for w, size in zip(widgets, before, strict=True)
            if abs(w.font().pointSizeF() - ratio * size) > 0.05
        ]

    window.bigger_action.trigger()
    window.scaler.set_scale(2.0)
    # Widgets that inherit the application font take it from the event loop.
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not off(2.0), timeout=2000)
    assert off(2.0) == []
    window.reset_text_action.trigger()
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not off(1.0), timeout=2000)
    assert off(1.0) == []


def test_the_saved_text_size_applies_before_any_screen_is_built(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir)
    paths.ensure()
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("view/text_scale", 2.0)
    settings.sync()
    base = QApplication.font().pointSizeF()
    shown = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(shown)
    try:
        shown.show_section(JOURNAL)  # the locked journal: the unlock or first-run screen
        gate = shown.journal_view
        labels = [w for w in gate.findChildren(QLabel) if w.isVisibleTo(gate) and w.text()]
        assert labels
        assert all(label.font().pointSizeF() >= 2 * base - 0.05 for label in labels)
    finally:
        shown.scaler.reset()


def test_the_window_opens_within_the_screen(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir)
    paths.ensure()
    shown = MainWindow(paths, JournalSession(paths))  # no saved size: the 1200x800 default
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    screen = shown.screen().availableGeometry()
    assert screen.width() < 1200 or screen.height() < 800  # the offscreen screen is smaller
    assert screen.contains(shown.frameGeometry())
