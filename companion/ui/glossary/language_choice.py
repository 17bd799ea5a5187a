"""The glossary's language menu (English / Español), remembered, with the glossary in each.

The main window reads the English glossary just after the first paint; the Spanish one is read
the first time a family picks Español, so a start-up in English never waits for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from companion.ui.widgets.language import current_language

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary

#: The glossary's languages as the menu names them, each in its own language.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class LanguageChoice(QComboBox):
    """Pick the language the words are explained in; the choice is kept in ``QSettings``."""

    KEY = "glossary/language"

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._glossaries: dict[str, Glossary] = {}
        self.setAccessibleName(self.tr("Glossary language"))
        self.setToolTip(self.tr("The language the words are explained in"))
        for code, name in LANGUAGE_NAMES.items():
            self.addItem(name, code)
        # Until the family picks one, the words come in the language the app is shown in.
        chosen = settings.value(self.KEY, current_language())
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.currentIndexChanged.connect(lambda _i: self._remember())

    def language(self) -> str:
        """The chosen language: "en" or "es"."""
        return str(self.currentData())

    def set_language(self, language: str) -> None:
        self.setCurrentIndex(self.findData(language))

    def set_glossaries(self, *glossaries: Glossary) -> None:
        """The glossaries already read (the English one); others are read when needed."""
        self._glossaries = {glossary.language: glossary for glossary in glossaries}

    def glossary_in(self, language: str) -> Glossary | None:
        """The glossary in ``language``, read on first use; None if it cannot be read."""
        if language not in self._glossaries and "en" in self._glossaries:
            from companion.glossary.terms import GlossaryError, load_glossary

            try:
                english = self._glossaries["en"]
                self._glossaries[language] = load_glossary(language=language, english=english)
            except (GlossaryError, OSError, ValueError):
                return None
        return self._glossaries.get(language)

    def _remember(self) -> None:
        self._settings.setValue(self.KEY, self.language())
