"""How each kind of entry reads: its label, and the title and detail of its timeline row.

One :class:`KindWords` per :class:`~companion.journal.records.Kind`. Titles are written here in
Python from the records (never in SQL), so they can be translated and reworded freely: every
word is marked with ``QT_TRANSLATE_NOOP`` under :data:`TR_CONTEXT` and passed through the
``tr`` the caller gives (the app's translator, or :func:`~companion.translation.untranslated`).
Storage's half of a kind is :mod:`companion.storage.kinds`; its form is in
``companion.ui.journal.forms.registry``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from companion.journal import symptoms
from companion.journal.records import (
    Appointment,
    Kind,
    Question,
    Record,
)
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

TR_CONTEXT = "Journal"
_T = TR_CONTEXT
_SEP = " · "


@dataclass(frozen=True)
class Names:
    """What a title may need beyond its own record: medicine names for doses."""

    medicines: Mapping[str, str]


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
            lambda d, n, tr: _joined(d.amount, d.notes),
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
    )
}


def label(kind: str, tr: Translate = untranslated) -> str:
    """The kind's name ("Temperature"), in the reader's language."""
    return tr(_T, KINDS[Kind(kind)].label)


def title_and_detail(
    kind: str, record: Record, names: Names, tr: Translate = untranslated
) -> tuple[str, str]:
    """The timeline row's two lines for one record."""
    words = KINDS[Kind(kind)]
    return words.title(record, names, tr), words.detail(record, names, tr)
