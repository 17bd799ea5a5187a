"""The visit summary's open questions: the period's, then the latest of those still open.

Questions never ticked off pile up over months of treatment; listing them all would bury the
few the family wants to ask at this visit, so older ones are capped and the rest counted.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from companion.journal.records import Question
from companion.ui.widgets.entry_forms import from_utc

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

#: Open questions from before the period: the most recent are listed, the rest counted.
MAX_OLDER_QUESTIONS = 20


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _day(moment: datetime) -> str:
    return QLocale().toString(from_utc(moment).date(), "d MMM yyyy")


def _listed(questions: list[Question]) -> str:
    rows = "".join(f"<li>{_e(q.text)} ({_e(_day(q.asked_at))})</li>" for q in questions)
    return f"<ul>{rows}</ul>"


def open_questions_html(questions: list[Question], start: datetime, end: datetime) -> list[str]:
    """Every open question asked in the period, then the most recent of those still open from
    before it: years of questions never ticked off would otherwise fill dozens of pages.
    ``questions`` come oldest first, as ``Journal.list_questions`` gives them."""
    during = [q for q in questions if start <= q.asked_at < end]
    older = [q for q in questions if q.asked_at < start]
    heading = translate("VisitSummary", "Open questions")
    parts = [f"<h2>{_e(heading)}</h2>"]
    if not during and not older:
        return [
            *parts,
            "<p>" + _e(translate("VisitSummary", "No open questions.")) + "</p>",
        ]
    if during:
        parts.append(_listed(during))
    else:
        parts.append("<p>" + _e(translate("VisitSummary", "None asked in this period.")) + "</p>")
    if older:
        shown = older[::-1][:MAX_OLDER_QUESTIONS]  # newest first, so the rest are older
        heading = translate("VisitSummary", "Still open from before %1").replace("%1", _day(start))
        parts.append(f"<h3>{_e(heading)}</h3>" + _listed(shown))
        rest = len(older) - len(shown)
        if rest:
            more = (
                translate("VisitSummary", "and 1 older open question")
                if rest == 1
                else translate("VisitSummary", "and %1 older open questions").replace(
                    "%1", QLocale().toString(rest)
                )
            )
            parts.append(f"<p><i>{_e(more)}</i></p>")
    return parts
