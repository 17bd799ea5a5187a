"""The Glossary section: search as you type, browse by category or A to Z, read one word.

Built for a tired parent: big text, the keyboard alone is enough (type, Down/Up, Enter, Esc),
and nothing is coloured by hand, so light and dark system palettes both read well.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.glossary.letter_bar import LetterBar
from companion.ui.widgets.section import Section

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary, Term
    from companion.ui.glossary.walkthrough import WalkthroughWindow

_ID_ROLE = Qt.ItemDataRole.UserRole
_ALL, _FAVOURITES = "all", "favourites"
_LETTERS = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _scaled(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * scale)
    font.setBold(bold)
    return font


def _letter(term: Term) -> str:
    first = term.term[:1].upper()
    return first if first.isalpha() and first in _LETTERS else "#"


class GlossaryView(Section):
    """Search, browse and read glossary words; ``open_term`` is what word links call."""

    FAVOURITES_KEY = "glossary/favourites"
    term_opened = Signal(str)

    def __init__(
        self,
        glossary: Glossary | None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._glossary: Glossary | None = None
        self._settings = settings if settings is not None else QSettings()
        self._current: Term | None = None
        self._walkthrough: WalkthroughWindow | None = None
        self.setAccessibleName(self.tr("Glossary"))

        self._pages = QStackedWidget(self)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setTextFormat(Qt.TextFormat.RichText)
        self._message.setContentsMargins(48, 48, 48, 48)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setFont(_scaled(self, 1.4))
        self._message.setAccessibleName(self.tr("Glossary message"))
        self._pages.addWidget(self._message)
        self._pages.addWidget(self._build_body())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        if glossary is None:
            self._show_message(self.tr("Opening the glossary…"))
        else:
            self.set_glossary(glossary)

    def section_title(self) -> str:
        return self.tr("Glossary")

    def focus_search(self) -> None:
        self._search.setFocus()
        self._search.selectAll()

    # -- building -----------------------------------------------------------------------------

    def _build_body(self) -> QWidget:
        body = QWidget(self)
        self._search = QLineEdit(body)
        self._search.setPlaceholderText(self.tr("Search for a word, e.g. relapse or CAR T"))
        self._search.setAccessibleName(self.tr("Search the glossary"))
        self._search.setClearButtonEnabled(True)
        for clear in self._search.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        self._search.setFont(_scaled(self, 1.5))
        self._search.setMinimumHeight(48)
        self._search.textChanged.connect(self._refresh_list)
        self._search.installEventFilter(self)

        letters = LetterBar(_LETTERS, _scaled(self, 1.15), body)
        letters.chosen.connect(self.jump_to_letter)
        self._letter_buttons: dict[str, QToolButton] = letters.buttons

        self._browse = QComboBox(body)
        self._browse.setAccessibleName(self.tr("Show words"))
        self._browse.setFont(_scaled(self, 1.15))
        self._browse.currentIndexChanged.connect(lambda _i: self._refresh_list())
        self._count = QLabel(body)
        self._count.setFont(_scaled(self, 1.15))
        self._count.setAccessibleName(self.tr("Number of words shown"))
        self._list = QListWidget(body)
        self._list.setAccessibleName(self.tr("Glossary words"))
        self._list.setFont(_scaled(self, 1.3))
        self._list.setSpacing(3)
        self._list.setUniformItemSizes(True)
        self._list.itemActivated.connect(self._open_item)
        self._list.itemClicked.connect(self._open_item)
        self._list.installEventFilter(self)
        self._no_match = QLabel(body)
        self._no_match.setWordWrap(True)
        self._no_match.setFont(_scaled(self, 1.3))
        self._no_match.setTextFormat(Qt.TextFormat.RichText)
        self._no_match.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._no_match.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._no_match.setContentsMargins(8, 12, 8, 8)
        self._no_match.linkActivated.connect(self._open_link)
        self._no_match.setAccessibleName(self.tr("No match"))
        self._results = QStackedWidget(body)
        self._results.addWidget(self._list)
        self._results.addWidget(self._no_match)
        left = QWidget(body)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._browse)
        left_layout.addWidget(self._count)
        left_layout.addWidget(self._results, 1)

        self._star = QPushButton(body)
        self._star.setCheckable(True)
        self._star.setFont(_scaled(self, 1.15))
        self._star.setAccessibleName(self.tr("Keep in my words"))
        self._star.toggled.connect(self._star_toggled)
        self._add_walk = QPushButton(self.tr("Add to walk-through"), body)
        self._add_walk.setAccessibleName(self.tr("Add to walk-through"))
        self._add_walk.setFont(_scaled(self, 1.15))
        self._add_walk.clicked.connect(self._add_current_to_walkthrough)
        self._open_walk = QPushButton(body)
        self._open_walk.setAccessibleName(self.tr("Open the walk-through"))
        self._open_walk.setFont(_scaled(self, 1.15))
        self._open_walk.clicked.connect(self.show_walkthrough)
        actions = QHBoxLayout()
        actions.addWidget(self._star)
        actions.addWidget(self._add_walk)
        actions.addStretch(1)
        actions.addWidget(self._open_walk)
        self._reader = QTextBrowser(body)
        self._reader.setAccessibleName(self.tr("Word explanation"))
        self._reader.setOpenLinks(False)
        self._reader.anchorClicked.connect(lambda url: self._open_link(url.toString()))
        self._reader.setFont(_scaled(self, 1.3))
        self._reader.document().setDocumentMargin(18)
        right = QWidget(body)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self._reader, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 820])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self._search)
        layout.addWidget(letters)
        layout.addWidget(splitter, 1)
        self._update_actions()
        return body

    # -- loading ------------------------------------------------------------------------------

    def set_glossary(self, glossary: Glossary) -> None:
        """Show ``glossary`` (the main window loads it just after the first paint)."""
        self._glossary = glossary
        if self._walkthrough is not None:
            self._walkthrough.close()
            self._walkthrough.deleteLater()
            self._walkthrough = None
        self._browse.blockSignals(True)
        self._browse.clear()
        self._browse.addItem(self.tr("All words, A to Z"), _ALL)
        self._browse.addItem(self.tr("★ My words"), _FAVOURITES)
        for category in glossary.categories():
            self._browse.addItem(category_label(category), category)
        self._browse.blockSignals(False)
        present = {_letter(term) for term in glossary.terms}
        for letter, button in self._letter_buttons.items():
            button.setEnabled(letter in present)
        self._pages.setCurrentIndex(1)
        self._refresh_list()
        self._reader.setHtml(self._welcome_html())
        self._current = None
        self._update_actions()

    def show_error(self, message: str) -> None:
        """A calm note in place of the glossary; the rest of the app carries on."""
        self._glossary = None
        lead = self.tr(
            "The glossary could not be opened. Everything else in Companion works as usual."
        )
        detail = html.escape(self.tr("Details: {message}").format(message=message))
        self._show_message(f"<p>{html.escape(lead)}</p><p><small>{detail}</small></p>")

    def _show_message(self, text: str) -> None:
        self._message.setText(text if text.startswith("<p>") else f"<p>{html.escape(text)}</p>")
        self._pages.setCurrentIndex(0)

    # -- the list -----------------------------------------------------------------------------

    def _browsed_terms(self) -> list[Term]:
        assert self._glossary is not None
        choice = self._browse.currentData()
        if choice == _FAVOURITES:
            favourites = set(self.favourites())
            return [t for t in self._glossary.terms if t.id in favourites]
        if choice in (None, _ALL):
            return list(self._glossary.terms)
        return self._glossary.in_category(str(choice))

    def _refresh_list(self) -> None:
        if self._glossary is None:
            return
        query = self._search.text().strip()
        terms = self._glossary.search(query, limit=40) if query else self._browsed_terms()
        self._list.clear()
        favourites = set(self.favourites())
        for term in terms:
            mark = "★ " if term.id in favourites else ""
            item = QListWidgetItem(f"{mark}{term.term}")
            item.setData(_ID_ROLE, term.id)
            item.setToolTip(term.summary)
            self._list.addItem(item)
        # Searching: the best match is ready for Enter. Browsing: highlight only the word that
        # is open, so the list never points at a word other than the one being read.
        shown = [term.id for term in terms]
        if terms and query:
            self._list.setCurrentRow(0)
        elif self._current is not None and self._current.id in shown:
            self._list.setCurrentRow(shown.index(self._current.id))
        self._browse.setEnabled(not query)
        self._count.setText(self._count_text(len(terms), bool(query)) if terms else "")
        self._results.setCurrentIndex(0 if terms or not query else 1)
        if query and not terms:
            self._no_match.setText(self._no_match_html(query))

    def _count_text(self, count: int, searching: bool) -> str:
        if searching:
            return self.tr("1 match") if count == 1 else self.tr("{n} matches").format(n=count)
        return self.tr("1 word") if count == 1 else self.tr("{n} words").format(n=count)

    def _no_match_html(self, query: str) -> str:
        assert self._glossary is not None
        text = f"<p>{html.escape(self.tr('No word matches your search.'))}</p>"
        suggestions = self._glossary.suggest(query)
        if suggestions:
            links = "<br>".join(
                f'<a href="term:{t.id}">{html.escape(t.term)}</a>' for t in suggestions
            )
            text += f"<p>{html.escape(self.tr('Did you mean:'))}<br>{links}</p>"
        tip = self.tr("Try fewer letters, or pick a word from the list after clearing the search.")
        return text + f"<p>{html.escape(tip)}</p>"

    def no_match_text(self) -> str:
        """The no-match note as plain text (empty while results are shown)."""
        if self._results.currentIndex() == 0:
            return ""
        document = QTextDocument()
        document.setHtml(self._no_match.text())
        return document.toPlainText()

    def jump_to_letter(self, letter: str) -> None:
        """Show all words A to Z and move to the first one starting with ``letter``."""
        self._search.clear()
        self._browse.setCurrentIndex(0)
        for row in range(self._list.count()):
            term = self._term_at(row)
            if term is not None and _letter(term) == letter:
                self._list.setCurrentRow(row)
                self._list.scrollToItem(self._list.item(row), QListWidget.ScrollHint.PositionAtTop)
                self._list.setFocus()
                return

    def _term_at(self, row: int) -> Term | None:
        item = self._list.item(row)
        if item is None or self._glossary is None:
            return None
        return self._glossary.get(str(item.data(_ID_ROLE)))

    def visible_term_ids(self) -> list[str]:
        return [str(self._list.item(r).data(_ID_ROLE)) for r in range(self._list.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down/Up move through results from the search field, Enter opens, Esc clears."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self._search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self._list.currentRow() + step, self._list.count() - 1))
                self._list.setCurrentRow(row)
                return True
            if watched is self._search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self._list.currentItem() or self._list.item(0)
                if item is not None:
                    self._open_item(item)
                return True
            if key == Qt.Key.Key_Escape and (watched is self._search or watched is self._list):
                self._search.clear()
                self._search.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- reading a word -----------------------------------------------------------------------

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_term(str(item.data(_ID_ROLE)))

    def _open_link(self, link: str) -> None:
        if link.startswith("term:"):
            self.open_term(link.removeprefix("term:"))

    def current_term(self) -> Term | None:
        return self._current

    def changeEvent(self, event: QEvent) -> None:
        # Rich text takes its link colour from the palette when it is set: render the open
        # word again when the desktop switches between light and dark.
        if event.type() == QEvent.Type.PaletteChange and self._current is not None:
            position = self._reader.verticalScrollBar().value()
            self._reader.setHtml(self._term_html(self._current))
            self._reader.verticalScrollBar().setValue(position)
        super().changeEvent(event)

    def open_term(self, term_id: str) -> bool:
        """Show one word in the reading pane; False if the glossary has no such word."""
        term = self._glossary.get(term_id) if self._glossary is not None else None
        if term is None:
            return False
        self._current = term
        self._reader.setHtml(self._term_html(term))
        self._reader.verticalScrollBar().setValue(0)
        ids = self.visible_term_ids()
        if term_id in ids:
            self._list.setCurrentRow(ids.index(term_id))
        self._update_actions()
        self.term_opened.emit(term_id)
        return True

    def reader_text(self) -> str:
        return self._reader.toPlainText()

    def _term_html(self, term: Term) -> str:
        assert self._glossary is not None
        esc = html.escape
        parts = [f"<h1>{esc(term.term)}</h1>"]
        if term.pronunciation:
            say = self.tr("Say it: {sound}").format(sound=term.pronunciation)
            parts.append(f"<p><i>{esc(say)}</i></p>")
        parts.append(f"<p style='font-size:large'><b>{esc(term.summary)}</b></p>")
        parts.append(f"<p>{esc(term.explanation)}</p>")
        if term.why_it_matters:
            parts.append(f"<h3>{esc(self.tr('Why it matters'))}</h3>")
            parts.append(f"<p>{esc(term.why_it_matters)}</p>")
        if term.questions:
            parts.append(f"<h3>{esc(self.tr('Questions you could ask your care team'))}</h3>")
            parts.append("<ul>" + "".join(f"<li>{esc(q)}</li>" for q in term.questions) + "</ul>")
        related = [t for t in (self._glossary.get(r) for r in term.related) if t is not None]
        if related:
            links = " &nbsp;·&nbsp; ".join(
                f'<a href="term:{t.id}">{esc(t.term)}</a>' for t in related
            )
            parts.append(f"<h3>{esc(self.tr('Related words'))}</h3><p>{links}</p>")
        parts.append(f"<h3>{esc(self.tr('Sources'))}</h3><ul>")
        for source in term.sources:
            url = f"<br><small>{esc(source.url)}</small>" if source.url else ""
            parts.append(f"<li>{esc(source.label)}{url}</li>")
        parts.append("</ul>")
        day = QDate(term.reviewed.year, term.reviewed.month, term.reviewed.day)
        reviewed = QLocale().toString(day, "d MMMM yyyy")
        parts.append(
            f"<p><small>{esc(self.tr('Reviewed {date}').format(date=reviewed))}</small></p>"
        )
        return "".join(parts)

    def _welcome_html(self) -> str:
        esc = html.escape
        lines = [
            self.tr("Type a word you have heard, or pick one from the list."),
            self.tr("Down and Up move through the list, Enter opens a word, Esc clears."),
            self.tr("Press ☆ to keep a word in My words."),
        ]
        return f"<h2>{esc(self.tr('Words you may hear'))}</h2>" + "".join(
            f"<p>{esc(line)}</p>" for line in lines
        )

    def _update_actions(self) -> None:
        has_term = self._current is not None
        self._star.setEnabled(has_term)
        self._add_walk.setEnabled(has_term)
        self._star.blockSignals(True)
        starred = has_term and self._current is not None and self._current.id in self.favourites()
        self._star.setChecked(starred)
        self._star.setText(self.tr("★ In my words") if starred else self.tr("☆ Add to my words"))
        self._star.blockSignals(False)
        count = len(self._walkthrough.term_ids()) if self._walkthrough is not None else 0
        self._open_walk.setText(self.tr("Walk-through ({count})").format(count=count))
        self._open_walk.setEnabled(self._glossary is not None)

    # -- my words -----------------------------------------------------------------------------

    def favourites(self) -> list[str]:
        value = self._settings.value(self.FAVOURITES_KEY, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def set_favourite(self, term_id: str, on: bool) -> None:
        ids = [i for i in self.favourites() if i != term_id] + ([term_id] if on else [])
        self._settings.setValue(self.FAVOURITES_KEY, ids)
        self._settings.sync()
        self._update_actions()
        row = self._list.currentRow()
        self._refresh_list()
        if 0 <= row < self._list.count():
            self._list.setCurrentRow(row)

    def _star_toggled(self, on: bool) -> None:
        if self._current is not None:
            self.set_favourite(self._current.id, on)
            message = self.tr("Added to My words.") if on else self.tr("Removed from My words.")
            self.status_message.emit(message)

    # -- walk-through -------------------------------------------------------------------------

    def walkthrough(self) -> WalkthroughWindow | None:
        if self._walkthrough is None and self._glossary is not None:
            from companion.ui.glossary.walkthrough import WalkthroughWindow

            self._walkthrough = WalkthroughWindow(self._glossary, self)
            self._walkthrough.terms_changed.connect(self._update_actions)
            self._walkthrough.status_message.connect(self.status_message)
        return self._walkthrough

    def add_to_walkthrough(self, term_id: str) -> bool:
        window = self.walkthrough()
        return window is not None and window.add_term(term_id)

    def _add_current_to_walkthrough(self) -> None:
        if self._current is not None and self.add_to_walkthrough(self._current.id):
            self.status_message.emit(
                self.tr("Added {term} to the walk-through.").format(term=self._current.term)
            )

    def show_walkthrough(self) -> None:
        window = self.walkthrough()
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()


def category_label(category: str) -> str:
    """The display name of a glossary category."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("GlossaryCategory", text)

    labels = {
        "status": tr("Where things stand"),
        "disease": tr("Cancer types"),
        "biology": tr("Cells and genes"),
        "tests": tr("Tests and scans"),
        "blood": tr("Blood and counts"),
        "response": tr("How treatment is working"),
        "trials": tr("Clinical trials"),
        "organizations": tr("Groups and organizations"),
        "treatment": tr("Treatments"),
        "transplant-cellular": tr("Transplant and cell therapy"),
        "side-effects": tr("Side effects"),
        "lines-devices": tr("Lines and devices"),
        "care-team": tr("Your care team"),
        "living-with": tr("Day to day and after treatment"),
    }
    return labels.get(category, category)
