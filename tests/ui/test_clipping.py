"""The clipping measure finds cut text and passes text that fits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from tests.ui.clipping import clipped

LONG = "Call your care team now: a temperature of 38.0 C or higher"


def _shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _holder(child: QWidget, width: int) -> QWidget:
    holder = QWidget()
    child.setParent(holder)
    child.setGeometry(0, 0, width, 40)
    return holder


def test_text_that_fits_is_not_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Fever"))
    layout.addWidget(QPushButton("Close"))
    layout.addWidget(QCheckBox("Call this number"))
    wrapped = QLabel(LONG)
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    _shown(qtbot, page, 500, 300)
    assert clipped(page) == []


def test_narrow_single_line_texts_are_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    for widget in (QLabel(LONG), QPushButton(LONG), QCheckBox(LONG)):
        holder = _shown(qtbot, _holder(widget, 60), 400, 100)
        found = clipped(holder)
        assert len(found) == 1, found
        assert "wide" in found[0]


def test_placeholder_group_title_and_tabs_are_measured(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    edit.setPlaceholderText(LONG)
    assert clipped(_shown(qtbot, _holder(edit, 80), 300, 100))
    group = QGroupBox(LONG)
    assert clipped(_shown(qtbot, _holder(group, 80), 300, 100))
    bar = QTabBar()
    bar.setElideMode(bar.elideMode().ElideRight)
    bar.setExpanding(False)
    bar.addTab(LONG)
    assert clipped(_shown(qtbot, _holder(bar, 80), 300, 100))


def test_wrapped_label_too_short_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel(LONG * 3)
    label.setWordWrap(True)
    holder = QWidget()
    label.setParent(holder)
    label.setGeometry(0, 0, 120, 20)
    found = clipped(_shown(qtbot, holder, 300, 100))
    assert found and "tall" in found[0]


def test_widget_cut_by_its_parent_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    inner = QWidget(holder)
    inner.setGeometry(0, 0, 50, 40)
    label = QLabel("Close", inner)
    label.setGeometry(30, 0, 100, 30)
    found = clipped(_shown(qtbot, holder, 300, 100))
    assert found and "visible area" in found[0]


def test_scrolled_away_counts_only_where_it_must_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    content = QWidget()
    layout = QVBoxLayout(content)
    labels = [QLabel(f"Line {n}") for n in range(40)]
    for label in labels:
        layout.addWidget(label)
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    _shown(qtbot, area, 200, 120)
    assert clipped(area) == []
    assert clipped(area, must_show=[labels[0]]) == []
    found = clipped(area, must_show=[labels[-1]])
    assert len(found) == 1 and "Line 39" in found[0]
