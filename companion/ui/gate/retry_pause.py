"""The short pause after a wrong passphrase or recovery code: it grows, but never locks out.

A parent typing at 2 a.m. gets every try they need; someone guessing gets slowed down.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

#: Pauses after wrong attempts, in milliseconds: 0.5 s, 1 s, 2 s, 4 s, then 5 s each time.
FIRST_DELAY_MS = 500
MAX_DELAY_MS = 5_000


def retry_delay_ms(failures: int) -> int:
    """The pause before the next try after ``failures`` wrong attempts in a row."""
    if failures <= 0:
        return 0
    return int(min(FIRST_DELAY_MS * 2 ** (failures - 1), MAX_DELAY_MS))


class RetryPause(QObject):
    """Counts wrong attempts in a row; ``wrong_attempt()`` starts a pause, ``ended`` ends it."""

    ended = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._failures = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.ended)

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def wrong_attempt(self) -> None:
        self._failures += 1
        self._timer.start(retry_delay_ms(self._failures))

    def reset(self) -> None:
        """The journal opened: the next wrong attempt starts from the shortest pause."""
        self._failures = 0
