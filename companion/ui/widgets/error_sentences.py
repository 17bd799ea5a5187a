"""Every failure the family can meet, turned into one calm sentence, in one place.

Storage raises a few typed errors (re-exported by :mod:`companion.journal`, since the UI never
imports storage); they are told apart here with ``isinstance``, never by name or message. A
sentence never holds a path or anything the family typed. :func:`guarded` is the one way a slot
calls the journal: a known failure becomes a message beside the window, an unknown one goes to
the fallback exception hook (``companion.ui.shell.excepthook``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.journal import Damaged
from companion.ui.widgets.error_words import (
    Doing as Doing,
)
from companion.ui.widgets.error_words import (
    error_sentence as error_sentence,
)
from companion.ui.widgets.error_words import (
    folder_sentence as folder_sentence,
)
from companion.ui.widgets.error_words import (
    replace_question as replace_question,
)
from companion.ui.widgets.error_words import (
    sentence as sentence,
)

T = TypeVar("T")


class DamageNotice(QObject):
    """Damage found anywhere (a save, a list, the background check): ``found(error)``.

    The Journal section listens and shows the one screen that explains it and restores a
    backup; whoever found it only says what did not happen.
    """

    found = Signal(object)


_NOTICE: list[DamageNotice] = []


def damage_notice() -> DamageNotice:
    if not _NOTICE:
        _NOTICE.append(DamageNotice())
    return _NOTICE[0]


def tell_damage(exc: BaseException) -> bool:
    """Pass a Damaged on to the Journal section; True if ``exc`` was one."""
    if not isinstance(exc, Damaged):
        return False
    damage_notice().found.emit(exc)
    return True


def report_problem(parent: QWidget | None, text: str) -> QMessageBox:
    """Show a sentence beside the window without blocking it (the family reads, then OK)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ErrorSentences", "Companion"),
        text,
        parent=parent,
    )
    box.setObjectName("problemMessage")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def guarded(parent: QWidget | None, doing: Doing, call: Callable[[], T]) -> tuple[bool, T | None]:
    """Call the journal; a known failure is told in words and gives ``(False, None)``.

    A damaged journal file goes to the Journal section's damage screen instead. An unknown
    failure is a bug: it goes on to the fallback exception hook.
    """
    try:
        return True, call()
    except Exception as exc:
        if tell_damage(exc):
            return False, None
        text = sentence(exc, doing)
        if text is None:
            raise
        report_problem(parent, text)
        return False, None
