"""A free note about the day, and a question to ask the care team (open or answered)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QWidget

from companion.journal.entries import MAX_NOTE_CHARS
from companion.journal.records import NOTE, QUESTION, Note, Question
from companion.ui.journal.forms.form_fields import WhenField, multiline
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, EntryForm


class NoteForm(EntryForm):
    kind = NOTE

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit note") if editing else self.tr("New note")

    def build(self) -> None:
        self.add_child_row()
        self.text = multiline(self.tr("Note"), self.tr("What happened today?"), self)
        self.text.setMinimumHeight(TARGET_HEIGHT * 4)
        self.text.setMaximumHeight(TARGET_HEIGHT * 8)
        self.add_row(self.tr("&Note:"), self.text)
        self.when = WhenField(self.tr("When"), self)
        self.add_row(self.tr("&When:"), self.when)

    def first_field(self) -> QWidget:
        return self.text

    def load(self, record: Any) -> None:
        assert isinstance(record, Note)
        self.text.setPlainText(record.text)
        self.when.set_value(record.written_at)

    def validate(self) -> tuple[str, QWidget] | None:
        text = self.text.toPlainText().strip()
        if not text:
            return self.tr("The note is empty."), self.text
        if len(text) > MAX_NOTE_CHARS:
            return (
                self.tr(
                    "This note is too long to save: it has %1 characters, and a note can hold "
                    "%2. Please split it into two notes. Nothing you typed is lost."
                )
                .replace("%1", QLocale().toString(len(text)))
                .replace("%2", QLocale().toString(MAX_NOTE_CHARS)),
                self.text,
            )
        return None

    def write(self) -> object:
        text = self.text.toPlainText().strip()
        child_id = self.chosen_child()
        if self.existing is None:
            return self.journal.add_note(text, child_id, self.when.value()).id
        updated = replace(self.existing, text=text, child_id=child_id, written_at=self.when.value())
        return self.journal.update(updated).id


class QuestionForm(EntryForm):
    kind = QUESTION

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit question") if editing else self.tr("New question for the care team")

    def build(self) -> None:
        self.add_child_row()
        self.text = multiline(self.tr("Question"), self.tr("What do you want to ask?"), self)
        self.add_row(self.tr("&Question:"), self.text)
        self.answered = QCheckBox(self.tr("The team has answered it"), self)
        self.answered.setAccessibleName(self.tr("Answered"))
        self.add_row(self.tr("Answered:"), self.answered)
        self.answer = multiline(self.tr("Answer"), self.tr("What did they say?"), self)
        self.add_row(self.tr("&Answer:"), self.answer)
        self.answered.toggled.connect(self._show_answer)
        self._show_answer(False)

    def _show_answer(self, answered: bool) -> None:
        self.set_row_visible(self.answer, answered)

    def first_field(self) -> QWidget:
        return self.text

    def load(self, record: Any) -> None:
        assert isinstance(record, Question)
        self.text.setPlainText(record.text)
        self.answered.setChecked(record.answered)
        self.answer.setPlainText(record.answer)

    def validate(self) -> tuple[str, QWidget] | None:
        if not self.text.toPlainText().strip():
            return self.tr("Type the question."), self.text
        return None

    def write(self) -> object:
        text = self.text.toPlainText().strip()
        answered = self.answered.isChecked()
        answer = self.answer.toPlainText().strip() if answered else ""
        child_id = self.chosen_child()
        if self.existing is None:
            question = self.journal.add_question(text, child_id)
            if answered:
                question = self.journal.update(replace(question, answered=True, answer=answer))
            return question.id
        updated = replace(
            self.existing, text=text, child_id=child_id, answered=answered, answer=answer
        )
        return self.journal.update(updated).id
