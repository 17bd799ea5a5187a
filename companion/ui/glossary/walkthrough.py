"""Walk-through mode: a nurse gathers words, shows them one at a time, then prints a handout.

The list page gathers and orders the words; the show page puts one word at a time on the whole
screen in large type, moved with the Left and Right arrow keys or the on-screen buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.glossary.terms import Glossary, Term
from companion.ui.glossary.handout import render_handout, write_handout
from companion.ui.widgets.fit.row_or_column import RowOrColumn
from companion.ui.widgets.typography import scaled_font

_ID_ROLE = Qt.ItemDataRole.UserRole
#: Sizes grow from at least this many points: the words are read from across a room.
_BASE_PT = 10.0


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setFont(scaled_font(parent, 1.2, minimum_pt=_BASE_PT))
    button.setMinimumHeight(44)
    return button


class WalkthroughWindow(QWidget):
    """Gather glossary words into a list, show them full screen, print or save a handout."""

    terms_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        glossary: Glossary,
        parent: QWidget | None = None,
        *,
        spanish: Callable[[], Glossary | None] | None = None,
    ) -> None:
        """``spanish`` gives the Spanish glossary for the two-language handout when asked."""
        super().__init__(parent, Qt.WindowType.Window)
        self._glossary = glossary
        self._spanish = spanish
        #: The care team's number for the handout's box (set by the window; None: left blank).
        self.care_number: Callable[[], str | None] = lambda: None
        self._position = 0
        self.setWindowTitle(self.tr("Walk-through"))
        self.setAccessibleName(self.tr("Walk-through"))
        self.resize(900, 680)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._build_list_page())
        self._stack.addWidget(self._build_show_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._update_list_buttons()

    # -- the list of words --------------------------------------------------------------------

    def _build_list_page(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("Walk-through"), page)
        heading.setFont(scaled_font(self, 1.8, bold=True, minimum_pt=_BASE_PT))
        intro = QLabel(
            self.tr(
                "Gather the words to go through with the family. Show them one at a time on "
                "the full screen, then print them or save them as a handout."
            ),
            page,
        )
        intro.setWordWrap(True)
        intro.setFont(scaled_font(self, 1.15, minimum_pt=_BASE_PT))

        self._add_field = QLineEdit(page)
        self._add_field.setPlaceholderText(self.tr("Type a word to add, e.g. relapse"))
        self._add_field.setAccessibleName(self.tr("Word to add"))
        self._add_field.setFont(scaled_font(self, 1.2, minimum_pt=_BASE_PT))
        self._add_field.setMinimumHeight(40)
        completer = QCompleter([term.term for term in self._glossary.terms], self._add_field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._add_field.setCompleter(completer)
        self._add_field.returnPressed.connect(self._add_typed)
        add = _button(self.tr("Add"), self.tr("Add word"), page)
        add.clicked.connect(self._add_typed)
        add_row = QHBoxLayout()
        add_row.addWidget(self._add_field, 1)
        add_row.addWidget(add)

        self._list = QListWidget(page)
        self._list.setAccessibleName(self.tr("Words in the walk-through"))
        self._list.setFont(scaled_font(self, 1.3, minimum_pt=_BASE_PT))
        self._list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self._list.setSpacing(2)
        self._list.model().rowsMoved.connect(lambda *_: self.terms_changed.emit())
        self._list.currentRowChanged.connect(lambda _row: self._update_list_buttons())
        self._list.itemActivated.connect(lambda item: self.start(self._list.row(item)))

        self._up = _button(self.tr("Move up"), self.tr("Move word up"), page)
        self._down = _button(self.tr("Move down"), self.tr("Move word down"), page)
        self._remove = _button(self.tr("Remove"), self.tr("Remove word"), page)
        self._up.clicked.connect(lambda: self.move_current(-1))
        self._down.clicked.connect(lambda: self.move_current(1))
        self._remove.clicked.connect(self.remove_current)
        order = QVBoxLayout()
        for button in (self._up, self._down, self._remove):
            order.addWidget(button)
        order.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self._list, 1)
        middle.addLayout(order)

        self._show = _button(self.tr("Show full screen"), self.tr("Show full screen"), page)
        self._show.setDefault(True)
        self._print = _button(self.tr("Print handout…"), self.tr("Print handout"), page)
        self._save = _button(self.tr("Save handout as PDF…"), self.tr("Save handout"), page)
        self._show.clicked.connect(lambda: self.start(0))
        self._print.clicked.connect(lambda: self.print_handout())
        self._save.clicked.connect(lambda: self.save_handout())
        self._bilingual = QCheckBox(self.tr("In English and Spanish (Español)"), page)
        self._bilingual.setAccessibleName(self.tr("Handout in English and Spanish"))
        self._bilingual.setFont(scaled_font(self, 1.2, minimum_pt=_BASE_PT))
        self._bilingual.setVisible(spanish_available := self._spanish is not None)
        self._bilingual.setEnabled(spanish_available)
        actions = QHBoxLayout()
        actions.addWidget(self._show)
        actions.addStretch(1)
        actions.addWidget(self._bilingual)
        actions.addWidget(self._print)
        actions.addWidget(self._save)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addLayout(middle, 1)
        layout.addLayout(actions)
        return page

    def term_ids(self) -> list[str]:
        return [str(self._list.item(row).data(_ID_ROLE)) for row in range(self._list.count())]

    def terms(self) -> list[Term]:
        found = (self._glossary.get(term_id) for term_id in self.term_ids())
        return [term for term in found if term is not None]

    def add_term(self, term_id: str) -> bool:
        """Add a word at the end; False if it is unknown or already in the list."""
        term = self._glossary.get(term_id)
        if term is None or term_id in self.term_ids():
            return False
        item = QListWidgetItem(term.term)
        item.setData(_ID_ROLE, term.id)
        self._list.addItem(item)
        self._list.setCurrentItem(item)
        self._update_list_buttons()
        self.terms_changed.emit()
        return True

    def set_bilingual(self, on: bool) -> None:
        """Make the handout in English and Spanish side by side (when Spanish is available)."""
        self._bilingual.setChecked(on and self._bilingual.isEnabled())

    def bilingual_pairs(self) -> list[tuple[Term, Term | None]] | None:
        """Each word with its Spanish text, if the two-language handout is chosen."""
        spanish = self._spanish() if self._spanish and self._bilingual.isChecked() else None
        if spanish is None:
            return None
        return [(term, spanish.get(term.id)) for term in self.terms()]

    def _draw_handout(self, device: QPrinter | None, path: Path | None) -> int:
        from companion.ui.glossary.bilingual_handout import (
            render_bilingual_handout,
            write_bilingual_handout,
        )

        pairs = self.bilingual_pairs()
        if device is not None:
            if pairs is None:
                return render_handout(self.terms(), device, care_number=self.care_number())
            return render_bilingual_handout(pairs, device)
        assert path is not None
        if pairs is None:
            return write_handout(self.terms(), path, care_number=self.care_number())
        return write_bilingual_handout(pairs, path)

    def _add_typed(self) -> None:
        typed = self._add_field.text()
        found = self._glossary.search(typed, limit=1)
        if found and self.add_term(found[0].id):
            self._add_field.clear()

    def remove_current(self) -> None:
        row = self._list.currentRow()
        if row >= 0:
            self._list.takeItem(row)
            self._update_list_buttons()
            self.terms_changed.emit()

    def move_current(self, step: int) -> None:
        row = self._list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self._list.count():
            return
        item = self._list.takeItem(row)
        self._list.insertItem(target, item)
        self._list.setCurrentRow(target)
        self.terms_changed.emit()

    def _update_list_buttons(self) -> None:
        row, count = self._list.currentRow(), self._list.count()
        self._up.setEnabled(row > 0)
        self._down.setEnabled(0 <= row < count - 1)
        self._remove.setEnabled(row >= 0)
        for button in (self._show, self._print, self._save):
            button.setEnabled(count > 0)

    # -- one word at a time -------------------------------------------------------------------

    def _build_show_page(self) -> QWidget:
        page = QWidget(self)
        self._term = QLabel(page)
        self._term.setFont(scaled_font(self, 3.4, bold=True, minimum_pt=_BASE_PT))
        self._term.setWordWrap(True)
        self._say = QLabel(page)
        self._say.setFont(scaled_font(self, 1.8, minimum_pt=_BASE_PT))
        self._summary = QLabel(page)
        self._summary.setFont(scaled_font(self, 2.4, bold=True, minimum_pt=_BASE_PT))
        self._explanation = QLabel(page)
        self._explanation.setFont(scaled_font(self, 2.0, minimum_pt=_BASE_PT))
        for label in (self._say, self._summary, self._explanation):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._term.setTextFormat(Qt.TextFormat.PlainText)
        text = QWidget(page)
        text_layout = QVBoxLayout(text)
        text_layout.setSpacing(18)
        for label in (self._term, self._say, self._summary, self._explanation):
            text_layout.addWidget(label)
        text_layout.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._previous = _button(self.tr("◀ Previous"), self.tr("Previous word"), page)
        self._next = _button(self.tr("Next ▶"), self.tr("Next word"), page)
        self._where = QLabel(page)
        self._where.setFont(scaled_font(self, 1.6, minimum_pt=_BASE_PT))
        self._where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._where.setAccessibleName(self.tr("Position"))
        back = _button(self.tr("Back to the list"), self.tr("Back to the list"), page)
        self._previous.clicked.connect(self.previous)
        self._next.clicked.connect(self.next)
        back.clicked.connect(self.back_to_list)
        for button in (self._previous, self._next, back):
            button.setFont(scaled_font(self, 1.5, minimum_pt=_BASE_PT))
            button.setMinimumHeight(56)
            button.installEventFilter(self)  # buttons would take the arrow keys for focus moves
        moves = QWidget(page)
        move_row = QHBoxLayout(moves)
        move_row.setContentsMargins(0, 0, 0, 0)
        move_row.addWidget(self._previous)
        move_row.addWidget(self._where, 0)
        move_row.addWidget(self._next)
        controls = RowOrColumn()  # "Back" above the moves when a row has no room for both
        controls.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        controls.addStretch(1)
        controls.addWidget(moves, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(64, 48, 64, 32)
        layout.addWidget(scroll, 1)
        layout.addLayout(controls)
        return page

    def position(self) -> int:
        return self._position

    def position_text(self) -> str:
        return self._where.text()

    def is_showing(self) -> bool:
        return self._stack.currentIndex() == 1

    def start(self, index: int = 0) -> None:
        """Show the words one at a time, full screen, from ``index``."""
        if not self._list.count():
            return
        self._stack.setCurrentIndex(1)
        self._show_word(index)
        self.showFullScreen()
        self._next.setFocus()

    def next(self) -> None:
        self._show_word(self._position + 1)

    def previous(self) -> None:
        self._show_word(self._position - 1)

    def back_to_list(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self._stack.setCurrentIndex(0)
        self._list.setCurrentRow(self._position)
        self._list.setFocus()

    def _show_word(self, index: int) -> None:
        terms = self.terms()
        if not terms:
            return
        self._position = max(0, min(index, len(terms) - 1))
        term = terms[self._position]
        self._term.setText(term.term)
        self._say.setText(
            self.tr("Say it: %1").replace("%1", str(term.pronunciation))
            if term.pronunciation
            else ""
        )
        self._say.setVisible(bool(term.pronunciation))
        self._summary.setText(term.summary)
        self._explanation.setText(term.explanation)
        where = (
            self.tr("%1 of %2")
            .replace("%1", str(self._position + 1))
            .replace("%2", str(len(terms)))
        )
        self._where.setText(where)
        self._previous.setEnabled(self._position > 0)
        self._next.setEnabled(self._position < len(terms) - 1)

    def _handle_key(self, key: int) -> bool:
        """Left/Right move through the words; Esc leaves full screen, then returns to the list."""
        if self.is_showing() and key == Qt.Key.Key_Right:
            self.next()
        elif self.is_showing() and key == Qt.Key.Key_Left:
            self.previous()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_Escape and self.is_showing():
            self.back_to_list()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = event.key() if isinstance(event, QKeyEvent) else None
        if key is not None and event.type() == QEvent.Type.KeyPress and self._handle_key(key):
            return True
        return super().eventFilter(watched, event)

    # -- handout ------------------------------------------------------------------------------

    def save_handout(self, path: str | Path | None = None) -> Path | None:
        """Save the words as a PDF handout; asks where when no path is given."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggested = str(Path(folder) / f"companion-words-{dt.date.today().isoformat()}.pdf")
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save handout"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        pages = self._draw_handout(None, target)
        saved = self.tr("Saved a handout of %n page(s).", "", pages)
        self.status_message.emit(saved)
        return target

    def print_handout(self, printer: QPrinter | None = None) -> bool:
        """Print the handout, asking the print dialog first; False if cancelled."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print handout"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._draw_handout(printer, None)
        return True
