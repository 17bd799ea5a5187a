"""A phone number a tired parent can copy with one click, Enter, or Ctrl+C.

Standalone so every screen that shows a number (the directory, the care team, the fever card)
copies it the same way: the number as shown, a "Copied …" confirmation beside it, and a
``copied`` signal the screen turns into a status-bar message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.directory import phones
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.typography import set_text_size

#: Minimum height in pixels of anything a shaky hand must hit.
TARGET_HEIGHT = 44
CONFIRMATION_MS = 10_000


class NumberButton(QPushButton):
    """The number itself; Enter and Ctrl+C copy it too, not only a click or Space."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


class PhoneButton(QWidget):
    """``label`` above a big button showing the number as a phone in ``country`` dials it.

    ``country`` is the family's region (where they dial from), never the interface language:
    a number of that country shows in national form, any other in international form. A
    second button switches format, unless ``show_format`` is False (the fever card). ``owner``
    (the center or person) is added to the accessible name; ``hours`` and ``warning`` are short
    lines shown under the label and read out with the button.
    """

    copied = Signal(str)

    def __init__(
        self,
        e164: str,
        label: str,
        country: str,
        parent: QWidget | None = None,
        *,
        owner: str = "",
        hours: str = "",
        warning: str = "",
        show_format: bool = True,
    ) -> None:
        super().__init__(parent)
        self.e164 = e164
        self.label = label
        self.owner = owner
        self.national_text = phones.national(e164, country)
        self.international_text = phones.international(e164)
        self._international = False
        self._show_format = show_format

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.caption = QLabel(label, self)
        self.caption.setWordWrap(True)
        caption_font = QFont(self.caption.font())
        caption_font.setBold(True)
        self.caption.setFont(caption_font)
        self.caption.setVisible(bool(label))
        layout.addWidget(self.caption)

        self.details: list[QLabel] = []
        for text, emphasis in ((hours, False), (warning, True)):
            if text:
                line = QLabel(text, self)
                line.setWordWrap(True)
                if emphasis:
                    line.setObjectName("phoneWarning")
                    font = QFont(line.font())
                    font.setItalic(True)
                    line.setFont(font)
                layout.addWidget(line)
                self.details.append(line)

        buttons = QWidget(self)  # "Show international format" goes under when narrow
        flow = FlowLayout(buttons, spacing=12)
        self.number_button = NumberButton(self)
        self.number_button.setMinimumHeight(TARGET_HEIGHT)
        set_text_size(self.number_button, 1.35, bold=True)
        self.number_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number_button.setToolTip(self.tr("Click, or press Enter, to copy this number"))
        self.number_button.setAccessibleDescription(" ".join(filter(None, (hours, warning))))
        self.number_button.clicked.connect(self.copy)
        flow.addWidget(self.number_button)

        self.format_button = QPushButton(self)
        self.format_button.setMinimumHeight(TARGET_HEIGHT)
        self.format_button.clicked.connect(lambda: self.set_international(not self._international))
        flow.addWidget(self.format_button)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(buttons)

        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("copiedConfirmation")
        self.confirmation.setAccessibleName(self.tr("Copy confirmation"))
        row.addWidget(self.confirmation)
        row.addStretch(1)
        layout.addLayout(row)

        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setInterval(CONFIRMATION_MS)
        self._clear_timer.timeout.connect(self.confirmation.clear)

        self.setFocusProxy(self.number_button)
        self._refresh()

    def text(self) -> str:
        """The number as shown now, which is exactly what a click copies."""
        return self.international_text if self._international else self.national_text

    def is_international(self) -> bool:
        return self._international

    def set_international(self, on: bool) -> None:
        """Show (and copy) the international format instead of the national one."""
        self._international = on
        self._refresh()

    def copy(self) -> None:
        """Put the shown number on the clipboard and say so beside the button."""
        number = self.text()
        QGuiApplication.clipboard().setText(number)
        self.confirmation.setText(self.tr("Copied %1").replace("%1", str(number)))
        self._clear_timer.start()
        self.copied.emit(number)

    def _refresh(self) -> None:
        number = self.text()
        self.number_button.setText(number)
        parts = [number, self.label, self.owner]
        self.number_button.setAccessibleName(
            self.tr("Copy phone number %1").replace("%1", str(", ".join(filter(None, parts))))
        )
        if self._international:
            self.format_button.setText(self.tr("Show national format"))
            other = self.national_text
        else:
            self.format_button.setText(self.tr("Show international format"))
            other = self.international_text
        self.format_button.setToolTip(self.tr("Show the number as %1").replace("%1", str(other)))
        self.format_button.setAccessibleName(
            self.tr("Show this number as %1").replace("%1", str(other))
        )
        self.format_button.setVisible(
            self._show_format and self.national_text != self.international_text
        )
