"""The unlocked journal: quick-add buttons, the fever card, Undo, the tabs, and the open form.

Built when the journal unlocks and thrown away when it locks, so no family data lingers in
widgets. Forms replace the tabs in place (never modal); Esc or Save brings them back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.journal import Damaged
from companion.journal.records import Appointment, Child, Kind, TemperatureReading
from companion.ui.journal import page_exports
from companion.ui.journal.counts.counts_view import CountsView
from companion.ui.journal.fever.call_card import CallWatch
from companion.ui.journal.fever.call_rules_view import CallRulesView
from companion.ui.journal.fever.fever_rules_view import FeverRulesView
from companion.ui.journal.fever.fever_watch import FeverWatch, region_provider
from companion.ui.journal.forms.registry import form_class
from companion.ui.journal.medicines_view import MedicinesView
from companion.ui.journal.page_parts import (
    connect_care_views,
    fit_stack,
    fold_button,
    quick_add_buttons,
    scrolled,
    stacked,
)
from companion.ui.journal.plan.plan_view import PlanView, plan_header
from companion.ui.journal.reminders import ReminderNotifier, ReminderWatcher, reminder_text
from companion.ui.journal.reports.summary_view import SummaryView
from companion.ui.journal.reports.trends_view import TrendsView
from companion.ui.journal.sync.privacy_view import PrivacyView as SecurityView
from companion.ui.journal.timeline_model import kind_label
from companion.ui.journal.timeline_view import TimelineView
from companion.ui.journal.visits_view import VisitsView
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, EntryForm, big_button, heading_font
from companion.ui.widgets.error_sentences import Doing, guarded, tell_damage
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.fit.folding_tabs import TabFolder
from companion.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary
    from companion.journal import Journal
    from companion.ui.widgets.session import JournalSession

#: One thing Undo can take back: message, the undo itself, and the (kind, id) it restores.
UndoStep = tuple[str, Callable[[], None], tuple[str, str] | None]


class JournalPage(QWidget):
    status_message = Signal(str)
    term_activated = Signal(str)
    changed = Signal(str)
    add_contact_requested = Signal()
    form_closed = Signal()

    def __init__(
        self,
        journal: Journal,
        glossary_provider: Callable[[], Glossary | None],
        parent: QWidget | None = None,
        *,
        centers: Callable[[], list[str]] | None = None,
        session: JournalSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.centers = centers or (lambda: [])
        self.form: EntryForm | None = None
        self.undo_stack: list[UndoStep] = []
        self.page_shortcuts: list[QShortcut] = []

        title = QLabel(self.tr("Journal"), self)
        title.setFont(heading_font(self, 1.5))
        self.child_switch = QComboBox(self)
        self.child_switch.setAccessibleName(self.tr("Whose journal"))
        self.child_switch.setMinimumHeight(TARGET_HEIGHT)
        self.child_switch.setMinimumWidth(160)
        self.header = QWidget(self)
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(title)
        header.addWidget(self.child_switch)
        self.plan_day = QLabel(self)  # "Day 8 of cycle 3"
        self.plan_day.setFont(heading_font(self, 1.1))
        header.addWidget(self.plan_day)
        header.addStretch(1)
        # The quick-add buttons wrap to a second row rather than cut their words.
        self.quick_add = QWidget(self)
        buttons = FlowLayout(self.quick_add)
        #: The page's keys (quick-add and Undo), active wherever focus is in the window.
        self.shortcuts: list[tuple[QKeySequence, Callable[[], object]]] = []
        self.add_buttons = quick_add_buttons(self, buttons, self.open_form, self.shortcuts)
        self.more_button = big_button(self.tr("More"), self.tr("More journal actions"), self)
        self.more_menu = page_exports.more_menu(self)
        self.more_button.setMenu(self.more_menu)
        buttons.addWidget(self.more_button)
        self.fold_button = fold_button(self, self.add_buttons, self.more_menu)
        header.addWidget(self.fold_button)

        self.fever = FeverWatch(journal, self, region=region_provider(session))
        self.fever_card = self.fever.card
        self.fever.status_message.connect(self.status_message)
        self.fever.add_contact_requested.connect(self.add_contact_requested)
        self.fever.recorded.connect(self._fever_recorded)
        self.fever.shown.connect(lambda: QTimer.singleShot(0, self, self._fit_stack))
        self.fever.contact_added.connect(lambda: self.changed.emit(Kind.CONTACT))
        self.calls = CallWatch(journal, self)
        self.calls.add_contact_requested.connect(self.add_contact_requested)
        self.calls.status_message.connect(self.status_message)
        self.calls.recorded.connect(self._fever_recorded)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo_clicked.connect(self.undo_last)

        self.timeline = TimelineView(journal, glossary_provider, self)
        self.medicines = MedicinesView(journal, self)
        self.trends = TrendsView(journal, self)
        self.counts = CountsView(journal, glossary_provider, self)
        self.plan = PlanView(journal, self)
        self.visits = VisitsView(journal, self)
        self.summary = SummaryView(journal, self)
        self.rules = FeverRulesView(journal, self)
        self.call_rules = CallRulesView(journal, self)
        self.security = SecurityView(journal, session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Journal pages"))
        self.tabs.tabBar().setAccessibleName(self.tr("Journal pages"))
        for widget, name in (
            (self.timeline, self.tr("Timeline")),
            (scrolled(self.medicines), self.tr("Medicines")),
            (self.trends, self.tr("Trends")),
            (scrolled(self.counts), self.tr("Counts")),
            (scrolled(self.plan), self.tr("Plan")),
            (scrolled(self.visits), self.tr("Visits and questions")),
            (scrolled(self.summary), self.tr("Visit summary")),
            (scrolled(stacked(self.rules, self.call_rules)), self.tr("When to call")),
            (scrolled(self.security), self.tr("Privacy and backups")),
        ):
            self.tabs.addTab(widget, name)
        self.tab_folder = TabFolder(self.tabs, self)
        self.form_holder = QWidget(self)
        self.form_layout = QVBoxLayout(self.form_holder)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.form_holder)
        # The tabs take whatever height is left once the fever card has all it asks for: the
        # card never scrolls, the timeline gives way.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.quick_add)
        layout.addWidget(self.fever)
        layout.addWidget(self.calls)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tab_folder)
        layout.addWidget(self.stack, 1)
        layout.addStretch(0)  # the room the tabs leave when they give way, not the card's

        self.timeline.edit_requested.connect(self.open_form)
        self.timeline.delete_requested.connect(self.delete_entry)
        self.timeline.term_activated.connect(self.term_activated)
        self.medicines.edit_requested.connect(self.open_form)
        self.medicines.add_requested.connect(lambda: self.open_form(Kind.MEDICINE))
        self.medicines.log_dose_requested.connect(lambda: self.open_form(Kind.DOSE))
        self.medicines.dose_logged.connect(self._dose_logged)
        connect_care_views(self)  # counts, plan
        self.visits.edit_requested.connect(self.open_form)
        self.visits.add_requested.connect(self.open_form)
        self.visits.status_message.connect(self.status_message)
        self.summary.status_message.connect(self.status_message)
        self.rules.saved.connect(self._rules_saved)
        self.security.status_message.connect(self.status_message)
        self.child_switch.currentIndexChanged.connect(self._child_changed)
        self.shortcuts.append((QKeySequence(QKeySequence.StandardKey.Undo), self.undo_last))
        for sequence, slot in self.shortcuts:
            # Wherever focus is in the window (the sidebar, after a form closed), not only
            # inside this page.
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.page_shortcuts.append(shortcut)

        self.watcher = ReminderWatcher(journal, self)
        self.notifier = ReminderNotifier(self)
        self.notifier.status_message.connect(self.status_message)
        self.watcher.due.connect(self._remind)

        self._opening = True
        self.refresh_children()
        self._opening = False
        if not self.journal.list_children():
            self.open_form(Kind.CHILD)
        else:
            for child in self.journal.list_children():
                self.fever.check(child.id)
        self.watcher.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_stack()

    def _fit_stack(self) -> None:
        fit_stack(self)

    def show_tab(self, view: QWidget) -> None:
        """Bring the tab showing ``view`` to the front (some tabs wrap theirs in a scroll area)."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and (tab is view or tab.isAncestorOf(view)):
                self.close_form()
                self.tabs.setCurrentIndex(index)
                return

    def child_id(self) -> str | None:
        data = self.child_switch.currentData()
        return str(data) if data is not None else None

    def refresh_children(self, select: str | None = None) -> None:
        children = self.journal.list_children()
        wanted = select or self.child_id()
        self.child_switch.blockSignals(True)
        self.child_switch.clear()
        for child in children:
            self.child_switch.addItem(child.name, child.id)
        index = self.child_switch.findData(wanted)
        self.child_switch.setCurrentIndex(index if index >= 0 else 0)
        self.child_switch.blockSignals(False)
        self.child_switch.setVisible(len(children) > 1)
        for button in self.add_buttons.values():
            button.setEnabled(bool(children))
        self._child_changed()

    def _child_changed(self) -> None:
        child_id = self.child_id()
        self.timeline.refresh_children()
        index = self.timeline.child.findData(child_id) if self.child_switch.count() > 1 else 0
        self.timeline.child.blockSignals(True)  # one count of the timeline, not two
        self.timeline.child.setCurrentIndex(max(0, index))
        self.timeline.child.blockSignals(False)
        self.timeline.apply_filters()
        if self._opening:
            # The tabs behind the timeline fill in right after the first paint.
            QTimer.singleShot(0, self, self._set_child_behind)
        else:
            self._set_child_behind()

    def _set_child_behind(self) -> None:
        if not self.journal.is_open:
            return  # locked before they were filled: the page is going away
        child_id = self.child_id()
        try:
            for view in (self.medicines, self.trends, self.visits, self.summary):
                view.set_child(child_id)
            self.counts.set_child(child_id)
            self.plan.set_child(child_id)
            self.plan_day.setText(plan_header(self.journal, child_id))
        except Damaged as exc:  # the damage screen takes over
            tell_damage(exc)

    def edit_child(self) -> None:
        if self.child_id() is not None:
            self.open_form(Kind.CHILD, self.child_id())

    # -- forms ----------------------------------------------------------------------------

    def open_form(self, kind: str, entry_id: str | None = None) -> EntryForm:
        self.close_form()
        record: Any = self.journal.get(kind, entry_id) if entry_id else None
        cls = form_class(kind)
        if kind == Kind.APPOINTMENT:
            from companion.ui.journal.forms.appointment_form import AppointmentForm

            AppointmentForm.centers = self.centers()
        form = cls(self.journal, self.child_id(), record, self.form_holder)
        if kind == Kind.CHILD and not self.journal.list_children():
            form.heading.setText(self.tr("Welcome. First, add your child."))
            form.cancel_button.setEnabled(False)
        form.saved.connect(self._form_saved)
        form.cancelled.connect(self._form_cancelled)
        self.form_layout.addWidget(form)
        self.form = form
        self.stack.setCurrentWidget(self.form_holder)
        form.focus_first()
        return form

    def close_form(self) -> None:
        if self.form is not None:
            self.form_layout.removeWidget(self.form)
            self.form.hide()
            self.form.deleteLater()
            self.form = None
            self.form_closed.emit()
        self.stack.setCurrentWidget(self.tabs)

    def _form_cancelled(self) -> None:
        if self.form is not None and not self.form.cancel_button.isEnabled():
            return  # the first child must be added before anything else
        self.close_form()
        self.timeline.focus_list()

    def _form_saved(self, kind: str, entry_id: object) -> None:
        self.close_form()
        self.status_message.emit(self.tr("Saved: %1").replace("%1", kind_label(kind).lower()))
        if kind == Kind.CHILD:
            self.refresh_children(select=str(entry_id))
        else:
            self.refresh_all()
            self.timeline.select_entry(kind, str(entry_id))
        if kind == Kind.TEMPERATURE:
            reading = self.journal.get(TemperatureReading, str(entry_id))
            self.fever.check(reading.child_id)
        if kind in (Kind.SYMPTOM, Kind.BLOOD_COUNT):  # the team's "call us if" rules
            self.calls.check(self.journal.get(kind, str(entry_id)))
        self.changed.emit(kind)

    def refresh_all(self) -> None:
        self.timeline.reload()
        for view in (self.medicines, self.trends, self.visits, self.counts, self.plan):
            view.refresh()
        self.plan_day.setText(plan_header(self.journal, self.child_id()))

    # -- delete and undo ------------------------------------------------------------------

    def delete_entry(self, kind: str, entry_id: str) -> None:
        done, _ = guarded(self, Doing.CHANGE, lambda: self.journal.delete(kind, entry_id))
        if not done:
            return
        self.push_undo(
            self.tr("Deleted: %1.").replace("%1", kind_label(kind).lower()),
            lambda: self.journal.undo_delete(kind, entry_id),
            restores=(kind, entry_id),
        )
        self.refresh_all()
        self.changed.emit(kind)

    def push_undo(
        self, message: str, undo: Callable[[], None], *, restores: tuple[str, str] | None = None
    ) -> None:
        self.undo_stack.append((message, undo, restores))
        self.undo_bar.show_message(message)
        self.status_message.emit(message + " " + self.tr("Ctrl+Z to undo."))

    def undo_last(self) -> None:
        if not self.undo_stack:
            self.status_message.emit(self.tr("Nothing to undo."))
            return
        _message, undo, restores = self.undo_stack.pop()
        done, _ = guarded(self, Doing.CHANGE, undo)
        self.undo_bar.hide()
        if not done:
            self.refresh_all()
            return
        self.refresh_all()
        if restores is not None:
            # Show the entry back in its place, so the family sees Undo worked.
            if self.form is None:
                self.tabs.setCurrentWidget(self.timeline)
            self.timeline.select_entry(*restores)
        self.status_message.emit(self.tr("Undone."))
        self.changed.emit("undo")

    def _dose_logged(self, dose_id: str, text: str) -> None:
        self.push_undo(
            self.tr("Logged: %1.").replace("%1", text),
            lambda: self.journal.delete(Kind.DOSE, dose_id),
        )
        self.timeline.reload()
        self.changed.emit(Kind.DOSE)

    # -- fever ----------------------------------------------------------------------------

    def _rules_saved(self) -> None:
        self.status_message.emit(self.tr("Fever rules saved."))
        self.trends.refresh()

    def _fever_recorded(self) -> None:
        self.timeline.reload()
        self.trends.refresh()
        self.changed.emit(Kind.FEVER)

    def dismiss_fever(self) -> None:
        self.fever.dismiss()

    def _remind(self, appointment: Appointment) -> None:
        child = self.journal.get(Child, appointment.child_id)
        self.notifier.notify(
            self.tr("Appointment reminder"), reminder_text(appointment, child.name)
        )

    def export_calendar(self) -> None:
        self.visits.export_calendar(None)

    def export_csv(self, path: str | None = None, *, confirm: bool = True) -> int | None:
        return page_exports.export_csv(self, path, confirm)

    def export_json(self, path: str | None = None, *, confirm: bool = True) -> int | None:
        return page_exports.export_json(self, path, confirm)

    def import_json(self, path: str | None = None) -> int | None:
        return page_exports.import_json(self, path)

    def shutdown(self) -> None:
        """Stop timers before the journal closes."""
        self.watcher.stop()
        self.undo_bar.timer.stop()
        self.security.shutdown()
