"""What every top-level section of the main window provides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Section(QWidget):
    """A page of the main window (Glossary, Journal, Centers & contacts).

    ``status_message`` puts a short line in the window's status bar (for example "Copied
    734-936-9814"). ``focus_search`` is what Ctrl+F does while the section is shown.
    """

    status_message = Signal(str)

    def focus_search(self) -> None:
        """Move keyboard focus to this section's search field; the default does nothing."""

    def section_title(self) -> str:
        raise NotImplementedError
