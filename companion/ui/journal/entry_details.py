"""Entries in words: the timeline's one-line titles and the detail pane's full description.

The journal stores keys ("mouth_sores", "armpit", "high"); this is where they become the
family's language, so the words can be translated without touching stored data.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from companion.journal import fever, kinds, symptoms
from companion.journal.records import (
    Appointment,
    DoseGiven,
    FeverEvent,
    Medicine,
    Note,
    Question,
    SymptomEntry,
    TemperatureReading,
    kind_of,
)
from companion.ui.journal.forms.symptom_form import symptom_text
from companion.ui.widgets.entry_forms import local_text
from companion.ui.widgets.word_links import linked_html

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary


def method_text(method: str) -> str:
    return kinds.method_text(method, QCoreApplication.translate)


def rule_text(rule: str) -> str:
    return kinds.rule_text(rule, QCoreApplication.translate)


def _row(label: str, value: str) -> str:
    return f"<tr><td><b>{html.escape(label)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


#: The detail pane shows this much of each long text at first (a screenful or two);
#: "Show all" shows the rest, so choosing a very long note never stalls the window.
PAGE_CHARS = 5_000
#: Past this length, "Show all" shows the text plainly, without glossary links (finding
#: words in, and laying out, megabytes of rich text would take many seconds).
LINKED_CHARS = 100_000


class EntryHtml(NamedTuple):
    html: str
    shortened: bool  # a text was cut at ``limit``: offer "Show all"
    #: The whole free text when it is too long for rich text (shown plain instead), else "".
    plain: str = ""


def shortened(text: str, limit: int | None) -> tuple[str, bool]:
    """The first ``limit`` characters of ``text``, cut after a word where one is near."""
    if limit is None or len(text) <= limit:
        return text, False
    head = text[:limit]
    space = max(head.rfind(" "), head.rfind("\n"))
    return (head[:space] if space > limit * 0.8 else head).rstrip() + " …", True


_WHEN = ("drawn_at", "starts_at", "occurred_at", "created_at")


def entry_html(
    record: Any,
    glossary: Glossary | None,
    medicine_name: str = "",
    *,
    limit: int | None = None,
    by: tuple[str | None, str | None] = (None, None),
) -> EntryHtml:
    """A readable description of one entry; glossary words in free text are links.

    With ``limit``, each free text shows at most that many characters. ``by`` names the
    computers (caregivers) that added and last changed it, when the journal is shared.
    """
    rows: list[str] = []
    heading = ""
    free: list[tuple[str, str]] = []
    if isinstance(record, Note):
        heading = translate("EntryDetails", "Note")
        rows.append(
            _row(
                translate("EntryDetails", "Written"),
                _text(local_text(record.written_at)),
            )
        )
        free.append(("", record.text))
    elif isinstance(record, SymptomEntry):
        heading = symptom_text(record.symptom, record.detail)
        rows.append(
            _row(
                translate("EntryDetails", "When"),
                _text(local_text(record.recorded_at)),
            )
        )
        rows.append(
            _row(
                translate("EntryDetails", "How bad"),
                _text(translate("Symptoms", symptoms.severity_word(record.severity))),
            )
        )
        if record.frequency is not None:
            word = translate("Symptoms", symptoms.frequency_word(record.frequency))
            rows.append(_row(translate("EntryDetails", "How often"), _text(word)))
        if record.interference is not None:
            word = translate("Symptoms", symptoms.interference_word(record.interference))
            rows.append(_row(translate("EntryDetails", "Got in the way"), _text(word)))
        who = translate("Symptoms", symptoms.REPORTER_SHORT.get(record.reporter, record.reporter))
        rows.append(_row(translate("EntryDetails", "Noticed by"), _text(who)))
        free.append((translate("EntryDetails", "Notes"), record.notes))
    elif isinstance(record, TemperatureReading):
        heading = fever.format_temperature(record.value, record.unit)
        rows.append(
            _row(
                translate("EntryDetails", "Taken"),
                _text(local_text(record.taken_at)),
            )
        )
        rows.append(_row(translate("EntryDetails", "How"), _text(method_text(record.method))))
        rows.append(
            _row(
                translate("EntryDetails", "Fever medicine"),
                _text(record.fever_medicine or translate("EntryDetails", "none noted")),
            )
        )
        free.append((translate("EntryDetails", "Notes"), record.notes))
    elif isinstance(record, Appointment):
        heading = record.purpose or translate("EntryDetails", "Appointment")
        rows.append(
            _row(
                translate("EntryDetails", "When"),
                _text(f"{local_text(record.starts_at)} ({record.tz})"),
            )
        )
        rows.append(_row(translate("EntryDetails", "Where"), _text(record.place or "-")))
        rows.append(_row(translate("EntryDetails", "With"), _text(record.with_whom or "-")))
        if record.questions:
            items = "".join(
                f"<li>{'☑' if item.done else '☐'} {linked_html(item.text, glossary)}</li>"
                for item in record.questions
            )
            rows.append(_row(translate("EntryDetails", "Questions"), f"<ul>{items}</ul>"))
        free.append((translate("EntryDetails", "After the visit"), record.after_notes))
    elif isinstance(record, Medicine):
        heading = record.name
        rows.append(_row(translate("EntryDetails", "Dose"), _text(record.dose or "-")))
        rows.append(
            _row(
                translate("EntryDetails", "When to give"),
                _text(record.schedule or "-"),
            )
        )
        state = (
            translate("EntryDetails", "Only when needed")
            if record.as_needed
            else translate("EntryDetails", "Regular")
        )
        rows.append(_row(translate("EntryDetails", "Type"), _text(state)))
        rows.append(
            _row(
                translate("EntryDetails", "Current"),
                _text(
                    translate("EntryDetails", "Yes")
                    if record.active
                    else translate("EntryDetails", "Stopped")
                ),
            )
        )
    elif isinstance(record, DoseGiven):
        heading = translate("EntryDetails", "Given: %1").replace(
            "%1", medicine_name or translate("EntryDetails", "medicine")
        )
        rows.append(
            _row(
                translate("EntryDetails", "When"),
                _text(local_text(record.given_at)),
            )
        )
        rows.append(_row(translate("EntryDetails", "Amount"), _text(record.amount or "-")))
        free.append((translate("EntryDetails", "Notes"), record.notes))
    elif isinstance(record, Question):
        heading = translate("EntryDetails", "Question for the care team")
        rows.append(
            _row(
                translate("EntryDetails", "Asked"),
                _text(local_text(record.asked_at)),
            )
        )
        rows.append(
            _row(
                translate("EntryDetails", "Status"),
                _text(
                    translate("EntryDetails", "Answered")
                    if record.answered
                    else translate("EntryDetails", "Open")
                ),
            )
        )
        free.append(("", record.text))
        free.append((translate("EntryDetails", "Answer"), record.answer))
    elif isinstance(record, FeverEvent):
        heading = rule_text(record.rule)
        rows.append(
            _row(
                translate("EntryDetails", "When"),
                _text(local_text(record.occurred_at)),
            )
        )
        free.append(("", record.summary))
    else:  # blood counts, the plan, "call us if" alerts: their timeline words, in full
        names = kinds.Names(medicines={})
        heading, detail = kinds.title_and_detail(
            kind_of(record), record, names, QCoreApplication.translate
        )
        when = next(getattr(record, f) for f in _WHEN if hasattr(record, f))
        rows.append(_row(translate("EntryDetails", "When"), _text(local_text(when))))
        free.append(("", detail))
    added_by, changed_by = by
    if added_by:
        rows.append(_row(translate("EntryDetails", "Added by"), _text(added_by)))
    if changed_by and changed_by != added_by:
        rows.append(_row(translate("EntryDetails", "Last changed by"), _text(changed_by)))
    parts = [f"<h2>{html.escape(heading)}</h2>"]
    if rows:
        parts.append(f"<table cellpadding='3'>{''.join(rows)}</table>")
    cut = False
    if limit is None and max((len(text) for _label, text in free), default=0) > LINKED_CHARS:
        # Megabytes of rich text take Qt many seconds to lay out; plain text a fraction.
        plain = "\n\n".join(text.strip() for _label, text in free if text.strip())
        return EntryHtml("".join(parts), False, f"{heading}\n\n{plain}")
    for label, full_text in free:
        if full_text.strip():
            text, cut_here = shortened(full_text, limit)
            cut = cut or cut_here
            title = f"<p><b>{html.escape(label)}</b></p>" if label else ""
            parts.append(f"{title}<p>{linked_html(text, glossary)}</p>")
    return EntryHtml("".join(parts), cut)
