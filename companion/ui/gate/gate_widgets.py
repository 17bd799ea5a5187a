"""The building blocks of the journal's gate screens (setup, unlock, restore).

Big text, big targets, password fields, and one way to say "working on it",
so every screen in front of the journal looks and behaves the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button
from companion.ui.widgets.typography import scaled_font

#: Explanations are a little bigger than the default text; headings much bigger.
BODY_SCALE = 1.15
HEADING_SCALE = 1.8
#: Space between the rows of a gate page.
ROW_SPACING = 10


def heading_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(parent, HEADING_SCALE, bold=True))
    label.setWordWrap(True)
    return label


def page_layout(page: QWidget, heading: str, spacing: int = ROW_SPACING) -> QVBoxLayout:
    """The column every gate page is: its heading first, then rows ``spacing`` apart."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    layout.addWidget(heading_label(heading, page))
    return layout


def body_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setFont(scaled_font(parent, BODY_SCALE))
    return label


def gate_button(
    text: str, accessible: str | None = None, parent: QWidget | None = None
) -> QPushButton:
    """A big push button with text at the explanations' size."""
    button = big_button(text, accessible, parent)
    button.setFont(scaled_font(parent if parent is not None else button, BODY_SCALE))
    return button


def link_button(text: str, parent: QWidget) -> QPushButton:
    """A flat, underlined button: looks like a link, reachable with Tab, Enter presses it."""
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(text)
    font = scaled_font(button, 1.1)
    font.setUnderline(True)
    button.setFont(font)
    button.setMinimumHeight(TARGET_HEIGHT)
    return button


def secret_field(name: str, parent: QWidget, *, password: bool = True) -> QLineEdit:
    field = QLineEdit(parent)
    field.setAccessibleName(name)
    field.setMinimumHeight(TARGET_HEIGHT)
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    return field


def center_column(owner: QWidget, column: QVBoxLayout, max_width: int, margin: int) -> None:
    """Lay ``column`` out as a calm, readable column in the middle of ``owner``."""
    holder = QWidget(owner)
    holder.setLayout(column)
    holder.setMaximumWidth(max_width)
    outer = QHBoxLayout(owner)
    outer.setContentsMargins(12, margin, 12, margin)
    outer.addStretch(1)
    outer.addWidget(holder, 4)
    outer.addStretch(1)


def scrolled_column(owner: QWidget, column: QVBoxLayout, max_width: int, margin: int) -> None:
    """:func:`center_column` that scrolls when a small screen (or large text) needs it."""
    holder = QWidget(owner)
    center_column(holder, column, max_width=max_width, margin=margin)
    scroll = ColumnScroll(holder, owner)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


class ColumnScroll(QScrollArea):
    """Scrolls ``content`` up and down only: it is always as wide as the view, and as tall as
    its wrapped lines need at that width (so no line is squeezed and nothing scrolls sideways).
    """

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes through the controls inside (the view follows the focus), never to the
        # scrolling area itself, which a screen reader would announce with no name.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content.setMinimumWidth(0)
        content.installEventFilter(self)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit()
        return False

    def fit(self) -> None:
        content = self.widget()
        layout = content.layout() if content is not None else None
        if content is None or layout is None:
            return
        width = self.viewport().width()
        need = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            need = max(need, layout.totalHeightForWidth(width))
        if content.minimumHeight() != need:
            content.setMinimumHeight(need)


class QuietLabel(QLabel):
    """A wrapped line that takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class FittedStack(QWidget):
    """Pages one at a time, as tall as the page shown, so what follows sits right under it.

    The part of QStackedWidget's interface the gate uses; a QStackedWidget is as tall as its
    tallest page at any width (its layout asks every page), this one only the shown page.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def addWidget(self, page: QWidget) -> int:
        page.setParent(self)
        self._layout.addWidget(page)
        self._pages.append(page)
        if self._current < 0:
            self.setCurrentIndex(0)
        else:
            page.hide()
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self.widget(self._current)

    def setCurrentIndex(self, index: int) -> None:
        if not 0 <= index < len(self._pages) or index == self._current:
            return
        self._current = index
        for position, page in enumerate(self._pages):
            page.setVisible(position == index)
        self.currentChanged.emit(index)


class BusyNote(QWidget):
    """A sentence over a moving bar, shown while slow work (key derivation) runs elsewhere."""

    def __init__(self, text: str, accessible_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = body_label(text, self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(accessible_name)
        self.bar.setMaximumHeight(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(ROW_SPACING)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()
