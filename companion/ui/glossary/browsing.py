"""Ways to browse the glossary: by category, and A to Z with the letter bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion.textnorm import strip_accents

if TYPE_CHECKING:
    from companion.glossary.terms import Term

LETTERS = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letter_of(term: Term) -> str:
    """The letter a word is filed under: "Recaída" under R, "Ácido" under A, "131I" under #."""
    first = strip_accents(term.term[:1]).upper()
    return first if first.isalpha() and first in LETTERS else "#"


def category_label(category: str) -> str:
    """The display name of a glossary category."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("GlossaryCategory", text)

    labels = {
        "status": tr("Where things stand"),
        "disease": tr("Cancer types"),
        "biology": tr("Cells and genes"),
        "tests": tr("Tests and scans"),
        "blood": tr("Blood and counts"),
        "response": tr("How treatment is working"),
        "trials": tr("Clinical trials"),
        "organizations": tr("Groups and organizations"),
        "treatment": tr("Treatments"),
        "transplant-cellular": tr("Transplant and cell therapy"),
        "side-effects": tr("Side effects"),
        "lines-devices": tr("Lines and devices"),
        "care-team": tr("Your care team"),
        "living-with": tr("Day to day and after treatment"),
    }
    return labels.get(category, category)


def count_text(tr: Callable[[str], str], count: int, searching: bool) -> str:
    """ "1 match", "12 matches" while searching; "261 words" while browsing."""
    if searching:
        return tr("1 match") if count == 1 else tr("{n} matches").format(n=count)
    return tr("1 word") if count == 1 else tr("{n} words").format(n=count)


def plain_text(rich: str) -> str:
    """What a rich-text label reads as, without its markup."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()
