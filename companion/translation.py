"""Words in the Qt-free core that the screens translate.

The core has no Qt, so it cannot translate. It marks each word it shows with
:func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` looks for), and whoever turns records
into words takes a :data:`Translate` function: ``QCoreApplication.translate`` in the app,
:func:`untranslated` in scripts, tests and exports that want the English wording.
"""

from __future__ import annotations

from collections.abc import Callable

#: (context, source text) -> the text in the reader's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` without translating it here."""
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The source (English) text: the :data:`Translate` to use outside the app."""
    del context
    return text
