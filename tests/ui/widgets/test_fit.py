"""The layouts that make room for longer words: each is squeezed and measured with the same
measure as the screens (tests/ui/clipping.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from companion.ui.widgets.fit.down_scroll import DownScroll
from companion.ui.widgets.fit.fitting import FittingPlaceholder
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.fit.row_or_column import COLUMN, ROW, RowOrColumn, title_and_actions
from tests.ui.clipping import clipped

LONG = "Lock the journal when nobody has used Companion for a while, please:"


def _shown(qtbot, widget: QWidget, width: int) -> QWidget:  # type: ignore[no-untyped-def]
    """``widget`` at the top of a window ``width`` wide, given the height it asks for, as a
    page's layout gives it."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    qtbot.addWidget(window)
    window.setMinimumSize(0, 0)
    window.resize(width, 600)
    window.show()
    qtbot.waitUntil(lambda: widget.width() == width)
    qtbot.wait(20)
    return window


def _resize(qtbot, window: QWidget, widget: QWidget, width: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 600)
    qtbot.waitUntil(lambda: widget.width() == width)
    qtbot.wait(20)


def test_a_label_and_its_choice_stack_when_a_line_is_too_short(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    label = QLabel(LONG)
    label.setWordWrap(True)
    combo = QComboBox()
    combo.addItem("Never (I lock it myself)")
    row = RowOrColumn(host)
    row.addWidget(label)
    row.addWidget(combo)
    wide = row.row_width() + 40
    window = _shown(qtbot, host, wide)
    assert row.direction() == ROW and not clipped(host)
    tall_when_wide = host.heightForWidth(wide)

    narrow = combo.sizeHint().width() + 20
    _resize(qtbot, window, host, narrow)
    qtbot.waitUntil(lambda: row.direction() == COLUMN)
    qtbot.waitUntil(lambda: not clipped(host))
    assert combo.geometry().top() >= label.geometry().bottom()  # under its words
    assert host.heightForWidth(narrow) > tall_when_wide
    assert host.minimumSizeHint().width() <= narrow  # it never asks for the row's width


def test_a_heading_keeps_its_buttons_and_they_wrap(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    layout = QVBoxLayout(host)
    title = QLabel("Medicines with a rather long heading")
    buttons = [QPushButton(f"A button with words number {n}") for n in range(3)]
    layout.addLayout(title_and_actions(host, title, *buttons))
    window = _shown(qtbot, host, 260)
    qtbot.waitUntil(lambda: not clipped(window))
    assert host.minimumSizeHint().width() <= 260


def test_a_grid_of_choices_has_as_many_columns_as_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    grid = FlowLayout(host, spacing=4, grid=True)
    buttons = [QPushButton(word) for word in ("Nausea", "Pain", "Numbness or tingling", "Rash")]
    for button in buttons:
        grid.addWidget(button)
    widest = max(button.sizeHint().width() for button in buttons)
    window = _shown(qtbot, host, 4 * widest + 40)
    assert len({button.y() for button in buttons}) == 1  # one row
    _resize(qtbot, window, host, 2 * widest + 10)
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 2)
    assert len({button.x() for button in buttons}) == 2  # two columns, lined up
    assert all(button.width() >= button.sizeHint().width() for button in buttons)
    assert not clipped(host)
    assert host.minimumSizeHint().width() <= widest + 1


def test_a_down_only_scroll_asks_for_its_page_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    QVBoxLayout(page).addWidget(QPushButton("A button that must never hide off the side"))
    holder = QWidget()
    QVBoxLayout(holder).addWidget(DownScroll(page))
    window = QWidget()
    QVBoxLayout(window).addWidget(holder)
    qtbot.addWidget(window)
    window.resize(80, 300)  # less than the page needs
    window.show()
    qtbot.waitExposed(window)
    scroll = holder.findChild(DownScroll)
    assert scroll is not None
    assert scroll.width() >= page.minimumSizeHint().width()
    assert not scroll.horizontalScrollBar().isVisible()
    assert not clipped(holder)


def test_a_hint_can_keep_its_box_wide_enough(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    FittingPlaceholder(edit, "Search the journal (Ctrl+F)", "Search the journal", hold_last=True)
    assert edit.minimumWidth() > edit.fontMetrics().horizontalAdvance("Search the journal")
    window = _shown(qtbot, edit, edit.minimumWidth())
    window.resize(10, 100)  # the box keeps its room
    qtbot.waitUntil(lambda: edit.width() == edit.minimumWidth())
    assert edit.placeholderText() == "Search the journal"
    assert not clipped(window)
    before = edit.minimumWidth()
    font = edit.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    edit.setFont(font)
    qtbot.waitUntil(lambda: edit.minimumWidth() > before)  # it follows the text size
