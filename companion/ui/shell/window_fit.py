"""Sizes that follow the screen and the text: the window within the screen, the sidebar as
wide as its words."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QListWidget, QStackedWidget, QWidget

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


def fit_sidebar(nav: QListWidget) -> None:
    """The sidebar as wide, and its rows as tall, as its words need at this text size."""
    metrics = nav.fontMetrics()
    items = [nav.item(index) for index in range(nav.count())]
    widest = max((metrics.horizontalAdvance(item.text()) for item in items), default=0)
    row = QSize(widest + 40, max(56, metrics.height() * 2))
    for item in items:
        item.setSizeHint(row)
    nav.setFixedWidth(max(220, widest + 56))


class SectionStack(QStackedWidget):
    """Asks only for what the section on screen needs: a section not shown never makes the
    window wider or taller than the screen."""

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()
