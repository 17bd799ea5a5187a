"""The team's "call us if" rules: entered by the family, none invented; a match shows the same
red card as a fever, naming the rule and the number to call, and is recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion.journal import Journal
from companion.journal.callrules import CallRule
from companion.journal.records import Child, Kind
from companion.ui.journal.counts.latest import CARD_PROPERTY
from companion.ui.journal.fever.call_card import CallCard
from companion.ui.journal.fever.call_rules_view import CallRulesView
from companion.ui.journal.fever.fever_card import FeverCard
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click


def test_rules_are_entered_by_the_family_with_labelled_examples(qtbot, journal: Journal):
    view = CallRulesView(journal)
    qtbot.addWidget(view)
    assert view.list.count() == 0 and journal.call_rules() == []
    examples = view.findChild(type(view.empty), "") or view
    texts = " ".join(label.text() for label in view.findChildren(type(view.empty)))
    assert "Examples other care teams give (not your team's rules)" in texts
    assert (
        "example from Canadian Cancer Society: Childhood cancer: When to call the doctor" in texts
    )
    assert examples is not None
    view.type.setCurrentIndex(view.type.findData("times"))
    view.symptom.setCurrentIndex(view.symptom.findData("vomiting"))
    view.times.setValue(4)
    view.hours.setValue(24)
    click(qtbot, view.add_button)
    view.type.setCurrentIndex(view.type.findData("severity"))
    view.symptom.setEditText("No urine")
    view.severity.setValue(1)
    view.words.setText("No pee for 8 hours")
    click(qtbot, view.add_button)
    view.type.setCurrentIndex(view.type.findData("count"))
    view.count.setCurrentIndex(view.count.findData("platelets"))
    click(qtbot, view.add_button)
    assert "number the team gave" in view.error.text()
    view.below.setValue(20)
    click(qtbot, view.add_button)
    texts = [view.list.item(i).text() for i in range(view.list.count())]
    assert texts == [
        "Vomiting: 4 times or more within 24 hours",
        "No pee for 8 hours",
        "Platelets below 20 10^9/L",
    ]
    assert journal.call_rules()[1].symptom == "No urine"
    view.list.setCurrentRow(1)
    click(qtbot, view.remove_button)
    assert [r.type for r in journal.call_rules()] == ["times", "count"]


def test_a_matching_symptom_shows_the_card_with_the_number(
    qtbot, page: JournalPage, journal: Journal, maya: Child
) -> None:
    journal.add_contact("Oncology nurse", phone="+17349369814", call_for_fever=True)
    journal.set_call_rules([CallRule("times", symptom="vomiting", times=3, hours=24)])
    now = datetime.now(UTC)
    for hours in (5, 3):
        journal.add_symptom(maya.id, "vomiting", 2, recorded_at=now - timedelta(hours=hours))
    journal.add_blood_count(maya.id, now - timedelta(days=1), anc=0.3)
    form = page.open_form("symptom")
    click(qtbot, form.picker.buttons["vomiting"])
    click(qtbot, form.severity.button_for(2))
    assert form.save()
    card = page.calls.card
    assert isinstance(card, CallCard) and isinstance(card, FeverCard)
    assert page.calls.isVisible()
    assert card.title.text() == "Call your care team now"
    assert card.reason.text() == (
        "Your care team said to call if: Vomiting: 3 times or more within 24 hours"
    )
    assert "Oncology nurse" in card.contact_label.text()
    tell = card.summary_text()
    assert "Vomiting: 3 times within 24 hours" in tell
    assert "Latest ANC: 0.3 10^9/L" in tell
    (alert,) = journal.list_call_alerts(maya.id)
    assert alert.entry_kind == Kind.SYMPTOM
    click(qtbot, card.dismiss_button)
    assert not page.calls.isVisible()


def test_a_low_count_shows_the_card(qtbot, page: JournalPage, journal: Journal, maya: Child):
    journal.set_call_rules([CallRule("count", count="platelets", below=20, unit="10^9/L")])
    form = page.open_form("blood_count")
    qtbot.keyClicks(form.fields["platelets"], "18")
    assert form.save()
    assert page.calls.isVisible()
    assert "Platelets below 20 10^9/L" in page.calls.card.reason.text()
    assert "Platelets 18 10^9/L" in page.calls.card.summary_text()


def test_the_fever_card_tells_the_latest_anc(qtbot, page: JournalPage, journal: Journal, maya):
    journal.add_blood_count(
        maya.id, datetime.now(UTC) - timedelta(days=2), count_unit="/uL", anc=450
    )
    journal.add_temperature(maya.id, 38.6, "C")
    page.fever.check(maya.id)
    assert page.fever_card.property(CARD_PROPERTY).startswith("Latest ANC: 450 /uL")
    assert "Latest ANC: 450 /uL (blood taken" in page.fever_card.summary_text()
