"""How each kind of entry reads: its label, and the title and detail of its timeline row.

One :class:`KindWords` per :class:`~companion.journal.records.Kind`. Titles are written here in
Python from the records (never in SQL), so they can be translated and reworded freely: every
word is marked with ``QT_TRANSLATE_NOOP`` under :data:`TR_CONTEXT` and passed through the
``tr`` the caller gives (the app's translator, or :func:`~companion.translation.untranslated`).
Storage's half of a kind is :mod:`companion.storage.kinds`; its form is in
``companion.ui.journal.forms.registry``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from companion.journal import symptoms
from companion.journal.counts import words as count_words
from companion.journal.plan import treatment_plan as plan_words
from companion.journal.records import (
    Appointment,
    DoseGiven,
    Kind,
    Question,
    Record,
    TreatmentCycle,
    TreatmentDay,
)
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

TR_CONTEXT = "Journal"
_T = TR_CONTEXT
_SEP = " · "


@dataclass(frozen=True)
class Names:
    """What a title may need beyond its own record: medicine names for doses, caregiver names
    for who gave them, cycle names for planned treatment days."""

    medicines: Mapping[str, str]
    caregivers: Mapping[str, str] = field(default_factory=dict)
    cycles: Mapping[str, TreatmentCycle] = field(default_factory=dict)


#: A title or detail builder: (record, names, tr) -> text.
Words = Callable[[Any, Names, Translate], str]

METHOD_WORDS = {
    "mouth": QT_TRANSLATE_NOOP("Journal", "by mouth"),
    "armpit": QT_TRANSLATE_NOOP("Journal", "under the arm"),
    "ear": QT_TRANSLATE_NOOP("Journal", "in the ear"),
    "forehead": QT_TRANSLATE_NOOP("Journal", "on the forehead"),
}
RULE_WORDS = {
    "high": QT_TRANSLATE_NOOP("Journal", "Fever: at or above the fever rule"),
    "sustained": QT_TRANSLATE_NOOP("Journal", "Fever: raised temperature for too long"),
    "low": QT_TRANSLATE_NOOP("Journal", "Low temperature alert"),
}


def method_text(method: str, tr: Translate = untranslated) -> str:
    """How a temperature was taken, in words ("under the arm")."""
    word = METHOD_WORDS.get(method)
    return tr(_T, word) if word is not None else method


def rule_text(rule: str, tr: Translate = untranslated) -> str:
    """Which fever rule fired, in words."""
    word = RULE_WORDS.get(rule)
    return tr(_T, word) if word is not None else rule


def _joined(*parts: str) -> str:
    return _SEP.join(part for part in parts if part)


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def _rest(text: str) -> str:
    """A note's lines after the first (its title), so the two together are the whole note."""
    return text.split("\n", 1)[1].strip() if "\n" in text else ""


def _appointment_title(a: Appointment, names: Names, tr: Translate) -> str:
    return a.purpose or a.with_whom or a.place or label(Kind.APPOINTMENT, tr)


def _question_detail(q: Question, names: Names, tr: Translate) -> str:
    if not q.answer:
        return tr(_T, QT_TRANSLATE_NOOP("Journal", "Open"))
    return tr(_T, QT_TRANSLATE_NOOP("Journal", "Answered: %1")).replace("%1", q.answer)


def _dose_detail(d: DoseGiven, names: Names, tr: Translate) -> str:
    by = ""
    if d.given_by is not None:
        who = names.caregivers.get(d.given_by) or tr(
            _T, QT_TRANSLATE_NOOP("Journal", "someone no longer on the list")
        )
        by = tr(_T, QT_TRANSLATE_NOOP("Journal", "given by %1")).replace("%1", who)
    return _joined(d.amount, by, d.notes)


def _cycle_title(c: TreatmentCycle, names: Names, tr: Translate) -> str:
    return tr(_T, QT_TRANSLATE_NOOP("Journal", "%1 starts")).replace("%1", c.name)


def _day_title(d: TreatmentDay, names: Names, tr: Translate) -> str:
    return d.drugs or tr(_T, QT_TRANSLATE_NOOP("Journal", "Treatment day"))


def _day_detail(d: TreatmentDay, names: Names, tr: Translate) -> str:
    day = tr(_T, QT_TRANSLATE_NOOP("Journal", "Day %1 of %2")).replace("%1", str(d.day))
    cycle = names.cycles.get(d.cycle_id)
    day = day.replace("%2", plan_words.cycle_name(cycle, tr) if cycle is not None else "")
    counts = tr(_T, QT_TRANSLATE_NOOP("Journal", "if the counts allow")) if d.needs_counts else ""
    return _joined(day, counts, d.notes)


@dataclass(frozen=True)
class KindWords:
    """A kind as the family reads it. ``label`` is marked, not translated."""

    kind: Kind
    label: str
    title: Words
    detail: Words


KINDS: dict[Kind, KindWords] = {
    words.kind: words
    for words in (
        KindWords(
            Kind.CHILD,
            QT_TRANSLATE_NOOP("Journal", "Child"),
            lambda c, n, tr: c.name,
            lambda c, n, tr: c.diagnosis,
        ),
        KindWords(
            Kind.APPOINTMENT,
            QT_TRANSLATE_NOOP("Journal", "Appointment"),
            _appointment_title,
            lambda a, n, tr: _joined(a.with_whom, a.place),
        ),
        KindWords(
            Kind.SYMPTOM,
            QT_TRANSLATE_NOOP("Journal", "Symptom"),
            lambda s, n, tr: symptoms.symptom_label(s.symptom, tr),
            lambda s, n, tr: _joined(s.detail, s.notes),
        ),
        KindWords(
            Kind.TEMPERATURE,
            QT_TRANSLATE_NOOP("Journal", "Temperature"),
            lambda t, n, tr: f"{t.value:.1f} °{t.unit}",
            lambda t, n, tr: _joined(method_text(t.method, tr), t.fever_medicine, t.notes),
        ),
        KindWords(
            Kind.MEDICINE,
            QT_TRANSLATE_NOOP("Journal", "Medicine"),
            lambda m, n, tr: m.name,
            lambda m, n, tr: _joined(m.dose, m.schedule),
        ),
        KindWords(
            Kind.DOSE,
            QT_TRANSLATE_NOOP("Journal", "Medicine given"),
            lambda d, n, tr: n.medicines.get(d.medicine_id, ""),
            _dose_detail,
        ),
        KindWords(
            Kind.NOTE,
            QT_TRANSLATE_NOOP("Journal", "Note"),
            lambda note, n, tr: _first_line(note.text),
            lambda note, n, tr: _rest(note.text),
        ),
        KindWords(
            Kind.QUESTION,
            QT_TRANSLATE_NOOP("Journal", "Question"),
            lambda q, n, tr: q.text,
            _question_detail,
        ),
        KindWords(
            Kind.CONTACT,
            QT_TRANSLATE_NOOP("Journal", "Care-team contact"),
            lambda c, n, tr: c.name,
            lambda c, n, tr: _joined(c.role, c.phone),
        ),
        KindWords(
            Kind.FEVER,
            QT_TRANSLATE_NOOP("Journal", "Fever alert"),
            lambda f, n, tr: rule_text(f.rule, tr),
            lambda f, n, tr: f.summary,
        ),
        KindWords(
            Kind.CAREGIVER,
            QT_TRANSLATE_NOOP("Journal", "Caregiver"),
            lambda c, n, tr: c.name,
            lambda c, n, tr: "",
        ),
        KindWords(
            Kind.BLOOD_COUNT,
            QT_TRANSLATE_NOOP("Journal", "Blood count"),
            count_words.count_title,
            count_words.count_detail,
        ),
        KindWords(
            Kind.CYCLE,
            QT_TRANSLATE_NOOP("Journal", "Treatment cycle"),
            _cycle_title,
            lambda c, n, tr: c.notes,
        ),
        KindWords(
            Kind.TREATMENT_DAY,
            QT_TRANSLATE_NOOP("Journal", "Treatment day"),
            _day_title,
            _day_detail,
        ),
        KindWords(
            Kind.CALL_ALERT,
            QT_TRANSLATE_NOOP("Journal", "Call the team"),
            lambda a, n, tr: a.rule,
            lambda a, n, tr: a.summary,
        ),
    )
}


def names_for(
    records: Iterable[Any], get_many: Callable[[str, Iterable[str]], Mapping[str, Any]]
) -> Names:
    """The names the titles of these records need, read with ``get_many(kind, ids)``: the
    doses' medicines and caregivers, the planned days' cycles."""
    medicine_ids, caregiver_ids, cycle_ids = set(), set(), set()
    for record in records:
        if isinstance(record, DoseGiven):
            medicine_ids.add(record.medicine_id)
            if record.given_by is not None:
                caregiver_ids.add(record.given_by)
        elif isinstance(record, TreatmentDay):
            cycle_ids.add(record.cycle_id)

    def named(kind: Kind, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        return {key: str(found.name) for key, found in get_many(kind, ids).items()}

    cycles = get_many(Kind.CYCLE, cycle_ids) if cycle_ids else {}
    return Names(
        medicines=named(Kind.MEDICINE, medicine_ids),
        caregivers=named(Kind.CAREGIVER, caregiver_ids),
        cycles={key: c for key, c in cycles.items() if isinstance(c, TreatmentCycle)},
    )


def label(kind: str, tr: Translate = untranslated) -> str:
    """The kind's name ("Temperature"), in the reader's language."""
    return tr(_T, KINDS[Kind(kind)].label)


def title_and_detail(
    kind: str, record: Record, names: Names, tr: Translate = untranslated
) -> tuple[str, str]:
    """The timeline row's two lines for one record."""
    words = KINDS[Kind(kind)]
    return words.title(record, names, tr), words.detail(record, names, tr)
