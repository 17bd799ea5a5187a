"""The Spanish words around the Spanish glossary text: headings, the date line, the disclaimer.

These do not go through ``tr()`` on purpose. ``tr()`` follows the app's language; these follow
the language of the text they frame. A Spanish entry reads "Por qué importa" above its Spanish
paragraph and the bilingual handout has a Spanish column, whatever language the app is in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

SPANISH = {
    "title": "Palabras de hoy",
    "made_on": "Hecho el %1",
    "disclaimer": (
        "Esta hoja da información, no consejo médico. "
        "Pregunte a su equipo de atención sobre el cuidado de su hijo o hija."
    ),
    "summary_only": "Cada palabra se explica completa en el glosario de Companion.",
    "why": "Por qué importa:",
    "ask": "Podría preguntar:",
    "sources": "Fuentes",
    "page": "Página %1 de %2",
    "why_heading": "Por qué importa",
    "questions_heading": "Preguntas que puede hacerle a su equipo de atención",
    "related": "Palabras relacionadas",
    "reviewed": "Revisado el %1",
    "missing": "Esta palabra todavía no tiene texto en español.",
    "centers": "Centros que dicen que lo ofrecen",
    "not_advice": (
        "Este glosario da información, no consejo médico. "
        "Pregunte a su equipo de atención sobre el cuidado de su hijo o hija."
    ),
}


def spanish_date(date: dt.date) -> str:
    """A date as Spanish prose: "2 de diciembre de 2026"."""
    locale = QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates)
    return locale.toString(QDate(date.year, date.month, date.day), "d 'de' MMMM 'de' yyyy")
