"""Glossary words inside the family's own notes become links: hover for the short meaning,
click to open the glossary entry."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary

SCHEME = "glossary"


def paragraphs(text: str) -> str:
    """Escaped text with line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def linked_html(text: str, glossary: Glossary | None) -> str:
    """``text`` as escaped HTML with every glossary word wrapped in a ``glossary:`` link."""
    if glossary is None or not text:
        return paragraphs(text)
    parts: list[str] = []
    position = 0
    for start, end, term in glossary.find_terms_in(text):
        if start < position:
            continue  # overlapping match: the longer one already won
        parts.append(paragraphs(text[position:start]))
        parts.append(
            f'<a href="{SCHEME}:{html.escape(term.id, quote=True)}" '
            f'title="{html.escape(term.summary, quote=True)}">{paragraphs(text[start:end])}</a>'
        )
        position = end
    parts.append(paragraphs(text[position:]))
    return "".join(parts)


class NoteView(QTextBrowser):
    """Read-only rich text whose glossary links emit ``term_activated(id)`` instead of
    navigating, and show the term's one-line summary as a tooltip."""

    term_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.summaries: dict[str, str] = {}
        self._glossary: Glossary | None = None

    def show_html(self, body: str, glossary: Glossary | None) -> None:
        """Show ``body`` (already built with :func:`linked_html`); remember the summaries."""
        self._glossary = glossary
        self.setHtml(body)

    def summary_for(self, anchor: str) -> str:
        if not anchor.startswith(f"{SCHEME}:") or self._glossary is None:
            return ""
        term = self._glossary.get(anchor.split(":", 1)[1])
        return term.summary if term is not None else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            summary = self.summary_for(self.anchorAt(event.pos()))
            if summary:
                QToolTip.showText(event.globalPos(), summary, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            self.term_activated.emit(url.path())
