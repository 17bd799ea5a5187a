"""The Glossary section: search as you type, browse by category or A to Z, read one word.

Built for a tired parent: big text, the keyboard alone is enough (type, Down/Up, Enter, Esc),
and nothing is coloured by hand, so light and dark system palettes both read well.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.directory.programs import program_for_term
from companion.ui.glossary.browsing import (
    LETTERS,
    category_label,
    count_text,
    letter_of,
    plain_text,
)
from companion.ui.glossary.language_choice import LanguageChoice
from companion.ui.glossary.letter_bar import LetterBar
from companion.ui.glossary.reading_pane import (
    Favourites,
    ReadingPane,
    display_name,
    no_match_html,
)
from companion.ui.widgets.fit.fitting import FittingPlaceholder, WholeChoice
from companion.ui.widgets.section import Section
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary, Term
    from companion.ui.glossary.walkthrough import WalkthroughWindow

_ID_ROLE = Qt.ItemDataRole.UserRole
_ALL, _FAVOURITES = "all", "favourites"
_scaled = functools.partial(scaled_font, minimum_pt=10.0)


class GlossaryView(Section):
    """Search, browse and read glossary words; ``open_term`` is what word links call."""

    FAVOURITES_KEY = Favourites.KEY
    LANGUAGE_KEY = LanguageChoice.KEY
    term_opened = Signal(str)
    #: A program name ("MIBG therapy"): show the centers whose pages say they offer it.
    centers_requested = Signal(str)

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
        self._favourites = Favourites(self._settings)
        self._current: Term | None = None
        self._walkthrough: WalkthroughWindow | None = None
        self.care_number: Callable[[], str | None] = lambda: None  # for the handout's box
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

    def _build_body(self) -> QWidget:
        body = QWidget(self)
        self._search = QLineEdit(body)
        words = (self.tr("Search for a word, e.g. relapse or CAR T"), self.tr("Search for a word"))
        FittingPlaceholder(self._search, *words, self.tr("Search"))
        self._search.setAccessibleName(self.tr("Search the glossary"))
        self._search.setClearButtonEnabled(True)
        for clear in self._search.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        self._search.setFont(_scaled(self, 1.5))
        self._search.setMinimumHeight(48)
        self._search.textChanged.connect(self._refresh_list)
        self._search.installEventFilter(self)
        self._language = LanguageChoice(self._settings, body)
        self._language.setFont(_scaled(self, 1.15))
        self._language.currentIndexChanged.connect(lambda _i: self._language_chosen())
        search_row = QHBoxLayout()
        search_row.addWidget(self._search, 1)
        search_row.addWidget(self._language)

        self._letters = LetterBar(LETTERS, _scaled(self, 1.15), body)
        self._letters.chosen.connect(self.jump_to_letter)

        self._browse = QComboBox(body)
        self._browse.setAccessibleName(self.tr("Show words"))
        self._browse.setFont(_scaled(self, 1.15))
        WholeChoice(self._browse)
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
        # The reading pane follows the highlighted word: typing, arrows, no Enter needed.
        self._list.currentItemChanged.connect(self._follow_highlight)
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

        self._pane = ReadingPane(body)
        self._pane.link_activated.connect(self._open_link)
        self._pane.star_toggled.connect(self._star_toggled)
        self._pane.add_clicked.connect(self._add_current_to_walkthrough)
        self._pane.open_walkthrough_clicked.connect(self.show_walkthrough)

        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        splitter.addWidget(left)
        splitter.addWidget(self._pane)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 820])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(search_row)
        layout.addWidget(self._letters)
        layout.addWidget(splitter, 1)
        self._update_actions()
        return body

    def set_glossary(self, glossary: Glossary) -> None:
        """Show ``glossary`` (the main window loads the English one just after the first paint),
        in the language the family chose last time."""
        self._language.set_glossaries(glossary)
        if self._walkthrough is not None:
            self._walkthrough.close()
            self._walkthrough.deleteLater()
            self._walkthrough = None
        self._language_chosen()

    def language(self) -> str:
        """The language the words are shown in: "en" or "es"."""
        return self._language.language()

    def set_language(self, language: str) -> None:
        self._language.set_language(language)

    def _language_chosen(self) -> None:
        glossary = self._language.glossary_in(self.language())
        english = self._language.glossary_in("en")
        if glossary is None and english is not None:
            self.status_message.emit(self.tr("The words in this language could not be opened."))
            glossary = english
        if glossary is not None:
            self._show_glossary(glossary)

    def _show_glossary(self, glossary: Glossary) -> None:
        reading = self._current.id if self._current is not None else None
        self._glossary = glossary
        self._browse.blockSignals(True)
        chosen = self._browse.currentData()
        self._browse.clear()
        self._browse.addItem(self.tr("All words, A to Z"), _ALL)
        self._browse.addItem(self.tr("★ My words"), _FAVOURITES)
        for category in glossary.categories():
            self._browse.addItem(category_label(category), category)
        self._browse.setCurrentIndex(max(0, self._browse.findData(chosen)))
        self._browse.blockSignals(False)
        self._letters.set_present({letter_of(term) for term in glossary.terms})
        self._pages.setCurrentIndex(1)
        self._current = None
        self._refresh_list()
        if reading is None or not self.open_term(reading):
            self._pane.show_welcome()
            self._update_actions()

    def show_error(self, message: str) -> None:
        """A calm note in place of the glossary; the rest of the app carries on."""
        self._glossary = None
        self._language.set_glossaries()
        lead = self.tr(
            "The glossary could not be opened. Everything else in Companion works as usual."
        )
        detail = html.escape(self.tr("Details: %1").replace("%1", message))
        self._show_message(f"<p>{html.escape(lead)}</p><p><small>{detail}</small></p>")

    def _show_message(self, text: str) -> None:
        self._message.setText(text if text.startswith("<p>") else f"<p>{html.escape(text)}</p>")
        self._pages.setCurrentIndex(0)

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
        self._list.blockSignals(True)  # one highlight (and one word read) per keystroke
        self._list.clear()
        favourites = set(self.favourites())
        for term in terms:
            mark = "★ " if term.id in favourites else ""
            item = QListWidgetItem(f"{mark}{display_name(term)}")
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
        self._list.blockSignals(False)
        self._follow_highlight(self._list.currentItem())
        self._browse.setEnabled(not query)
        self._count.setText(count_text(len(terms), bool(query)) if terms else "")
        self._results.setCurrentIndex(0 if terms or not query else 1)
        if query and not terms:
            assert self._glossary is not None
            self._no_match.setText(no_match_html(self._glossary, query))

    def no_match_text(self) -> str:
        """The no-match note as plain text (empty while results are shown)."""
        return "" if self._results.currentIndex() == 0 else plain_text(self._no_match.text())

    def jump_to_letter(self, letter: str) -> None:
        """Show all words A to Z and move to the first one starting with ``letter``."""
        self._search.clear()
        self._browse.setCurrentIndex(0)
        for row in range(self._list.count()):
            term = self._term_at(row)
            if term is not None and letter_of(term) == letter:
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
            if watched is self._search and key == Qt.Key.Key_Down and self._list.count():
                # Down goes into the list, on the highlighted word (the best match).
                if self._list.currentRow() < 0:
                    self._list.setCurrentRow(0)
                self._list.setFocus(Qt.FocusReason.TabFocusReason)
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

    def _follow_highlight(self, item: QListWidgetItem | None) -> None:
        term_id = str(item.data(_ID_ROLE)) if item is not None else None
        if term_id is not None and (self._current is None or self._current.id != term_id):
            self.open_term(term_id)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_term(str(item.data(_ID_ROLE)))

    def _open_link(self, link: str) -> None:
        if link.startswith("term:"):
            self.open_term(link.removeprefix("term:"))
        elif link.startswith("centers:"):
            program = program_for_term(link.removeprefix("centers:"))
            if program is not None:
                self.centers_requested.emit(program)

    def current_term(self) -> Term | None:
        return self._current

    def open_term(self, term_id: str) -> bool:
        """Show one word in the reading pane; False if the glossary has no such word."""
        glossary = self._glossary
        term = glossary.get(term_id) if glossary is not None else None
        if term is None or glossary is None:
            return False
        self._current = term
        self._pane.show_term(term, glossary)
        ids = self.visible_term_ids()
        if term_id in ids:
            self._list.setCurrentRow(ids.index(term_id))
        self._update_actions()
        self.term_opened.emit(term_id)
        return True

    def reader_text(self) -> str:
        return self._pane.text()

    def reading_pane(self) -> ReadingPane:
        return self._pane

    def _update_actions(self) -> None:
        current = self._current
        count = len(self._walkthrough.term_ids()) if self._walkthrough is not None else 0
        self._pane.set_actions(
            starred=None if current is None else current.id in self.favourites(),
            walk_count=count,
            walk_enabled=self._glossary is not None,
        )

    def favourites(self) -> list[str]:
        return self._favourites.ids()

    def set_favourite(self, term_id: str, on: bool) -> None:
        self._favourites.set(term_id, on)
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

    def walkthrough(self) -> WalkthroughWindow | None:
        english = self._language.glossary_in("en")
        if self._walkthrough is None and english is not None:
            from companion.ui.glossary.walkthrough import WalkthroughWindow

            self._walkthrough = WalkthroughWindow(
                english, self, spanish=lambda: self._language.glossary_in("es")
            )
            self._walkthrough.care_number = lambda: self.care_number()
            self._walkthrough.terms_changed.connect(self._update_actions)
            self._walkthrough.status_message.connect(self.status_message)
        return self._walkthrough

    def add_to_walkthrough(self, term_id: str) -> bool:
        window = self.walkthrough()
        return window is not None and window.add_term(term_id)

    def _add_current_to_walkthrough(self) -> None:
        if self._current is not None and self.add_to_walkthrough(self._current.id):
            added = self.tr("Added %1 to the walk-through.")
            self.status_message.emit(added.replace("%1", display_name(self._current)))

    def show_walkthrough(self) -> None:
        window = self.walkthrough()
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
