"""The A to Z bar above the glossary list: one tab stop, arrow keys move along the letters.

Twenty-seven tab stops between the search box and the list would make keyboard users press Tab
all day; this is the toolbar pattern screen readers know ("roving" focus): Tab enters on the
last letter used, Left/Right/Home/End move, Enter or Space jumps to that letter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QToolButton, QWidget

from companion.ui.widgets.fit.flow_layout import FlowLayout

#: A clear ring on the letter that has the focus, in the palette's text colour (light and dark).
STYLE = """
QWidget#letterBar QToolButton {
    border: 2px solid transparent; border-radius: 4px; padding: 2px 4px;
}
QWidget#letterBar QToolButton:hover { border-color: palette(mid); }
QWidget#letterBar QToolButton:focus { border: 3px solid palette(text); }
"""

_MOVES: dict[int, int] = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}


class LetterBar(QWidget):
    """One button per letter in ``letters``; ``chosen(letter)`` when one is pressed."""

    chosen = Signal(str)

    def __init__(self, letters: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterBar")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Words by first letter"))
        self.buttons: dict[str, QToolButton] = {}
        layout = FlowLayout(self, spacing=2)  # wraps to a second row on a small screen
        for letter in letters:
            button = QToolButton(self)
            button.setText(letter)
            button.setAccessibleName(self.tr("Words starting with %1").replace("%1", letter))
            button.setAutoRaise(True)
            button.setFont(font)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, x=letter: self._choose(x))
            button.installEventFilter(self)
            layout.addWidget(button)
            self.buttons[letter] = button
        self._stop = letters[:1]
        self._update_stop()

    def set_present(self, letters: set[str]) -> None:
        """Grey out the letters no word starts with (the tab stop moves off them)."""
        for letter, button in self.buttons.items():
            button.setEnabled(letter in letters)
        self._update_stop()

    def tab_stop(self) -> QToolButton | None:
        """The one letter Tab lands on."""
        return self.buttons.get(self._stop)

    def _enabled(self) -> list[str]:
        return [letter for letter, button in self.buttons.items() if button.isEnabled()]

    def _update_stop(self) -> None:
        enabled = self._enabled()
        if self._stop not in enabled and enabled:
            self._stop = enabled[0]
        for letter, button in self.buttons.items():
            policy = Qt.FocusPolicy.StrongFocus if letter == self._stop else Qt.FocusPolicy.NoFocus
            button.setFocusPolicy(policy)

    def _move_to(self, letter: str) -> None:
        had_focus = self.tab_stop() is not None and self.tab_stop().hasFocus()  # type: ignore[union-attr]
        self._stop = letter
        self._update_stop()
        if had_focus:
            self.buttons[letter].setFocus(Qt.FocusReason.TabFocusReason)

    def _choose(self, letter: str) -> None:
        self._move_to(letter)
        self.chosen.emit(letter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._update_stop()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        enabled = self._enabled()
        if not enabled or self._stop not in enabled:
            return False
        key = event.key()
        index = enabled.index(self._stop)
        if key in _MOVES:
            self._move_to(enabled[max(0, min(len(enabled) - 1, index + _MOVES[key]))])
        elif key == Qt.Key.Key_Home:
            self._move_to(enabled[0])
        elif key == Qt.Key.Key_End:
            self._move_to(enabled[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(self._stop)
        else:
            return False
        return True
