"""Tabs that fold into a drop-down list when their names do not fit across the window.

At a big text size or on a small screen, a row of tabs would cut its names or hide some
behind arrows; a "Show: [Timeline]" list shows every name in full instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QWidget

#: Minimum height in pixels of anything a shaky hand must hit.
TARGET_HEIGHT = 44


class TabFolder(QWidget):
    """A "Show:" list standing in for ``tabs``' tab bar whenever the bar does not fit.

    Put it in the layout just above ``tabs``; it shows itself only while folded.
    """

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.allowed = True
        bar = tabs.tabBar()
        bar.setUsesScrollButtons(True)  # its minimum width never sets the window's
        self.label = QLabel(self.tr("&Show:"), self)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(tabs.accessibleName() or self.tr("Pages"))
        self.choice.setMinimumHeight(TARGET_HEIGHT)
        self.label.setBuddy(self.choice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.choice, 1)
        self.choice.activated.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._sync)
        tabs.installEventFilter(self)
        self.hide()

    @property
    def folded(self) -> bool:
        return self.tabs.tabBar().isHidden()

    def _sync(self) -> None:
        names = [self.tabs.tabText(i).replace("&", "") for i in range(self.tabs.count())]
        if [self.choice.itemText(i) for i in range(self.choice.count())] != names:
            self.choice.clear()
            self.choice.addItems(names)
        self.choice.setCurrentIndex(self.tabs.currentIndex())

    def refit(self) -> None:
        bar = self.tabs.tabBar()
        fold = bar.sizeHint().width() > self.tabs.width()
        if fold != self.folded:
            bar.setHidden(fold)
        if fold:
            self._sync()
        self.setVisible(fold and self.allowed and self.tabs.isVisibleTo(self.tabs.window()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.refit()
        return super().eventFilter(watched, event)
