"""The notice across the top of the window when the data folder cannot be used at all.

A read-only or full disk must not keep the window from opening: the glossary and the
centers still help. The notice says what happened, where, and what to do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from companion.ui.widgets.error_sentences import folder_sentence
from companion.ui.widgets.typography import scaled_font


class FolderNotice(QFrame):
    """One calm paragraph and the folder it is about, in a framed band."""

    def __init__(self, problem: BaseException, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("folderNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#folderNotice { background: palette(alternate-base);"
            " border: 2px solid palette(highlight); border-radius: 8px; }"
        )
        self.text = QLabel(folder_sentence(problem), self)
        self.text.setObjectName("folderProblem")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setFont(scaled_font(self, 1.1, bold=True))
        self.text.setAccessibleName(self.tr("Problem with Companion's folder"))
        self.folder = QLabel(self.tr("Folder: %1").replace("%1", str(folder)), self)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.text)
        layout.addWidget(self.folder)
