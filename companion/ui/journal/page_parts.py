"""Parts of the journal page built in code: the quick-add buttons (one per kind the form
registry offers, each with its keyboard shortcut in its tooltip) and the scrolling pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.ui.journal.forms.registry import quick_add
from companion.ui.journal.timeline_model import kind_label
from companion.ui.widgets.entry_forms import big_button


def quick_add_buttons(
    page: QWidget,
    row: QLayout,
    open_form: Callable[[str], object],
    shortcuts: list[tuple[QKeySequence, Callable[[], object]]],
) -> dict[str, QPushButton]:
    """Add the buttons to ``row`` and their keys to ``shortcuts``; returns them by kind."""
    buttons: dict[str, QPushButton] = {}
    for entry in quick_add():
        kind = entry.kind
        name = QCoreApplication.translate("JournalPage", "Add: %1").replace("%1", kind_label(kind))
        button = big_button(entry.button_text(), name, page)
        sequence = QKeySequence(entry.shortcut or "")
        native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{button.accessibleName()} ({native})")
        button.clicked.connect(lambda _=False, k=kind: open_form(k))
        shortcuts.append((sequence, button.click))
        row.addWidget(button)
        buttons[kind] = button
    return buttons


def scrolled(widget: QWidget) -> QScrollArea:
    """A tall page in a frameless scroll area, so it never sets the window's minimum height."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def stacked(*pages: QWidget) -> QWidget:
    """One page holding several, one under the other (the fever rules, then the others)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for page in pages:
        layout.addWidget(page)
    return holder


def connect_care_views(page: Any) -> None:
    """The Counts and Plan tabs open forms, report and refresh through the journal page."""
    for view in (page.counts, page.plan):
        view.add_requested.connect(page.open_form)
    page.plan.edit_requested.connect(page.open_form)
    page.plan.status_message.connect(page.status_message)
    page.plan.changed.connect(page.refresh_all)
    page.counts.term_activated.connect(page.term_activated)


def fold_button(page: QWidget, buttons: dict[str, QPushButton], more: QMenu) -> QPushButton:
    """One "Add" button with every quick-add (and More) action in its menu: what the page
    shows instead of the row when a small screen or big text leaves no room for both the row
    and the tabs. Hidden until then."""
    name = QCoreApplication.translate("JournalPage", "Add to the journal")
    button = big_button(QCoreApplication.translate("JournalPage", "Add"), name, page)
    menu = QMenu(button)
    for each in buttons.values():
        menu.addAction(each.text(), each.click)
    menu.addSeparator()
    menu.addActions(more.actions())
    button.setMenu(menu)
    button.hide()
    return button


def fit_stack(page: Any) -> None:
    """The tabs, then the title and quick-add row, give way to the fever card as needed;
    with no card, the quick-add row folds into one "Add" menu before the tabs give way."""
    # Visible *to the page*: the page may be measured while its section is hidden.
    card = page.fever.isVisibleTo(page)
    need = page.fever.heightForWidth(page.fever.width()) if card else 0
    top = [page.header, page.quick_add]
    chrome = sum(w.heightForWidth(page.width()) if w.hasHeightForWidth() else
                 w.sizeHint().height() for w in top) + 24  # fmt: skip
    undo = page.undo_bar.height() if page.undo_bar.isVisibleTo(page) else 0
    room = page.height() - need - 24 - undo
    for widget in top:
        widget.setVisible(not card or room >= chrome)
    shown = page.header.isVisibleTo(page)
    if shown:
        room -= chrome
    tabs = page.stack.minimumSizeHint().height()
    if page.tab_folder.folded:  # the "Show:" list stands above the tabs, in their room
        tabs += page.tab_folder.sizeHint().height() + page.layout().spacing()
    fold = not card and page.form is None and room < tabs  # one "Add" menu, not a row
    page.quick_add.setVisible(shown and not fold)
    page.fold_button.setVisible(fold)
    room += page.quick_add.heightForWidth(page.width()) if fold else 0
    page.stack.setVisible(not card or room >= tabs or bool(page.form))
    page.tab_folder.allowed = page.stack.isVisibleTo(page) and page.form is None
    page.tab_folder.refit()
