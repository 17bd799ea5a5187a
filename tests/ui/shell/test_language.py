"""The interface language: the setting, loading it, the locale it gives, the restart it needs,
and what it never changes (the emergency number, the temperature unit, the paper's region)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from companion.__main__ import build_parser
from companion.journal import Journal
from companion.paths import AppPaths, resolve_paths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.shell.help_dialog import user_guide_markdown
from companion.ui.shell.main_window import JOURNAL, MainWindow
from companion.ui.widgets import language
from companion.ui.widgets.page_size import page_size_for
from companion.ui.widgets.region import set_family_region
from companion.ui.widgets.session import JournalSession

SPANISH_MX = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    language.install_language("en", "US")


def settings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def test_following_the_computer() -> None:
    assert language.resolve_language("system", SPANISH_MX) == "es"
    assert language.resolve_language("system", FRENCH) == "en"
    assert language.resolve_language("en", SPANISH_MX) == "en"
    assert language.resolve_language("es", FRENCH) == "es"


def test_the_choice_is_a_setting(paths: AppPaths) -> None:
    store = settings(paths)
    assert language.chosen_language(store) == "system"
    language.set_chosen_language(store, "es")
    assert language.chosen_language(settings(paths)) == "es"
    with pytest.raises(ValueError):
        language.set_chosen_language(store, "fr")
    store.setValue(language.LANGUAGE_SETTING, "klingon")
    assert language.chosen_language(store) == "system"


def test_spanish_loads_in_a_few_milliseconds_and_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    language.install_language("es", "US")  # the first load opens the files
    started = time.perf_counter()
    language.install_language("es", "US")
    assert (time.perf_counter() - started) * 1000 < 20
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    assert language.current_language() == "es"
    # Qt's own words too: the standard buttons.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Cerrar"
    language.install_language("en", "US")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(
    ("region", "name", "letter"),
    [("US", "es_US", True), ("ES", "es_ES", False), ("MX", "es_MX", True)],
)
def test_spanish_formats_follow_the_familys_region(
    qapp, region: str, name: str, letter: bool
) -> None:  # type: ignore[no-untyped-def]
    language.install_language("es", region)
    assert QLocale().name() == name
    assert QLocale().toString(QDate(2026, 12, 2), "d MMMM yyyy") == "2 diciembre 2026"
    size = page_size_for().id()
    assert size == (QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def test_us_family_in_spanish_gets_es_us_number_and_time_formats(qapp) -> None:  # type: ignore[no-untyped-def]
    language.install_language("es", "US")
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    language.install_language("es", "ES")
    assert QLocale().toString(1234.5, "f", 1) in ("1234,5", "1.234,5")


def test_the_region_comes_from_the_familys_setting_without_phone_tables(paths: AppPaths) -> None:
    store = settings(paths)
    set_family_region(store, "GB")
    assert language.locale_region(store) == "GB"
    language.start_language(store, "es")
    assert QLocale().language() == QLocale.Language.Spanish
    assert language.interface_territory() == QLocale.Country.UnitedKingdom
    assert page_size_for().id() == QPageSize.PageSizeId.A4


def test_paper_follows_the_region_where_qt_has_no_locale_for_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    language.install_language("es", "CA")  # Qt has no Spanish-in-Canada formats
    assert QLocale().language() == QLocale.Language.Spanish
    assert page_size_for().id() == QPageSize.PageSizeId.Letter
    language.install_language("en", "GB")
    assert page_size_for().id() == QPageSize.PageSizeId.A4


def test_in_english_for_a_printout_then_back(qapp) -> None:  # type: ignore[no-untyped-def]
    language.install_language("es", "US")
    with language.in_english():
        assert QCoreApplication.translate("VisitSummary", "Symptoms") == "Symptoms"
        assert QLocale().language() == QLocale.Language.English
        assert QLocale().territory() == QLocale.Country.UnitedStates
    assert QCoreApplication.translate("TrendChart", "Symptoms") == "Síntomas"
    assert QLocale().name() == "es_US"


def test_the_user_guide_is_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    assert user_guide_markdown("en").startswith("# Companion user guide")
    language.install_language("es", "US")
    spanish = user_guide_markdown()
    assert spanish.startswith("# Guía de uso de Companion")
    assert "911" in spanish and "Ver > Idioma" in spanish


def test_lang_option_parses_with_screenshots() -> None:
    options = build_parser().parse_args(["--lang", "es", "--screenshots", "shots"])
    assert options.lang == "es" and options.screenshots == "shots"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])


def test_the_lang_option_wins_over_the_setting_for_this_run(paths: AppPaths) -> None:
    store = settings(paths)
    language.set_chosen_language(store, "en")
    assert language.start_language(store, "es") == "es"
    assert QCoreApplication.translate("MainWindow", "&Help") == "Ay&uda"
    assert language.start_language(store) == "en"


# -- the restart --------------------------------------------------------------------------


def answer(monkeypatch, button_text: str, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Every question box is answered with the button whose text is ``button_text``."""

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return 0
        raise AssertionError(f"no {button_text!r} among {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir)
    paths.ensure()
    journal, _code = Journal.create(paths, passphrase="test passphrase", _kdf=MINIMUM_KDF)
    journal.add_child("Maya")
    session = JournalSession(paths)
    shown = MainWindow(paths, session)
    qtbot.addWidget(shown)
    session.open_with(journal)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    session.lock()


@pytest.fixture
def exits(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: codes.append(code))
    return codes


def test_choosing_spanish_saves_it_and_offers_a_restart(window, monkeypatch, exits) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer(monkeypatch, "Later", asked)
    window.language_menu.choose("es")
    assert language.chosen_language(settings(window.paths)) == "es"
    assert asked == ["Companion will be in Español after it restarts."]
    assert exits == []
    answer(monkeypatch, "Restart now", asked)
    window.language_menu.choose("es")
    assert exits == [language.RESTART]


def test_choosing_the_language_already_shown_needs_no_restart(window, monkeypatch, exits) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer(monkeypatch, "Restart now", asked)
    window.language_menu.choose("en")
    assert asked == [] and exits == []
    assert window.language_menu.actions["en"].isChecked()


def test_a_half_typed_form_is_saved_before_the_restart(window, monkeypatch, exits) -> None:  # type: ignore[no-untyped-def]
    window.show_section(JOURNAL)
    page = window.journal_view.page
    assert page is not None
    form = page.open_form("note")
    form.text.setPlainText("Slept badly, woke at 2")  # type: ignore[attr-defined]
    asked: list[str] = []
    answer(monkeypatch, "Keep editing", asked)
    assert not window.language_menu.restart()
    assert exits == [] and page.form is form
    assert "Slept badly" in form.text.toPlainText()  # type: ignore[attr-defined]
    answer(monkeypatch, "Save and restart", asked)
    assert window.language_menu.restart()
    assert exits == [language.RESTART]
    notes = window.session.journal.list_notes(page.child_id())  # type: ignore[union-attr]
    assert [n.text for n in notes] == ["Slept badly, woke at 2"]


def test_a_form_that_cannot_be_saved_stays_and_nothing_restarts(window, monkeypatch, exits) -> None:  # type: ignore[no-untyped-def]
    window.show_section(JOURNAL)
    page = window.journal_view.page
    assert page is not None
    form = page.open_form("note")  # empty: the note form refuses to save it
    asked: list[str] = []
    answer(monkeypatch, "Save and restart", asked)
    assert not window.language_menu.restart()
    assert exits == [] and page.form is form and form.error.isVisible()  # type: ignore[attr-defined]


def test_the_visit_summary_is_in_spanish_or_in_english_for_the_care_team(  # type: ignore[no-untyped-def]
    qtbot, journal: Journal, maya, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from companion.ui.journal.reports.summary_view import SummaryView

    language.install_language("es", "US")
    view = SummaryView(journal)
    qtbot.addWidget(view)
    view.set_child(maya.id)
    assert view.in_english.isVisibleTo(view)

    def words(path: Path) -> str:
        assert view.make_summary(path, confirm=False)
        text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
        return " ".join(text.split())

    spanish = words(tmp_path / "es.pdf")
    assert "Resumen de la visita: Maya" in spanish and "Citas" in spanish
    view.in_english.setChecked(True)
    english = words(tmp_path / "en.pdf")
    assert "Visit summary: Maya" in english and "Appointments" in english
    assert "Resumen" not in english
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
