"""Each kind's form, and how the journal page offers it (quick-add button and shortcut).

The UI's half of a kind (see :mod:`companion.journal.kinds` and :mod:`companion.storage.kinds`).
Kinds without a form here are written by the app itself (fever alerts) or live on another
screen (care-team contacts, ``companion.ui.directory.contact_dialog``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion.journal.records import Kind
from companion.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from companion.ui.widgets.entry_forms import EntryForm

TR_CONTEXT = "JournalForms"


@dataclass(frozen=True)
class FormEntry:
    """``button`` and ``shortcut`` put the kind in the journal page's quick-add row."""

    kind: Kind
    module: str
    form: str
    button: str | None = None
    shortcut: str | None = None

    def button_text(self) -> str:
        return QCoreApplication.translate("JournalForms", self.button or "")


_FORMS = "companion.ui.journal.forms."

#: Every kind with a form, quick-add buttons in the order the page shows them.
FORMS: dict[Kind, FormEntry] = {
    entry.kind: entry
    for entry in (
        FormEntry(
            Kind.SYMPTOM,
            _FORMS + "symptom_form",
            "SymptomForm",
            QT_TRANSLATE_NOOP("JournalForms", "+ Symptom"),
            "Ctrl+Shift+S",
        ),
        FormEntry(
            Kind.TEMPERATURE,
            _FORMS + "temperature_form",
            "TemperatureForm",
            QT_TRANSLATE_NOOP("JournalForms", "+ Temperature"),
            "Ctrl+Shift+T",
        ),
        FormEntry(
            Kind.DOSE,
            _FORMS + "medicine_form",
            "DoseForm",
            QT_TRANSLATE_NOOP("JournalForms", "+ Dose given"),
            "Ctrl+Shift+D",
        ),
        FormEntry(
            Kind.BLOOD_COUNT,
            "companion.ui.journal.counts.count_form",
            "BloodCountForm",
            QT_TRANSLATE_NOOP("JournalForms", "+ Blood count"),
            "Ctrl+Shift+B",
        ),
        FormEntry(
            Kind.APPOINTMENT,
            _FORMS + "appointment_form",
            "AppointmentForm",
            QT_TRANSLATE_NOOP("JournalForms", "+ Appointment"),
            "Ctrl+Shift+A",
        ),
        FormEntry(
            Kind.NOTE,
            _FORMS + "note_form",
            "NoteForm",
            QT_TRANSLATE_NOOP("JournalForms", "+ Note"),
            "Ctrl+Shift+N",
        ),
        FormEntry(
            Kind.QUESTION,
            _FORMS + "note_form",
            "QuestionForm",
            QT_TRANSLATE_NOOP("JournalForms", "+ Question"),
            "Ctrl+Shift+Q",
        ),
        FormEntry(Kind.CHILD, _FORMS + "child_form", "ChildForm"),
        FormEntry(Kind.MEDICINE, _FORMS + "medicine_form", "MedicineForm"),
        FormEntry(Kind.CYCLE, "companion.ui.journal.plan.cycle_form", "CycleForm"),
    )
}

#: Kinds whose entries the family never types in a journal form.
WITHOUT_FORM = {
    Kind.FEVER: "written when a fever rule fires (companion.ui.journal.fever.fever_watch)",
    Kind.CONTACT: "care team, on the Centers & contacts screen (ui.directory.contact_dialog)",
    Kind.CAREGIVER: "set up once on the Medicines tab (ui.journal.doses.caregivers)",
    Kind.TREATMENT_DAY: "written with its cycle by the cycle form (ui.journal.plan.cycle_form)",
    Kind.CALL_ALERT: "written when a call-us-if rule matches (ui.journal.fever.call_watch)",
}


def form_class(kind: str) -> type[EntryForm]:
    """The form that adds or edits entries of ``kind`` (its module imported when first needed)."""
    import importlib

    entry = FORMS[Kind(kind)]
    cls: type[EntryForm] = getattr(importlib.import_module(entry.module), entry.form)
    return cls


def quick_add() -> list[FormEntry]:
    """The kinds offered as buttons on the journal page, in order."""
    return [entry for entry in FORMS.values() if entry.button is not None]
