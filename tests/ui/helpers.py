"""Helpers the screen tests share: click and press where a person would, read rows, find
controls without a name. (Shared fixtures live in tests/ui/conftest.py.)"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QWidget,
)

from companion.ui.journal.journal_page import JournalPage


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A left click where a person would aim: a tick box's box, anything else's middle."""
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)


def row_texts(page: JournalPage) -> list[str]:
    """What the timeline shows, one string per loaded row."""
    model = page.timeline.model
    return [
        " | ".join(str(model.data(model.index(row, col))) for col in range(3))
        for row in range(model.rowCount())
    ]


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible keyboard-reachable controls without an accessible name (should be none)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box speaks for its owner
        if (
            isinstance(widget, QAbstractScrollArea)
            and widget.objectName() == "qt_scrollarea_viewport"
        ):
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing
