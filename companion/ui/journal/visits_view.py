"""The visits tab: upcoming appointments with their questions as a checklist to tick off
during the visit, and the questions still open for the care team."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.journal.records import Appointment, ChecklistItem, Kind
from companion.ui.journal import export
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font, local_text
from companion.ui.widgets.error_sentences import Doing, guarded
from companion.ui.widgets.fit.down_scroll import DownScroll
from companion.ui.widgets.fit.row_or_column import RowOrColumn, title_and_actions

if TYPE_CHECKING:
    from companion.journal import Journal


class AppointmentCard(QFrame):
    """One upcoming visit; ticking a question saves at once."""

    ticked = Signal(str, int, bool)
    edit = Signal(str)
    to_calendar = Signal(str)

    def __init__(self, appointment: Appointment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appointment = appointment
        self.setFrameShape(QFrame.Shape.StyledPanel)
        when = f"{local_text(appointment.starts_at)}  ({appointment.tz})"
        purpose = appointment.purpose or self.tr("Appointment")
        title = QLabel(f"{purpose} — {when}", self)
        title.setFont(heading_font(self, 1.1))
        title.setWordWrap(True)
        facts = " · ".join(p for p in (appointment.with_whom, appointment.place) if p)
        info = QLabel(facts, self)
        info.setWordWrap(True)
        self.checklist = QListWidget(self)
        self.checklist.setSpacing(2)
        self.checklist.setAccessibleName(
            self.tr("Questions to ask at this visit; tick each one when asked")
        )
        for item in appointment.questions:
            row = QListWidgetItem(item.text, self.checklist)
            row.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            row.setSizeHint(QSize(0, TARGET_HEIGHT - 8))
        self.checklist.setVisible(bool(appointment.questions))
        self.checklist.setFixedHeight(
            min(6, max(1, len(appointment.questions))) * (TARGET_HEIGHT - 6) + 8
        )
        self.checklist.itemChanged.connect(self._changed)
        edit_button = big_button(self.tr("Edit"), self.tr("Edit this appointment"), self)
        calendar_button = big_button(
            self.tr("Add to calendar"), self.tr("Add this appointment to a calendar"), self
        )
        edit_button.clicked.connect(lambda: self.edit.emit(appointment.id))
        calendar_button.clicked.connect(lambda: self.to_calendar.emit(appointment.id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(calendar_button)
        buttons.addWidget(edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(info)
        layout.addWidget(self.checklist)
        layout.addLayout(buttons)

    def _changed(self, item: QListWidgetItem) -> None:
        row = self.checklist.row(item)
        self.ticked.emit(self.appointment.id, row, item.checkState() == Qt.CheckState.Checked)


class VisitsView(QWidget):
    edit_requested = Signal(str, str)
    add_requested = Signal(str)
    status_message = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.child_id: str | None = None
        self.cards: list[AppointmentCard] = []
        title = QLabel(self.tr("Coming up"), self)
        title.setFont(heading_font(self, 1.25))
        self.add_button = big_button(self.tr("New appointment"), None, self)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(Kind.APPOINTMENT))
        self.all_to_calendar = big_button(self.tr("Add all to calendar"), None, self)
        self.all_to_calendar.setAccessibleName(
            self.tr("Add all upcoming appointments to a calendar")
        )
        self.all_to_calendar.clicked.connect(lambda: self.export_calendar(None))
        self.none_label = QLabel(self.tr("No appointments coming up."), self)
        self.cards_box = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.none_label)
        holder_layout.addWidget(self.cards_box)
        self.treatment_days = QLabel(self)  # the planned treatment days coming up
        self.treatment_days.setWordWrap(True)
        self.treatment_days.setAccessibleName(self.tr("Treatment days coming up"))
        holder_layout.addWidget(self.treatment_days)
        holder_layout.addStretch(1)
        scroll = DownScroll(holder, self)

        questions_title = QLabel(self.tr("Questions for the care team"), self)
        questions_title.setFont(heading_font(self, 1.25))
        questions_title.setWordWrap(True)
        self.open_questions = QListWidget(self)
        self.open_questions.setSpacing(4)
        self.open_questions.setWordWrap(True)
        self.open_questions.setAccessibleName(self.tr("Open questions; Enter to answer"))
        self.open_questions.itemActivated.connect(self._open_question)
        self.answered = QListWidget(self)
        self.answered.setSpacing(4)
        self.answered.setWordWrap(True)
        self.answered.setAccessibleName(self.tr("Answered questions"))
        self.answered.itemActivated.connect(self._open_question)
        self.ask_button = big_button(self.tr("New question"), None, self)
        self.ask_button.clicked.connect(lambda: self.add_requested.emit(Kind.QUESTION))

        left = QVBoxLayout()
        left.addLayout(title_and_actions(self, title, self.all_to_calendar, self.add_button))
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addLayout(title_and_actions(self, questions_title, self.ask_button))
        right.addWidget(QLabel(self.tr("Still open:"), self))
        right.addWidget(self.open_questions, 2)
        right.addWidget(QLabel(self.tr("Answered:"), self))
        right.addWidget(self.answered, 1)
        layout = RowOrColumn(self, squeeze=True)  # the questions go below when narrow
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _treatment_days(self, child_id: str) -> list[str]:
        from companion.journal.plan.treatment_plan import cycle_name
        from companion.ui.journal.plan.plan_view import day_text, translate

        names = {c.id: cycle_name(c, translate) for c in self.journal.list_cycles(child_id)}
        days = [day_text(d, names) for d in self.journal.upcoming_treatment_days(child_id, limit=8)]
        title = self.tr("Treatment days coming up (from your plan):")
        self.treatment_days.setText("\n".join([title, *days]) if days else "")
        self.treatment_days.setVisible(bool(days))
        return days

    def set_child(self, child_id: str | None) -> None:
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self.open_questions.clear()
        self.answered.clear()
        if self.child_id is None:
            return
        upcoming = self.journal.upcoming_appointments(self.child_id)
        self.none_label.setVisible(not upcoming)
        days = self._treatment_days(self.child_id)
        self.all_to_calendar.setEnabled(bool(upcoming) or bool(days))
        for appointment in upcoming:
            card = AppointmentCard(appointment, self.cards_box)
            card.ticked.connect(self.tick)
            card.edit.connect(lambda aid: self.edit_requested.emit(Kind.APPOINTMENT, aid))
            card.to_calendar.connect(self.export_calendar)
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        for question in self.journal.list_questions(self.child_id):
            target = self.answered if question.answered else self.open_questions
            text = question.text
            if question.answered and question.answer:
                text = f"{question.text}\n→ {question.answer}"
            item = QListWidgetItem(text, target)
            item.setData(Qt.ItemDataRole.UserRole, question.id)

    def tick(self, appointment_id: str, row: int, done: bool) -> None:
        appointment = self.journal.get(Appointment, appointment_id)
        items = list(appointment.questions)
        if 0 <= row < len(items):
            items[row] = ChecklistItem(items[row].text, done)
            changed = replace(appointment, questions=tuple(items))
            saved, _ = guarded(self, Doing.CHANGE, lambda: self.journal.update(changed))
            if not saved:
                self.refresh()

    def _open_question(self, item: QListWidgetItem) -> None:
        self.edit_requested.emit(Kind.QUESTION, str(item.data(Qt.ItemDataRole.UserRole)))

    def export_calendar(
        self, appointment_id: str | None, path: str | None = None, *, confirm: bool = True
    ) -> None:
        _done, count = guarded(
            self,
            Doing.EXPORT,
            lambda: export.export_calendar(
                self.journal,
                self,
                self.child_id,
                appointment_id=appointment_id,
                path=path,
                confirm=confirm,
            ),
        )
        if count is not None:
            self.status_message.emit(
                self.tr(
                    "Saved %n appointment(s) to a calendar file. Like any export, that file "
                    "is not encrypted.",
                    "",
                    count,
                )
            )
