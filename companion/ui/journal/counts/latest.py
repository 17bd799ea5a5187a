"""The latest ANC and its date in one line, for the fever card's "What to tell them" and the
visit summary: the first thing the care team asks about a fever during treatment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from companion.journal.counts.words import value_text
from companion.ui.widgets.entry_forms import from_utc

if TYPE_CHECKING:
    from companion.journal import Journal

#: The card property the fever watch fills with :func:`latest_anc_text` before showing it.
CARD_PROPERTY = "latest_anc"


def latest_anc_text(journal: Journal, child_id: str) -> str:
    """ "Latest ANC: 450 /uL (blood taken 3/3/24)", or "" when no count has an ANC."""
    count = journal.latest_anc(child_id)
    if count is None:
        return ""
    day = QLocale().toString(from_utc(count.drawn_at).date(), QLocale.FormatType.ShortFormat)
    text = QCoreApplication.translate("Counts", "Latest ANC: %1 (blood taken %2)")
    return text.replace("%1", value_text(count, "anc")).replace("%2", day)


def latest_anc_lines(card: QWidget) -> list[str]:
    """The line the fever watch put on the card (none when there is no count)."""
    text = card.property(CARD_PROPERTY)
    return [text] if isinstance(text, str) and text else []
