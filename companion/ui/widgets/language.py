"""The interface language: follow the computer, English or Español.

The choice is a setting read once at start-up (changing it takes effect after the restart the
app offers). The compiled translations (``resources/translations/companion_<code>.qm``, built by
``pyside6-lrelease`` with the wheel or the bundle) are loaded with Qt's own translations of its
standard buttons and dialogs. Dates, times and numbers follow the language with the family's
region (:mod:`companion.ui.widgets.region`): a US family reading Spanish gets es-US formats. The
region, never the language, decides the emergency number, paper size and temperature unit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from companion.paths import resource_path

#: Settings key: "system" (follow the computer), "en" or "es".
LANGUAGE_SETTING = "view/language"
FOLLOW_COMPUTER = "system"
#: The languages the interface is translated into, with their own names.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}

#: The event loop's exit code that asks for the window again, in the newly chosen language.
RESTART = 3210

_QT_LANGUAGES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}
#: The translators in use, kept alive (Qt does not own them).
_installed: list[QTranslator] = []
#: The family's territory, once a language is installed.
_territory: list[QLocale.Country] = []


def chosen_language(settings: QSettings) -> str:
    """The family's choice: ``"system"``, ``"en"`` or ``"es"``."""
    value = settings.value(LANGUAGE_SETTING, FOLLOW_COMPUTER)
    return value if isinstance(value, str) and value in LANGUAGES else FOLLOW_COMPUTER


def set_chosen_language(settings: QSettings, choice: str) -> None:
    if choice != FOLLOW_COMPUTER and choice not in LANGUAGES:
        raise ValueError("unknown language")
    settings.setValue(LANGUAGE_SETTING, choice)
    settings.sync()


def system_language(system: QLocale | None = None) -> str:
    """The computer's first interface language we have, else English."""
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """``"en"`` or ``"es"`` for a choice (following the computer when it says so)."""
    return choice if choice in LANGUAGES else system_language(system)


def interface_locale(language: str, region: str) -> QLocale:
    """The locale for dates, times and numbers: the language, in the family's region."""
    territory = QLocale.codeToTerritory(region)
    if territory == QLocale.Country.AnyTerritory:
        territory = QLocale.Country.UnitedStates
    return QLocale(_QT_LANGUAGES[language], territory)


def interface_territory() -> QLocale.Country:
    """The family's region as Qt's territory, even where Qt has no locale for the language
    there (Spanish in Canada formats as Spanish, yet prints on Canada's Letter paper)."""
    return _territory[0] if _territory else QLocale().territory()


def current_language() -> str:
    """The language the interface shows now (``"en"`` or ``"es"``)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def install_language(language: str, region: str) -> float:
    """Load ``language``'s translations and set the default locale; returns milliseconds spent.

    Replaces any translations installed before (the app restarts its window in the new
    language). A missing ``.qm`` file leaves the English text: the app still opens.
    """
    import time

    started = time.perf_counter()
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(interface_locale(language, region))
    territory = QLocale.codeToTerritory(region)
    _territory[:] = [territory] if territory != QLocale.Country.AnyTerritory else []
    if app is not None:
        for translator in _translators(language):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return (time.perf_counter() - started) * 1000.0


@contextmanager
def in_english() -> Iterator[None]:
    """For a printout the care team reads in English (the visit summary): the app's words and
    formats in English, in the family's region, until the block ends."""
    if current_language() == "en":
        yield
        return
    saved = QLocale()
    installed = list(_installed)
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, interface_territory()))
    try:
        yield
    finally:
        QLocale.setDefault(saved)
        for translator in installed:
            QCoreApplication.installTranslator(translator)


def locale_region(settings: QSettings) -> str:
    """The family's region for formats, read without loading the phone-number tables.

    :func:`companion.ui.widgets.region.family_region` checks the code against every region a
    number can be dialled from (phonenumbers costs 80 ms to import); formats need only a
    territory Qt knows, and fall back to the computer's.
    """
    from companion.ui.widgets.region import REGION_SETTING

    value = settings.value(REGION_SETTING)
    if (
        isinstance(value, str)
        and len(value) == 2
        and QLocale.codeToTerritory(value.upper()) != QLocale.Country.AnyTerritory
    ):
        return value.upper()
    return QLocale.territoryToCode(QLocale.system().territory()).upper() or "US"


def start_language(settings: QSettings, override: str | None = None) -> str:
    """At start-up: install the chosen language (or ``override``, from ``--lang``)."""
    language = override if override in LANGUAGES else resolve_language(chosen_language(settings))
    assert language is not None
    install_language(language, locale_region(settings))
    return language


def _translators(language: str) -> list[QTranslator]:
    found = []
    try:
        ours = str(resource_path(f"translations/companion_{language}.qm"))
    except FileNotFoundError:
        ours = ""
    if ours:
        translator = QTranslator()
        if translator.load(ours):
            found.append(translator)
    if language != "en":
        # Qt's own words: the standard buttons (Cancel, Close), the file dialog, menus.
        qt = QTranslator()
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            found.append(qt)
    return found
