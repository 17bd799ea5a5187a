"""The glossary's reading pane: one word in full, with its actions, and the family's saved words.

The pane draws a word in the language of the glossary it comes from: a Spanish word has Spanish
headings and its English name beside it, so a parent can say the word the care team uses.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings, Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from companion.directory.programs import program_for_term
from companion.textnorm import squash
from companion.ui.glossary.spanish_words import SPANISH, spanish_date
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary, Term

_BASE_PT = 10.0


def display_name(term: Term) -> str:
    """The word as a list shows it: "Recaída (Relapse)" for a translated word."""
    english = term.english_term
    if not english or squash(english) == squash(term.term):
        return term.term
    return f"{term.term} · {english}" if term.term.endswith(")") else f"{term.term} ({english})"


class Favourites:
    """The ids a family kept in "My words", in the order they were added, in ``QSettings``."""

    KEY = "glossary/favourites"

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def ids(self) -> list[str]:
        value = self._settings.value(self.KEY, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def set(self, term_id: str, on: bool) -> None:
        ids = [i for i in self.ids() if i != term_id] + ([term_id] if on else [])
        self._settings.setValue(self.KEY, ids)
        self._settings.sync()


class ReadingPane(QWidget):
    """The open word in large type, and the buttons that act on it."""

    link_activated = Signal(str)
    star_toggled = Signal(bool)
    add_clicked = Signal()
    open_walkthrough_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[Term, Glossary] | None = None
        self.star = QPushButton(self)
        self.star.setCheckable(True)
        self.star.setFont(scaled_font(self, 1.15, minimum_pt=_BASE_PT))
        self.star.setAccessibleName(self.tr("Keep in my words"))
        self.star.toggled.connect(self.star_toggled)
        self._add_walk = QPushButton(self.tr("Add to walk-through"), self)
        self._add_walk.setAccessibleName(self.tr("Add to walk-through"))
        self._add_walk.setFont(scaled_font(self, 1.15, minimum_pt=_BASE_PT))
        self._add_walk.clicked.connect(self.add_clicked)
        self._open_walk = QPushButton(self)
        self._open_walk.setAccessibleName(self.tr("Open the walk-through"))
        self._open_walk.setFont(scaled_font(self, 1.15, minimum_pt=_BASE_PT))
        self._open_walk.clicked.connect(self.open_walkthrough_clicked)
        actions_row = QWidget(self)
        actions = FlowLayout(actions_row)  # wraps rather than cut a button's words
        actions.addWidget(self.star)
        actions.addWidget(self._add_walk)
        actions.addWidget(self._open_walk)
        self.reader = QTextBrowser(self)
        self.reader.setAccessibleName(self.tr("Word explanation"))
        self.reader.setOpenLinks(False)
        self.reader.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))
        self.reader.setFont(scaled_font(self, 1.3, minimum_pt=_BASE_PT))
        self.reader.document().setDocumentMargin(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(actions_row)
        layout.addWidget(self.reader, 1)

    def show_term(self, term: Term, glossary: Glossary) -> None:
        self._shown = (term, glossary)
        self.reader.setHtml(self.term_html(term, glossary))
        self.reader.verticalScrollBar().setValue(0)

    def show_welcome(self) -> None:
        self._shown = None
        esc = html.escape
        lines = [
            self.tr("Type a word you have heard, or pick one from the list."),
            self.tr("Down and Up move through the list, Enter opens a word, Esc clears."),
            self.tr("Press ☆ to keep a word in My words."),
        ]
        self.reader.setHtml(
            "<h2>"
            + esc(self.tr("Words you may hear"))
            + "</h2>"
            + "".join(f"<p>{esc(line)}</p>" for line in lines)
        )

    def text(self) -> str:
        return self.reader.toPlainText()

    def set_actions(self, *, starred: bool | None, walk_count: int, walk_enabled: bool) -> None:
        """``starred`` is None when no word is open."""
        has_term = starred is not None
        self.star.setEnabled(has_term)
        self._add_walk.setEnabled(has_term)
        self.star.blockSignals(True)
        self.star.setChecked(bool(starred))
        self.star.setText(self.tr("★ In my words") if starred else self.tr("☆ Add to my words"))
        self.star.blockSignals(False)
        self._open_walk.setText(self.tr("Walk-through (%1)").replace("%1", str(walk_count)))
        self._open_walk.setEnabled(walk_enabled)

    def changeEvent(self, event: QEvent) -> None:
        # Rich text takes its link colour from the palette when it is set: render the open
        # word again when the desktop switches between light and dark.
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            position = self.reader.verticalScrollBar().value()
            self.reader.setHtml(self.term_html(*self._shown))
            self.reader.verticalScrollBar().setValue(position)
        super().changeEvent(event)

    def _words(self, spanish: bool) -> dict[str, str]:
        if spanish:
            return SPANISH
        return {
            "why_heading": self.tr("Why it matters"),
            "questions_heading": self.tr("Questions you could ask your care team"),
            "related": self.tr("Related words"),
            "sources": self.tr("Sources"),
            "reviewed": self.tr("Reviewed %1"),
            "centers": self.tr("Centers that say they offer this"),
            "not_advice": self.tr(
                "This glossary gives information, not medical advice. "
                "Ask your care team about your child's care."
            ),
        }

    def term_html(self, term: Term, glossary: Glossary) -> str:
        esc = html.escape
        spanish = glossary.language == "es"
        words = self._words(spanish)
        parts = [f"<h1>{esc(display_name(term))}</h1>"]
        if term.pronunciation:
            say = self.tr("Say it: %1").replace("%1", str(term.pronunciation))
            parts.append(f"<p><i>{esc(say)}</i></p>")
        parts.append(f"<p style='font-size:large'><b>{esc(term.summary)}</b></p>")
        parts.append(f"<p>{esc(term.explanation)}</p>")
        if program_for_term(term.id) is not None:
            offer = esc(words["centers"])
            parts.append(f'<p><a href="centers:{esc(term.id)}">{offer}</a></p>')
        if term.why_it_matters:
            parts.append(f"<h3>{esc(words['why_heading'])}</h3>")
            parts.append(f"<p>{esc(term.why_it_matters)}</p>")
        if term.questions:
            parts.append(f"<h3>{esc(words['questions_heading'])}</h3>")
            parts.append("<ul>" + "".join(f"<li>{esc(q)}</li>" for q in term.questions) + "</ul>")
        related = [t for t in (glossary.get(r) for r in term.related) if t is not None]
        if related:
            links = " &nbsp;·&nbsp; ".join(
                f'<a href="term:{t.id}">{esc(t.term)}</a>' for t in related
            )
            parts.append(f"<h3>{esc(words['related'])}</h3><p>{links}</p>")
        parts.append(f"<h3>{esc(words['sources'])}</h3><ul>")
        for source in term.sources:
            url = f"<br><small>{esc(source.url)}</small>" if source.url else ""
            parts.append(f"<li>{esc(source.label)}{url}</li>")
        parts.append("</ul>")
        day = term.reviewed
        when = (
            spanish_date(day)
            if spanish
            else QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
        )
        parts.append(f"<p><small>{esc(words['reviewed'].replace('%1', when))}</small></p>")
        parts.append(f"<p><small><i>{esc(words['not_advice'])}</i></small></p>")
        return "".join(parts)


def no_match_html(glossary: Glossary, query: str) -> str:
    """The note shown when no word matches: "Did you mean" links and a tip."""
    none = QCoreApplication.translate("GlossaryView", "No word matches your search.")
    text = f"<p>{html.escape(none)}</p>"
    suggestions = glossary.suggest(query)
    if suggestions:
        links = "<br>".join(
            f'<a href="term:{t.id}">{html.escape(display_name(t))}</a>' for t in suggestions
        )
        question = QCoreApplication.translate("GlossaryView", "Did you mean:")
        text += f"<p>{html.escape(question)}<br>{links}</p>"
    tip = QCoreApplication.translate(
        "GlossaryView", "Try fewer letters, or pick a word from the list after clearing the search."
    )
    return text + f"<p>{html.escape(tip)}</p>"
