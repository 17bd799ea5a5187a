"""The "Call your care team now" card: what it says, the number it copies, how it reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication

from companion.journal.fever import FeverRules, evaluate
from companion.journal.records import Contact, TemperatureReading
from companion.ui.journal.fever.fever_card import CARD_BACKGROUND, FeverCard

NOW = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)


def reading(value: float, unit: str, minutes_ago: int, **kw: object) -> TemperatureReading:
    return TemperatureReading(
        child_id="c1",
        value=value,
        unit=unit,
        taken_at=NOW - timedelta(minutes=minutes_ago),
        **kw,  # type: ignore[arg-type]
    )


def high_alert():  # type: ignore[no-untyped-def]
    readings = [
        reading(37.6, "C", 200, method="armpit", fever_medicine="paracetamol 240 mg at 23:30"),
        reading(38.4, "C", 12, method="mouth"),
    ]
    alert = evaluate(readings, FeverRules.default(), now=NOW)
    assert alert is not None
    return alert


CONTACT = Contact(
    name="Oncology clinic",
    role="after hours",
    phone="+17349369814",
    call_for_fever=True,
)


def make_card(qtbot) -> FeverCard:  # type: ignore[no-untyped-def]
    card = FeverCard()
    qtbot.addWidget(card)
    card.resize(900, 600)
    card.show()
    return card


def test_card_says_who_to_call_and_what_to_tell_them(qtbot) -> None:
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW)
    assert card.title.text() == "Call your care team now"
    assert "38.4 °C (101.1 °F)" in card.reason.text()
    assert "38.0 °C" in card.reason.text()
    assert "Oncology clinic (after hours)" in card.contact_label.text()
    lines = card.summary_text().splitlines()
    assert lines[0] == "Temperature: 38.4 °C (101.1 °F)"
    assert lines[1] == "Taken: by mouth"
    assert lines[2].startswith("When: ") and lines[2].endswith("(12 minutes ago)")
    assert lines[3] == "Fever medicine given: paracetamol 240 mg at 23:30"
    assert not card.add_contact_button.isVisibleTo(card)
    # The team's own rule: no common-rule sources, only those of the medicine warning.
    assert "Centers for Disease Control" not in card.source.text()
    assert "Blank Children's Hospital" in card.source.text()


def test_default_rules_are_named_with_their_source(qtbot) -> None:
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW, default_rules=True)
    assert "care team gave you" not in card.reason.text()
    assert "uses a common rule (38.0 °C / 100.4 °F)" in card.reason.text()
    assert "until you enter your care team's own: ask them for it" in card.reason.text()
    assert not card.source.isVisibleTo(card)  # behind "Sources", so the card stays short
    qtbot.mouseClick(card.sources_button, Qt.MouseButton.LeftButton)
    assert card.source.isVisibleTo(card)
    assert "Centers for Disease Control and Prevention" in card.source.text()
    assert "Cincinnati Children's Hospital" in card.source.text()
    assert "https://www.cdc.gov/" in card.source.toolTip()


def test_number_and_summary_are_copied_to_the_real_clipboard(qtbot) -> None:
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW)
    clipboard = QGuiApplication.clipboard()
    assert card.phone_button is not None and card.phone_button.isVisibleTo(card)
    with qtbot.waitSignal(card.copied) as blocker:
        qtbot.mouseClick(card.phone_button.number_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["734-936-9814"]
    assert clipboard.text() == "734-936-9814"
    with qtbot.waitSignal(card.copied):
        qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == card.summary_text()
    assert "Temperature: 38.4 °C (101.1 °F)" in clipboard.text()


def test_without_a_fever_contact_the_card_asks_for_one(qtbot) -> None:
    card = make_card(qtbot)
    card.show_alert(high_alert(), None, now=NOW)
    assert card.phone_button is None
    assert "No number is marked" in card.contact_label.text()
    assert "call 911" in card.emergency.text()  # the family's region defaults to the US
    assert card.add_contact_button.isVisibleTo(card)
    with qtbot.waitSignal(card.add_contact_requested):
        qtbot.mouseClick(card.add_contact_button, Qt.MouseButton.LeftButton)
    # A contact without a number is treated the same way.
    card.show_alert(high_alert(), Contact(name="Nurse line", call_for_fever=True), now=NOW)
    assert card.phone_button is None and card.add_contact_button.isVisibleTo(card)
    # And a later alert with a number replaces the prompt.
    card.show_alert(high_alert(), CONTACT, now=NOW)
    assert card.phone_button is not None and not card.add_contact_button.isVisibleTo(card)


def test_sustained_and_low_alerts_in_fahrenheit(qtbot) -> None:
    rules = FeverRules(unit="F", high=101.0, sustained=100.4, sustained_minutes=60, low=96.8)
    sustained = evaluate(
        [reading(100.4, "F", 75, method="ear"), reading(100.6, "F", 5, method="ear")],
        rules,
        now=NOW,
    )
    assert sustained is not None and sustained.rule == "sustained"
    card = make_card(qtbot)
    card.show_alert(sustained, CONTACT, now=NOW)
    assert "100.4 °F or more since" in card.reason.text()
    assert "70 minutes" in card.reason.text()
    assert "Temperature: 100.6 °F (38.1 °C)" in card.summary_text()
    assert "Taken: in the ear" in card.summary_text()
    assert "Fever medicine given: none noted" in card.summary_text()

    low = evaluate([reading(96.5, "F", 90, method="forehead")], rules, now=NOW)
    assert low is not None and low.rule == "low"
    card.show_alert(low, CONTACT, now=NOW)
    assert "at or below 96.8 °F" in card.reason.text()
    assert "(1 hour ago)" in card.summary_text()
    assert "on the forehead" in card.summary_text()


def test_escape_and_close_dismiss(qtbot) -> None:
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW)
    with qtbot.waitSignal(card.dismissed):
        qtbot.keyClick(card.phone_button.number_button, Qt.Key.Key_Escape)
    with qtbot.waitSignal(card.dismissed):
        qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)


def test_accessible_alert_with_named_keyboard_controls(qtbot) -> None:
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW)
    interface = QAccessible.queryAccessibleInterface(card)
    assert interface.role() == QAccessible.Role.AlertMessage
    assert "call your care team now" in interface.text(QAccessible.Text.Name).lower()
    assert "38.4" in card.accessibleDescription()
    buttons = [b for b in card.findChildren(QAbstractButton) if b.isVisibleTo(card)]
    assert len(buttons) >= 3
    for button in buttons:
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_colours_hold_in_light_and_dark_palettes(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        for window, text in (("#ffffff", "#000000"), ("#1e1e1e", "#f0f0f0")):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.Window, QColor(window))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
            app.setPalette(palette)
            card = make_card(qtbot)
            card.show_alert(high_alert(), CONTACT, now=NOW)
            image = card.grab().toImage()
            assert image.pixelColor(card.width() // 2, 8) == QColor(CARD_BACKGROUND)
            title = card.title.palette().color(QPalette.ColorRole.WindowText)
            assert title == QColor("#ffffff")
    finally:
        app.setPalette(original)


def test_card_is_announced_once_with_the_reading_and_the_number(qtbot, monkeypatch) -> None:
    from companion.ui.journal.fever import fever_card

    announced: list[str] = []

    def record(event: object) -> None:
        if isinstance(event, fever_card.QAccessibleAnnouncementEvent):
            announced.append(event.message())

    monkeypatch.setattr(fever_card.QAccessible, "updateAccessibility", record)
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW)
    qtbot.waitUntil(lambda: len(announced) == 1)
    number = card.phone_button.number_button.text()  # type: ignore[union-attr]
    assert announced[0].startswith("Call your care team now")
    assert "38.4 °C" in announced[0]
    assert number in announced[0]
    card.hide()
    card.show()  # the same alert shown again is not announced again
    qtbot.wait(20)
    assert len(announced) == 1


def test_damaged_rules_are_reported_as_such(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW, origin="damaged")
    assert "saved fever rules could not be read" in card.reason.text()
    assert "care team gave you" not in card.reason.text()


def test_no_fever_medicine_before_calling_with_its_sources(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW)
    assert card.medicine.text() == (
        "Do not give acetaminophen (paracetamol) or ibuprofen before you call, unless your "
        "team told you to."
    )
    assert card.medicine.isVisibleTo(card)
    assert "My Journey Book" in card.source.text()
    assert "myjourneybook.org" in card.source.toolTip()


def test_emergency_number_and_phone_follow_the_region_not_the_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = make_card(qtbot)
    for region, emergency, number in (
        ("US", "call 911", "734-936-9814"),
        ("GB", "call 999", "+1 734-936-9814"),
        ("FR", "call 112", "+1 734-936-9814"),
        ("JP", "your local emergency number", "+1 734-936-9814"),
    ):
        card.show_alert(high_alert(), CONTACT, now=NOW, country=region)
        assert emergency in card.emergency.text(), region
        assert card.phone_button is not None
        assert card.phone_button.number_button.text() == number, region
        # The format switch lives on the care-team screen, not on the card.
        assert not card.phone_button.format_button.isVisibleTo(card)


def test_tab_goes_number_then_copy_then_close(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = make_card(qtbot)
    card.show_alert(high_alert(), CONTACT, now=NOW)
    assert card.phone_button is not None
    card.activateWindow()
    card.setFocus()
    qtbot.waitUntil(lambda: card.phone_button.number_button.hasFocus())  # type: ignore[union-attr]
    order = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [card.copy_button, card.dismiss_button]
