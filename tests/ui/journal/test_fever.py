"""Fever rules: the default with its source, the family's own rules, the card and the event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from companion.journal import Journal, fever
from companion.journal.records import Child, TemperatureReading
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click, press, row_texts


def add_temperature(qtbot, page: JournalPage, typed: str) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, page.add_buttons["temperature"])
    form = page.form
    assert form is not None
    qtbot.keyClicks(form.value, typed)  # type: ignore[attr-defined]
    press(qtbot, form.value, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert page.form is None


def test_rules_tab_shows_the_default_and_its_source(qtbot, page: JournalPage, journal: Journal):
    rules = page.rules
    page.show_tab(rules)
    text = rules.default_label.text()
    assert "38.0 °C (100.4 °F)" in text
    assert fever.DEFAULT_RULES_SOURCE.name in text
    assert rules.default_label.toolTip() == fever.DEFAULT_RULES_SOURCE.url
    assert rules.high.value() == 38.0
    assert "Using the default rule" in rules.message.text()
    assert journal.get_setting(fever.SETTINGS_KEY) is None


def test_a_high_reading_shows_the_card_and_records_an_event(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    add_temperature(qtbot, page, "38.4")
    assert page.fever_card.isVisible()
    assert "38.4 °C" in page.fever_card.reason.text()
    assert page.fever.geometry().bottom() < page.stack.y()  # above the tabs
    assert not page.fever_card.title.visibleRegion().isEmpty()  # "Call your care team now"
    [reading] = journal.latest_readings(maya.id)
    [event] = journal.list_fever_events(maya.id)
    assert (event.rule, event.reading_id) == ("high", reading.id)
    assert "38.4 °C" in event.summary
    assert any("Fever: at or above the fever rule" in row for row in row_texts(page))
    click(qtbot, page.fever_card.dismiss_button)
    assert not page.fever_card.isVisible()
    assert journal.get_setting("fever_card_dismissed") == [reading.id]


def test_a_normal_reading_shows_nothing(qtbot, page: JournalPage, journal: Journal, maya):
    add_temperature(qtbot, page, "37.9")
    assert not page.fever_card.isVisible()
    assert journal.list_fever_events(maya.id) == []


def test_a_late_entry_that_tips_a_rule_still_raises_the_alert(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    """Typed in afterwards, with the time it was really taken (an hour ago)."""
    click(qtbot, page.add_buttons["temperature"])
    form = page.form
    qtbot.keyClicks(form.value, "38.3")  # type: ignore[union-attr]
    form.when.edit.setDateTime(form.when.edit.dateTime().addSecs(-3600))  # type: ignore[union-attr]
    click(qtbot, form.save_button)  # type: ignore[union-attr]
    assert page.fever_card.isVisible()
    [event] = journal.list_fever_events(maya.id)
    assert datetime.now(UTC) - event.occurred_at > timedelta(minutes=55)


def test_family_rules_in_fahrenheit_are_saved_and_used(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    rules = page.rules
    click(qtbot, rules.unit.buttons["F"])
    assert rules.high.value() == 100.4
    rules.high.selectAll()
    qtbot.keyClicks(rules.high, "101")
    click(qtbot, rules.use_sustained)
    rules.sustained.selectAll()
    qtbot.keyClicks(rules.sustained, "100.4")
    rules.minutes.selectAll()
    qtbot.keyClicks(rules.minutes, "60")
    with qtbot.waitSignal(page.status_message):
        click(qtbot, rules.save_button)
    saved = fever.load_rules(journal.get_setting(fever.SETTINGS_KEY))
    assert (saved.unit, saved.high, saved.sustained, saved.sustained_minutes) == (
        "F",
        101.0,
        100.4,
        60,
    )

    earlier = datetime.now(UTC) - timedelta(minutes=90)
    journal.add_temperature(maya.id, 100.6, "F", taken_at=earlier)  # under the 101 °F rule
    add_temperature(qtbot, page, "38.1")  # typed in °C, still raised 90 minutes on
    assert page.fever_card.isVisible()
    [event] = journal.list_fever_events(maya.id)
    assert event.rule == "sustained"
    tipped = journal.get(TemperatureReading, event.reading_id or "")
    assert (tipped.value, tipped.unit) == (38.1, "C")  # typed as °C while °F was chosen


def test_impossible_rules_are_explained_not_saved(qtbot, page: JournalPage, journal: Journal):
    rules = page.rules
    click(qtbot, rules.use_sustained)
    rules.sustained.selectAll()
    qtbot.keyClicks(rules.sustained, "39")
    click(qtbot, rules.save_button)
    assert "must be lower" in rules.message.text()
    assert journal.get_setting(fever.SETTINGS_KEY) is None


def test_reset_to_the_default(qtbot, page: JournalPage, journal: Journal):
    journal.set_setting(fever.SETTINGS_KEY, fever.FeverRules(unit="C", high=38.5).to_json())
    page.rules.load()
    assert page.rules.high.value() == 38.5
    click(qtbot, page.rules.reset_button)
    assert page.rules.high.value() == 38.0
    assert fever.load_rules(journal.get_setting(fever.SETTINGS_KEY)) == fever.FeverRules.default()


def test_an_undismissed_alert_shows_again_on_opening(qtbot, journal: Journal, maya: Child):
    reading = journal.add_temperature(
        maya.id, 38.6, taken_at=datetime.now(UTC) - timedelta(hours=1)
    )
    shown = JournalPage(journal, lambda: None)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.fever_card.isVisible()
    [event] = journal.list_fever_events(maya.id)
    assert event.reading_id == reading.id
    shown.dismiss_fever()
    shown.shutdown()
    again = JournalPage(journal, lambda: None)
    qtbot.addWidget(again)
    again.show()
    assert not again.fever_card.isVisible()
    assert len(journal.list_fever_events(maya.id)) == 1
    again.shutdown()
