"""The inline "Deleted. Undo" bar: a slip of the finger is one click (or Ctrl+Z) from fixed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from companion.ui.widgets.entry_forms import big_button

UNDO_SECONDS = 10


class UndoBar(QFrame):
    """ "Deleted. Undo" under the header for ten seconds (Ctrl+Z works too)."""

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Last change"))
        self.button = big_button(self.tr("&Undo"), self.tr("Undo (Ctrl+Z)"), self)
        self.button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self.timer.start()
