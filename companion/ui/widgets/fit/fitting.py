"""Words that never cut: a line edit's hint picks the longest wording that fits, and a
drop-down list is always as wide as its longest choice, at every text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit


class FittingPlaceholder(QObject):
    """Shows the first of ``wordings`` (longest first) that fits ``edit`` at its text size.

    With ``hold_last``, ``edit`` is never narrower than the last wording needs (in a row that
    wraps, the box moves down rather than cut its shortest hint in a longer language)."""

    def __init__(self, edit: QLineEdit, *wordings: str, hold_last: bool = False) -> None:
        super().__init__(edit)
        self.edit = edit
        self.wordings = wordings
        self.hold_last = hold_last
        edit.installEventFilter(self)
        self.refit()

    def refit(self) -> None:
        # A clear button, when there is one, takes a square at the end.
        chrome = self.edit.width() - self.edit.contentsRect().width() + self.edit.height() + 8
        room = self.edit.width() - chrome
        metrics = self.edit.fontMetrics()
        if self.hold_last:
            least = metrics.horizontalAdvance(self.wordings[-1]) + chrome
            if self.edit.minimumWidth() != least:
                self.edit.setMinimumWidth(least)
        fitting = [w for w in self.wordings if metrics.horizontalAdvance(w) <= room]
        choice = fitting[0] if fitting else self.wordings[-1]
        if self.edit.placeholderText() != choice:
            self.edit.setPlaceholderText(choice)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.refit()
        return False


class WholeChoice(QObject):
    """Keeps ``combo`` at least as wide as its widest choice, at every text size."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.installEventFilter(self)
        combo.model().rowsInserted.connect(self.refit)
        self.refit()

    def refit(self) -> None:
        self.combo.setMinimumWidth(0)
        self.combo.setMinimumWidth(self.combo.sizeHint().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.combo and event.type() == QEvent.Type.FontChange:
            self.refit()
        return False
