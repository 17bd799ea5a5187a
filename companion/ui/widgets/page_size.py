"""The one paper-size rule for everything Companion prints: US Letter where the locale's
territory uses it, A4 everywhere else. The visit summary uses it; the glossary handout's own
list is the same and is to move here."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

#: Territories that use US Letter paper.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Honduras,
    }
)


def uses_letter(locale: QLocale) -> bool:
    return locale.territory() in LETTER_TERRITORIES


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Letter or A4 for ``locale`` (when None: the family's region, whatever the language)."""
    if locale is None:
        from companion.ui.widgets.language import interface_territory

        letter = interface_territory() in LETTER_TERRITORIES
    else:
        letter = uses_letter(locale)
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
