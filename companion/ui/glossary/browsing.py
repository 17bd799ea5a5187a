"""Ways to browse the glossary: by category, and A to Z with the letter bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from companion.textnorm import strip_accents

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from companion.glossary.terms import Term

LETTERS = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letter_of(term: Term) -> str:
    """The letter a word is filed under: "Recaída" under R, "Ácido" under A, "131I" under #."""
    first = strip_accents(term.term[:1]).upper()
    return first if first.isalpha() and first in LETTERS else "#"


def category_label(category: str) -> str:
    """The display name of a glossary category."""

    labels = {
        "status": translate("GlossaryCategory", "Where things stand"),
        "disease": translate("GlossaryCategory", "Cancer types"),
        "biology": translate("GlossaryCategory", "Cells and genes"),
        "tests": translate("GlossaryCategory", "Tests and scans"),
        "blood": translate("GlossaryCategory", "Blood and counts"),
        "response": translate("GlossaryCategory", "How treatment is working"),
        "trials": translate("GlossaryCategory", "Clinical trials"),
        "organizations": translate("GlossaryCategory", "Groups and organizations"),
        "treatment": translate("GlossaryCategory", "Treatments"),
        "transplant-cellular": translate("GlossaryCategory", "Transplant and cell therapy"),
        "side-effects": translate("GlossaryCategory", "Side effects"),
        "lines-devices": translate("GlossaryCategory", "Lines and devices"),
        "care-team": translate("GlossaryCategory", "Your care team"),
        "living-with": translate("GlossaryCategory", "Day to day and after treatment"),
    }
    return labels.get(category, category)


class WordCount(QObject):
    """ "1 match", "12 matches" while searching; "261 words" while browsing. Plurals are
    worded through a class's ``tr``: ``pyside6-lupdate`` reads a plural only there."""

    def text(self, count: int, searching: bool) -> str:
        if searching:
            return self.tr("%n matches", "", count)
        return self.tr("%n words", "", count)


def count_text(count: int, searching: bool) -> str:
    return WordCount().text(count, searching)


def plain_text(rich: str) -> str:
    """What a rich-text label reads as, without its markup."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()
