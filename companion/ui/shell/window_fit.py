"""Sizes that follow the screen and the text: the window within the screen, the sidebar as
wide as its words allow."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.typography import set_text_size

#: The window manager's frame and title bar, allowed for before the window is shown.
FRAME = QSize(16, 48)


def fit_to_screen(window: QWidget) -> None:
    """Never larger than the screen's available area (a 1366x768 laptop, say), frame
    included, and never placed off it."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(window.width(), room.width() - FRAME.width())
    height = min(window.height(), room.height() - FRAME.height())
    window.setMinimumSize(window.minimumSize().boundedTo(QSize(width, height)))
    window.resize(width, height)
    if not room.contains(window.frameGeometry()):
        window.move(room.topLeft())


class Sidebar(QListWidget):
    """The list of sections on the left: as wide as its words need at this text size, but
    no wider than a fifth of the window once the words are large, so a small laptop at large
    text keeps its room for the page; a longer name then wraps onto a second line (never cut)."""

    #: Room around the words: the item's padding and margins, and the list's own edge.
    ITEM_EDGE = 40
    LIST_EDGE = 56
    NARROWEST = 220

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sectionNav")
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSpacing(2)
        self.setWordWrap(True)
        # Palette roles only, so light and dark desktops both look right.
        self.setStyleSheet(
            "QListWidget#sectionNav { background: palette(base); padding-top: 10px;"
            " border-right: 1px solid palette(mid); }"
            "QListWidget#sectionNav::item { padding-left: 18px; margin: 2px 10px;"
            " border-radius: 8px; }"
            "QListWidget#sectionNav::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            # A keyboard user must see where they are: a ring in the text colour.
            "QListWidget#sectionNav::item:focus { border: 3px solid palette(text); }"
        )

    def fit(self, window_width: int) -> None:
        """Width and row heights for the words at this text size in a window this wide."""
        metrics = self.fontMetrics()
        texts = [self.item(index).text() for index in range(self.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        longest_word = max(
            (metrics.horizontalAdvance(word) for text in texts for word in text.split()),
            default=0,
        )
        room = max(self.NARROWEST, window_width // 5) - self.LIST_EDGE
        text_width = max(longest_word, min(widest, room))
        for index, text in enumerate(texts):
            lines = len(wrapped(metrics, text, text_width)) * metrics.lineSpacing()
            row = QSize(text_width + self.ITEM_EDGE, max(56, lines + metrics.height()))
            self.item(index).setSizeHint(row)
        self.setFixedWidth(max(self.NARROWEST, text_width + self.LIST_EDGE))


def wrapped(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a longer word keeps a
    line of its own)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines or [""]


class Opening(QWidget):
    """What a section's place shows until the section is built, just after the first paint."""

    def __init__(self, words: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(words, self)
        set_text_size(self.label, 1.4)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.label)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)


class SectionStack(QStackedWidget):
    """Asks only for what the section on screen needs: a section not shown never makes the
    window wider or taller than the screen."""

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()
